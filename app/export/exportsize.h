#pragma once

#include <QString>

// How big an export is. Tokens are approximated as one per four characters
// (the usual rule of thumb for English text with GPT-style tokenizers),
// rounded up; good enough to see whether a context fits a budget.
struct ExportSize
{
    qsizetype characters = 0; // Unicode code points
    qsizetype words = 0;      // runs of non-whitespace
    qsizetype tokens = 0;

    static ExportSize of(const QString &text);
    QString summary() const; // "12,345 characters · 2,001 words · ~3,087 tokens"
};
