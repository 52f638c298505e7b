#include "app/lint/similarityfinder.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <system_error>
#include <thread>

namespace {

// Stop words, at most 8 bytes each, as 64-bit keys in a small open-addressing
// table: checking a word costs a multiplication and a comparison or two.
class StopWords
{
public:
    StopWords()
    {
        static const char *const words[] = {
            "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
            "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "one", "or",
            "our", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what",
            "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you",
            "your", "yours", "youre", "ve", "s", "t", "re", "ll", "d", "m", "tell", "give",
            "describe", "explain", "also", "just", "more", "most", "very", "much", "many",
        };
        for (const char *word : words) {
            const quint64 key = keyOf(word, std::strlen(word));
            size_t slot = slotOf(key);
            while (m_keys[slot])
                slot = (slot + 1) % size;
            m_keys[slot] = key;
        }
    }

    // `word` must be followed by at least 8 readable bytes past its start.
    bool contains(const char *word, size_t length) const
    {
        if (length == 0 || length > 8)
            return false;
        quint64 key = qFromLittleEndian<quint64>(word);
        if (length < 8)
            key &= (quint64(1) << (8 * length)) - 1; // the word's bytes only
        for (size_t slot = slotOf(key); m_keys[slot]; slot = (slot + 1) % size) {
            if (m_keys[slot] == key)
                return true;
        }
        return false;
    }

private:
    static constexpr size_t size = 512;

    // The bytes of a word of 1 to 8 bytes; never 0.
    static quint64 keyOf(const char *word, size_t length)
    {
        char bytes[8] = {};
        std::memcpy(bytes, word, length);
        return qFromLittleEndian<quint64>(bytes);
    }
    static size_t slotOf(quint64 key) { return size_t((key * 0x9e3779b97f4a7c15ULL) >> 55); }

    quint64 m_keys[size] = {};
};

const StopWords &stopWords()
{
    static const StopWords words;
    return words;
}

// What each byte is to the normalizer: 0 separates words, 1 is skipped
// (' and -: "you're" -> "youre", "pre-training" -> "pretraining"), anything
// else is the byte as it goes into a word (ASCII letters in lower case,
// digits, bytes above 0x7F).
struct ByteClasses
{
    unsigned char of[256];
    ByteClasses()
    {
        for (int c = 0; c < 256; ++c) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
                of[c] = static_cast<unsigned char>(c);
            else if (c >= 'A' && c <= 'Z')
                of[c] = static_cast<unsigned char>(c + 32);
            else if (c == '\'' || c == '-')
                of[c] = 1;
            else
                of[c] = 0;
        }
    }
};

// The question's words, lower case, without stop words, joined by single
// spaces, into `out` (reused from question to question). The typographic
// apostrophe is dropped after the stop words are.
struct WordSpan
{
    quint32 begin = 0;
    quint32 length = 0;
};

// Also returns whether the text has non-ASCII bytes; `words` (if given)
// receives where each word of `out` is.
bool normalizeWords(const QByteArray &text, std::string &out, std::vector<WordSpan> *words = nullptr)
{
    static const ByteClasses classes;
    const StopWords &stop = stopWords();
    // The result is never longer than the text: write it in place (with
    // room for reading a word 8 bytes at a time).
    out.resize(size_t(text.size()) + 8);
    char *o = out.data();
    size_t length = 0;
    unsigned seen = 0; // all word bytes or-ed: 0x80 set if any is non-ASCII
    if (words)
        words->clear();
    const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
    const auto *end = p + text.size();
    while (p < end) {
        if (classes.of[*p] <= 1) { // between words
            ++p;
            continue;
        }
        const size_t wordBegin = length + (length > 0 ? 1 : 0);
        if (length > 0)
            o[length] = ' ';
        size_t w = wordBegin;
        for (; p < end; ++p) {
            const unsigned char k = classes.of[*p];
            if (k > 1) {
                o[w++] = char(k);
                seen |= k;
            } else if (k == 0) {
                break;
            }
        }
        if (!stop.contains(o + wordBegin, w - wordBegin)) {
            length = w;
            if (words)
                words->push_back({quint32(wordBegin), quint32(w - wordBegin)});
        }
    }
    out.resize(length);
    const bool nonAscii = seen & 0x80;
    if (nonAscii) {
        static const char apostrophe[] = "\xe2\x80\x99";
        size_t at = out.find(apostrophe);
        if (at != std::string::npos) {
            do
                out.erase(at, 3);
            while ((at = out.find(apostrophe, at)) != std::string::npos);
            if (words) { // positions moved: split again
                words->clear();
                for (size_t begin = 0; begin <= out.size();) {
                    size_t stop = out.find(' ', begin);
                    if (stop == std::string::npos)
                        stop = out.size();
                    words->push_back({quint32(begin), quint32(stop - begin)});
                    begin = stop + 1;
                }
            }
        }
    }
    return nonAscii;
}

