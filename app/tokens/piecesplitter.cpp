#include "app/tokens/piecesplitter.h"

namespace {
// Flags of the ASCII characters, the same as the table has for them.
struct AsciiFlags
{
    quint8 flags[128] = {};
    constexpr AsciiFlags()
    {
        for (int c = 0; c < 128; ++c) {
            if ((c >= 'a' && c <= 'z'))
                flags[c] = CharacterClasses::Letter | CharacterClasses::Lower;
            else if (c >= 'A' && c <= 'Z')
                flags[c] = CharacterClasses::Letter | CharacterClasses::Upper;
            else if (c >= '0' && c <= '9')
                flags[c] = CharacterClasses::Number;
            else if (c == ' ' || (c >= '\t' && c <= '\r'))
                flags[c] = CharacterClasses::Space;
        }
    }
};
constexpr AsciiFlags asciiFlags;

bool isNewline(char32_t c)
{
    return c == '\r' || c == '\n';
}
} // namespace

PieceSplitter::PieceSplitter(const char *utf8, qsizetype size, TokenEncoding encoding)
    : m_text(utf8), m_size(size), m_encoding(encoding), m_classes(CharacterClasses::instance())
{
}

PieceSplitter::Char PieceSplitter::at(qsizetype pos)
{
    if (pos >= m_size) {
        m_touchedEnd = true;
        return {0, 0, 0};
    }
    const uchar b = uchar(m_text[pos]);
    if (b < 0x80)
        return {b, 1, asciiFlags.flags[b]};
    // Valid UTF-8 only (the caller replaced what was not).
    char32_t c;
    int length;
    if (b < 0xE0) {
        c = ((b & 0x1Fu) << 6) | (uchar(m_text[pos + 1]) & 0x3Fu);
        length = 2;
    } else if (b < 0xF0) {
        c = ((b & 0x0Fu) << 12) | ((uchar(m_text[pos + 1]) & 0x3Fu) << 6) | (uchar(m_text[pos + 2]) & 0x3Fu);
        length = 3;
    } else {
        c = ((b & 0x07u) << 18) | ((uchar(m_text[pos + 1]) & 0x3Fu) << 12) | ((uchar(m_text[pos + 2]) & 0x3Fu) << 6)
            | (uchar(m_text[pos + 3]) & 0x3Fu);
        length = 4;
    }
    return {c, length, m_classes.flags(c)};
}

bool PieceSplitter::isPrefix(const Char &c) const
{
    return c.length > 0 && !isNewline(c.value) && !(c.flags & (CharacterClasses::Letter | CharacterClasses::Number));
}

qsizetype PieceSplitter::run(qsizetype pos, quint8 flag)
{
    for (Char c = at(pos); c.flags & flag; c = at(pos))
        pos += c.length;
    return pos;
}

qsizetype PieceSplitter::pieceEnd(qsizetype start)
{
    m_touchedEnd = false;
    qsizetype end = m_encoding == TokenEncoding::O200kBase ? o200kLetters(start) : cl100kLetters(start);
    if (end < 0)
        end = numbers(start);
    if (end < 0)
        end = punctuation(start);
    if (end < 0)
        end = whitespace(start);
    if (end <= start) // every character is a letter, number, space or other: not reached
        end = start + qMax(1, at(start).length);
    return end;
}

// 's 't 're 've 'm 'll 'd in any case after pos, or pos.
qsizetype PieceSplitter::contractionEnd(qsizetype pos)
{
    if (at(pos).value != '\'')
        return pos;
    const char32_t first = at(pos + 1).value | 0x20; // ASCII lower case
    if (first == 's' || first == 't' || first == 'm' || first == 'd')
        return pos + 2;
    if (first != 'r' && first != 'v' && first != 'l')
        return pos;
    const char32_t second = at(pos + 2).value | 0x20;
    if ((first == 'l' && second == 'l') || (first != 'l' && second == 'e'))
        return pos + 3;
    return pos;
}

