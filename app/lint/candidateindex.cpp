#include "app/lint/candidateindex.h"

#include "app/base/prefetch.h"
#include "app/base/twoparts.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

// Words and pairs of words, as 64-bit hashes, numbered 0, 1, 2, ... by open
// addressing; each entry also counts the questions that have it.
class CandidateIndex::TermTable
{
public:
    // Sized to the questions' bytes (a term per 16 bytes, at most 65,536
    // slots to start): a small file's table is not a megabyte of fresh
    // pages, each a page fault at start-up.
    explicit TermTable(qsizetype totalBytes)
    {
        size_t capacity = 1024;
        while (capacity < (size_t(1) << 16) && capacity < size_t(totalBytes) / 16)
            capacity *= 2;
        rehash(capacity);
    }

    void prefetch(quint64 key) const { prefetchMemory(&m_table[slotOf(key)]); }

    // The key's number, counting one more question that has it.
    int add(quint64 key)
    {
        size_t slot = slotOf(key);
        while (m_table[slot].number >= 0) {
            Entry &entry = m_table[slot];
            if (entry.key == key) {
                ++entry.frequency;
                return entry.number;
            }
            slot = (slot + 1) & m_mask;
        }
        if (4 * (m_count + 1) > 3 * m_table.size()) {
            rehash(m_table.size() * 2);
            slot = slotOf(key);
            while (m_table[slot].number >= 0)
                slot = (slot + 1) & m_mask;
        }
        m_table[slot] = {key, int(m_count), 1};
        return int(m_count++);
    }

    // Questions having each key, by number; at most 65535 (compact, so
    // that looking them up stays in cache).
    std::vector<quint16> frequencies() const
    {
        std::vector<quint16> out(m_count, 0);
        for (const Entry &entry : m_table) {
            if (entry.number >= 0)
                out[size_t(entry.number)] = quint16(std::min(entry.frequency, 0xFFFF));
        }
        return out;
    }

private:
    struct Entry
    {
        quint64 key = 0;
        int number = -1;
        int frequency = 0;
    };

    size_t slotOf(quint64 key) const { return size_t((key * 0x9e3779b97f4a7c15ULL) >> 40) & m_mask; }

    void rehash(size_t capacity)
    {
        std::vector<Entry> fresh(capacity);
        m_mask = capacity - 1;
        for (const Entry &old : m_table) {
            if (old.number < 0)
                continue;
            size_t slot = slotOf(old.key);
            while (fresh[slot].number >= 0)
                slot = (slot + 1) & m_mask;
            fresh[slot] = old;
        }
        m_table.swap(fresh);
    }

    std::vector<Entry> m_table;
    size_t m_mask = 0;
    size_t m_count = 0;
};

namespace {

// A 64-bit hash of a word, 8 bytes at a time. `data` must be followed by 7
// readable bytes (SimilarityNormalizer leaves room).
quint64 hashBytes(const char *data, size_t length)
{
    quint64 hash = 0x9e3779b97f4a7c15ULL ^ length;
    for (; length >= 8; data += 8, length -= 8) {
        hash = (hash ^ qFromLittleEndian<quint64>(data)) * 0xff51afd7ed558ccdULL;
        hash ^= hash >> 32;
    }
    if (length > 0) {
        const quint64 tail = qFromLittleEndian<quint64>(data) & ((quint64(1) << (8 * length)) - 1);
        hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ULL;
        hash ^= hash >> 29;
    }
    hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccdULL;
    return hash ^ (hash >> 33);
}

// Scripts written without spaces (Chinese, Japanese, ...) make a whole
// phrase one "word". For a word of several non-ASCII characters, its pairs
// of adjacent characters are terms too, as search engines index such text.
void addCharacterPairs(const char *word, size_t length, std::vector<quint64> &hashes)
{
    size_t nonAscii = 0;
    for (size_t i = 0; i < length; ++i)
        nonAscii += (static_cast<unsigned char>(word[i]) & 0xC0) == 0xC0; // a lead byte
    if (nonAscii < 4)
        return;
    size_t previous = 0, current = 0; // starts of the last two characters
    bool havePrevious = false;
    for (size_t i = 1; i <= length; ++i) {
        if (i < length && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80)
            continue; // inside a character
        if (havePrevious)
            hashes.push_back((hashBytes(word + previous, i - previous) ^ 0x5bd1e9955bd1e995ULL) | 1);
        previous = current;
        current = i;
        havePrevious = true;
    }
}

} // namespace

