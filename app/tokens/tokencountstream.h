#pragma once

#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QByteArrayView>

// Counts tokens of a text given chunk by chunk (an export written in pieces)
// with the same result as counting the whole text at once: a chunk is
// counted only up to the last piece that the text after it cannot change;
// the rest waits for the next chunk. Chunks may cut a character anywhere.
class TokenCountStream
{
public:
    explicit TokenCountStream(TokenEncoding encoding) : m_encoding(encoding) {}

    void add(QByteArrayView utf8);
    qsizetype total() const; // the count of everything added so far, as if it ended here
    TokenEncoding encoding() const { return m_encoding; }

private:
    void countPending();

    TokenEncoding m_encoding;
    qsizetype m_counted = 0;
    QByteArray m_pending;        // valid UTF-8 not counted yet
    QByteArray m_incomplete;     // a character cut off at the end of the last chunk
    qsizetype m_retryAt = 0;     // pending size at which to try again
};
