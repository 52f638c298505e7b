#pragma once

#include "app/compare/candidatereader.h"
#include "app/document/qadocument.h"

#include <QList>
#include <QString>

// Pairs candidate answers with the document's entries by question: first
// questions equal once normalized (case, spacing, punctuation and markdown
// emphasis ignored), then the most similar remaining question by
// SimilarityFinder's trigram cosine, when it scores at least the threshold.
// Each entry gets at most one candidate and each candidate at most one entry.
class CandidateMatcher
{
public:
    static constexpr double defaultThreshold = 0.6;

    struct Match
    {
        int candidate = -1; // index into the candidates
        EntryRef entry;
        double score = 1.0; // 1 for an exact match
        bool exact = false;
    };
    struct Result
    {
        QList<Match> matches;    // in document order
        QList<int> unmatched;    // candidate indexes, in file order
        double threshold = defaultThreshold;
        int exactCount() const;
        // The match of an entry, or nullptr.
        const Match *matchFor(EntryRef ref) const;
    };

    static Result match(const QaDocument &document, const QList<CandidateAnswer> &candidates,
                        double threshold = defaultThreshold);
    // Looser than QuestionKey on purpose: punctuation, markdown emphasis and
    // Unicode case are ignored too ("What is **X**?" = "what is x"), because
    // candidate files are written apart from the document, by people or
    // models, and a near miss only costs a similarity match. QuestionKey
    // stays strict: it keys reviews and makes the export's stable ids, which
    // must not change under existing files.
    static QString normalizedQuestion(const QString &question);
};