CandidateIndex::CandidateIndex(qsizetype totalBytes, int questionCount)
    : m_questionCount(questionCount), m_table(std::make_unique<TermTable>(totalBytes)), m_distinct(64, 0)
{
    // A question of B bytes has at most about B / 2 words and word pairs
    // (typically B / 3): room reserved is not touched, a regrowth copies.
    m_terms.values.reserve(size_t(totalBytes) / 2);
    m_terms.offsets.reserve(size_t(questionCount) + 1);
}

CandidateIndex::~CandidateIndex() = default;

void CandidateIndex::addPending()
{
    for (quint64 hash : m_pending)
        m_terms.values.push_back(m_table->add(hash));
    m_terms.offsets.push_back(m_terms.values.size());
}

void CandidateIndex::add(std::string_view normalized, const SimilarityNormalizer::WordSpan *wordsBegin,
                         const SimilarityNormalizer::WordSpan *wordsEnd, bool nonAscii)
{
    std::vector<quint64> &hashes = m_hashes;
    hashes.clear();
    quint64 previous = 0;
    bool first = true;
    for (const SimilarityNormalizer::WordSpan *span = wordsBegin; span != wordsEnd; ++span) {
        const char *word = normalized.data() + span->begin;
        const quint64 hash = hashBytes(word, span->length) | 1; // never 0
        hashes.push_back(hash);
        if (nonAscii)
            addCharacterPairs(word, span->length, hashes);
        if (!first) // the pair, hashed apart from single words
            hashes.push_back(((previous * 0x9e3779b97f4a7c15ULL) ^ (hash + 0x632be59bd9b4e019ULL)) | 1);
        previous = hash;
        first = false;
    }
    // Each term once per question.
    if (m_distinct.size() < 2 * hashes.size()) {
        size_t size = m_distinct.size();
        while (size < 2 * hashes.size())
            size *= 2;
        m_distinct.assign(size, 0);
    }
    const size_t mask = m_distinct.size() - 1; // sizes are powers of two
    size_t kept = 0;
    for (quint64 hash : hashes) {
        size_t slot = size_t(hash >> 40) & mask;
        while (m_distinct[slot] != 0 && m_distinct[slot] != hash)
            slot = (slot + 1) & mask;
        if (m_distinct[slot] == 0) {
            m_distinct[slot] = hash;
            hashes[kept++] = hash;
        }
    }
    hashes.resize(kept);
    std::fill(m_distinct.begin(), m_distinct.end(), 0);
    // The table is large: a question's entries are fetched while the next
    // question is read, and only then counted.
    for (quint64 hash : hashes)
        m_table->prefetch(hash);
    if (m_added > 0)
        addPending();
    m_pending.swap(hashes);
    ++m_added;
}

void CandidateIndex::finish(const std::function<bool(int)> &comparable)
{
    const int n = m_questionCount;
    if (m_added > 0)
        addPending();
    m_termFrequency = m_table->frequencies();
    m_table.reset();

    // A term is a key only when at most `maxPostings` questions have it.
    // When the documents' key terms are common ones (a templated FAQ: a
    // small vocabulary shared by every question) the pairs they would make
    // pass the work budget: the limit is halved until they do not.
    int maxPostings = 64 + 2 * int(std::sqrt(double(n)));
    chooseKeys(maxPostings, comparable);
    while (maxPostings > 2 && pairWork() > double(workPerQuestion) * n) {
        maxPostings /= 2;
        chooseKeys(maxPostings, comparable);
    }

    // Postings: the questions of each key term, in order.
    std::vector<size_t> counts(m_termFrequency.size() + 1, 0);
    for (int term : m_keys.values)
        ++counts[size_t(term) + 1];
    for (size_t t = 1; t < counts.size(); ++t)
        counts[t] += counts[t - 1];
    m_postings.offsets = counts;
    m_postings.values.resize(m_keys.values.size());
    for (int i = 0; i < n; ++i) {
        for (size_t p = m_keys.begin(i); p < m_keys.end(i); ++p)
            m_postings.values[counts[size_t(m_keys.values[p])]++] = i;
    }
}

