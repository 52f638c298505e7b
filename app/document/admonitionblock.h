#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>
#include <QString>

// The `admonition` dialect (README, "Dialects"): a MkDocs / Material
// admonition (`??? question "Title"`, `???+ …`, `!!! …`) whose title is a
// question, its indented body the answer. The parser finds the blocks with
// `read`; AdmonitionWriter re-reads a loaded block with the same function.
namespace AdmonitionBlock {

struct Block
{
    bool found = false;
    qsizetype begin = 0;             // the title line's first byte
    qsizetype typeBegin = 0;         // the type word ("question", "note", ...)
    qsizetype typeEnd = 0;
    bool hasTitle = false;           // a quoted title follows the type
    qsizetype questionTextBegin = 0; // inside the quotes (or typeEnd-ish when there is no title)
    qsizetype questionTextEnd = 0;
    qsizetype questionEnd = 0;       // after the title line
    qsizetype answerStart = -1;      // the first body line that is not blank; -1: no body
    qsizetype answerTextBegin = -1;  // after that line's indentation
    qsizetype answerTextEnd = -1;    // the end of the last body line that is not blank
    qsizetype answerEnd = -1;        // after that line
    bool tabIndent = false;          // the body is indented with a tab, not four spaces
    int lines = 0;                   // lines the block spans (title and body)
};

// A question admonition at the line at `begin`: `!!!`, `???` or `???+` at
// the start of the line, a space, a type, optionally more words and a
// quoted title; a question when the type is `question`, `faq` or `help`, or
// the title ends in `?`. Its body: the lines after it indented by four
// spaces or a tab, with blank lines among them.
Block read(const QByteArray &source, qsizetype begin);

// Whether `line` can be a body line: indented by four spaces or a tab.
bool isBodyLine(const char *data, const MarkdownLines::Line &line);
// Whether the type (any case) is one that is a question whatever its title.
bool isQuestionType(const QByteArray &type);
// Whether a title makes an admonition of another type a question.
bool isQuestionTitle(const QString &title);

// The body's lines after the first without one level of indentation (four
// spaces or a tab), line endings \n: the answer as a reader sees it.
QString dedented(QByteArrayView bytes);
// The same as UTF-8 bytes (what the checks and exports read: no round trip
// through QString).
QByteArray dedentedUtf8(QByteArrayView bytes);

} // namespace AdmonitionBlock
