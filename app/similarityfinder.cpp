#include "similarityfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// How many of a question's rarest tokens feed the candidate search.
constexpr int candidateTokens = 16;

const QSet<QByteArray> &stopWords()
{
    static const QSet<QByteArray> words = {
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
        "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "one", "or",
        "our", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what",
        "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you",
        "your", "yours", "youre", "ve", "s", "t", "re", "ll", "d", "m", "tell", "give",
        "describe", "explain", "also", "just", "more", "most", "very", "much", "many",
    };
    return words;
}

// The question's words, lower case, without stop words, joined by spaces.
QByteArray normalizedWords(const QByteArray &text)
{
    QByteArray out;
    QByteArray word;
    auto flush = [&] {
        if (!word.isEmpty() && !stopWords().contains(word)) {
            if (!out.isEmpty())
                out += ' ';
            out += word;
        }
        word.clear();
    };
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80)
            word += c;
        else if (c >= 'A' && c <= 'Z')
            word += char(c + 32);
        else if (c == '\'' || c == '-')
            continue; // "you're" -> "youre", "pre-training" -> "pretraining"
        else
            flush();
    }
    flush();
    out.replace("\xe2\x80\x99", ""); // typographic apostrophe
    return out;
}

// Character trigrams of the normalized words, as 24-bit numbers. Trigrams
// see through spacing and word endings ("TinyScale Lab" / "TinyScaleLab",
// "dynamics" / "dynamic") without a stemmer.
std::vector<quint32> trigrams(const QByteArray &text)
{
    const QByteArray words = normalizedWords(text);
    std::vector<quint32> grams;
    const auto *d = reinterpret_cast<const unsigned char *>(words.constData());
    for (qsizetype i = 0; i + 3 <= words.size(); ++i)
        grams.push_back(quint32(d[i]) << 16 | quint32(d[i + 1]) << 8 | quint32(d[i + 2]));
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

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
    QHash<quint32, int> vocabulary;
    std::vector<std::vector<int>> docTokens(static_cast<size_t>(n));
    std::vector<int> documentFrequency;
    for (int i = 0; i < n; ++i) {
        for (quint32 token : trigrams(questions[i])) {
            auto it = vocabulary.constFind(token);
            int id;
            if (it == vocabulary.constEnd()) {
                id = int(documentFrequency.size());
                vocabulary.insert(token, id);
                documentFrequency.push_back(0);
            } else {
                id = it.value();
            }
            ++documentFrequency[size_t(id)];
            docTokens[size_t(i)].push_back(id);
        }
        std::sort(docTokens[size_t(i)].begin(), docTokens[size_t(i)].end());
    }

    std::vector<double> idf(documentFrequency.size());
    for (size_t t = 0; t < idf.size(); ++t)
        idf[t] = std::log((n + 1.0) / documentFrequency[t]);
    std::vector<double> norm(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int t : docTokens[size_t(i)])
            norm[size_t(i)] += idf[size_t(t)] * idf[size_t(t)];
        norm[size_t(i)] = std::sqrt(norm[size_t(i)]);
    }

    // Inverted index over each question's rarest tokens only.
    const int maxPostings = 64 + 2 * int(std::sqrt(double(n)));
    std::vector<std::vector<int>> rareTokens(static_cast<size_t>(n));
    std::vector<std::vector<int>> postings(documentFrequency.size());
    for (int i = 0; i < n; ++i) {
        std::vector<int> byRarity = docTokens[size_t(i)];
        std::sort(byRarity.begin(), byRarity.end(), [&](int x, int y) {
            return documentFrequency[size_t(x)] != documentFrequency[size_t(y)]
                ? documentFrequency[size_t(x)] < documentFrequency[size_t(y)] : x < y;
        });
        // Tokens shared by very many questions say little and would make the
        // candidate lists quadratic; they still count in the score.
        while (!byRarity.empty() && documentFrequency[size_t(byRarity.back())] > maxPostings)
            byRarity.pop_back();
        // A token only this question has cannot pair it with another.
        byRarity.erase(std::remove_if(byRarity.begin(), byRarity.end(),
                                      [&](int t) { return documentFrequency[size_t(t)] < 2; }),
                       byRarity.end());
        if (int(byRarity.size()) > candidateTokens)
            byRarity.resize(candidateTokens);
        for (int t : byRarity)
            postings[size_t(t)].push_back(i);
        rareTokens[size_t(i)] = std::move(byRarity);
    }

    auto cosine = [&](int i, int j) {
        const std::vector<int> &x = docTokens[size_t(i)];
        const std::vector<int> &y = docTokens[size_t(j)];
        double dot = 0;
        size_t p = 0, q = 0;
        while (p < x.size() && q < y.size()) {
            if (x[p] < y[q]) {
                ++p;
            } else if (y[q] < x[p]) {
                ++q;
            } else {
                dot += idf[size_t(x[p])] * idf[size_t(x[p])];
                ++p;
                ++q;
            }
        }
        const double denominator = norm[size_t(i)] * norm[size_t(j)];
        return denominator > 0 ? dot / denominator : 0.0;
    };

    std::vector<Pair> pairs;
    std::vector<int> seenBy(static_cast<size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        for (int t : rareTokens[size_t(i)]) {
            for (int j : postings[size_t(t)]) {
                if (j <= i || seenBy[size_t(j)] == i)
                    continue;
                seenBy[size_t(j)] = i;
                const double score = cosine(i, j);
                if (score >= threshold)
                    pairs.push_back({i, j, score});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return pairs;
}
