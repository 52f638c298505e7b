#include "markdownhighlighter.h"

#include <QFontDatabase>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

enum BlockState { Normal = 0, InFence = 1 };

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor accent = dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    const QColor muted = mix(text, base, 0.45);
    const QColor codeColor = dark ? QColor(0xe6, 0xa1, 0x6b) : QColor(0xa3, 0x3d, 0x0b);

    m_heading = QTextCharFormat();
    m_heading.setForeground(accent);
    m_heading.setFontWeight(QFont::Bold);

    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat italic;
    italic.setFontItalic(true);
    QTextCharFormat code;
    code.setForeground(codeColor);
    code.setBackground(mix(base, text, 0.07));
    QTextCharFormat link;
    link.setForeground(accent);
    link.setFontUnderline(true);
    QTextCharFormat marker;
    marker.setForeground(accent);
    marker.setFontWeight(QFont::Bold);
    QTextCharFormat label;
    label.setForeground(accent);
    label.setFontWeight(QFont::Bold);

    m_codeBlock = code;
    m_quote = QTextCharFormat();
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
    m_rule = QTextCharFormat();
    m_rule.setForeground(muted);

    m_rules.clear();
    auto add = [this](const char *pattern, const QTextCharFormat &format) {
        m_rules.push_back({QRegularExpression(QString::fromLatin1(pattern)), format});
    };
    add(R"(^\s{0,3}(?:[-*+]|\d{1,9}[.)])(?=\s))", marker);
    add(R"(\*\*[^*\n]+\*\*|__[^_\n]+__)", bold);
    add(R"((?<![*\w])\*(?!\s)[^*\n]+(?<!\s)\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+(?<!\s)_(?![_\w]))", italic);
    add(R"(\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>)", link);
    add(R"(\*\*(?:Question|Answer):\*\*)", label);
    add(R"(`[^`\n]+`)", code);
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    const bool fenceLine = fence.match(text).hasMatch();
    if (previousBlockState() == InFence) {
        setFormat(0, int(text.size()), m_codeBlock);
        setCurrentBlockState(fenceLine ? Normal : InFence);
        return;
    }
    if (fenceLine) {
        setFormat(0, int(text.size()), m_codeBlock);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>"));
    static const QRegularExpression thematic(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (thematic.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_rule);
        return;
    }
    if (quote.match(text).hasMatch())
        setFormat(0, int(text.size()), m_quote);
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            for (int i = int(m.capturedStart()); i < m.capturedEnd(); ++i) {
                QTextCharFormat merged = format(i);
                merged.merge(rule.format);
                setFormat(i, 1, merged);
            }
        }
    }
}
