#pragma once

#include "app/document/documentpiece.h"
#include "app/document/markdownlines.h"

#include <QByteArray>
#include <vector>

class QaSection;

// Writes bold-line questions (BoldQuestion) for DocumentWriter: an edited
// one in its own form, a new one next to them in theirs. What the form
// cannot hold (an empty question, one that does not end in `?`, holds `**`
// or a line break, an answer emptied) is written with Quire's own labels,
// `**Question:**` / `**Answer:**`, which every reading that reads bold
// questions also reads: the entry reads back the same, as a labelled one.
namespace BoldQuestionWriter {

// A loaded bold question with an edit, where it stood; ends with a line
// ending where the entry did.
void writeEdited(QByteArray &out, const QaEntry &entry, const QByteArray &eol);

// Whether the new (not loaded) entry at pieces[index] is written as a bold
// question: the nearest loaded entry with a question paragraph before it
// (else after it) is one, its question can be written so and its answer
// is not blank (an empty answer needs a label to show).
bool writesNewEntry(const std::vector<DocumentPiece> &pieces, int index);
// The same for section.entry(entryIndex).
bool writesNewEntry(const QaSection &section, int entryIndex);
// `**question**`, a blank line, the answer; ends with a line ending.
QByteArray newEntry(const QaEntry &entry, const QByteArray &eol);

// Whether the first text of `raw` (after blank lines) is a bold question:
// after a piece, it ends the answer before it in every reading.
bool startsWithQuestion(const QByteArray &raw);
// BoldQuestion::at as a plain function (MarkdownLines::answerEndsWithList).
bool startsEntry(const QByteArray &text, const MarkdownLines::Line &line);

} // namespace BoldQuestionWriter
