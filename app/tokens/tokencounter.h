#pragma once

#include "app/tokens/tokenencoding.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

// How many tokens a text is for a model, counted as OpenAI's tiktoken counts
// (byte pair encoding over the encoding's rank table, after its split
// pattern): equal to js-tiktoken's encode(text, [], []).length. Special
// tokens such as "<|endoftext|>" are ordinary text here (js-tiktoken's
// encode(text) would throw on them). Bytes that are not UTF-8 count as the
// U+FFFD characters a TextDecoder makes of them. Thread-safe; each rank table
// loads on first use.
class TokenCounter
{
public:
    static qsizetype count(QByteArrayView utf8, TokenEncoding encoding);
    static qsizetype count(const QString &text, TokenEncoding encoding);
    // The token ids (ranks), for tests and tools.
    static std::vector<int> encode(QByteArrayView utf8, TokenEncoding encoding);

    // Counts valid UTF-8. With atEnd false, stops before the first piece that
    // more text could change and puts where it starts in *consumed (the
    // caller counts from there again with the text that follows).
    static qsizetype countValid(const char *utf8, qsizetype size, TokenEncoding encoding, bool atEnd,
                                qsizetype *consumed = nullptr);
};
