#include "app/document/followingtext.h"

#include "app/document/detailsblock.h"
#include "app/document/markdownlines.h"

namespace FollowingText {

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

bool joinsQuestion(const std::vector<DocumentPiece> &pieces, int index)
{
    if (index + 1 >= int(pieces.size()) || pieces[size_t(index) + 1].isEntry())
        return false;
    const QByteArray &raw = pieces[size_t(index) + 1].raw;
    if (raw.isEmpty())
        return false;
    const MarkdownLines::Line line = MarkdownLines::lineAt(raw, 0);
    const MarkdownLines::Kind kind = MarkdownLines::classify(raw.constData(), line);
    if (kind == MarkdownLines::Kind::Blank) {
        // After blank lines, an answer label of the question's dialect
        // (read in any reading) would become its answer.
        for (int i = index + 1; i < int(pieces.size()) && !pieces[size_t(i)].isEntry(); ++i) {
            const QByteArray &text = pieces[size_t(i)].raw;
            for (qsizetype pos = 0; pos < text.size();) {
                const MarkdownLines::Line next = MarkdownLines::lineAt(text, pos);
                if (!MarkdownLines::isBlankText(text.constData(), next.begin, next.contentEnd)) {
                    const MarkdownLines::LabelAt label = MarkdownLines::labelAt(text.constData(), next);
                    return label.found && label.answer
                        && QaLabel::dialectOf(label.spelling) == pieces[size_t(index)].entry.dialect();
                }
                pos = next.end;
            }
        }
        return false;
    }
    return kind != MarkdownLines::Kind::ThematicBreak && kind != MarkdownLines::Kind::Heading2
        && kind != MarkdownLines::Kind::QuestionLabel;
}

bool closesOpenDetails(const std::vector<DocumentPiece> &pieces, int index)
{
    return index + 1 < int(pieces.size()) && !pieces[size_t(index) + 1].isEntry()
        && DetailsBlock::leavesOpen(pieces[size_t(index)].raw);
}

} // namespace FollowingText
