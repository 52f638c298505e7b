#include "ui/editor/markdownhighlighter.h"

#include "app/spell/spellchecker.h"
#include "app/spell/spelltext.h"

#include <QFontDatabase>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Normal (a prose line), InFence, Blank or IndentedCode, plus ListFlag while
// the lines belong to a list item (its indented lines are not code).
enum BlockState { Normal = 0, InFence = 1, Blank = 2, IndentedCode = 3, ListFlag = 0x10 };

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
    // The same red on any palette: a misspelling must stand out on dark too.
    m_misspelled = QTextCharFormat();
    m_misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_misspelled.setUnderlineColor(QColor(Qt::red));

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

void MarkdownHighlighter::setSpellChecker(SpellChecker *checker)
{
    if (checker == m_spell)
        return;
    m_spell = checker;
    rehighlight();
}

SpellChecker *MarkdownHighlighter::spellChecker() const
{
    return m_spell;
}

bool MarkdownHighlighter::isSpellChecking() const
{
    return m_spell && m_spell->isActive();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (highlightMarkdown(text) && isSpellChecking())
        highlightSpelling(text);
}

// Returns whether the line is prose (not code) and so has its spelling checked.
bool MarkdownHighlighter::highlightMarkdown(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    const bool fenceLine = fence.match(text).hasMatch();
    const int previous = previousBlockState();
    if (previous == InFence) {
        setFormat(0, int(text.size()), m_codeBlock);
        setCurrentBlockState(fenceLine ? Normal : InFence);
        return false;
    }
    if (fenceLine) {
        setFormat(0, int(text.size()), m_codeBlock);
        setCurrentBlockState(InFence);
        return false;
    }
    // Indented code: four columns in, after a blank line (or more code or the
    // start), and not the continuation of a list item.
    const bool blank = text.trimmed().isEmpty();
    const bool wasList = previous >= 0 && (previous & ListFlag);
    const int previousBase = previous < 0 ? Blank : (previous & ~ListFlag);
    static const QRegularExpression indented(QStringLiteral("^(?: {4}| {0,3}\\t)"));
    static const QRegularExpression listItem(QStringLiteral("^\\s{0,3}(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)"));
    if (blank) {
        setCurrentBlockState(Blank | (wasList ? ListFlag : 0));
        return false;
    }
    const bool isIndented = indented.match(text).hasMatch();
    if (isIndented && !wasList && (previousBase == Blank || previousBase == IndentedCode)) {
        setFormat(0, int(text.size()), m_codeBlock);
        setCurrentBlockState(IndentedCode);
        return false;
    }
    bool inList = wasList;
    if (listItem.match(text).hasMatch())
        inList = true;
    else if (!isIndented && previousBase == Blank)
        inList = false; // a new paragraph ends the list
    setCurrentBlockState(Normal | (inList ? ListFlag : 0));

    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>"));
    static const QRegularExpression thematic(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return true;
    }
    if (thematic.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_rule);
        return false;
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
    return true;
}

void MarkdownHighlighter::highlightSpelling(const QString &text)
{
    const QStringView view(text);
    for (const SpellText::Range &word : SpellText::words(text)) {
        if (m_spell->isCorrect(view.mid(word.start, word.length)))
            continue;
        // Keep what the markdown rules set (bold, link colour) under the wave.
        const int end = word.start + word.length;
        int i = word.start;
        while (i < end) {
            const QTextCharFormat base = format(i);
            int j = i + 1;
            while (j < end && format(j) == base)
                ++j;
            QTextCharFormat merged = base;
            merged.merge(m_misspelled);
            setFormat(i, j - i, merged);
            i = j;
        }
    }
}
