#pragma once

#include "app/document/documentpiece.h"

#include <functional>
#include <vector>

// Whether the text after an entry would, read again, go on with it. Never
// so in a loaded document; an edit that removes or moves a block entry
// (`<details>`, admonition) that stood between them makes it so, and the
// writer then sets them apart (DocumentWriter).
namespace FollowingText {

// The nearest piece before/after `index` (step -1/+1) that is not blank lines.
const DocumentPiece *neighbour(const std::vector<DocumentPiece> &pieces, int index, int step);
// The last line of raw text that is not blank is a thematic break.
bool endsWithBreak(const QByteArray &raw);
// Text that is not an entry, a break, a question label or a bold question:
// after an answer it would be read as more of that answer.
bool isProse(const DocumentPiece *piece);
// The text after pieces[index], a numbered question in list form, would be
// read as more of its item.
bool textContinuesItem(const std::vector<DocumentPiece> &pieces, int index);

// pieces[index] is an admonition and the first line after it that is not
// blank is indented by four spaces or a tab: its body would take it in.
bool joinsAdmonitionBody(const std::vector<DocumentPiece> &pieces, int index);
// pieces[index] is an unanswered bold question and a line of text follows
// right below it (its paragraph would take it in), or after blank lines an
// answer label the reading reads (its answer): any, or read as one dialect
// (`forced`), one of the question's dialect.
bool joinsQuestion(const std::vector<DocumentPiece> &pieces, int index, bool forced);
// The raw text right after pieces[index] starts with a bold question where
// a paragraph starts after `written` (the writer's bytes up to it; after an
// entry, one ending in a `</details>` line or an admonition's). That line
// ends the entry in any reading: read, it is an entry; not read (another
// dialect forced), prose that ends it as a label of another dialect does.
bool startsWithGluedBoldQuestion(const std::vector<DocumentPiece> &pieces, int index, const QByteArray &written);
// pieces[index] is raw text holding a `<details>` question not closed by
// its end, and what follows would close it: raw text (what stood between
// was taken out; DetailsBlock::endsScan), or the entry right after it as it
// will be written (`entryAsWritten` of its index) where blocks are read
// (not `forced` to one dialect).
bool closesOpenDetails(const std::vector<DocumentPiece> &pieces, int index, bool forced,
                       const std::function<QByteArray(int)> &entryAsWritten);
// pieces[index] is an entry whose written bytes (`out` from `entryBegin`)
// hold a `<details>` line left open (its search stopped at the entry after
// it, taken out since), and what now follows it would close it: the text up
// to the next entry and that entry as it will be written (`entryAsWritten`
// of its index; empty where the writer sets it apart anyway). Read again, a
// block would start inside the entry.
bool detailsInEntryCloseInNext(const QByteArray &out, qsizetype entryBegin, const std::vector<DocumentPiece> &pieces,
                               int index, const std::function<QByteArray(int)> &entryAsWritten);

} // namespace FollowingText
