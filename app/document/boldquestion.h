#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>
#include <QString>

// Bold-line questions (README, "Dialects", bold-question): a line that is
// only bold text ending in `?`, at the start of a paragraph,
//
//     **What is overfitting? 👶**
//
// The rule is one function of the text around the line, so the parser, the
// writer's checks and the writer of an edited question agree on it.
namespace BoldQuestion {

struct Found
{
    bool found = false;
    qsizetype textBegin = 0; // after the opening `**`
    qsizetype textEnd = 0;   // before the closing `**`
};

// Whether `line` of `text` (outside a code block) has the shape of a bold
// question: `**` in the first column, text that does not start or end with
// a space and holds no `**`, ending in `?` or in `?` and emoji tags (each a
// space and a word that starts with a symbol such as 👶, ⭐️ or 🚀), the
// closing `**`, then nothing but more such tags and spaces.
Found shapeAt(const char *data, const MarkdownLines::Line &line);

// Whether the line starting at `lineBegin` starts a paragraph: the first
// line of `text` (after a byte order mark), or a line after a blank line,
// a `## ` heading, a question heading (`### Why?`) or a `---` break.
bool startsParagraph(const QByteArray &text, qsizetype lineBegin);

// Where the lines that startsParagraph(text, text.size()) reads begin:
// the last line that is neither blank nor an admonition body line (0 when
// there is none). A writer that hands on what it wrote keeps these.
qsizetype lookBackStart(const QByteArray &text);

// Whether `line` (of another text, outside code) would be a bold question
// if it came right after `written`: its shape, and a paragraph starts there.
// For the writer, which knows what it wrote before the line, not the text
// the parser will read.
bool startsAfter(const QByteArray &written, const char *data, const MarkdownLines::Line &line);

// Both: a bold question the parser reads (when its dialect is read).
Found at(const QByteArray &text, const MarkdownLines::Line &line);

// Whether `question` can be written as `**question**` on a line of its own
// and be read back as that question: one line with the shape above.
bool canWrite(const QString &question);

} // namespace BoldQuestion
