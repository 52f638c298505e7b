// Similar questions on documents assembled from templates: every question
// shares most of its words with thousands of others. Questions asked twice
// word for word are always found, and the search stays bounded (before the
// work budget, 60,000 such questions took 6.6 s and 1.7 GB and reported 15
// million pairs).

#include "app/document/qadocument.h"
#include "app/lint/candidateindex.h"
#include "app/lint/linter.h"
#include "app/lint/similarityfinder.h"

#include <QSet>
#include <QTest>

class TestSimilarity : public QObject
{
    Q_OBJECT

private:
    // Questions from 4 patterns over 6 verbs, 8 nouns and 6 qualifiers,
    // each one once, then `repeats` of them asked again word for word.
    static QList<QByteArray> templated(int repeats, QList<std::pair<int, int>> *duplicates)
    {
        const QList<QByteArray> patterns = {"How do I %v the %n %q?", "Can I %v the %n with the %n %q?",
                                            "Why does the %n fail when I %v the %n %q?",
                                            "What is the best way to %v the %n %q?"};
        const QList<QByteArray> verbs = {"install", "update", "configure", "remove", "export", "share"};
        const QList<QByteArray> nouns = {"account", "file", "folder", "printer", "plugin", "server", "report", "profile"};
        const QList<QByteArray> qualifiers = {"on Windows", "on Linux", "offline", "for a team", "in bulk", "remotely"};
        QList<QByteArray> questions;
        QSet<QByteArray> seen;
        for (const QByteArray &pattern : patterns) {
            for (const QByteArray &verb : verbs) {
                for (const QByteArray &noun : nouns) {
                    for (const QByteArray &other : nouns) {
                        for (const QByteArray &qualifier : qualifiers) {
                            QByteArray q = pattern;
                            q.replace("%v", verb).replace("%q", qualifier);
                            const qsizetype first = q.indexOf("%n");
                            q.replace(first, 2, noun);
                            q.replace("%n", other);
                            if (!seen.contains(q)) {
                                seen.insert(q);
                                questions.append(q);
                            }
                        }
                    }
                }
            }
        }
        for (int r = 0; r < repeats; ++r) {
            const int original = (r * 7919) % int(questions.size() / 2);
            duplicates->append({original, int(questions.size())});
            questions.append(questions[original]);
        }
        return questions;
    }

private slots:
    void questionsAskedTwiceAreFoundEvenInCommonWords()
    {
        QList<std::pair<int, int>> duplicates;
        const QList<QByteArray> questions = templated(60, &duplicates);
        QVERIFY(questions.size() > 4000);
        const std::vector<SimilarityFinder::Pair> pairs = SimilarityFinder::find(questions);
        QSet<quint64> found;
        for (const SimilarityFinder::Pair &pair : pairs) {
            QVERIFY(pair.a < pair.b);
            found.insert(quint64(pair.a) << 32 | quint32(pair.b));
        }
        for (const auto &[original, again] : duplicates)
            QVERIFY2(found.contains(quint64(original) << 32 | quint32(again)),
                     qPrintable(QStringLiteral("%1 and %2").arg(original).arg(again)));
        // Highest first: the exact ones lead.
        QCOMPARE(pairs.front().score, 1.0);
    }

    void theSearchStaysWithinItsBudget()
    {
        QList<std::pair<int, int>> duplicates;
        const QList<QByteArray> questions = templated(0, &duplicates);
        const std::vector<SimilarityFinder::Pair> pairs = SimilarityFinder::find(questions);
        // No more pairs than the candidates the budget lets the search
        // look at (without it: a sizeable share of all n^2/2 pairs).
        const qsizetype n = questions.size();
        QVERIFY2(qsizetype(pairs.size()) <= qsizetype(CandidateIndex::workPerQuestion) * n,
                 qPrintable(QStringLiteral("%1 pairs for %2 questions").arg(pairs.size()).arg(n)));
    }

