#pragma once

#include "app/lint/similaritynormalizer.h"

#include <QByteArray>
#include <QList>

#include <string>
#include <string_view>
#include <vector>

// Every question normalized once (SimilarityNormalizer), kept for the two
// indexes SimilarityFinder builds from them. A long list is normalized in
// two halves at once: each question's result depends on it alone.
class NormalizedQuestions
{
public:
    explicit NormalizedQuestions(const QList<QByteArray> &questionsUtf8);

    int count() const { return m_count; }
    // The normalized text; 8 more bytes can be read past its end (what
    // CandidateIndex needs to read a word 8 bytes at a time).
    std::string_view text(int question) const;
    // Where its words are, relative to the start of text(question).
    const SimilarityNormalizer::WordSpan *wordsBegin(int question) const;
    const SimilarityNormalizer::WordSpan *wordsEnd(int question) const;
    bool nonAscii(int question) const { return item(question).nonAscii; }
    // Per question: the first one with the same text (itself if none).
    std::vector<int> firstWithSameText() const;

private:
    struct Item
    {
        size_t textBegin = 0;
        size_t textLength = 0;
        size_t wordsBegin = 0;
        size_t wordsEnd = 0;
        bool nonAscii = false;
    };
    // One half of the questions: [first, first + items.size()).
    struct Part
    {
        int first = 0;
        std::string text;
        std::vector<SimilarityNormalizer::WordSpan> words;
        std::vector<Item> items;
    };

    static void normalizePart(const QList<QByteArray> &questions, int first, int end, Part &part);
    const Part &partOf(int question) const { return question < m_parts[1].first ? m_parts[0] : m_parts[1]; }
    const Item &item(int question) const
    {
        const Part &part = partOf(question);
        return part.items[size_t(question - part.first)];
    }

    int m_count = 0;
    Part m_parts[2];
};
