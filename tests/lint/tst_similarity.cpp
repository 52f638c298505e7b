// Similar questions: the score, and documents assembled from templates: every question
// shares most of its words with thousands of others. Questions asked twice
// word for word are always found, and the search stays bounded (before the
// work budget, 60,000 such questions took 6.6 s and 1.7 GB and reported 15
// million pairs).

#include "app/document/qadocument.h"
#include "app/lint/candidateindex.h"
#include "app/lint/linter.h"
#include "app/lint/similarityfinder.h"
#include "app/lint/similaritynormalizer.h"
#include "app/lint/trigramprofiles.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

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

    // The score the search promises, computed the plain way: the cosine of
    // the questions' trigram sets, each trigram weighted by the square of
    // log((n + 1) / the number of questions that have it).
    static double referenceScore(const QList<QByteArray> &questions, int a, int b)
    {
        static QList<QByteArray> cachedFor;
        static QList<QSet<quint32>> sets;
        static QHash<quint32, int> frequency;
        if (cachedFor != questions) {
            cachedFor = questions;
            sets.clear();
            frequency.clear();
            for (const QByteArray &question : questions) {
                const std::vector<quint32> grams = TrigramProfiles::trigramsOf(question);
                sets.append(QSet<quint32>(grams.begin(), grams.end()));
                for (quint32 gram : grams)
                    ++frequency[gram];
            }
        }
        const double n = questions.size();
        auto weight = [&](quint32 gram) {
            const double idf = std::log((n + 1) / frequency.value(gram));
            return idf * idf;
        };
        double dot = 0, normA = 0, normB = 0;
        for (quint32 gram : sets[a]) {
            normA += weight(gram);
            if (sets[b].contains(gram))
                dot += weight(gram);
        }
        for (quint32 gram : sets[b])
            normB += weight(gram);
        return dot / std::sqrt(normA * normB);
    }

    // Cyrillic, Chinese and Korean letters (2 or 3 bytes of UTF-8 each)
    // picked at random: their byte trigrams are not of the 37 ASCII symbols,
    // and 600 KB of them hold about 140,000 distinct ones.
    static QByteArray randomLetters(QRandomGenerator &random, int characters)
    {
        static const int ranges[3][2] = {{0x0400, 0x0530}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A4}};
        QString text;
        for (int i = 0; i < characters; ++i) {
            const auto &range = ranges[random.bounded(3)];
            text += QChar(char16_t(random.bounded(range[0], range[1])));
        }
        return text.toUtf8();
    }

