#pragma once

// What the edit checks expect a new or moved entry to look like
// (documentchecks.cpp).

#include "app/document/qalabel.h"
#include "app/document/qasection.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace DocumentChecks {

// The lines with words a new entry is written as: its labels, or beside
// `<details>` or admonition entries one of those (safe texts need no
// escaping; a summary that is no question by its words gets the marker).
QList<QByteArray> newEntryLines(QaLabel::Spelling spelling, const QString &question, const QString &answer);

// A question that holds its form only when it ends in `?`: a bold line or a heading.
bool isOpenQuestion(const QaEntry &e);

// Whether the nearest loaded entry with a question paragraph before
// section.entry(index), else from it on, is a bold line or a heading.
bool nextToOpenQuestion(const QaSection &section, int index);

} // namespace DocumentChecks
