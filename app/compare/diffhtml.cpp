#include "app/compare/diffhtml.h"

#include "app/render/markdownrenderer.h"

#include <QRegularExpression>

namespace {

// Private-use characters mark where highlights begin and end while the
// markdown is rendered; they never occur in a real answer's HTML otherwise.
constexpr char16_t markBegin = 0xE000;
constexpr char16_t markEnd = 0xE001;
constexpr char16_t noteBegin = 0xE002;
constexpr char16_t noteEnd = 0xE003;

} // namespace

QString DiffHtml::openTag(WordDiff::Kind side, bool dark)
{
    if (side == WordDiff::Kind::Removed)
        return dark ? QStringLiteral("<span style=\"background-color:#6b2226; text-decoration:line-through;\">")
                    : QStringLiteral("<span style=\"background-color:#ffd0cc; text-decoration:line-through;\">");
    return dark ? QStringLiteral("<span style=\"background-color:#1d5a2c; text-decoration:underline;\">")
                : QStringLiteral("<span style=\"background-color:#c6f5cf; text-decoration:underline;\">");
}

QString DiffHtml::noteTag()
{
    return QStringLiteral("<span style=\"color:gray; font-style:italic;\">");
}

QString DiffHtml::source(const QList<DiffElider::Piece> &pieces, WordDiff::Kind side, bool dark)
{
    QString html = QStringLiteral("<pre style=\"white-space:pre-wrap; font-family:monospace;\">");
    for (const DiffElider::Piece &segment : pieces) {
        if (segment.isNote)
            html += noteTag() + segment.text.toHtmlEscaped() + QStringLiteral("</span>");
        else if (segment.kind == WordDiff::Kind::Equal)
            html += segment.text.toHtmlEscaped();
        else if (segment.kind == side)
            html += openTag(side, dark) + segment.text.toHtmlEscaped() + QStringLiteral("</span>");
    }
    return html + QStringLiteral("</pre>");
}

QString DiffHtml::rendered(const QList<DiffElider::Piece> &pieces, WordDiff::Kind side, bool dark)
{
    // Marks go around each changed line piece, after any block syntax at
    // the start of a line (list markers, headings, quotes), so that the
    // markdown still parses as it would without them; fence lines stay
    // unmarked.
    static const QRegularExpression blockPrefix(QStringLiteral(R"(^(\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)*))"));
    static const QRegularExpression fence(QStringLiteral(R"(^\s*(```|~~~))"));
    QString marked;
    bool atLineStart = true;
    for (const DiffElider::Piece &segment : pieces) {
        if (segment.kind != WordDiff::Kind::Equal && segment.kind != side)
            continue;
        if (segment.isNote) {
            marked += QChar(noteBegin) + segment.text + QChar(noteEnd);
            atLineStart = false;
            continue;
        }
        const QStringList lines = segment.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                marked += QLatin1Char('\n');
                atLineStart = true;
            }
            QString piece = lines[i];
            if (piece.isEmpty())
                continue;
            if (segment.kind == WordDiff::Kind::Equal || piece.trimmed().isEmpty()
                || (atLineStart && fence.match(piece).hasMatch())) {
                marked += piece;
            } else {
                qsizetype start = 0;
                if (atLineStart)
                    start = blockPrefix.match(piece).capturedLength();
                marked += piece.left(start);
                if (start < piece.size())
                    marked += QChar(markBegin) + piece.mid(start) + QChar(markEnd);
            }
            atLineStart = false;
        }
    }
    QString html = MarkdownRenderer::toHtml(marked);
    html.replace(QChar(markBegin), openTag(side, dark));
    html.replace(QChar(markEnd), QStringLiteral("</span>"));
    html.replace(QChar(noteBegin), noteTag());
    html.replace(QChar(noteEnd), QStringLiteral("</span>"));
    // Inside a link target cmark percent-encodes them.
    html.remove(QStringLiteral("%EE%80%80"));
    html.remove(QStringLiteral("%EE%80%81"));
    html.remove(QStringLiteral("%EE%80%82"));
    html.remove(QStringLiteral("%EE%80%83"));
    return html;
}