private slots:
    // Trigrams are numbered in the order they are met: ASCII ones, others,
    // and past 65,536 distinct ones the 32-bit list. Whatever the numbering,
    // each reported score is the plain cosine, and the pairs are found.
    void scoresAreTheCosineWhateverTheTrigramsAre()
    {
        QRandomGenerator random(7);
        QList<QByteArray> questions;
        QList<std::pair<int, int>> twins; // (a, b): b asks a again, reworded
        auto addTwins = [&](const QByteArray &words) {
            const QByteArray letters = randomLetters(random, 6);
            questions.append("How does the " + words + " " + letters + " handle the kavoreth archive?");
            questions.append("How did the " + words + " " + letters + " handle kavoreth archives?");
            twins.append({int(questions.size()) - 2, int(questions.size()) - 1});
        };
        addTwins("zulmarian tokenizer");
        addTwins("gr\xc3\xbc\xc3\x9f" "e f\xc3\xbcr m\xc3\xbcller"); // "grüße für müller"
        questions.append("Which plugin exports the quarterly report offline?");
        questions.append("Which plugin exported the quarterly reports offline?");
        twins.append({int(questions.size()) - 2, int(questions.size()) - 1});
        // Enough distinct non-ASCII trigrams to pass 16 bits, then twins
        // met only after the list was widened.
        qsizetype bytes = 0;
        while (bytes < 600000) {
            questions.append("Why " + randomLetters(random, 60) + "?");
            bytes += questions.back().size();
        }
        addTwins("wide kavoreth tokenizer");
        addTwins("zulmarian offline exporter");

        {
            TrigramProfiles profiles(bytes * 2, int(questions.size()));
            std::string normalized;
            for (const QByteArray &question : questions) {
                SimilarityNormalizer::normalize(question, normalized);
                profiles.add(normalized);
            }
            profiles.finish();
            QVERIFY(profiles.isWide());
        }

        const std::vector<SimilarityFinder::Pair> pairs = SimilarityFinder::find(questions);
        QSet<quint64> found;
        for (const SimilarityFinder::Pair &pair : pairs) {
            found.insert(quint64(pair.a) << 32 | quint32(pair.b));
            const double expected = referenceScore(questions, pair.a, pair.b);
            QVERIFY2(std::abs(pair.score - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1 ~ %2: %3, expected %4").arg(pair.a).arg(pair.b).arg(pair.score).arg(expected)));
        }
        for (const auto &[a, b] : twins)
            QVERIFY2(found.contains(quint64(a) << 32 | quint32(b)), qPrintable(QStringLiteral("%1 ~ %2 not found").arg(a).arg(b)));

        // The same on a small, ASCII-only input (16-bit ids throughout).
        const QList<QByteArray> small = {"How do I install the plugin on Linux?", "What is a kavoreth?",
                                         "How can I install the plugin on Linux offline?", "Where are reports kept?"};
        const std::vector<SimilarityFinder::Pair> smallPairs = SimilarityFinder::find(small);
        QCOMPARE(smallPairs.size(), size_t(1));
        QCOMPARE(smallPairs[0].a, 0);
        QCOMPARE(smallPairs[0].b, 2);
        QVERIFY(std::abs(smallPairs[0].score - referenceScore(small, 0, 2)) < 1e-9);
    }

    // Each distinct trigram gets one id, also when the 65,537th distinct
    // trigram is an ASCII one met in the middle of a question (the list is
    // widened there) and for everything after it.
    void trigramIdsAreOnePerTrigramAcrossTheWidening()
    {
        QRandomGenerator random(11);
        QSet<QByteArray> distinct;
        QList<QByteArray> texts;
        auto add = [&](const QByteArray &text) {
            texts.append(text);
            for (qsizetype p = 0; p + 3 <= text.size(); ++p)
                distinct.insert(text.mid(p, 3));
        };
        auto nonAscii = [&](int bytes) {
            QByteArray text;
            for (int i = 0; i < bytes; ++i)
                text += char(0x80 + random.bounded(0x80));
            return text;
        };
        add("how kavoreth works");
        while (distinct.size() < 65000)
            add(nonAscii(200));
        while (distinct.size() < 65534)
            add(nonAscii(3)); // one trigram each: up to exactly 65,534
        QCOMPARE(distinct.size(), qsizetype(65534));
        add("zulmarian quarterly exporter"); // ids 65,534, 65,535, then wider
        add(nonAscii(200) + " how kavoreth works");

        TrigramProfiles profiles(qsizetype(texts.size()) * 256, int(texts.size()));
        for (const QByteArray &text : texts)
            profiles.add(std::string_view(text.constData(), size_t(text.size())));
        profiles.finish();
        QVERIFY(profiles.isWide());
        QHash<QByteArray, quint32> idOf;
        QSet<quint32> ids;
        for (int q = 0; q < int(texts.size()); ++q) {
            // The question's ids: its distinct trigrams in the order met.
            QList<QByteArray> grams;
            for (qsizetype p = 0; p + 3 <= texts[q].size(); ++p) {
                if (!grams.contains(texts[q].mid(p, 3)))
                    grams.append(texts[q].mid(p, 3));
            }
            QCOMPARE(profiles.end(q) - profiles.begin(q), size_t(grams.size()));
            for (qsizetype g = 0; g < grams.size(); ++g) {
                const quint32 id = profiles.wideIds()[profiles.begin(q) + size_t(g)];
                if (idOf.contains(grams[g])) {
                    QCOMPARE(id, idOf.value(grams[g]));
                } else {
                    QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("question %1: id %2 given twice").arg(q).arg(id)));
                    idOf.insert(grams[g], id);
                    ids.insert(id);
                }
            }
        }
        QCOMPARE(idOf.size(), distinct.size());
        QCOMPARE(profiles.idfSquared().size(), size_t(distinct.size()));
    }

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
