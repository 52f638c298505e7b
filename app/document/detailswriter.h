#pragma once

#include <QByteArray>
#include <QString>

class QaEntry;

// Writes `details` entries (DetailsBlock): a loaded one with only its edited
// question or answer rewritten, a new one in the same form.
namespace DetailsWriter {

QByteArray loaded(const QaEntry &entry, const QByteArray &eol);
// Ends with a line ending. Without `hasAnswer` (or with a blank answer) the
// block is empty: an unanswered question.
QByteArray fresh(const QString &question, bool hasAnswer, const QString &answer, const QByteArray &eol);
// The same with an answer as it was loaded (its markdown, line endings and
// all, from another dialect's entry): a carriage return that is not part
// of a line ending stays, where the decoded text would lose it.
QByteArray freshFromMarkdown(const QString &question, const QByteArray &answerMarkdown, const QByteArray &eol);

} // namespace DetailsWriter
