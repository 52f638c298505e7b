#include "exportsizecounter.h"

#include <QChar>

void ExportSizeCounter::add(QByteArrayView utf8)
{
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        if (m_missing > 0 && (c & 0xC0) == 0x80) {
            m_pending = (m_pending << 6) | (c & 0x3F);
            if (--m_missing == 0)
                addCodePoint(m_pending);
            continue;
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
    size.tokens = (size.characters + 3) / 4;
    return size;
}
