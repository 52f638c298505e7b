#include "app/lint/similaritynormalizer.h"

#include <QtEndian>

#include <cstring>

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

} // namespace

bool SimilarityNormalizer::normalize(const QByteArray &text, std::string &out, std::vector<WordSpan> *words)
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
