#pragma once

#include <QPalette>
#include <QPointer>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

class SpellChecker;

// Light markdown highlighting for the editors: headings, emphasis, code,
// links, list markers, quotes, fenced and indented code blocks. Colours come
// from the palette, so a dark palette gives a readable dark editor.
//
// With a SpellChecker set, misspelled words of prose lines get a red wavy
// underline (QTextCharFormat::SpellCheckUnderline); code blocks, code spans,
// URLs, link targets and HTML tags are not checked (see spelltext.h).
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);
    void setPalette(const QPalette &palette);
    // nullptr: no spell checking. Does not take ownership.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const;
    bool isSpellChecking() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    bool highlightMarkdown(const QString &text);
    void highlightSpelling(const QString &text);

    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    std::vector<Rule> m_rules;
    QTextCharFormat m_heading;
    QTextCharFormat m_codeBlock;
    QTextCharFormat m_quote;
    QTextCharFormat m_rule;
    QTextCharFormat m_misspelled;
    QPointer<SpellChecker> m_spell;
};
