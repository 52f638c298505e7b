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
    return kind != MarkdownLines::Kind::Blank && kind != MarkdownLines::Kind::ThematicBreak
        && kind != MarkdownLines::Kind::Heading2 && kind != MarkdownLines::Kind::QuestionLabel;
}

bool closesOpenDetails(const std::vector<DocumentPiece> &pieces, int index)
{
    return index + 1 < int(pieces.size()) && !pieces[size_t(index) + 1].isEntry()
        && DetailsBlock::leavesOpen(pieces[size_t(index)].raw);
}

} // namespace FollowingText
