#include "app/compare/candidatematcher.h"

#include "app/lint/similarityfinder.h"

#include <QHash>

#include <algorithm>

int CandidateMatcher::Result::exactCount() const
{
    return int(std::count_if(matches.begin(), matches.end(), [](const Match &m) { return m.exact; }));
}

const CandidateMatcher::Match *CandidateMatcher::Result::matchFor(EntryRef ref) const
{
    for (const Match &m : matches) {
        if (m.entry == ref)
            return &m;
    }
    return nullptr;
}

QString CandidateMatcher::normalizedQuestion(const QString &question)
{
    // Letters and digits in lower case, single spaces between words: "What
    // is **X**?" and "what is x" are the same question.
    QString out;
    out.reserve(question.size());
    bool space = false;
    for (const QChar c : question) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toCaseFolded();
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            // Apostrophes and hyphens join: "you're" = "youre", "pre-training" = "pretraining".
            if (c != QLatin1Char('\'') && c != QChar(0x2019) && c != QLatin1Char('-'))
                space = true;
        }
    }
    return out;
}

CandidateMatcher::Result CandidateMatcher::match(const QaDocument &document,
                                                 const QList<CandidateAnswer> &candidates, double threshold)
{
    Result result;
    result.threshold = threshold;
    const std::vector<EntryRef> entries = document.allEntries();
    std::vector<bool> entryTaken(entries.size(), false);
    std::vector<int> candidateEntry(size_t(candidates.size()), -1);
    std::vector<double> candidateScore(size_t(candidates.size()), 0.0);

    QMultiHash<QString, int> byQuestion; // normalized question -> entry position
    for (size_t e = 0; e < entries.size(); ++e)
        byQuestion.insert(normalizedQuestion(document.entry(entries[e]).question()), int(e));
    for (int c = 0; c < candidates.size(); ++c) {
        const QList<int> found = byQuestion.values(normalizedQuestion(candidates[c].question));
        int best = -1;
        for (int e : found) {
            if (!entryTaken[size_t(e)] && (best < 0 || e < best))
                best = e;
        }
        if (best >= 0) {
            entryTaken[size_t(best)] = true;
            candidateEntry[size_t(c)] = best;
            candidateScore[size_t(c)] = 1.0;
        }
    }

    // The rest by similarity: entries' and candidates' questions in one list,
    // pairs that cross from one to the other, best first, each side once.
    QList<QByteArray> questions;
    std::vector<int> owner; // >= 0: entry position, < 0: -1 - candidate
    for (size_t e = 0; e < entries.size(); ++e) {
        if (!entryTaken[e]) {
            questions.append(document.entry(entries[e]).question().toUtf8());
            owner.push_back(int(e));
        }
    }
    const qsizetype firstCandidate = questions.size();
    for (int c = 0; c < candidates.size(); ++c) {
        if (candidateEntry[size_t(c)] < 0) {
            questions.append(candidates[c].question.toUtf8());
            owner.push_back(-1 - c);
        }
    }
    if (firstCandidate > 0 && questions.size() > firstCandidate) {
        for (const SimilarityFinder::Pair &pair : SimilarityFinder::find(questions, threshold)) {
            // a < b and entries come first: a crossing pair has a an entry, b a candidate.
            if (pair.a >= firstCandidate || pair.b < firstCandidate)
                continue;
            const int e = owner[size_t(pair.a)];
            const int c = -1 - owner[size_t(pair.b)];
            if (entryTaken[size_t(e)] || candidateEntry[size_t(c)] >= 0)
                continue;
            entryTaken[size_t(e)] = true;
            candidateEntry[size_t(c)] = e;
            candidateScore[size_t(c)] = pair.score;
        }
    }

    for (int c = 0; c < candidates.size(); ++c) {
        const int e = candidateEntry[size_t(c)];
        if (e < 0) {
            result.unmatched.append(c);
            continue;
        }
        Match m;
        m.candidate = c;
        m.entry = entries[size_t(e)];
        m.score = candidateScore[size_t(c)];
        m.exact = m.score >= 1.0 && normalizedQuestion(candidates[c].question)
            == normalizedQuestion(document.entry(m.entry).question());
        result.matches.append(m);
    }
    std::sort(result.matches.begin(), result.matches.end(), [&document](const Match &x, const Match &y) {
        return document.entryNumber(x.entry) < document.entryNumber(y.entry);
    });
    return result;
}
