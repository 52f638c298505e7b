#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Each question's profile for SimilarityFinder: the distinct character
// trigrams of its normalized words (SimilarityNormalizer), each weighted by
// the square of its inverse document frequency over all the questions, and
// the norm of that weighted vector (for the cosine).
//
// Trigrams are numbered: normalized text is made of 37 ASCII symbols (space,
// digits, a-z) and bytes above 0x7F; a trigram of the 37 is numbered directly
// (0 to 37^3 - 1, which fits 16 bits), the others after those, in the order
// they are met. The ids are kept in 16 bits unless the questions hold a great
// many non-ASCII trigrams; then the list is widened to 32 bits.
class TrigramProfiles
{
public:
    // Room for questions of `totalBytes` bytes in all (at most one trigram
    // per byte; only what is used is touched).
    explicit TrigramProfiles(qsizetype totalBytes, int questionCount);
    ~TrigramProfiles();

    // The next question, as normalized text.
    void add(std::string_view normalized);
    // After the last add(): the weights and norms.
    void finish();

    int count() const { return int(m_offsets.size()) - 1; }
    bool isWide() const { return m_wide; }
    const quint16 *narrowIds() const { return m_narrow.get(); }
    const quint32 *wideIds() const { return m_wideIds.data(); }
    // Question q's trigram ids are [begin(q), end(q)) of the ids.
    size_t begin(int question) const { return m_offsets[size_t(question)]; }
    size_t end(int question) const { return m_offsets[size_t(question) + 1]; }
    // Per trigram id: its squared idf, 0 for an id no question has.
    const std::vector<double> &idfSquared() const { return m_idfSquared; }
    double norm(int question) const { return m_norm[size_t(question)]; }

    // The trigrams of one question as 24-bit numbers (its three bytes),
    // sorted, unique.
    static std::vector<quint32> trigramsOf(const QByteArray &question);

private:
    class Ids
    {
    public:
        static constexpr int directCount = 37 * 37 * 37;
        Ids();
        int symbol(unsigned char byte) const { return m_symbol[byte]; }
        static int direct(int a, int b, int c) { return (a * 37 + b) * 37 + c; }
        // The id of the trigram at d, not all of it symbols.
        int other(const unsigned char *d);

    private:
        int m_symbol[256];
        QHash<quint32, int> m_other;
    };
    struct GramState
    {
        int lastQuestion = -1; // that had it
        int frequency = 0;
    };

    void addGram(int id, int question);
    template<typename Id>
    void computeNorms(const Id *ids);

    Ids m_ids;
    std::vector<GramState> m_state; // per id
    std::unique_ptr<quint16[]> m_narrow;
    size_t m_used = 0; // of m_narrow
    std::vector<quint32> m_wideIds;
    bool m_wide = false;
    std::vector<size_t> m_offsets{0};
    std::vector<double> m_idfSquared;
    std::vector<double> m_norm;
};
