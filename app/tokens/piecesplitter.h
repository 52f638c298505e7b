#pragma once

#include "app/tokens/characterclasses.h"
#include "app/tokens/tokenencoding.h"

#include <QtGlobal>

// The pre-tokeniser: cuts valid UTF-8 into the pieces that each encoding's
// split pattern matches, written out by hand instead of run by a regex
// engine. It follows js-tiktoken's patterns with JavaScript's semantics
// (greedy, backtracking, the first alternative that matches wins):
//   o200k_base  [^\r\n\p{L}\p{N}]?[UPPER]*[LOWER]+(CONTRACTION)?
//             | [^\r\n\p{L}\p{N}]?[UPPER]+[LOWER]*(CONTRACTION)?
//             | \p{N}{1,3} | ' '?[^\s\p{L}\p{N}]+[\r\n/]* | \s*[\r\n]+ | \s+(?!\S) | \s+
//   cl100k_base (CONTRACTION) | [^\r\n\p{L}\p{N}]?\p{L}+ | \p{N}{1,3}
//             | ' '?[^\s\p{L}\p{N}]+[\r\n]* | \s*[\r\n]+ | \s+(?!\S) | \s+
// with UPPER = \p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}, LOWER = \p{Ll}\p{Lm}\p{Lo}\p{M}
// and CONTRACTION = 's|'t|'re|'ve|'m|'ll|'d in any letter case.
class PieceSplitter
{
public:
    PieceSplitter(const char *utf8, qsizetype size, TokenEncoding encoding);

    // Where the piece that starts at start (< size) ends.
    qsizetype pieceEnd(qsizetype start);
    // Whether that piece depended on the end of the text (it looked past the
    // last character): more text after it may change the piece.
    bool touchedEnd() const { return m_touchedEnd; }

private:
    struct Char
    {
        char32_t value;
        int length; // 0 past the end
        quint8 flags;
    };
    Char at(qsizetype pos);
    bool isPrefix(const Char &c) const; // [^\r\n\p{L}\p{N}]
    qsizetype run(qsizetype pos, quint8 flag);
    qsizetype contractionEnd(qsizetype pos);

    qsizetype o200kLetters(qsizetype start);
    qsizetype cl100kLetters(qsizetype start);
    qsizetype upperThenLower(qsizetype start); // [UPPER]*[LOWER]+, -1 when no match
    qsizetype numbers(qsizetype start);
    qsizetype punctuation(qsizetype start);
    qsizetype whitespace(qsizetype start);

    const char *m_text;
    qsizetype m_size;
    TokenEncoding m_encoding;
    const CharacterClasses &m_classes;
    bool m_touchedEnd = false;
};
