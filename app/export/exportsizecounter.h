#pragma once

#include "app/export/exportsize.h"
#include "app/tokens/tokencountstream.h"

#include <QByteArrayView>

// Counts an export's size from its UTF-8 bytes as they are produced, chunk by
// chunk, with the same figures ExportSize::of() gives for the whole text, so
// the window can show the size of a 65 MB export without holding it.
// Tokens are counted as the chunks come (TokenCountStream): the same count
// as for the whole text, wherever the chunks are cut.
class ExportSizeCounter
{
public:
    explicit ExportSizeCounter(TokenEncoding encoding = TokenEncodings::defaultEncoding) : m_tokens(encoding) {}
    void add(QByteArrayView utf8); // chunks may split a character anywhere
    ExportSize size() const;

private:
    void addByte(uchar c);
    void addCodePoint(char32_t c);

    ExportSize m_size;
    TokenCountStream m_tokens;
    bool m_inWord = false;
    char32_t m_pending = 0; // code point being assembled
    int m_missing = 0;      // continuation bytes it still needs
};
