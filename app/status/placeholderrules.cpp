#include "app/status/placeholderrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define QUIRE_X86_SIMD 1
#endif

namespace {

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

inline bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (static_cast<unsigned char>(c) >= 0x80);
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0, e = text.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (b < e && space(text[b]))
        ++b;
    while (e > b && space(text[e - 1]))
        --e;
    return text.sliced(b, e - b);
}

// ASCII case-insensitive search for a lower-case needle.
bool containsFolded(QByteArrayView hay, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0 || hay.size() < n)
        return false;
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    const char *d = hay.data();
    const qsizetype last = hay.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        if (d[i] != first && d[i] != firstUpper)
            continue;
        qsizetype k = 1;
        while (k < n && lower(d[i + k]) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

bool containsWord(QByteArrayView hay, const QByteArray &word)
{
    const qsizetype n = word.size();
    const char *d = hay.data();
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        const void *hit = std::memchr(d + i, word[0], size_t(hay.size() - i));
        if (!hit)
            return false;
        i = static_cast<const char *>(hit) - d;
        if (i + n > hay.size())
            return false;
        if (std::memcmp(d + i, word.constData(), size_t(n)) == 0
            && (i == 0 || !isWordByte(d[i - 1]))
            && (i + n == hay.size() || !isWordByte(d[i + n])))
            return true;
    }
    return false;
}

bool equalsFolded(QByteArrayView text, const QByteArray &lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowerWord[i])
            return false;
    }
    return true;
}

int wordCountUpTo(QByteArrayView text, int limit)
{
    int words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && !inWord && ++words > limit)
            return words;
        inWord = !space;
    }
    return words;
}

// The strings of an array; false (with the reason) when `value` is not an
// array of strings: rules that parse but say nothing must not mean "no rules".
bool stringsOf(const QJsonValue &value, const QString &where, bool toLower, QList<QByteArray> &out, QString *error)
{
    if (!value.isArray()) {
        if (error)
            *error = QStringLiteral("%1 is missing or not a list").arg(where);
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            if (error)
                *error = QStringLiteral("%1 holds something that is not text").arg(where);
            return false;
        }
        QByteArray item = v.toString().toUtf8();
        if (toLower)
            item = item.toLower();
        if (!item.isEmpty())
            out.append(item);
    }
    return true;
}

bool listOf(const QJsonObject &root, const char *key, bool toLower, QList<QByteArray> &out, QString *error)
{
    return stringsOf(root.value(QLatin1String(key)).toObject().value(QLatin1String("list")),
                     QStringLiteral("%1.list").arg(QLatin1String(key)), toLower, out, error);
}

} // namespace

const PlaceholderRules &PlaceholderRules::builtIn()
{
    static const PlaceholderRules rules = [] {
        Q_INIT_RESOURCE(core);
        // Without its rules every placeholder would count as an answer and
        // be exported: a build that lost them must not run at all (CTest's
        // placeholder suite and the fuzz harness check they load).
        QFile file(QStringLiteral(":/quire/placeholder-rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Quire: the built-in placeholder rules (%s) cannot be read: %s; this build is broken",
                   qPrintable(file.fileName()), qPrintable(file.errorString()));
        QString error;
        PlaceholderRules loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("Quire: the built-in placeholder rules are not valid: %s; this build is broken", qPrintable(error));
        return loaded;
    }();
    return rules;
}

PlaceholderRules PlaceholderRules::fromJson(const QByteArray &json, QString *error)
{
    PlaceholderRules rules;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return rules;
    }
    const QJsonObject root = doc.object();
    const QJsonObject notes = root.value(QLatin1String("notesToSelf")).toObject();
    const QJsonValue maxWords = notes.value(QLatin1String("maxWords"));
    PlaceholderRules read;
    if (!listOf(root, "phrases", true, read.m_phrases, error) || !listOf(root, "markers", false, read.m_markers, error)
        || !listOf(root, "standIns", true, read.m_standIns, error)
        || !stringsOf(notes.value(QLatin1String("openers")), QStringLiteral("notesToSelf.openers"), true,
                      read.m_openers, error))
        return rules; // empty, with the error
    if (!maxWords.isDouble() || maxWords.toInt(-1) < 0) {
        if (error)
            *error = QStringLiteral("notesToSelf.maxWords is missing or not a whole number");
        return rules;
    }
    if (read.m_phrases.isEmpty() && read.m_markers.isEmpty() && read.m_standIns.isEmpty() && read.m_openers.isEmpty()) {
        if (error)
            *error = QStringLiteral("every list is empty");
        return rules;
    }
    rules = std::move(read);
    rules.m_maxNoteWords = maxWords.toInt();
    if (error)
        error->clear();
    rules.buildIndex();
    return rules;
}

