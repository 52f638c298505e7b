#include "app/export/exportsizecounter.h"

#include <QChar>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void ExportSizeCounter::add(QByteArrayView utf8)
{
    m_tokens.add(utf8);
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p < end) {
#if defined(__SSE2__)
        // Runs of ASCII 16 bytes at a time: a byte is a character, and a
        // word starts at each non-space byte after a space.
        if (m_missing == 0 && end - p >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            if (_mm_movemask_epi8(x) == 0) {
                const __m128i minus9 = _mm_sub_epi8(x, _mm_set1_epi8(9)); // \t..\r become 0..4
                const __m128i controlSpace = _mm_cmpeq_epi8(_mm_min_epu8(minus9, _mm_set1_epi8(4)), minus9);
                const __m128i space = _mm_or_si128(controlSpace, _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
                const unsigned nonSpace = ~unsigned(_mm_movemask_epi8(space)) & 0xFFFFu;
                const unsigned before = (nonSpace << 1) | (m_inWord ? 1u : 0u);
                m_size.words += __builtin_popcount(nonSpace & ~before & 0xFFFFu);
                m_size.characters += 16;
                m_inWord = nonSpace & 0x8000u;
                p += 16;
                continue;
            }
        }
#endif
        const char *const blockEnd = p + qMin<qsizetype>(16, end - p);
        for (; p < blockEnd; ++p)
            addByte(uchar(*p));
    }
}

void ExportSizeCounter::addByte(uchar c)
{
    if (m_missing > 0 && (c & 0xC0) == 0x80) {
        m_pending = (m_pending << 6) | (c & 0x3F);
        if (--m_missing == 0)
            addCodePoint(m_pending);
        return;
    }
    // Exports come from validated UTF-8; a stray byte still counts once.
    if (m_missing > 0) {
        m_missing = 0;
        addCodePoint(QChar::ReplacementCharacter);
    }
    if (c < 0x80) {
        ++m_size.characters;
        const bool space = c == ' ' || (c >= '\t' && c <= '\r');
        if (!space && !m_inWord)
            ++m_size.words;
        m_inWord = !space;
    } else if (c >= 0xF0) {
        m_pending = c & 0x07;
        m_missing = 3;
    } else if (c >= 0xE0) {
        m_pending = c & 0x0F;
        m_missing = 2;
    } else if (c >= 0xC0) {
        m_pending = c & 0x1F;
        m_missing = 1;
    } else {
        addCodePoint(QChar::ReplacementCharacter);
    }
}

void ExportSizeCounter::addCodePoint(char32_t c)
{
    ++m_size.characters;
    const bool space = QChar::isSpace(c);
    if (!space && !m_inWord)
        ++m_size.words;
    m_inWord = !space;
}

ExportSize ExportSizeCounter::size() const
{
    ExportSize size = m_size;
    if (m_missing > 0)
        ++size.characters; // a character cut off at the end
    size.tokens = m_tokens.total();
    size.encoding = m_tokens.encoding();
    return size;
}
