#include "app/document/followingtext.h"

#include "app/document/blockentries.h"
#include "app/document/boldquestion.h"
#include "app/document/boldquestionwriter.h"
#include "app/document/detailsblock.h"
#include "app/document/markdownlines.h"

namespace {

// The kind of the first line of raw text that is not blank (Blank when
// there is none).
MarkdownLines::Kind firstNonBlankKind(const QByteArray &raw)
{
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        const MarkdownLines::Kind kind = MarkdownLines::classify(raw.constData(), line);
        if (kind != MarkdownLines::Kind::Blank)
            return kind;
        pos = line.end;
    }
    return MarkdownLines::Kind::Blank;
}

bool startsWithBreak(const QByteArray &raw)
{
    return firstNonBlankKind(raw) == MarkdownLines::Kind::ThematicBreak;
}

// A question label or a question heading: either ends an answer in every reading.
bool startsWithQuestionLabel(const QByteArray &raw)
{
    const MarkdownLines::Kind kind = firstNonBlankKind(raw);
    return kind == MarkdownLines::Kind::QuestionLabel || kind == MarkdownLines::Kind::QuestionHeading;
}

} // namespace

namespace FollowingText {

bool endsWithBreak(const QByteArray &raw)
{
    MarkdownLines::Kind last = MarkdownLines::Kind::Blank;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        const MarkdownLines::Kind kind = MarkdownLines::classify(raw.constData(), line);
        if (kind != MarkdownLines::Kind::Blank)
            last = kind;
        pos = line.end;
    }
    return last == MarkdownLines::Kind::ThematicBreak;
}

// The nearest piece before/after `index` that is not blank lines.
const DocumentPiece *neighbour(const std::vector<DocumentPiece> &pieces, int index, int step)
{
    for (int i = index + step; i >= 0 && i < int(pieces.size()); i += step) {
        if (!pieces[i].isBlank())
            return &pieces[i];
    }
    return nullptr;
}

// Text that is not an entry, after an answer, would be read as more of that
// answer unless a `---` ends the answer first. A label line that is prose
// (in a document read as one dialect) ends an answer by itself, and so
// does a bold question (BoldQuestionWriter::startsWithQuestion).
bool isProse(const DocumentPiece *piece)
{
    return piece && !piece->isEntry() && !startsWithBreak(piece->raw) && !startsWithQuestionLabel(piece->raw)
        && !BoldQuestionWriter::startsWithQuestion(piece->raw);
}

// Whether the text after pieces[index], a numbered question written in list
// form, goes on with it when read again: the first line of the raw text up
// to the next entry that is not blank continues it (MarkdownLines::
// continuesItem). Never so in a loaded document, where that line would be
// part of the question; an edit that removes or moves what stood between
// them makes it so.
bool textContinuesItem(const std::vector<DocumentPiece> &pieces, int index)
{
    bool afterBlank = false;
    for (int i = index + 1; i < int(pieces.size()) && !pieces[i].isEntry(); ++i) {
        const QByteArray &raw = pieces[i].raw;
        for (qsizetype pos = 0; pos < raw.size();) {
            const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
            const MarkdownLines::Kind kind = MarkdownLines::classify(raw.constData(), line);
            if (kind != MarkdownLines::Kind::Blank)
                return MarkdownLines::continuesItem(raw.constData(), line, kind, afterBlank);
            afterBlank = true;
            pos = line.end;
        }
    }
    return false;
}

bool joinsAdmonitionBody(const std::vector<DocumentPiece> &pieces, int index)
{
    if (pieces[size_t(index)].entry.form() != QaEntry::Form::Admonition)
        return false;
    for (int i = index + 1; i < int(pieces.size()) && !pieces[size_t(i)].isEntry(); ++i) {
        const QByteArray &raw = pieces[size_t(i)].raw;
        for (qsizetype pos = 0; pos < raw.size();) {
            const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
            if (!MarkdownLines::isBlankText(raw.constData(), line.begin, line.contentEnd))
                return raw.at(line.begin) == '\t' || raw.mid(line.begin, 4) == "    ";
            pos = line.end;
        }
    }
    return false;
}

