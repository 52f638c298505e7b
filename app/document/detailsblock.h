#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>
#include <QString>

// The `details` dialect (README, "Dialects"): a `<details>` block whose
// `<summary>` is a question, its content the answer. The parser finds the
// blocks with `read`; DetailsWriter re-reads a loaded block with the same
// function, so both agree on where its parts are.
namespace DetailsBlock {

// Written before a question that would not read as one by its words (an
// empty one, "Screenshots"): an HTML comment, invisible when rendered.
inline constexpr char marker[] = "<!-- question -->";

struct Block
{
    bool found = false;
    qsizetype begin = 0;             // the `<details>` line's first byte
    qsizetype summaryBegin = 0;      // after `<summary>` (and `<b>`/`<strong>`, the marker)
    qsizetype questionTextBegin = 0; // the question's text, without spaces around it
    qsizetype questionTextEnd = 0;
    qsizetype questionEnd = 0;       // after `</summary>` and a `<br>` after it
    qsizetype answerTextBegin = -1;  // -1: nothing but white space before `</details>`
    qsizetype answerTextEnd = -1;
    qsizetype closeTag = 0;          // the `</details>` that closes the block
    qsizetype end = 0;               // after the closing tag's line
    bool marked = false;             // `marker` before the question
    bool reachesStop = false;        // not closed before a line that ends the search or the text's end (also its summary)
    int lines = 0;                   // lines the block spans
};

// A question block starting at the line at `begin` (a `<details>` tag that
// starts the line, at most three spaces before it), closed by its own
// `</details>`; not found for any other line, a block never closed, or a
// summary that is not a question (isQuestion, or the marker).
Block read(const QByteArray &source, qsizetype begin);

// Where the search for the closing tag gives up (the block is then not
// closed): a `## ` heading, a question heading (`### Why?`), a `---` break,
// a question label, a bold question, an admonition question or another question `<details>` at the
// start of a line. Each entry of the other dialects starts
// with such a line, so whether a block is closed never depends on entries
// after it (an edit moves, adds or removes them).
bool endsScan(const QByteArray &source, const MarkdownLines::Line &line);
// Whether `raw` holds a question block that is not closed by its end: the
// text after it, were it the next text, could close it.
bool leavesOpen(const QByteArray &raw);

// Whether a summary's text asks something: it holds a `?`, or a sentence in
// it starts with a task word ("Explain", "Describe", "List", ...).
bool isQuestion(const QString &text);

// The question as a reader sees it: `&lt;` and `&amp;` decoded, line
// endings \n. `encodeQuestion` is its inverse for what a writer puts
// between the summary tags (see the .cpp).
QString decodeQuestion(const QByteArray &bytes);
QByteArray encodeQuestion(const QString &text, const QByteArray &eol);

// Whether `bytes` (an answer about to be written into a block) has its
// `<details>` and `</details>` tags outside code balanced, so it closes no
// block early and leaves none open; and the same text with the tags of an
// unbalanced one written as `&lt;details` / `&lt;/details`.
bool balanced(const QByteArray &bytes);
QByteArray escapeTags(const QByteArray &bytes);
// The same text with a backslash before each line (outside code) that would
// end the search for the closing tag (endsScan), a space before a bold one.
// Without `blocksRead` (a document read as one dialect, where no question
// block or bold question is read) only the lines that end any answer: a
// `## `, a `---`, a question label.
QByteArray escapeStops(const QByteArray &bytes, bool blocksRead = true);

} // namespace DetailsBlock
