#pragma once

#include "app/document/qalabel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Line-level recognisers for the few markdown constructs the document format
// cares about. They look at one line of UTF-8 bytes at a time; the parser
// keeps the state (code fences, paragraphs) between lines.
namespace MarkdownLines {

struct Line
{
    qsizetype begin = 0;      // first byte
    qsizetype contentEnd = 0; // before the line ending
    qsizetype end = 0;        // after the line ending ("\n" or "\r\n"; none at the end of the file)
};

enum class Kind {
    Blank,
    Heading2,      // "## Title"
    QuestionHeading, // "### Why?" to "###### Why?": a heading whose own text is a question (unindentedHeading)
    ThematicBreak, // "---", "***", "___" (spaces allowed between)
    QuestionLabel, // "**Question:**", "**Q:**", "Q:", ... (QaLabel::Spelling)
    AnswerLabel,   // "**Answer:**", "**A:**", "A:", ...
    OrderedItem,   // "27. text" or "27) text"
    FenceOpen,     // "```" or "~~~"
    Text,
};

struct Fence
{
    bool open = false;
    char marker = 0;
    int length = 0;
};

Line lineAt(const QByteArray &text, qsizetype pos);
Kind classify(const char *data, const Line &line);
Fence fenceOf(const char *data, const Line &line);
bool closesFence(const char *data, const Line &line, const Fence &fence);
QString headingTitle(const char *data, const Line &line);
// An ATX heading (`#` to `######`, up to three spaces before it, then a
// space, a tab or the line's end): its level and its text without the
// spaces around it and an optional closing sequence of `#`s.
struct Heading
{
    bool found = false;
    int level = 0;
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;
    bool closed = false; // written with a closing sequence
    qsizetype end = 0;   // after its last line (an HTML heading may take three)
    bool html = false;
};
Heading atxHeading(const char *data, const Line &line);
// A raw HTML heading, `<h3>Why?</h3>` (`<h1>` to `<h6>`, any attributes),
// at the very start of its line; also over two or three lines with no blank
// line (`<h3 name="x">`, the text, `</h3>`). Its text is one line, without
// the spaces around it; its closing tag ends its line (README, "Dialects").
Heading htmlHeading(const char *data, const Line &line);
// Whether the line starts an ATX heading (indented too) or an HTML one.
bool isAnyHeading(const char *data, const Line &line);
// The line after `line`, which must have a line ending, read up to the
// NUL that ends a QByteArray's bytes (documents hold none: Utf8Validator).
Line lineAfter(const char *data, const Line &line);
// An ATX or HTML heading that starts its line, the only kind the heading dialect
// reads (a question, a FAQ heading, the end of a heading question's
// answer). An indented one would be the list item's above it, and stop
// being so once an edit took the list away: no context decides.
Heading unindentedHeading(const char *data, const Line &line);
// Whether a heading's text is a question by its own words (README,
// "Dialects", heading): it ends in a `?` (not escaped; closing `` ` ``, `*`,
// `_`, quotes or `)` may follow it) or a full-width `？`, or it starts with
// a question number such as "Question 12." or "Q3:".
bool isQuestionHeadingText(const char *data, qsizetype begin, qsizetype end);
// Where the text [begin, end) ends without those closing characters.
qsizetype questionMarkEnd(const char *data, qsizetype begin, qsizetype end);

// UTF-8 bytes of a document's text as a string. QString::fromUtf8 takes a
// leading EF BB BF for a byte order mark and drops it; inside a document it
// is a character of the text (U+FEFF), every one of them kept so that an
// entry written anew (answered, moved) keeps them. The file's own mark is
// never in such text.
QString decoded(QByteArrayView bytes);
// A question or answer label at the start of a line (up to three spaces
// before it), in any spelling, also in a block quote: after a `>` and one
// optional space (`> **Answer:** …`; not in a quote in a quote).
struct LabelAt
{
    bool found = false;
    bool answer = false;
    QaLabel::Spelling spelling = QaLabel::Spelling::Question;
    qsizetype end = 0; // after the label
    bool quoted = false;
    qsizetype textEnd = -1; // QInBold: where the question ends, at its closing `**`
    bool item = false;      // a question label that starts a bullet item (`* **Q** …`)
};
LabelAt labelAt(const char *data, const Line &line);
// An answer label in the item of such a question (README, "Dialects"):
// after two to five spaces, not in a quote; found only as an answer.
LabelAt itemAnswerLabelAt(const char *data, const Line &line);
// A question in the bold of its label, `**Q: text**` and an optional `<br>`
// (spaces around it), is one only on a line of its own before an answer
// label's line (README, "Dialects"): `text`'s end at its closing `**`, or -1.
qsizetype inBoldQuestionEnd(const char *data, const Line &line, qsizetype textBegin);
// Where a block quote line's text starts (after `>` and one optional space;
// up to three spaces before the `>`), -1 if the line is no quote line.
qsizetype quoteContentBegin(const char *data, const Line &line);
// A quote line with nothing after its `>`: a blank line of the quote.
bool isEmptyQuoteLine(const char *data, const Line &line);
// Where the text of a line after a label's line starts: after its `> ` when
// the label was `quoted` and the line is a quote line (not a lazy one).
qsizetype afterQuote(const char *data, const Line &line, bool quoted);
qsizetype labelEnd(const char *data, const Line &line);        // after the label (labelAt), else the indentation
qsizetype orderedMarkerEnd(const char *data, const Line &line); // after "27."
long orderedItemNumber(const char *data, const Line &line);
qsizetype skipSpaces(const char *data, qsizetype pos, qsizetype end);
// After the up to three spaces of indentation allowed before a block marker.
qsizetype indentEnd(const char *data, const Line &line);
bool isIndented(const char *data, const Line &line); // two spaces or a tab
bool isBlankText(const char *data, qsizetype begin, qsizetype end);

// Question lists (README, "Numbered questions"): where a numbered question
// and a question list end. The parser reads with these rules; the writer
// checks with the same rules that what an edit puts side by side reads back
// the same (DocumentWriter).

// Whether a line that is not blank goes on with the numbered question above
// it: any text right after the question's text (a lazy line), or text
// indented by two spaces or a tab after blank lines. `kind` is the line's
// kind outside a code block; an ordered item starts the next item instead,
// and `## `, `---`, `**Question:**` and an unindented heading end the list.
// (Inside a code block that the item opened every line is the item's.)
bool continuesItem(const char *data, const Line &line, Kind kind, bool afterBlank);

// An ordered list at the end of an answer, read one line at a time with the
// answer's lines after its label line: it starts at an item numbered above
// 1 after a blank line, and stays a question list while nothing but its
// items and the lines that continue them follow: continuesItem, and every
// line of a code block that an item opened, as in any question list. What
// is open when the answer ends is split off as question list.
class AnswerList
{
public:
    // `kind` is Text for a line inside a code block (`inFence`). True when
    // this line starts a list.
    bool read(const char *data, const Line &line, Kind kind, bool inFence);
    bool isOpen() const { return m_open; }

private:
    bool m_open = false;
    bool m_afterBlank = false; // an answer's label line is not blank
};

// Whether the text after an answer's last line, `rest`, starts with a
// question list that lasts until the answer ends (at a `## `, `---` or
// `**Question:**` in `rest`, or at its end): read again after the answer,
// its numbered items would be questions, not more of the answer.
// `startsEntry`, when given, names more lines that end the answer (a bold
// question, BoldQuestion::at, which builds on these rules).
bool answerEndsWithList(const QByteArray &rest,
                        bool (*startsEntry)(const QByteArray &text, const Line &line) = nullptr);

// Calls visit(line, code) for each line of `bytes`; `code` when the line
// is in a fenced code block or opens one. Returns the fence still open
// after the last line (none: not open).
template <typename Visit>
Fence eachLine(const QByteArray &bytes, Visit visit)
{
    const char *d = bytes.constData();
    Fence fence;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const Line line = lineAt(bytes, pos);
        pos = line.end;
        bool code = fence.open;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
        } else {
            fence = fenceOf(d, line);
            code = fence.open;
        }
        visit(line, code);
    }
    return fence;
}

} // namespace MarkdownLines