bool joinsQuestion(const std::vector<DocumentPiece> &pieces, int index, bool forced)
{
    if (index + 1 >= int(pieces.size()) || pieces[size_t(index) + 1].isEntry())
        return false;
    const QByteArray &raw = pieces[size_t(index) + 1].raw;
    if (raw.isEmpty())
        return false;
    const MarkdownLines::Line line = MarkdownLines::lineAt(raw, 0);
    const MarkdownLines::Kind kind = MarkdownLines::classify(raw.constData(), line);
    // Under a question in a quote, empty quote lines are blank lines (the parser's rule).
    const bool quoted = pieces[size_t(index)].entry.layout().questionQuoted;
    const auto blank = [quoted](const QByteArray &text, const MarkdownLines::Line &l) {
        return MarkdownLines::isBlankText(text.constData(), l.begin, l.contentEnd)
            || (quoted && MarkdownLines::isEmptyQuoteLine(text.constData(), l));
    };
    if (blank(raw, line)) {
        // After blank lines, an answer label the reading reads would become
        // its answer (the parser takes any after a question).
        for (int i = index + 1; i < int(pieces.size()) && !pieces[size_t(i)].isEntry(); ++i) {
            const QByteArray &text = pieces[size_t(i)].raw;
            for (qsizetype pos = 0; pos < text.size();) {
                const MarkdownLines::Line next = MarkdownLines::lineAt(text, pos);
                if (!blank(text, next)) {
                    const MarkdownLines::LabelAt label = MarkdownLines::labelAt(text.constData(), next);
                    return label.found && label.answer
                        && (!forced || QaLabel::dialectOf(label.spelling) == pieces[size_t(index)].entry.dialect());
                }
                pos = next.end;
            }
        }
        return false;
    }
    return kind != MarkdownLines::Kind::ThematicBreak && kind != MarkdownLines::Kind::Heading2
        && kind != MarkdownLines::Kind::QuestionLabel && kind != MarkdownLines::Kind::QuestionHeading;
}

bool startsWithGluedBoldQuestion(const std::vector<DocumentPiece> &pieces, int index, const QByteArray &written)
{
    if (index + 1 >= int(pieces.size()) || pieces[size_t(index) + 1].isEntry())
        return false;
    const QByteArray &raw = pieces[size_t(index) + 1].raw;
    if (!raw.startsWith('*'))
        return false;
    const MarkdownLines::Line line = MarkdownLines::lineAt(raw, 0);
    return MarkdownLines::classify(raw.constData(), line) == MarkdownLines::Kind::Text
        && BoldQuestion::startsAfter(written, raw.constData(), line);
}

namespace {

// A line of `text`, outside code, where the parser would find a block with
// `after` following it (its search runs on into it); from its second line
// for an entry's text (`entry`), whose first line starts the entry.
bool blockStartsIn(const QByteArray &text, const QByteArray &after, bool entry)
{
    const qsizetype from = entry ? 1 : 0;
    const QByteArray joined = text + after;
    bool found = false;
    MarkdownLines::eachLine(text, [&](const MarkdownLines::Line &line, bool code) {
        found = found || (!code && line.begin >= from && BlockEntries::at(joined, line.begin, 1, true, false).found);
    });
    return found;
}

} // namespace

bool closesOpenDetails(const std::vector<DocumentPiece> &pieces, int index, bool forced,
                       const std::function<QByteArray(int)> &entryAsWritten)
{
    if (index + 1 >= int(pieces.size()) || !DetailsBlock::leavesOpen(pieces[size_t(index)].raw))
        return false;
    if (!pieces[size_t(index) + 1].isEntry())
        return true;
    return !forced && blockStartsIn(pieces[size_t(index)].raw, entryAsWritten(index + 1), false);
}

bool detailsInEntryCloseInNext(const QByteArray &out, qsizetype entryBegin, const std::vector<DocumentPiece> &pieces,
                               int index, const std::function<QByteArray(int)> &entryAsWritten)
{
    // Cheap test first: a save passes here for every entry.
    if (out.indexOf('<', entryBegin) < 0)
        return false;
    // The text up to the next entry (after a removal, several pieces), and
    // that entry: a summary left open runs on into a block right below.
    QByteArray after;
    int last = index;
    while (last + 1 < int(pieces.size()) && !pieces[size_t(last) + 1].isEntry())
        after += pieces[size_t(++last)].raw;
    if (last + 1 < int(pieces.size()))
        after += entryAsWritten(last + 1);
    if (!after.contains("</"))
        return false;
    const QByteArray written = out.mid(entryBegin);
    if (!DetailsBlock::leavesOpen(written))
        return false;
    return blockStartsIn(written, after, true);
}

} // namespace FollowingText
