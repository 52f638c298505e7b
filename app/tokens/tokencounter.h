#pragma once

#include "app/tokens/tokenencoding.h"

#include <QByteArrayView>
#include <QString>

// How many tokens a text is for a model, counted as OpenAI's tiktoken counts.
// Thread-safe; the rank tables load on first use.
class TokenCounter
{
public:
    static qsizetype count(QByteArrayView utf8, TokenEncoding encoding);
    static qsizetype count(const QString &text, TokenEncoding encoding);
};
