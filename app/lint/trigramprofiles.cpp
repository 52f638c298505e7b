#include "app/lint/trigramprofiles.h"

#include "app/lint/similaritynormalizer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <new>

TrigramProfiles::Ids::Ids()
{
    std::fill(std::begin(m_symbol), std::end(m_symbol), -1);
    m_symbol[int(' ')] = 0;
    for (int c = '0'; c <= '9'; ++c)
        m_symbol[c] = c - '0' + 1;
    for (int c = 'a'; c <= 'z'; ++c)
        m_symbol[c] = c - 'a' + 11;
    m_direct = static_cast<int *>(std::calloc(directCount, sizeof(int)));
    if (!m_direct)
        throw std::bad_alloc();
}

TrigramProfiles::Ids::~Ids()
{
    std::free(m_direct);
}

int TrigramProfiles::Ids::ofOther(const unsigned char *d)
{
    const quint32 code = quint32(d[0]) << 16 | quint32(d[1]) << 8 | quint32(d[2]);
    auto it = m_other.constFind(code);
    if (it == m_other.constEnd())
        it = m_other.insert(code, m_count++);
    return it.value();
}

TrigramProfiles::TrigramProfiles(qsizetype totalBytes, int questionCount)
    : m_narrow(new quint16[size_t(totalBytes) + 1])
{
    // At most one new trigram per byte; reserved, not touched.
    m_state.reserve(size_t(std::min<qsizetype>(totalBytes + 1, qsizetype(1) << 20)));
    m_offsets.reserve(size_t(questionCount) + 1);
}

TrigramProfiles::~TrigramProfiles() = default;

void TrigramProfiles::addGram(int id, int question)
{
    if (size_t(id) >= m_state.size())
        m_state.resize(size_t(id) + 1);
    GramState &state = m_state[size_t(id)];
    if (state.lastQuestion == question)
        return;
    state.lastQuestion = question;
    ++state.frequency;
    if (!m_wide && id > 0xFFFF) {
        m_wideIds.assign(m_narrow.get(), m_narrow.get() + m_used);
        m_narrow.reset();
        m_wide = true;
    }
    if (m_wide)
        m_wideIds.push_back(quint32(id));
    else
        m_narrow[m_used++] = quint16(id);
}

void TrigramProfiles::add(std::string_view normalized)
{
    const int i = count();
    const auto *d = reinterpret_cast<const unsigned char *>(normalized.data());
    const size_t length = normalized.size();
    size_t p = 0;
    if (length >= 3 && !m_wide) {
        // The common case, inline: trigrams of the 37 symbols, ids in 16
        // bits. pair = the code of the first two symbols.
        int s1 = m_ids.symbol(d[1]);
        int pair = m_ids.symbol(d[0]) * 37 + s1;
        quint16 *out = m_narrow.get() + m_used;
        for (; p + 3 <= length; ++p) {
            const int s2 = m_ids.symbol(d[p + 2]);
            if ((pair | s1 | s2) < 0)
                break; // a byte above 0x7F: the general case below
            const int id = m_ids.ofDirect(pair * 37 + s2);
            if (id > 0xFFFF)
                break; // the list must be widened: the general case below
            if (size_t(id) == m_state.size())
                m_state.emplace_back(); // met for the first time
            GramState &gram = m_state[size_t(id)];
            if (gram.lastQuestion != i) {
                gram.lastQuestion = i;
                ++gram.frequency;
                *out++ = quint16(id);
            }
            pair = s1 * 37 + s2;
            s1 = s2;
        }
        m_used = size_t(out - m_narrow.get());
    }
    for (; p + 3 <= length; ++p) {
        const int a = m_ids.symbol(d[p]), b = m_ids.symbol(d[p + 1]), c = m_ids.symbol(d[p + 2]);
        addGram((a | b | c) >= 0 ? m_ids.ofDirect(Ids::direct(a, b, c)) : m_ids.ofOther(d + p), i);
    }
    m_offsets.push_back(m_wide ? m_wideIds.size() : m_used);
}

template<typename Id>
void TrigramProfiles::computeNorms(const Id *ids)
{
    const int n = count();
    m_norm.assign(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        double sum = 0;
        for (size_t p = begin(i); p < end(i); ++p)
            sum += m_idfSquared[size_t(ids[p])];
        m_norm[size_t(i)] = std::sqrt(sum);
    }
}

void TrigramProfiles::finish()
{
    const int n = count();
    m_idfSquared.assign(m_state.size(), 0.0);
    for (size_t g = 0; g < m_state.size(); ++g) {
        const int frequency = m_state[g].frequency;
        if (frequency > 0) {
            const double idf = std::log((n + 1.0) / frequency);
            m_idfSquared[g] = idf * idf;
        }
    }
    if (m_wide)
        computeNorms(m_wideIds.data());
    else
        computeNorms(m_narrow.get());
}

std::vector<quint32> TrigramProfiles::trigramsOf(const QByteArray &question)
{
    std::string words;
    SimilarityNormalizer::normalize(question, words);
    std::vector<quint32> grams;
    const auto *d = reinterpret_cast<const unsigned char *>(words.data());
    for (size_t i = 0; i + 3 <= words.size(); ++i)
        grams.push_back(quint32(d[i]) << 16 | quint32(d[i + 1]) << 8 | quint32(d[i + 2]));
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}
