#pragma once

#include "app/document/documentpiece.h"

#include <QByteArray>
#include <vector>

class QaSection;

// Writes heading questions (HeadingQuestion) for DocumentWriter: an edited
// one in its own form, a moved or new one next to them in theirs. A
// question the form cannot hold (empty, two lines, no `?` where the heading
// is no part of a FAQ) is written with Quire's own labels, `**Question:**` /
// `**Answer:**`, which every reading that reads headings also reads (as a
// `<details>` block where its answer ends with a numbered list, which a
// label's answer would not take).
namespace HeadingWriter {

// Where an entry is written: `forced`, the document is read as one dialect
// (View → Read As), which takes no `<details>`, admonition or question
// list; `faqLevel`, the level of the FAQ heading whose part the entry
// stands in, 0 outside one (HeadingScope).
struct Context
{
    bool forced = false;
    int faqLevel = 0;
};

// A loaded heading entry with an edit, where it stood: the heading's text
// (its `#`s, closing `#`s and spaces kept), then the answer; a blank answer
// leaves the heading alone (unanswered). Ends with a line ending where the
// entry did.
// Read as one dialect (`context.forced`), a question the heading cannot hold
// is written with labels, and a heading in its answer that a labelled
// answer would not keep as text (a `## `, a question by its words, one at
// the FAQ part's question level) behind a backslash.
void writeEdited(QByteArray &out, const QaEntry &entry, const QByteArray &eol, const Context &context);
// A loaded heading entry an edit moved: as it was (or edited), unless its
// question is a question only as part of a FAQ, which it may have left:
// then with labels. Ends with a line ending.
QByteArray moved(const QaEntry &entry, const QByteArray &eol, const Context &context);

// Whether the text after pieces[index], a loaded heading entry written
// where it was, would be read as more of its answer: its first line that
// is not blank neither starts an entry nor is a heading of the entry's
// level or above (outside a `<details>` the answer leaves open), or
// numbered questions follow (a heading's answer takes its list).
bool answerTakesNext(const std::vector<DocumentPiece> &pieces, int index);

// The level a new (not loaded) entry at pieces[index] is written at as a
// heading, 0 when it is not: the nearest loaded entry with a question
// paragraph before it (else after it) is a heading, its question can be
// one (HeadingQuestion::canWrite) and its answer is not blank.
int newEntryLevel(const std::vector<DocumentPiece> &pieces, int index);
// The same for section.entry(entryIndex).
int newEntryLevel(const QaSection &section, int entryIndex);
// The heading, a blank line, the answer; ends with a line ending.
QByteArray newEntry(const QaEntry &entry, int level, const QByteArray &eol, bool forced);

// A loaded labelled entry an edit moved into a FAQ part (the FAQ
// heading's level `context.faqLevel`), whose text holds a heading one level
// below it: there that line would read as a question of its own. Written as
// a block (asBlock), whose lines are no headings; else empty (written as it
// was: read as one dialect, or where no block holds its texts, it is split
// still, tests/fuzz/README.md "Open findings"). Ends with a line ending.
QByteArray movedIntoFaqPart(const QaEntry &entry, const QByteArray &eol, const Context &context);
// A labelled entry as a `<details>` block, else an admonition, where one holds its
// question and answer as they are (no empty answer, no white space at the
// edges of a `<details>` text, a one-line title); else empty.
QByteArray asBlock(const QaEntry &entry, const QByteArray &eol);

} // namespace HeadingWriter