void CandidateIndex::chooseKeys(int maxPostings, const std::function<bool(int)> &comparable)
{
    // Each question's keys depend on it alone: two halves at once.
    const int n = m_questionCount;
    const int half = n / 2;
    Lists parts[2];
    runInTwoParts(twoPartsPay(n), [&](int part) {
        chooseKeys(part == 0 ? 0 : half, part == 0 ? half : n, maxPostings, comparable, parts[part]);
    });
    m_keys = std::move(parts[0]);
    const size_t shift = m_keys.values.size();
    m_keys.values.insert(m_keys.values.end(), parts[1].values.begin(), parts[1].values.end());
    m_keys.offsets.reserve(size_t(n) + 1);
    for (size_t i = 1; i < parts[1].offsets.size(); ++i)
        m_keys.offsets.push_back(parts[1].offsets[i] + shift);
}

void CandidateIndex::chooseKeys(int begin, int end, int maxPostings, const std::function<bool(int)> &comparable,
                                Lists &keys) const
{
    keys.values.reserve(size_t(end - begin) * keyTerms);
    keys.offsets.reserve(size_t(end - begin) + 1);
    const auto rarer = [&](int x, int y) {
        return m_termFrequency[size_t(x)] != m_termFrequency[size_t(y)]
            ? m_termFrequency[size_t(x)] < m_termFrequency[size_t(y)] : x < y;
    };
    std::vector<int> own;
    for (int i = begin; i < end; ++i) {
        own.clear();
        if (comparable(i)) {
            for (size_t p = m_terms.begin(i); p < m_terms.end(i); ++p) {
                const int f = m_termFrequency[size_t(m_terms.values[p])];
                if (f >= 2 && f <= maxPostings)
                    own.push_back(m_terms.values[p]);
            }
        }
        if (own.size() > size_t(keyTerms)) {
            // The keyTerms rarest, by insertion: few comparisons for a few
            // dozen terms.
            size_t kept = 0;
            for (int term : own) {
                if (kept == size_t(keyTerms) && !rarer(term, own[kept - 1]))
                    continue;
                size_t at = kept < size_t(keyTerms) ? kept++ : kept - 1;
                while (at > 0 && rarer(term, own[at - 1])) {
                    own[at] = own[at - 1];
                    --at;
                }
                own[at] = term;
            }
            own.resize(kept);
        }
        keys.values.insert(keys.values.end(), own.begin(), own.end());
        keys.offsets.push_back(keys.values.size());
    }
}

double CandidateIndex::pairWork() const
{
    // Each pair of questions sharing a key term is looked at once per term.
    std::vector<int> perTerm(m_termFrequency.size(), 0);
    for (int term : m_keys.values)
        ++perTerm[size_t(term)];
    double work = 0;
    for (int count : perTerm)
        work += double(count) * (count - 1) / 2;
    return work;
}

CandidateIndex::Search::Search(const CandidateIndex &index)
    : m_index(index), m_shared(static_cast<size_t>(index.m_questionCount), 0)
{
}

const std::vector<int> &CandidateIndex::Search::earlierCandidates(int i)
{
    const Lists &keys = m_index.m_keys;
    const Lists &postings = m_index.m_postings;
    const int ownKeys = int(keys.count(i));
    m_touched.clear();
    for (size_t k = keys.begin(i); k < keys.end(i); ++k) {
        const int term = keys.values[k];
        for (size_t p = postings.begin(term); p < postings.end(term); ++p) {
            const int j = postings.values[p];
            if (j >= i)
                break; // in order: the rest come later
            if (m_shared[size_t(j)]++ == 0)
                m_touched.push_back(j);
        }
    }
    m_candidates.clear();
    for (int j : m_touched) {
        const int common = m_shared[size_t(j)];
        m_shared[size_t(j)] = 0;
        const int fewer = std::min(ownKeys, int(keys.count(j)));
        if (common >= (fewer <= fewKeyTerms ? 1 : 2))
            m_candidates.push_back(j);
    }
    return m_candidates;
}