void PlaceholderRules::buildIndex()
{
    m_needles.clear();
    m_prefixes.clear();
    m_shortNeedles.clear();
    for (const QByteArray &phrase : m_phrases)
        m_needles.push_back({phrase, false});
    for (const QByteArray &marker : m_markers)
        m_needles.push_back({marker, true});
    for (int k = 0; k < int(m_needles.size()); ++k) {
        const QByteArray &text = m_needles[size_t(k)].text;
        if (text.size() < 2) {
            m_shortNeedles.push_back(k);
            continue;
        }
        Prefix prefix;
        prefix.length = text.size() >= 3 ? 3 : 2;
        for (int b = 0; b < prefix.length; ++b)
            prefix.bytes[b] = static_cast<unsigned char>(text[b]) | 0x20;
        auto it = std::find_if(m_prefixes.begin(), m_prefixes.end(), [&](const Prefix &p) {
            return p.length == prefix.length && std::equal(p.bytes, p.bytes + p.length, prefix.bytes);
        });
        if (it == m_prefixes.end())
            it = m_prefixes.insert(m_prefixes.end(), prefix);
        it->needles.push_back(k);
    }
    std::fill(std::begin(m_startsPrefix), std::end(m_startsPrefix), false);
    for (auto &table : m_lowNibble)
        std::fill(std::begin(table), std::end(table), 0);
    for (auto &table : m_highNibble)
        std::fill(std::begin(table), std::end(table), 0);
    for (size_t k = 0; k < m_prefixes.size(); ++k) {
        const Prefix &prefix = m_prefixes[k];
        const unsigned char bucket = static_cast<unsigned char>(1u << (k % 8));
        m_startsPrefix[prefix.bytes[0]] = true;
        for (int b = 0; b < 3; ++b) {
            for (int nibble = 0; nibble < 16; ++nibble) {
                const bool any = b >= prefix.length; // a two-byte prefix: any third byte
                if (any || (prefix.bytes[b] & 0x0F) == nibble)
                    m_lowNibble[b][nibble] |= bucket;
                if (any || (prefix.bytes[b] >> 4) == nibble)
                    m_highNibble[b][nibble] |= bucket;
            }
        }
    }
}

// Whether one of `prefix`'s needles starts at `pos`.
bool PlaceholderRules::needleAt(QByteArrayView text, qsizetype pos, const Prefix &prefix) const
{
    const char *d = text.data();
    for (int k : prefix.needles) {
        const Needle &needle = m_needles[size_t(k)];
        const qsizetype n = needle.text.size();
        if (pos + n > text.size())
            continue;
        if (needle.marker) {
            if (std::memcmp(d + pos, needle.text.constData(), size_t(n)) == 0
                && (pos == 0 || !isWordByte(d[pos - 1]))
                && (pos + n == text.size() || !isWordByte(d[pos + n])))
                return true;
        } else if (equalsFolded(text.sliced(pos, n), needle.text)) {
            return true;
        }
    }
    return false;
}

#ifdef QUIRE_X86_SIMD
namespace {

// The candidate filter of containsNeedle(): calls check(pos) for each
// position whose folded first bytes start a needle's prefix, stops when
// check() returns true. Returns where the scalar loop takes over. One copy
// for SSE2 (16 positions per step), one for AVX2 (32).
constexpr size_t maxVectorPrefixes = 24;

template<typename Check>
qsizetype filterSse2(const unsigned char *d, qsizetype n, const unsigned char (*bytes)[3],
                     const int *lengths, size_t count, bool *found, Check check)
{
    __m128i wanted[maxVectorPrefixes][3];
    for (size_t k = 0; k < count; ++k) {
        for (int b = 0; b < 3; ++b)
            wanted[k][b] = _mm_set1_epi8(char(bytes[k][b]));
    }
    const __m128i fold = _mm_set1_epi8(0x20);
    qsizetype i = 0;
    for (; i + 18 <= n; i += 16) {
        const __m128i at0 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i)), fold);
        const __m128i at1 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 1)), fold);
        const __m128i at2 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 2)), fold);
        __m128i hit = _mm_setzero_si128();
        for (size_t k = 0; k < count; ++k) {
            __m128i same = _mm_and_si128(_mm_cmpeq_epi8(at0, wanted[k][0]), _mm_cmpeq_epi8(at1, wanted[k][1]));
            if (lengths[k] == 3)
                same = _mm_and_si128(same, _mm_cmpeq_epi8(at2, wanted[k][2]));
            hit = _mm_or_si128(hit, same);
        }
        unsigned bits = unsigned(_mm_movemask_epi8(hit));
        while (bits) {
            if (check(i + qsizetype(__builtin_ctz(bits)))) {
                *found = true;
                return i;
            }
            bits &= bits - 1;
        }
    }
    return i;
}

