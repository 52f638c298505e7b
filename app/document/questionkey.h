#pragma once

#include <QByteArray>
#include <QString>

class QaEntry;

// A question with case and runs of white space made irrelevant:
// question().simplified().toLower(), as UTF-8. The export's stable ids hash
// it and reviews attach to entries by it. Computed on the file's bytes while
// they are ASCII (no decoding; 60,000 questions in a few ms), through
// QString otherwise.
class QuestionKey
{
public:
    static QByteArray of(const QaEntry &entry);
    // The same rule for a question held as text (a review's question, a
    // dismissed pair's), as text.
    static QString ofQuestion(const QString &question) { return question.simplified().toLower(); }
};
