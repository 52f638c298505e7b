#pragma once

#include <QString>
#include <QVector>

// Which words of one line of markdown are prose to spell-check. Skipped:
// code spans, URLs (bare, <autolinks>, e-mail addresses), link destinations
// ([text](target), [text][label], [label]: target definitions, [^footnotes]),
// HTML tags, comments and entities (&nbsp;), the **Question:** and
// **Answer:** labels, dotted names (themes.md, Answer.AI, example.com) and
// #tags / @names. Code blocks are a matter of the surrounding lines and are
// left to the highlighter.
namespace SpellText {

struct Range
{
    int start = 0;
    int length = 0;
    friend bool operator==(const Range &a, const Range &b) { return a.start == b.start && a.length == b.length; }
};

// Ranges of `line` that are not prose.
QVector<Range> skippedRanges(const QString &line);

// The words of `line` to check, outside skippedRanges(). A word is a run of
// letters, marks, digits and underscores with apostrophes (' and ’) allowed
// inside it; hyphens and other punctuation separate words.
QVector<Range> words(const QString &line);

// ' and its typographic forms (’ U+2019, ʼ U+02BC).
bool isApostrophe(QChar c);
// `word` with every apostrophe written ', as the dictionaries and the
// personal word list spell it.
QString withPlainApostrophes(const QString &word);

} // namespace SpellText