// With AVX2, the prefixes are sorted into 8 buckets and each position gets
// one bit per bucket, from the low and high halves of its three bytes
// looked up in small tables (as in Hyperscan's "Teddy" matcher): a constant
// amount of work per 32 positions, however many prefixes there are.
template<typename Check>
__attribute__((target("avx2"))) qsizetype filterAvx2(const unsigned char *d, qsizetype n,
                                                     const unsigned char (*lowNibble)[16],
                                                     const unsigned char (*highNibble)[16],
                                                     bool *found, Check checkBuckets)
{
    __m256i low[3], high[3];
    for (int b = 0; b < 3; ++b) {
        low[b] = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(lowNibble[b])));
        high[b] = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(highNibble[b])));
    }
    const __m256i fold = _mm256_set1_epi8(0x20);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    const __m256i zero = _mm256_setzero_si256();
    qsizetype i = 0;
    for (; i + 34 <= n; i += 32) {
        __m256i buckets = _mm256_set1_epi8(char(0xFF));
        for (int b = 0; b < 3; ++b) {
            const __m256i x = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(d + i + b)), fold);
            const __m256i lo = _mm256_and_si256(x, nibble);
            const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
            buckets = _mm256_and_si256(buckets, _mm256_and_si256(_mm256_shuffle_epi8(low[b], lo),
                                                                 _mm256_shuffle_epi8(high[b], hi)));
        }
        unsigned bits = ~unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(buckets, zero)));
        if (!bits)
            continue;
        alignas(32) unsigned char bucketsAt[32];
        _mm256_store_si256(reinterpret_cast<__m256i *>(bucketsAt), buckets);
        while (bits) {
            const int at = __builtin_ctz(bits);
            if (checkBuckets(i + at, bucketsAt[at])) {
                *found = true;
                return i;
            }
            bits &= bits - 1;
        }
    }
    return i;
}

bool hasAvx2()
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}

} // namespace
#endif

// Whether the text holds a phrase (any ASCII case) or a marker (whole word).
// One pass, 16 or 32 positions at a time: a position is a candidate when
// its first three bytes (two for two-byte needles), folded with | 0x20 (a
// superset of ASCII case folding), start a needle; candidates are then
// checked exactly.
bool PlaceholderRules::containsNeedle(QByteArrayView text) const
{
    for (int k : m_shortNeedles) {
        const Needle &needle = m_needles[size_t(k)];
        if (needle.marker ? containsWord(text, needle.text) : containsFolded(text, needle.text))
            return true;
    }
    if (m_prefixes.empty())
        return false;
    const auto *d = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Whether a needle starts at pos; only prefixes in `buckets` can.
    auto checkBuckets = [&](qsizetype pos, unsigned buckets) {
        for (size_t k = 0; k < m_prefixes.size(); ++k) {
            const Prefix &prefix = m_prefixes[k];
            if (!((buckets >> (k % 8)) & 1) || pos + prefix.length > n)
                continue;
            bool same = true;
            for (int b = 0; b < prefix.length && same; ++b)
                same = (d[pos + b] | 0x20) == prefix.bytes[b];
            if (same && needleAt(text, pos, prefix))
                return true;
        }
        return false;
    };
    auto check = [&](qsizetype pos) { return checkBuckets(pos, 0xFF); };
#ifdef QUIRE_X86_SIMD
    bool found = false;
    if (hasAvx2()) {
        i = filterAvx2(d, n, m_lowNibble, m_highNibble, &found, checkBuckets);
    } else if (m_prefixes.size() <= maxVectorPrefixes) {
        unsigned char bytes[maxVectorPrefixes][3];
        int lengths[maxVectorPrefixes];
        for (size_t k = 0; k < m_prefixes.size(); ++k) {
            std::copy(m_prefixes[k].bytes, m_prefixes[k].bytes + 3, bytes[k]);
            lengths[k] = m_prefixes[k].length;
        }
        i = filterSse2(d, n, bytes, lengths, m_prefixes.size(), &found, check);
    }
    if (found)
        return true;
#endif
    for (; i + 1 < n; ++i) {
        if (!m_startsPrefix[d[i] | 0x20])
            continue;
        unsigned buckets = 0xFF; // from the tables, as the vector filter does
        for (int b = 0; b < 3; ++b) {
            const unsigned char x = i + b < n ? (d[i + b] | 0x20) : 0;
            buckets &= m_lowNibble[b][x & 0x0F] & m_highNibble[b][x >> 4];
        }
        if (buckets && checkBuckets(i, buckets))
            return true;
    }
    return false;
}

bool PlaceholderRules::matches(QByteArrayView answer) const
{
    const QByteArrayView text = trimmed(answer);
    if (text.isEmpty())
        return false; // that is "empty", not a placeholder
    for (const QByteArray &standIn : m_standIns) {
        if (equalsFolded(text, standIn))
            return true;
    }
    if (containsNeedle(text))
        return true;
    // A note to self: starts with an opener, short, one paragraph. The
    // opener is checked first, as it rules out nearly every real answer.
    for (const QByteArray &opener : m_openers) {
        if (text.size() > opener.size() && !isWordByte(text[opener.size()])
            && equalsFolded(text.first(opener.size()), opener)) {
            return wordCountUpTo(text, m_maxNoteWords) <= m_maxNoteWords
                && !text.contains("\n\n") && !text.contains("\n\r\n");
        }
    }
    return false;
}
