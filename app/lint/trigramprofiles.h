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
// Trigrams are numbered 0, 1, 2, ... in the order they are met, so every
// table indexed by id is as long as the distinct trigrams are many (a small
// document touches a few pages, not the 37^3 ids a table of every possible
// trigram would hold). Normalized text is made of 37 ASCII symbols (space,
// digits, a-z) and bytes above 0x7F: a trigram of the 37 finds its id in a
// direct table, the others in a hash. The ids are kept in 16 bits unless the
// questions hold more than 65,536 distinct trigrams; then the list is
// widened to 32 bits.
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
        ~Ids();
        Ids(const Ids &) = delete;
        Ids &operator=(const Ids &) = delete;
        int symbol(unsigned char byte) const { return m_symbol[byte]; }
        static int direct(int a, int b, int c) { return (a * 37 + b) * 37 + c; }
        // The id of the trigram of symbols numbered `code` (direct()),
        // the next id if it is new.
        int ofDirect(int code)
        {
            int &slot = m_direct[code];
            if (slot == 0)
                slot = ++m_count;
            return slot - 1;
        }
        // The id of the trigram at d, not all of it symbols.
        int ofOther(const unsigned char *d);

    private:
        int m_symbol[256];
        // Per direct code: its id + 1, 0 while not met. Zeroed by calloc, so
        // only the pages a document's trigrams fall on are ever touched.
        int *m_direct;
        QHash<quint32, int> m_other;
        int m_count = 0;
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
