#pragma once

#include "app/lint/similaritynormalizer.h"

#include <QtGlobal>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Which pairs of questions SimilarityFinder scores at all: an inverted index
// over a few key terms per question, so the work grows with the number of
// questions, not with its square.
//
// A question's terms are its words and pairs of adjacent words (and, in
// scripts written without spaces, pairs of adjacent characters). Its key
// terms are the `keyTerms` rarest of them, among those found in at least two
// and at most maxPostings questions. Two questions are candidates when they
// share two key terms, or one when either has at most `fewKeyTerms` of them
// (a short question). Questions that ask the same thing share distinctive
// words and turns of phrase ("training dynamics", "LLM judge"); word pairs
// keep this selective even when the words themselves are common. Two
// questions made only of common words are not compared. The work per
// question is bounded by keyTerms * maxPostings, and the whole work (pairs
// of questions sharing a key term) by workPerQuestion per question: when the
// key terms are common ones, as in a templated FAQ, maxPostings is lowered.
class CandidateIndex
{
public:
    static constexpr int keyTerms = 7;
    static constexpr int fewKeyTerms = 3;
    static constexpr int workPerQuestion = 32;

    // Room for questions of `totalBytes` bytes in all.
    CandidateIndex(qsizetype totalBytes, int questionCount);
    ~CandidateIndex();

    // The next question: its normalized text and words [wordsBegin,
    // wordsEnd) (SimilarityNormalizer; 8 bytes can be read past a word's
    // start).
    void add(std::string_view normalized, const SimilarityNormalizer::WordSpan *wordsBegin,
             const SimilarityNormalizer::WordSpan *wordsEnd, bool nonAscii);
    // After the last add(): chooses the key terms and indexes them. A
    // question that is not `comparable` (no trigrams) gets none.
    void finish(const std::function<bool(int question)> &comparable);

    // The candidates of each question in turn; one Search per thread.
    class Search
    {
    public:
        explicit Search(const CandidateIndex &index);
        // The earlier questions to score `question` against, in the order found.
        const std::vector<int> &earlierCandidates(int question);

    private:
        const CandidateIndex &m_index;
        std::vector<int> m_shared; // per question: key terms shared with the current one
        std::vector<int> m_touched;
        std::vector<int> m_candidates;
    };

private:
    class TermTable;
    // Values per question (or per term) in one flat array: i has
    // [offsets[i], offsets[i + 1]).
    struct Lists
    {
        std::vector<int> values;
        std::vector<size_t> offsets{0};
        size_t begin(int i) const { return offsets[size_t(i)]; }
        size_t end(int i) const { return offsets[size_t(i) + 1]; }
        size_t count(int i) const { return end(i) - begin(i); }
    };

    void addPending();
    void chooseKeys(int maxPostings, const std::function<bool(int question)> &comparable);
    // The keys of questions [begin, end), into `keys` (offsets from 0).
    void chooseKeys(int begin, int end, int maxPostings, const std::function<bool(int question)> &comparable,
                    Lists &keys) const;
    double pairWork() const;

    int m_questionCount;
    int m_added = 0;
    std::unique_ptr<TermTable> m_table; // while questions are added
    std::vector<quint64> m_hashes, m_pending; // this question's terms, the previous one's
    std::vector<quint64> m_distinct;          // a small set of this question's hashes
    Lists m_terms;                 // per question: its distinct terms, by number
    std::vector<quint16> m_termFrequency; // per term: the questions having it (at most 65535)
    Lists m_keys;                  // per question: its key terms
    Lists m_postings;              // per term: the questions having it as a key term, in order
};
