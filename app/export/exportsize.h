#pragma once

#include "app/tokens/tokenencoding.h"

#include <QString>

// How big an export is. Tokens are exact: counted with the tokenizer of the
// chosen encoding (app/tokens), as OpenAI's tiktoken counts them.
struct ExportSize
{
    qsizetype characters = 0; // Unicode code points
    qsizetype words = 0;      // runs of non-whitespace
    qsizetype tokens = 0;
    TokenEncoding encoding = TokenEncodings::defaultEncoding;

    static ExportSize of(const QString &text, TokenEncoding encoding = TokenEncodings::defaultEncoding);
    QString summary() const;    // "12,345 characters · 2,001 words · 3,087 tokens (o200k_base)"
    QString tokensText() const; // "3,087 tokens (o200k_base)"
};
