#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

// Light markdown highlighting for the editors: headings, emphasis, code,
// links, list markers, quotes, fenced code blocks. Colours come from the
// palette, so a dark palette gives a readable dark editor.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
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
};
