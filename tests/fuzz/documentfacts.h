#pragma once

// Part of the fuzz checks (documentchecks.h): what a document says (entries, sections), and comparing two readings.

#include "app/document/qadocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace DocumentChecks {

// Texts the same but for what the writer may legitimately change (see the .cpp).
bool sameText(const QString &expected, const QString &actual);
bool sameWords(const QString &expected, const QString &actual);
// `text` without the backslash before a heading's `#` or `<h` that starts
// a line: read as headings only, a heading question rewritten with labels
// escapes the headings its answer holds that would be questions after a
// label (README, "Dialects", heading; HeadingWriter::escapedAnswer).
QString withoutHeadingEscapes(const QString &text);

struct EntryFacts
{
    QString question;
    QString answer;
    bool hasAnswerField = false;
    EntryStatus status = EntryStatus::Unanswered;

    bool questionWordsOnly = false; // expected only: see sameWords
    bool headingsEscaped = false;   // expected only: see withoutHeadingEscapes
    bool numbered = false;          // not compared

    bool operator==(const EntryFacts &o) const
    {
        return (questionWordsOnly ? sameWords(question, o.question) : sameText(question, o.question))
            && (sameText(answer, o.answer)
                || (headingsEscaped && sameText(withoutHeadingEscapes(answer), withoutHeadingEscapes(o.answer))))
            && hasAnswerField == o.hasAnswerField && status == o.status;
    }
};

struct SectionFacts
{
    bool hasHeading = false;
    QString title;
    int entries = 0;

    bool operator==(const SectionFacts &o) const
    {
        return hasHeading == o.hasHeading && title == o.title && entries == o.entries;
    }
};

std::vector<EntryFacts> entryFacts(const QaDocument &doc);
std::vector<SectionFacts> sectionFacts(const QaDocument &doc);
std::vector<SectionFacts> normalised(std::vector<SectionFacts> facts);
EntryStatus expectedStatus(const EntryFacts &e);
// Whether a labelled or bold entry's loaded text holds a line that starts a
// heading (ATX or HTML) outside a code block: moved into a FAQ part, it
// would read as a question of its own (open: tests/fuzz/README.md).
bool holdsHeadingLine(const QaEntry &entry);
bool holdsHeadingLine(const QString &text); // any text, the same lines
QString shown(const QString &text);
QString shown(const EntryFacts &e);
QString compareEntries(const QString &when, const std::vector<EntryFacts> &expected,
                       const std::vector<EntryFacts> &actual, bool extraLists = false);
QString compareSections(const QString &when, const std::vector<SectionFacts> &expected,
                        const std::vector<SectionFacts> &actual, bool extraLists = false);

} // namespace DocumentChecks
