#pragma once

// Part of the fuzz checks (documentchecks.h): comparing bytes: where they differ, what an edit may change, lines with words.

#include "app/document/qadocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace DocumentChecks {

QString shownBytes(const QByteArray &bytes, qsizetype at);
QString firstDifference(const QString &when, const QByteArray &expected, const QByteArray &actual);
qsizetype commonPrefix(const QByteArray &a, const QByteArray &b);
qsizetype commonSuffix(const QByteArray &a, const QByteArray &b);
bool changedOnlyWithin(const QByteArray &before, const QByteArray &after, qsizetype begin, qsizetype end);
bool isOneInsertion(const QByteArray &before, const QByteArray &after);
qsizetype lineOffset(const QByteArray &bytes, int line);
qsizetype headingOffset(const QByteArray &bytes, int line);
bool isBlankOrBreak(const QByteArray &line);
bool isBareFence(const QByteArray &line);
QList<QByteArray> wordLines(const QByteArray &bytes);
QList<QByteArray> withoutMarkers(const QList<QByteArray> &lines);
QList<QByteArray> sorted(QList<QByteArray> lines);
QString compareWordLines(const QString &when, const QList<QByteArray> &expected, const QList<QByteArray> &actual);
qsizetype entryBegin(const QaEntry &e);
qsizetype entryEnd(const QaEntry &e);

} // namespace DocumentChecks
