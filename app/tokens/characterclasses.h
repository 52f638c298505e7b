#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <vector>

// The character classes of the split patterns of o200k_base and cl100k_base,
// per code point, from data/tokens/unicode-classes.bin. The table was made by
// the JavaScript regex engine that js-tiktoken runs on (its \p{..} and \s), so
// that counts match js-tiktoken even where Qt's Unicode version differs.
class CharacterClasses
{
public:
    enum Flag : quint8 {
        Letter = 1,   // \p{L}
        Number = 2,   // \p{N}
        Space = 4,    // JavaScript \s (U+FEFF yes, U+0085 no)
        Upper = 8,    // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
        Lower = 16,   // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
    };

    static const CharacterClasses &instance(); // loaded on first use, thread-safe

    quint8 flags(char32_t codePoint) const
    {
        if (codePoint < 0x10000)
            return m_bmp[codePoint];
        return astralFlags(codePoint);
    }

    // For tests: whether the table was read (a build without it counts nothing right).
    bool isLoaded() const { return m_loaded; }

private:
    CharacterClasses();
    quint8 astralFlags(char32_t codePoint) const;

    std::vector<quint8> m_bmp;
    std::vector<char32_t> m_astralStarts; // runs at or above U+10000, sorted
    std::vector<quint8> m_astralFlags;
    bool m_loaded = false;
};