// Character trigrams of normalized words, as 24-bit numbers, sorted, unique.
std::vector<quint32> trigrams(const QByteArray &text)
{
    std::string words;
    normalizeWords(text, words);
    std::vector<quint32> grams;
    const auto *d = reinterpret_cast<const unsigned char *>(words.data());
    for (size_t i = 0; i + 3 <= words.size(); ++i)
        grams.push_back(quint32(d[i]) << 16 | quint32(d[i + 1]) << 8 | quint32(d[i + 2]));
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

// Trigram ids. Normalized text is made of 37 ASCII symbols (space, digits,
// a-z) and bytes above 0x7F: a trigram of the 37 is numbered directly (0 to
// 37^3 - 1, which fits 16 bits), the others after those, through a hash.
class TrigramIds
{
public:
    static constexpr int directCount = 37 * 37 * 37;

    TrigramIds()
    {
        std::fill(std::begin(m_symbol), std::end(m_symbol), -1);
        m_symbol[int(' ')] = 0;
        for (int c = '0'; c <= '9'; ++c)
            m_symbol[c] = c - '0' + 1;
        for (int c = 'a'; c <= 'z'; ++c)
            m_symbol[c] = c - 'a' + 11;
    }

    int symbol(unsigned char byte) const { return m_symbol[byte]; }
    static int direct(int a, int b, int c) { return (a * 37 + b) * 37 + c; }
    // The id of the trigram at d, not all of it symbols.
    int other(const unsigned char *d)
    {
        const quint32 code = quint32(d[0]) << 16 | quint32(d[1]) << 8 | quint32(d[2]);
        auto it = m_other.constFind(code);
        if (it == m_other.constEnd())
            it = m_other.insert(code, directCount + int(m_other.size()));
        return it.value();
    }

private:
    int m_symbol[256];
    QHash<quint32, int> m_other;
};

// Words and pairs of words, as 64-bit hashes, numbered 0, 1, 2, ... by open
// addressing; each entry also counts the questions that have it.
class KeyTable
{
public:
    KeyTable() { rehash(1 << 16); }

    void prefetch(quint64 key) const { __builtin_prefetch(&m_table[slotOf(key)]); }

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

// A 64-bit hash of a word, 8 bytes at a time. `data` must be followed by 7
// readable bytes (normalizeWords() leaves room).
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

// Runs `work(part)` for part 0 and 1, in two threads when `parallel` and a
// thread can be started, else one after the other.
template<typename Work>
void inTwoParts(bool parallel, Work work)
{
    if (parallel) {
        try {
            std::thread helper([&] { work(1); });
            work(0);
            helper.join();
            return;
        } catch (const std::system_error &) {
            // No thread: do it all here.
        }
    }
    work(0);
    work(1);
}

// Values per question in one flat array: question i has [offsets[i], offsets[i + 1]).
struct PerQuestion
{
    std::vector<int> values;
    std::vector<size_t> offsets{0};
    size_t begin(int question) const { return offsets[size_t(question)]; }
    size_t end(int question) const { return offsets[size_t(question) + 1]; }
    size_t count(int question) const { return end(question) - begin(question); }
};

} // namespace

QList<QByteArray> SimilarityFinder::tokens(const QByteArray &questionUtf8)
{
    QList<QByteArray> out;
    for (quint32 gram : trigrams(questionUtf8))
        out.append(QByteArray(1, char(gram >> 16)) + char((gram >> 8) & 0xFF) + char(gram & 0xFF));
    return out;
}

std::vector<SimilarityFinder::Pair> SimilarityFinder::find(const QList<QByteArray> &questions,
                                                           double threshold)
{
    const int n = int(questions.size());

    // Per question: its distinct trigrams (for the score) and its distinct
    // words and pairs of adjacent words (its terms, to find candidates).
    // Trigram ids fit 16 bits unless the questions hold a great many
    // non-ASCII trigrams; then the list is widened to 32 bits.
    std::unique_ptr<quint16[]> narrowGrams; // sized for the worst case, only touched as used
    std::vector<quint32> wideGrams;
    bool wide = false;
    std::vector<size_t> gramOffsets{0};
    std::vector<int> gramFrequency;
    PerQuestion terms;
    std::vector<quint16> termFrequency;
    {
        qsizetype totalBytes = 0;
        for (const QByteArray &question : questions)
            totalBytes += question.size();
        gramOffsets.reserve(size_t(n) + 1);
        terms.values.reserve(size_t(totalBytes) / 4);
        terms.offsets.reserve(size_t(n) + 1);
        TrigramIds trigramIds;
        KeyTable termTable;
        struct GramState
        {
            int lastQuestion = -1; // that had it
            int frequency = 0;
        };
        std::vector<GramState> gramState(static_cast<size_t>(TrigramIds::directCount));
        narrowGrams.reset(new quint16[size_t(totalBytes) + 1]); // at most one trigram per byte
        size_t used = 0;
        auto addGram = [&](int id, int question) {
            if (size_t(id) >= gramState.size())
                gramState.resize(size_t(id) + 1);
            GramState &state = gramState[size_t(id)];
            if (state.lastQuestion == question)
                return;
            state.lastQuestion = question;
            ++state.frequency;
            if (!wide && id > 0xFFFF) {
                wideGrams.assign(narrowGrams.get(), narrowGrams.get() + used);
                narrowGrams.reset();
                wide = true;
            }
            if (wide)
                wideGrams.push_back(quint32(id));
            else
                narrowGrams[used++] = quint16(id);
        };
        std::vector<WordSpan> spans;
        std::vector<quint64> hashes, pending; // this question's terms, the previous one's
        std::vector<quint64> distinct(64, 0); // a small set of this question's hashes
        // The table is large: a question's entries are fetched while the
        // next question is read, and only then counted.
        const auto addPending = [&] {
            for (quint64 hash : pending)
                terms.values.push_back(termTable.add(hash));
            terms.offsets.push_back(terms.values.size());
        };
        std::string text;
        for (int i = 0; i < n; ++i) {
            const bool nonAscii = normalizeWords(questions[i], text, &spans);
            const auto *d = reinterpret_cast<const unsigned char *>(text.data());
            const size_t length = text.size();
            size_t p = 0;
            if (length >= 3 && !wide) {
                // The common case, inline: trigrams of the 37 symbols, ids in
                // 16 bits. pair = the id of the first two symbols.
                int s1 = trigramIds.symbol(d[1]);
                int pair = trigramIds.symbol(d[0]) * 37 + s1;
                quint16 *out = narrowGrams.get() + used;
                for (; p + 3 <= length; ++p) {
                    const int s2 = trigramIds.symbol(d[p + 2]);
                    if ((pair | s1 | s2) < 0)
                        break; // a byte above 0x7F: the general case below
                    const int id = pair * 37 + s2;
                    GramState &state = gramState[size_t(id)];
                    if (state.lastQuestion != i) {
                        state.lastQuestion = i;
                        ++state.frequency;
                        *out++ = quint16(id);
                    }
                    pair = s1 * 37 + s2;
                    s1 = s2;
                }
                used = size_t(out - narrowGrams.get());
            }
            for (; p + 3 <= length; ++p) {
                const int a = trigramIds.symbol(d[p]), b = trigramIds.symbol(d[p + 1]), c = trigramIds.symbol(d[p + 2]);
                addGram((a | b | c) >= 0 ? TrigramIds::direct(a, b, c) : trigramIds.other(d + p), i);
            }
            gramOffsets.push_back(wide ? wideGrams.size() : used);

            hashes.clear();
            quint64 previous = 0;
            bool first = true;
            for (const WordSpan &span : spans) {
                const char *word = text.data() + span.begin;
                const quint64 hash = hashBytes(word, span.length) | 1; // never 0
                hashes.push_back(hash);
                if (nonAscii)
                    addCharacterPairs(word, span.length, hashes);
                if (!first) // the pair, hashed apart from single words
                    hashes.push_back(((previous * 0x9e3779b97f4a7c15ULL) ^ (hash + 0x632be59bd9b4e019ULL)) | 1);
                previous = hash;
                first = false;
            }
            // Each term once per question.
            if (distinct.size() < 2 * hashes.size()) {
                size_t size = distinct.size();
                while (size < 2 * hashes.size())
                    size *= 2;
                distinct.assign(size, 0);
            }
            const size_t mask = distinct.size() - 1; // sizes are powers of two
            size_t kept = 0;
            for (quint64 hash : hashes) {
                size_t slot = size_t(hash >> 40) & mask;
                while (distinct[slot] != 0 && distinct[slot] != hash)
                    slot = (slot + 1) & mask;
                if (distinct[slot] == 0) {
                    distinct[slot] = hash;
                    hashes[kept++] = hash;
                }
            }
            hashes.resize(kept);
            std::fill(distinct.begin(), distinct.end(), 0);
            for (quint64 hash : hashes)
                termTable.prefetch(hash);
            if (i > 0)
                addPending();
            pending.swap(hashes);
        }
        if (n > 0)
            addPending();
        termFrequency = termTable.frequencies();
        gramFrequency.resize(gramState.size());
        for (size_t g = 0; g < gramState.size(); ++g)
            gramFrequency[g] = gramState[g].frequency;
    }

    std::vector<double> idfSquared(gramFrequency.size(), 0.0);
    for (size_t g = 0; g < gramFrequency.size(); ++g) {
        if (gramFrequency[g] > 0) {
            const double idf = std::log((n + 1.0) / gramFrequency[g]);
            idfSquared[g] = idf * idf;
        }
    }
    std::vector<double> norm(static_cast<size_t>(n), 0.0);
    const auto norms = [&](const auto *grams) {
        for (int i = 0; i < n; ++i) {
            double sum = 0;
            for (size_t p = gramOffsets[size_t(i)]; p < gramOffsets[size_t(i) + 1]; ++p)
                sum += idfSquared[size_t(grams[p])];
            norm[size_t(i)] = std::sqrt(sum);
        }
    };
    if (wide)
        norms(wideGrams.data());
    else
        norms(narrowGrams.get());

    // Candidates. A question's key terms are its rarest words and pairs of
    // adjacent words (the keyTerms rarest), among those found in at least
    // two and at most maxPostings questions. Two questions are scored when
    // they share two key terms, or one when either has at most
    // fewKeyTerms of them (a short question). Questions that ask the same
    // thing share distinctive words and turns of phrase ("training
    // dynamics", "LLM judge"); word pairs keep this selective even when the
    // words themselves are common. The work per question is bounded by
    // keyTerms * maxPostings.
    constexpr int keyTerms = 7;
    constexpr int fewKeyTerms = 3;
    const int maxPostings = 64 + 2 * int(std::sqrt(double(n)));
    PerQuestion keys;
    keys.values.reserve(size_t(n) * keyTerms);
    keys.offsets.reserve(size_t(n) + 1);
    {
        const auto rarer = [&](int x, int y) {
            return termFrequency[size_t(x)] != termFrequency[size_t(y)]
                ? termFrequency[size_t(x)] < termFrequency[size_t(y)] : x < y;
        };
        std::vector<int> own;
        for (int i = 0; i < n; ++i) {
            own.clear();
            if (norm[size_t(i)] > 0) { // without trigrams there is nothing to compare
                for (size_t p = terms.begin(i); p < terms.end(i); ++p) {
                    const int f = termFrequency[size_t(terms.values[p])];
                    if (f >= 2 && f <= maxPostings)
                        own.push_back(terms.values[p]);
                }
            }
            if (own.size() > size_t(keyTerms)) {
                // The keyTerms rarest, by insertion: few comparisons for a
                // few dozen terms.
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
    // Postings: the questions of each key term, in order.
    PerQuestion postings; // indexed by term
    {
        std::vector<size_t> counts(termFrequency.size() + 1, 0);
        for (int term : keys.values)
            ++counts[size_t(term) + 1];
        for (size_t t = 1; t < counts.size(); ++t)
            counts[t] += counts[t - 1];
        postings.offsets = counts;
        postings.values.resize(keys.values.size());
        for (int i = 0; i < n; ++i) {
            for (size_t p = keys.begin(i); p < keys.end(i); ++p)
                postings.values[counts[size_t(keys.values[p])]++] = i;
        }
    }

    // Each question against the earlier ones that share its key terms; for
    // large inputs in two halves at once, on two cores (the result does not
    // depend on it). Work grows with a question's position, so the halves
    // interleave in blocks.
    const bool parallel = n >= 4096 && std::thread::hardware_concurrency() >= 2;
    constexpr int block = 256;
    std::vector<Pair> pairs, otherPairs;
    const auto compare = [&](const auto *grams, int part, std::vector<Pair> &found) {
        std::vector<int> shared(static_cast<size_t>(n), 0);
        std::vector<int> touched, candidates;
        // While a question's candidates are scored: the squared idf of each
        // of its trigrams, 0 for the others, so a shared trigram costs one
        // addition.
        std::vector<double> ownWeight(gramFrequency.size(), 0.0);
        for (int i = 0; i < n; ++i) {
            if ((i / block) % 2 != part) {
                i += block - 1 - i % block; // to the end of this block
                continue;
            }
            const int ownKeys = int(keys.count(i));
            touched.clear();
            for (size_t k = keys.begin(i); k < keys.end(i); ++k) {
                const int term = keys.values[k];
                for (size_t p = postings.begin(term); p < postings.end(term); ++p) {
                    const int j = postings.values[p];
                    if (j >= i)
                        break; // in order: the rest come later
                    if (shared[size_t(j)]++ == 0)
                        touched.push_back(j);
                }
            }
            candidates.clear();
            for (int j : touched) {
                const int common = shared[size_t(j)];
                shared[size_t(j)] = 0;
                const int fewer = std::min(ownKeys, int(keys.count(j)));
                if (common >= (fewer <= fewKeyTerms ? 1 : 2)) {
                    candidates.push_back(j);
                    // Their trigram lists are scattered in memory: ask for
                    // them now, so they arrive together.
                    __builtin_prefetch(grams + gramOffsets[size_t(j)]);
                    __builtin_prefetch(grams + gramOffsets[size_t(j)] + 32);
                }
            }
            if (candidates.empty())
                continue;
            const size_t ownBegin = gramOffsets[size_t(i)], ownEnd = gramOffsets[size_t(i) + 1];
            for (size_t p = ownBegin; p < ownEnd; ++p)
                ownWeight[size_t(grams[p])] = idfSquared[size_t(grams[p])];
            for (int j : candidates) {
                // Summed in the earlier question's trigram order: each pair's
                // score is computed one way only.
                double dot = 0;
                for (size_t p = gramOffsets[size_t(j)]; p < gramOffsets[size_t(j) + 1]; ++p)
                    dot += ownWeight[size_t(grams[p])];
                const double score = dot / (norm[size_t(j)] * norm[size_t(i)]);
                if (score >= threshold)
                    found.push_back({j, i, score});
            }
            for (size_t p = ownBegin; p < ownEnd; ++p)
                ownWeight[size_t(grams[p])] = 0.0;
        }
    };
    inTwoParts(parallel, [&](int part) {
        std::vector<Pair> &found = part == 0 ? pairs : otherPairs;
        if (wide)
            compare(wideGrams.data(), part, found);
        else
            compare(narrowGrams.get(), part, found);
    });
    pairs.insert(pairs.end(), otherPairs.begin(), otherPairs.end());

    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return pairs;
}
