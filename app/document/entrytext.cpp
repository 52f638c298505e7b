#include "app/document/entrytext.h"

#include "app/document/boldquestion.h"
#include "app/document/markdownlines.h"

#include <utility>

namespace EntryText {

QByteArray encoded(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains('\r'))
        bytes.replace("\r\n", "\r\r\n");
    return bytes;
}

QString decoded(QByteArray bytes)
{
    if (bytes.contains('\r'))
        bytes.replace("\r\n", "\n");
    return MarkdownLines::decoded(bytes);
}

QByteArray joinLines(const QString &text, const QByteArray &eol, const QByteArray &indent)
{
    QByteArray bytes = encoded(text);
    // Trailing line breaks would only become blank lines after the entry.
    while (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    if ((eol == "\n" && indent.isEmpty()) || !bytes.contains('\n'))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    qsizetype from = 0;
    for (qsizetype at = bytes.indexOf('\n'); at >= 0; at = bytes.indexOf('\n', from)) {
        out.append(bytes.constData() + from, at - from);
        if (out.endsWith('\r')) // "\r\n" in any document
            out += '\n';
        else
            out += eol;
        out += indent;
        from = at + 1;
    }
    out.append(bytes.constData() + from, bytes.size() - from);
    return out;
}

QByteArray lineEndAfter(const QByteArray &written, const QByteArray &ending)
{
    return written.endsWith('\r') ? QByteArray("\r\n") : ending;
}

// A bold question is one paragraph: a blank line in it (between a numbered
// question's paragraphs, or typed) would end it, and the answer after it
// would no longer be its answer. Such blank lines go; blank lines inside a
// code fence do not end the paragraph and stay. A line that would end the
// paragraph or start an answer (`## `, any heading, `---`, `**Answer:**`, ... – a numbered
// question's continuation lines lose their indentation) is indented by four
// spaces: still the same paragraph, and rendered the same. The first line
// follows the label, so it is neither.
// A line that may start a `<details>` or admonition block (DetailsBlock,
// AdmonitionBlock), which would end the paragraph: indented, it cannot.
static bool startsBlock(const QByteArray &bytes, const MarkdownLines::Line &line)
{
    const char *d = bytes.constData();
    const qsizetype p = MarkdownLines::skipSpaces(d, line.begin, line.contentEnd);
    if (p - line.begin < 4 && bytes.mid(p, 8).toLower() == "<details")
        return true;
    const QByteArray start = bytes.mid(line.begin, 3);
    return start == "!!!" || start == "???";
}

QString oneParagraph(const QString &text)
{
    // Read as the parser will read it once written (encoded).
    const QByteArray bytes = encoded(text);
    if (!bytes.contains("\n"))
        return text;
    QByteArray out;
    out.reserve(bytes.size());
    MarkdownLines::Fence fence;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(bytes, pos);
        const char *d = bytes.constData();
        bool keep = true;
        if (pos > 0) {
            if (fence.open) {
                if (MarkdownLines::closesFence(d, line, fence))
                    fence.open = false;
            } else {
                const MarkdownLines::Kind kind = MarkdownLines::classify(d, line);
                keep = kind != MarkdownLines::Kind::Blank;
                if (kind == MarkdownLines::Kind::FenceOpen)
                    fence = MarkdownLines::fenceOf(d, line);
                // A bold question after a line that ends a block (`</details>`)
                // would start an entry too: a numbered question's lines lose
                // the indentation that had kept it in the item.
                if (kind == MarkdownLines::Kind::Heading2 || kind == MarkdownLines::Kind::ThematicBreak
                    || kind == MarkdownLines::Kind::QuestionLabel || kind == MarkdownLines::Kind::QuestionHeading || kind == MarkdownLines::Kind::AnswerLabel
                    || MarkdownLines::isAnyHeading(d, line) || startsBlock(bytes, line)
                    || (kind == MarkdownLines::Kind::Text && BoldQuestion::startsAfter(out, d, line)))
                    out += "    ";
            }
        }
        if (keep)
            out += bytes.mid(line.begin, line.end - line.begin);
        pos = line.end;
    }
    return decoded(std::move(out));
}

} // namespace EntryText
