#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>
#include <QString>

// The `heading` dialect (README, "Dialects"): a heading that is a question,
//
//     ### How do I uninstall it?
//
// with the blocks under it as its answer. The rules that the parser
// (HeadingScope), the writer (HeadingWriter) and new section headings
// (QaDocument) share.
namespace HeadingQuestion {

// Whether a heading's text names a part of questions: "FAQ", "FAQs" as a
// word anywhere in it ("Electron FAQ", "FAQ (Frequently Asked Questions)"),
// "Frequently asked questions" anywhere in it, or exactly "Questions",
// "Questions and answers", "Q&A" (any case, a trailing `:` ignored).
bool isFaqName(const QString &text);

// How many `<details>` a line opens, less the `</details>` it closes.
int detailsBalance(const QByteArray &source, const MarkdownLines::Line &line);
// Whether an answer's text leaves a `<details>` open (tags in code blocks
// not counted): headings after it then do not end it.
bool leavesDetailsOpen(const QByteArray &answer);

// The level of the heading line that starts at `lineBegin`.
int levelAt(const QByteArray &source, qsizetype lineBegin);

// Whether `question`, written as a heading's text, reads back as that text
// and as a question by its own words (MarkdownLines::isQuestionHeadingText).
bool canWrite(const QString &question);
// The same for a heading that is a question as part of a FAQ (its level
// right under the FAQ heading): any text that reads back, but a FAQ name.
bool canWriteInFaqPart(const QString &question);

// The `## ` line (without line ending) of a section titled `title`: a `?`
// at its end, or the `.` / `:` after a question number at its start, gets
// a backslash, so the heading is a section and no question; in a document
// with a FAQ heading of level 1 (`faqDocument`), a closing ` ##` keeps it
// out of the FAQ part (README, "Dialects", heading).
QByteArray sectionHeading(const QString &title, bool faqDocument);
// A section's title as the heading shows it: those backslashes removed.
QString sectionTitle(const QString &headingText);
// Whether `source` holds a level 1 heading with a FAQ name.
bool hasFaqTitle(const QByteArray &source);

} // namespace HeadingQuestion
