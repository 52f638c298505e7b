#pragma once

// The edits on the sample that tst_edits checks for minimality: each case
// gives the exact bytes expected after the edit (built from the sample's own
// lines) and the lines of the sample that may differ.

#include "app/document/qadocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

struct EditCase
{
    QString name;
    std::function<void(QaDocument &)> edit;
    std::function<QByteArray(const QByteArray &old)> expected; // from the LF sample
    int firstLine;                                             // lines of the sample that may change,
    int lastLine;                                              // lastLine < firstLine: an insertion point
    std::function<void(const QaDocument &reloaded)> check;     // optional, on the saved bytes reloaded
};

QList<EditCase> editCases();