    // What Quire reports: at most the 10 best similar questions per
    // question, taken best first; questions asked again word for word are
    // reported however many there are.
    void atMostTenSimilarQuestionsPerQuestionAreReported()
    {
        QList<std::pair<int, int>> duplicates;
        QList<QByteArray> questions = templated(60, &duplicates);
        // One question asked 12 times: 11 exact partners each, all kept.
        const int asked = int(questions.size());
        for (int i = 0; i < 12; ++i)
            questions.append("Where is the Kavoreth archive of the Zulmarian office kept?");
        const int cap = SimilarityFinder::reportedPerQuestion;
        QCOMPARE(cap, 10);
        const std::vector<SimilarityFinder::Pair> all = SimilarityFinder::find(questions);
        const std::vector<SimilarityFinder::Pair> reported
            = SimilarityFinder::find(questions, SimilarityFinder::defaultThreshold, cap);
        QSet<quint64> exact;
        for (const auto &[original, again] : duplicates)
            exact.insert(quint64(original) << 32 | quint32(again));
        for (int again = asked + 1; again < asked + 12; ++again)
            exact.insert(quint64(asked) << 32 | quint32(again));
        // Copies of copies, where the search pairs them.
        for (const SimilarityFinder::Pair &p : all) {
            if (questions[p.a] == questions[p.b])
                exact.insert(quint64(p.a) << 32 | quint32(p.b));
        }
        auto perQuestion = [&](const std::vector<SimilarityFinder::Pair> &pairs, bool withExact) {
            std::vector<int> count(size_t(questions.size()), 0);
            for (const SimilarityFinder::Pair &p : pairs) {
                if (withExact || !exact.contains(quint64(p.a) << 32 | quint32(p.b))) {
                    ++count[size_t(p.a)];
                    ++count[size_t(p.b)];
                }
            }
            return count;
        };
        // The input needs the cap: many questions have more than 10.
        const std::vector<int> before = perQuestion(all, true);
        QVERIFY(std::count_if(before.begin(), before.end(), [cap](int c) { return c > cap; }) > 100);
        // At most 10 per question, but for exact repeats.
        const std::vector<int> after = perQuestion(reported, false);
        QVERIFY(*std::max_element(after.begin(), after.end()) <= cap);
        QSet<quint64> kept;
        for (const SimilarityFinder::Pair &p : reported)
            kept.insert(quint64(p.a) << 32 | quint32(p.b));
        for (quint64 key : exact)
            QVERIFY2(kept.contains(key), qPrintable(QStringLiteral("exact %1 ~ %2 dropped").arg(key >> 32).arg(key & 0xFFFFFFFF)));
        // Best first, and a pair is dropped only where one of its questions
        // has 10 that score at least as high.
        QVERIFY(std::is_sorted(reported.begin(), reported.end(), [](const auto &x, const auto &y) { return x.score > y.score; }));
        const std::vector<int> withExact = perQuestion(reported, true);
        for (const SimilarityFinder::Pair &p : all) {
            if (!kept.contains(quint64(p.a) << 32 | quint32(p.b)))
                QVERIFY(withExact[size_t(p.a)] >= cap || withExact[size_t(p.b)] >= cap);
        }
        // The window and quire check report through Linter, with the cap.
        QByteArray markdown = "## Questions\n\n";
        for (const QByteArray &question : questions)
            markdown += "**Question:** " + question + "\n\n**Answer:** Yes.\n\n---\n\n";
        const auto document = QaDocument::fromBytes(markdown, QStringLiteral("templated.md"));
        QVERIFY(document);
        QCOMPARE(document->entryCount(), int(questions.size()));
        QCOMPARE(Linter::similarQuestions(*document).size(), reported.size());
    }

    void distinctiveQuestionsAreStillFound()
    {
        // Two questions sharing rare words amid the templated ones.
        QList<std::pair<int, int>> duplicates;
        QList<QByteArray> questions = templated(0, &duplicates);
        const int first = int(questions.size());
        questions.append("How did the Kavoreth tokenizer handle Zulmarian diacritics in the benchmark?");
        questions.append("How does the Kavoreth tokenizer handle the Zulmarian diacritics?");
        const std::vector<SimilarityFinder::Pair> pairs = SimilarityFinder::find(questions);
        QVERIFY(std::any_of(pairs.begin(), pairs.end(), [first](const SimilarityFinder::Pair &p) {
            return p.a == first && p.b == first + 1;
        }));
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