// [UPPER]*[LOWER]+ as a backtracking engine matches it: the longest UPPER
// run, then the longest LOWER run after it; failing that, the UPPER run cut
// back to its last character that is LOWER too (Lm, Lo, M).
qsizetype PieceSplitter::upperThenLower(qsizetype start)
{
    qsizetype pos = start;
    qsizetype lastLower = -1;
    int lastLowerLength = 0;
    Char c = at(pos);
    while (c.flags & CharacterClasses::Upper) {
        if (c.flags & CharacterClasses::Lower) {
            lastLower = pos;
            lastLowerLength = c.length;
        }
        pos += c.length;
        c = at(pos);
    }
    if (c.flags & CharacterClasses::Lower)
        return run(pos, CharacterClasses::Lower);
    if (lastLower >= 0)
        return lastLower + lastLowerLength;
    return -1;
}

qsizetype PieceSplitter::o200kLetters(qsizetype start)
{
    const Char first = at(start);
    const bool prefix = isPrefix(first);
    // First alternative: [UPPER]*[LOWER]+, with the prefix, then without.
    qsizetype end = prefix ? upperThenLower(start + first.length) : -1;
    if (end < 0)
        end = upperThenLower(start);
    if (end >= 0)
        return contractionEnd(end);
    // Second alternative: [UPPER]+[LOWER]*.
    for (qsizetype from : {prefix ? start + first.length : qsizetype(-1), start}) {
        if (from < 0)
            continue;
        const qsizetype upperEnd = run(from, CharacterClasses::Upper);
        if (upperEnd > from)
            return contractionEnd(run(upperEnd, CharacterClasses::Lower));
    }
    return -1;
}

qsizetype PieceSplitter::cl100kLetters(qsizetype start)
{
    const qsizetype contraction = contractionEnd(start);
    if (contraction > start)
        return contraction;
    const Char first = at(start);
    if (isPrefix(first)) {
        const qsizetype end = run(start + first.length, CharacterClasses::Letter);
        if (end > start + first.length)
            return end;
    }
    const qsizetype end = run(start, CharacterClasses::Letter);
    return end > start ? end : -1;
}

qsizetype PieceSplitter::numbers(qsizetype start)
{
    qsizetype pos = start;
    for (int i = 0; i < 3; ++i) {
        const Char c = at(pos);
        if (!(c.flags & CharacterClasses::Number))
            break;
        pos += c.length;
    }
    return pos > start ? pos : -1;
}

// ' '?[^\s\p{L}\p{N}]+[\r\n]* ('/' too after it in o200k_base).
qsizetype PieceSplitter::punctuation(qsizetype start)
{
    constexpr quint8 notOther = CharacterClasses::Letter | CharacterClasses::Number | CharacterClasses::Space;
    auto isOther = [](const Char &c) { return c.length > 0 && !(c.flags & notOther); };
    qsizetype pos = start;
    if (at(pos).value == ' ')
        ++pos; // without the space, [^\s..]+ cannot match at a space
    Char c = at(pos);
    if (!isOther(c))
        return -1;
    while (isOther(c)) {
        pos += c.length;
        c = at(pos);
    }
    const bool slash = m_encoding == TokenEncoding::O200kBase;
    while (isNewline(c.value) || (slash && c.value == '/')) {
        pos += c.length;
        c = at(pos);
    }
    return pos;
}

// \s*[\r\n]+ | \s+(?!\S) | \s+
qsizetype PieceSplitter::whitespace(qsizetype start)
{
    qsizetype pos = start;
    qsizetype afterLastNewline = -1;
    qsizetype lastStart = -1;
    int count = 0;
    for (Char c = at(pos); c.flags & CharacterClasses::Space; c = at(pos)) {
        lastStart = pos;
        pos += c.length;
        ++count;
        if (isNewline(c.value))
            afterLastNewline = pos;
    }
    if (count == 0)
        return -1;
    if (afterLastNewline >= 0)
        return afterLastNewline;
    if (pos >= m_size || count == 1) // at the end of the text, or one space before a non-space
        return pos;
    return lastStart; // the last space goes with what follows
}
