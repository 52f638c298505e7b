#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <string>
#include <vector>

// A question as SimilarityFinder compares it: its words in lower case,
// without stop words ("what", "the", "explain", ...), joined by single
// spaces. ' and - are dropped inside words ("you're" -> "youre",
// "pre-training" -> "pretraining"); other ASCII punctuation separates words;
// bytes above 0x7F are kept as they are (the typographic apostrophe is
// dropped after the stop words are).
class SimilarityNormalizer
{
public:
    // Where a word is in the normalized text.
    struct WordSpan
    {
        quint32 begin = 0;
        quint32 length = 0;
    };

    // Writes the normalized `text` into `out` (reused from question to
    // question: it keeps room for reading a word 8 bytes at a time past its
    // end) and, if given, where each word is into `words`. Returns whether
    // the words hold non-ASCII bytes.
    static bool normalize(const QByteArray &text, std::string &out, std::vector<WordSpan> *words = nullptr);
};
