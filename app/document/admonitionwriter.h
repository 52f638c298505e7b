#pragma once

#include <QByteArray>
#include <QString>

class QaEntry;

// Writes `admonition` entries (AdmonitionBlock): a loaded one with only its
// edited title or body rewritten, a new one as `??? question "…"`.
namespace AdmonitionWriter {

QByteArray loaded(const QaEntry &entry, const QByteArray &eol);
// Ends with a line ending. Without `hasAnswer` (or with a blank answer) it
// has no body: an unanswered question.
QByteArray fresh(const QString &question, bool hasAnswer, const QString &answer, const QByteArray &eol);
// The same with an answer as it was loaded (its markdown, line endings and
// all): each line indented as it is, so a carriage return that is not part
// of a line ending stays.
QByteArray freshFromMarkdown(const QString &question, const QByteArray &answerMarkdown, const QByteArray &eol);

} // namespace AdmonitionWriter
