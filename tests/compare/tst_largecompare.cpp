// Comparing huge and hostile answers: the word diff stays exact and bounded
// for 10 MB answers, unbroken tokens of a megabyte and wholly different
// texts, stops when cancelled, and what the view is given to lay out is
// bounded (long runs without spaces cut, huge answers shown around their
// changes), with every cut said in a note.

#include "app/compare/answercomparison.h"
#include "app/compare/diffelider.h"
#include "app/compare/myersdiff.h"
#include "app/compare/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

using Kind = WordDiff::Kind;

class TestLargeCompare : public QObject
{
    Q_OBJECT

private:
    // A pseudo-random run of letters without a space (like base64 or a minified line).
    static QString unbroken(qsizetype length, quint32 seed)
    {
        QRandomGenerator random(seed);
        QString text(length, Qt::Uninitialized);
        for (qsizetype i = 0; i < length; ++i)
            text[i] = QChar(u'a' + random.bounded(26));
        return text;
    }
    // Ordinary words, `lines` lines of about 12 words.
    static QString words(int lines, quint32 seed)
    {
        QRandomGenerator random(seed);
        QString text;
        for (int line = 0; line < lines; ++line) {
            for (int w = 0; w < 12; ++w)
                text += QStringLiteral("word%1 ").arg(random.bounded(5000));
            text += QLatin1Char('\n');
        }
        return text;
    }
    static bool exact(const QList<WordDiff::Segment> &diff, const QString &before, const QString &after)
    {
        return WordDiff::textOf(diff, Kind::Removed) == before && WordDiff::textOf(diff, Kind::Inserted) == after;
    }
    static qsizetype longestRunWithoutSpace(const QList<DiffElider::Piece> &pieces)
    {
        qsizetype longest = 0, run = 0;
        for (const DiffElider::Piece &piece : pieces) {
            for (QChar c : piece.text) {
                run = c.isSpace() ? 0 : run + 1;
                longest = std::max(longest, run);
            }
        }
        return longest;
    }
    static qsizetype shownLength(const QList<DiffElider::Piece> &pieces)
    {
        qsizetype length = 0;
        for (const DiffElider::Piece &piece : pieces)
            length += piece.text.size();
        return length;
    }

private slots:
    void longRunsAreCutIntoTokensThatSpellTheTextBack()
    {
        const QString text = QStringLiteral("start ") + unbroken(100'000, 1) + QStringLiteral(" end");
        const QStringList tokens = WordDiff::tokenize(text);
        QCOMPARE(tokens.join(QString()), text);
        for (const QString &token : tokens)
            QVERIFY(token.size() <= WordDiff::maxTokenLength);
    }

    void aChangeInsideAMegabyteTokenIsFoundExactly()
    {
        const QString before = unbroken(1 << 20, 2);
        QString after = before;
        after.replace(500'000, 5, QStringLiteral("XXXXX"));
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QVERIFY(exact(result.segments, before, after));
        QCOMPARE(result.level, WordDiff::Level::Words);
        // Only the token piece that holds the change is marked.
        for (const WordDiff::Segment &s : result.segments) {
            if (s.kind != Kind::Equal)
                QVERIFY2(s.text.size() <= 2 * WordDiff::maxTokenLength, qPrintable(QString::number(s.text.size())));
        }
    }

    void anInsertionInsideAMegabyteTokenIsFoundExactly()
    {
        // An insertion shifts the rest of the run: the token cuts must fall
        // on the same characters again, or everything after it would differ.
        const QString before = unbroken(1 << 20, 15);
        QString after = before;
        after.insert(300'000, QStringLiteral("INSERTED!"));
        after.remove(700'000, 3);
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QVERIFY(exact(result.segments, before, after));
        QCOMPARE(result.level, WordDiff::Level::Words);
        qsizetype changed = 0;
        for (const WordDiff::Segment &s : result.segments)
            changed += s.kind == Kind::Equal ? 0 : s.text.size();
        QVERIFY2(changed < 600, qPrintable(QString::number(changed)));
    }

    void tenMegabyteAnswersWithScatteredEditsAreComparedWordByWord()
    {
        const QString before = words(95'000, 3); // about 10 MB
        QVERIFY(before.size() > 9'000'000);
        QString after = before;
        int edits = 0;
        for (qsizetype at = 1000; at < after.size() - 10; at += 400'000, ++edits)
            after.insert(at, QStringLiteral(" INSERTED "));
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QVERIFY(exact(result.segments, before, after));
        QCOMPARE(result.level, WordDiff::Level::Words);
        const auto inserted = std::count_if(result.segments.begin(), result.segments.end(), [](const WordDiff::Segment &s) {
            return s.kind == Kind::Inserted && s.text.contains(QLatin1String("INSERTED"));
        });
        QCOMPARE(int(inserted), edits);
        QVERIFY(WordDiff::changedSegments(result.segments) <= 2 * edits);
    }

    void tenMegabyteAnswersThatDifferEverywhereFallBackToLines()
    {
        const QString before = words(95'000, 4);
        const QString after = words(95'000, 5);
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QVERIFY(exact(result.segments, before, after));
        QVERIFY(result.level != WordDiff::Level::Words);
    }

    void twoDifferentMegabyteTokensFallBackAndStayExact()
    {
        const QString before = unbroken(1 << 20, 6);
        const QString after = unbroken(1 << 20, 7);
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QVERIFY(exact(result.segments, before, after));
        QVERIFY(result.level != WordDiff::Level::Words);
        QCOMPARE(WordDiff::changedSegments(result.segments), 2);
    }

    void aCancelledComparisonStopsWithNothing()
    {
        std::atomic<bool> cancel(true);
        const WordDiff::Result result = WordDiff::compareBounded(words(1000, 8), words(1000, 9), &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.segments.isEmpty());
        const AnswerComparison::Result view = AnswerComparison::build({words(10, 8), words(10, 9), true, true, false}, &cancel);
        QVERIFY(view.cancelled);
    }

    void randomEditsAlwaysSpellBothTextsBack()
    {
        QRandomGenerator random(14);
        const QStringList vocabulary = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral(" "), QStringLiteral("\n"),
                                        QStringLiteral(". "), QStringLiteral("word"), QStringLiteral("x y"), QStringLiteral(",")};
        auto randomText = [&](int parts) {
            QString text;
            for (int i = 0; i < parts; ++i)
                text += vocabulary[random.bounded(vocabulary.size())];
            return text;
        };
        for (int round = 0; round < 3000; ++round) {
            const QString before = randomText(random.bounded(30));
            QString after = before;
            for (int edit = random.bounded(4); edit >= 0; --edit) {
                const qsizetype at = after.isEmpty() ? 0 : random.bounded(after.size() + 1);
                if (random.bounded(2))
                    after.insert(at, randomText(random.bounded(4)));
                else
                    after.remove(at, random.bounded(5));
            }
            const QList<WordDiff::Segment> diff = WordDiff::compare(before, after);
            QVERIFY2(exact(diff, before, after), qPrintable(before + QStringLiteral(" | ") + after));
        }
    }

    void myersGivesUpPastItsLimits()
    {
        const std::vector<int> a = {1, 2, 3, 4, 5, 6}, b = {7, 8, 9, 10, 11, 12};
        MyersDiff::Limits limits;
        limits.maxEditDistance = 3;
        QCOMPARE(MyersDiff::run(a, b, limits).outcome, MyersDiff::Outcome::OverLimit);
        limits = {};
        limits.maxWork = 5;
        QCOMPARE(MyersDiff::run(a, b, limits).outcome, MyersDiff::Outcome::OverLimit);
        const MyersDiff::Result done = MyersDiff::run({1, 2, 3}, {1, 9, 3}, {});
        QCOMPARE(done.outcome, MyersDiff::Outcome::Done);
        QCOMPARE(done.steps.size(), size_t(4));
    }

    void anOrdinaryAnswerIsShownWhole()
    {
        const QString before = QStringLiteral("A short answer with a few words.");
        const QString after = QStringLiteral("A short answer with other words.");
        const auto diff = WordDiff::compare(before, after);
        bool elided = true;
        const QList<DiffElider::Piece> pieces = DiffElider::side(diff, Kind::Inserted, &elided);
        QVERIFY(!elided);
        QString text;
        for (const DiffElider::Piece &piece : pieces) {
            QVERIFY(!piece.isNote);
            text += piece.text;
        }
        QCOMPARE(text, after);
    }

    void longRunsWithoutSpacesAreCutWithANote()
    {
        const QString answer = QStringLiteral("See: ") + unbroken(1 << 20, 10) + QStringLiteral(" done");
        bool elided = false;
        const QList<DiffElider::Piece> pieces
            = DiffElider::side({{Kind::Equal, answer}}, Kind::Removed, &elided);
        QVERIFY(elided);
        QVERIFY(longestRunWithoutSpace(pieces) <= DiffElider::maxRunLength);
        QVERIFY(std::any_of(pieces.begin(), pieces.end(), [](const DiffElider::Piece &p) {
            return p.isNote && p.text.contains(QLatin1String("not shown"));
        }));
        QVERIFY(pieces.first().text.startsWith(QLatin1String("See: ")));
        QVERIFY(pieces.last().text.endsWith(QLatin1String(" done")));
    }

    void aHugeAnswerIsShownAroundItsChangesWithinTheBudget()
    {
        const QString before = words(95'000, 11);
        QString after = before;
        after.insert(5'000'000, QStringLiteral(" MIDDLE-CHANGE "));
        const auto diff = WordDiff::compare(before, after);
        for (Kind side : {Kind::Removed, Kind::Inserted}) {
            bool elided = false;
            const QList<DiffElider::Piece> pieces = DiffElider::side(diff, side, &elided);
            QVERIFY(elided);
            QVERIFY(shownLength(pieces) < DiffElider::displayBudget);
            QVERIFY(longestRunWithoutSpace(pieces) <= DiffElider::maxRunLength);
        }
        const QList<DiffElider::Piece> shown = DiffElider::side(diff, Kind::Inserted);
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const DiffElider::Piece &p) {
            return p.kind == Kind::Inserted && p.text.contains(QLatin1String("MIDDLE-CHANGE"));
        }));
    }

    void manyChangesPastTheBudgetEndWithANoteForTheRest()
    {
        const QString before = words(20'000, 12);
        QString after = before;
        for (qsizetype at = 100; at < after.size() - 10; at += 3000)
            after.insert(at, QStringLiteral(" X "));
        const WordDiff::Result result = WordDiff::compareBounded(before, after);
        QCOMPARE(result.level, WordDiff::Level::Words);
        const QList<WordDiff::Segment> &diff = result.segments;
        const QList<DiffElider::Piece> pieces = DiffElider::side(diff, Kind::Inserted);
        QVERIFY(shownLength(pieces) < 2 * DiffElider::displayBudget);
        QVERIFY(pieces.last().isNote);
    }

    void answersTooLongToRenderAreShownAsSource()
    {
        const QString before = words(10'000, 13);
        const QString after = before + QStringLiteral("one more line\n");
        const AnswerComparison::Result result = AnswerComparison::build({before, after, true, true, false});
        QVERIFY(result.shownAsSource);
        QCOMPARE(result.changes, 1);
        QVERIFY(result.otherHtml.contains(QLatin1String("<pre")));
        const AnswerComparison::Result small
            = AnswerComparison::build({QStringLiteral("*a*"), QStringLiteral("*b*"), true, true, false});
        QVERIFY(!small.shownAsSource);
        QVERIFY(small.otherHtml.contains(QLatin1String("<em>")));
    }
};

QTEST_GUILESS_MAIN(TestLargeCompare)
#include "tst_largecompare.moc"
