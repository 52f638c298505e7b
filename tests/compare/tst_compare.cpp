// Comparing answers: the word diff, candidate files (JSONL, CSV, markdown,
// and bad input), matching candidates to entries, the document at git HEAD
// through a real git repository, and the model's fill and merge steps.

#include "app/compare/answersources.h"
#include "app/compare/candidatematcher.h"
#include "app/compare/candidatereader.h"
#include "app/compare/githeadreader.h"
#include "app/model/qamodel.h"
#include "tests/support/testsupport.h"
#include "app/compare/worddiff.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = WordDiff::Kind;

class TestCompare : public QObject
{
    Q_OBJECT

private:
    static QaDocument sample()
    {
        return *QaDocument::fromBytes(TestSupport::sampleBytes(), QStringLiteral("portfolio-qa.md"));
    }
    static EntryRef atLine(const QaDocument &document, int line)
    {
        for (const EntryRef &ref : document.allEntries()) {
            if (document.entry(ref).line() == line)
                return ref;
        }
        return {};
    }
    static QList<CandidateAnswer> read(const QByteArray &bytes, CandidateReader::Format format, QString *error)
    {
        const auto result = CandidateReader::fromBytes(bytes, format, QStringLiteral("candidates"), error);
        return result ? *result : QList<CandidateAnswer>();
    }
    static bool runGit(const QString &dir, const QStringList &arguments)
    {
        QProcess git;
        git.setWorkingDirectory(dir);
        git.start(QStringLiteral("git"), arguments);
        return git.waitForFinished(30000) && git.exitCode() == 0;
    }

private slots:
    // --- Word diff -----------------------------------------------------

    void tokensSpellTheTextBack()
    {
        const QString text = QStringLiteral("Hello,  wörld!\n\n- item `code` 3.5 émoji 🙂 end");
        const QStringList tokens = WordDiff::tokenize(text);
        QCOMPARE(tokens.join(QString()), text);
        QVERIFY(tokens.contains(QStringLiteral("wörld")));
        QVERIFY(tokens.contains(QStringLiteral("  ")));
        QVERIFY(tokens.contains(QStringLiteral(",")));
        QVERIFY(tokens.contains(QStringLiteral("\n\n")));
    }

    void diffMarksChangedWords()
    {
        const QString before = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        const QString after = QStringLiteral("The quick red fox leaps over the lazy dog!");
        const QList<WordDiff::Segment> diff = WordDiff::compare(before, after);
        QCOMPARE(WordDiff::textOf(diff, Kind::Removed), before);
        QCOMPARE(WordDiff::textOf(diff, Kind::Inserted), after);
        const QList<WordDiff::Segment> expected = {
            {Kind::Equal, QStringLiteral("The quick ")},
            {Kind::Removed, QStringLiteral("brown")},
            {Kind::Inserted, QStringLiteral("red")},
            {Kind::Equal, QStringLiteral(" fox ")},
            {Kind::Removed, QStringLiteral("jumps")},
            {Kind::Inserted, QStringLiteral("leaps")},
            {Kind::Equal, QStringLiteral(" over the lazy dog")},
            {Kind::Removed, QStringLiteral(".")},
            {Kind::Inserted, QStringLiteral("!")},
        };
        QCOMPARE(diff, expected);
        QCOMPARE(WordDiff::changedSegments(diff), 6);
    }

    void spacesBetweenChangesJoinThem()
    {
        // "red fox" -> "blue cat": one change per side, not two with a space between.
        const auto diff = WordDiff::compare(QStringLiteral("a red fox ran"), QStringLiteral("a blue cat ran"));
        const QList<WordDiff::Segment> expected = {
            {Kind::Equal, QStringLiteral("a ")},
            {Kind::Removed, QStringLiteral("red fox")},
            {Kind::Inserted, QStringLiteral("blue cat")},
            {Kind::Equal, QStringLiteral(" ran")},
        };
        QCOMPARE(diff, expected);
    }

    void diffOfEqualEmptyAndDisjointTexts()
    {
        const QString text = QStringLiteral("same words\r\nhere");
        QCOMPARE(WordDiff::compare(text, text), (QList<WordDiff::Segment>{{Kind::Equal, text}}));
        QCOMPARE(WordDiff::compare(QString(), QString()), QList<WordDiff::Segment>());
        QCOMPARE(WordDiff::compare(QString(), QStringLiteral("new")),
                 (QList<WordDiff::Segment>{{Kind::Inserted, QStringLiteral("new")}}));
        QCOMPARE(WordDiff::compare(QStringLiteral("old"), QString()),
                 (QList<WordDiff::Segment>{{Kind::Removed, QStringLiteral("old")}}));
        const auto diff = WordDiff::compare(QStringLiteral("alpha beta"), QStringLiteral("gamma"));
        QCOMPARE(WordDiff::textOf(diff, Kind::Removed), QStringLiteral("alpha beta"));
        QCOMPARE(WordDiff::textOf(diff, Kind::Inserted), QStringLiteral("gamma"));
    }

    void diffOfLongAnswersIsMinimalAndExact()
    {
        // A few thousand words, with scattered edits: every word of the
        // edits is found and nothing else is marked.
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words << QStringLiteral("w%1").arg(i % 97) + (i % 13 == 0 ? QStringLiteral(",") : QString());
        const QString before = words.join(QLatin1Char(' '));
        QStringList changed = words;
        int edits = 0;
        for (int i = 50; i < changed.size(); i += 150, ++edits)
            changed[i] = QStringLiteral("CHANGED%1").arg(i);
        const QString after = changed.join(QLatin1Char(' '));
        QElapsedTimer timer;
        timer.start();
        const QList<WordDiff::Segment> diff = WordDiff::compare(before, after);
        qInfo("word diff of two 3000-word answers with %d edits: %lld ms", edits, timer.elapsed());
        QCOMPARE(WordDiff::textOf(diff, Kind::Removed), before);
        QCOMPARE(WordDiff::textOf(diff, Kind::Inserted), after);
        int inserted = 0;
        for (const WordDiff::Segment &s : diff) {
            if (s.kind == Kind::Inserted) {
                QVERIFY2(s.text.startsWith(QLatin1String("CHANGED")), qPrintable(s.text));
                ++inserted;
            }
        }
        QCOMPARE(inserted, edits);
    }

    void whollyDifferentLongTextsFallBackToOneChange()
    {
        QStringList a, b;
        for (int i = 0; i < 3000; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        const auto diff = WordDiff::compare(a.join(QLatin1Char(' ')), b.join(QLatin1Char(' ')));
        QCOMPARE(WordDiff::textOf(diff, Kind::Removed), a.join(QLatin1Char(' ')));
        QCOMPARE(WordDiff::textOf(diff, Kind::Inserted), b.join(QLatin1Char(' ')));
        QVERIFY(WordDiff::changedSegments(diff) <= 4);
    }

    // --- Candidate files -------------------------------------------------

    void jsonlQuestionAnswerAndEvaluationFields()
    {
        QString error;
        const QList<CandidateAnswer> c = read(
            "{\"question\": \"What is X?\", \"answer\": \"X is a letter.\"}\n"
            "\n"
            "{\"input\": \"Why Y?\", \"output\": \"model says\", \"target\": \"Because.\\nTwo lines.\"}\n"
            "{\"input\": \"Where Z?\", \"output\": \"Here.\"}\n",
            CandidateReader::Format::Jsonl, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].question, QStringLiteral("What is X?"));
        QCOMPARE(c[0].answer, QStringLiteral("X is a letter."));
        QCOMPARE(c[1].answer, QStringLiteral("Because.\nTwo lines.")); // target before output
        QCOMPARE(c[1].line, 3);
        QCOMPARE(c[2].answer, QStringLiteral("Here."));
    }

    void jsonlBadInputNamesTheLine()
    {
        QString error;
        QVERIFY(read("{\"question\":\"a\",\"answer\":\"b\"}\n{\"question\": \"c\", \"answer\": }\n",
                     CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("JSON")), qPrintable(error));
        QVERIFY(read("{\"question\":\"a\"}\n", CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 1")) && error.contains(QLatin1String("target")), qPrintable(error));
        QVERIFY(read("\n\n{\"prompt\":\"a\",\"answer\":\"b\"}\n", CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 3")) && error.contains(QLatin1String("input")), qPrintable(error));
        QVERIFY(read("[1,2]\n", CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("object")), qPrintable(error));
        QVERIFY(read("{\"question\": 3, \"answer\": \"b\"}\n", CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("not text")), qPrintable(error));
        QVERIFY(read("\xff\xfe{}", CandidateReader::Format::Jsonl, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
    }

    void csvWithQuotesAndLineBreaks()
    {
        QString error;
        const QList<CandidateAnswer> c = read(
            "\xEF\xBB\xBFID,Question,Answer\r\n"
            "1,What is X?,Plain answer\r\n"
            "2,\"Why, then?\",\"He said \"\"yes\"\".\r\nSecond line.\"\r\n"
            "\r\n"
            "3,\"Empty answer\",\r\n",
            CandidateReader::Format::Csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].question, QStringLiteral("What is X?"));
        QCOMPARE(c[1].question, QStringLiteral("Why, then?"));
        QCOMPARE(c[1].answer, QStringLiteral("He said \"yes\".\nSecond line."));
        QCOMPARE(c[1].line, 3);
        QCOMPARE(c[2].line, 6);
        QCOMPARE(c[2].answer, QString());

        const QList<CandidateAnswer> eval = read("input,output,TARGET\nq1,model,reference\n",
                                                 CandidateReader::Format::Csv, &error);
        QCOMPARE(eval.size(), 1);
        QCOMPARE(eval[0].answer, QStringLiteral("reference"));
    }

    void csvBadInputNamesTheLine()
    {
        QString error;
        QVERIFY(read("question,answer\na,\"never closed\nstill\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("never closed")), qPrintable(error));
        QVERIFY(read("question,answer\na,b\nc,d,e\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 3")) && error.contains(QLatin1String("3 fields")), qPrintable(error));
        QVERIFY(read("prompt,response\na,b\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 1")) && error.contains(QLatin1String("prompt, response")), qPrintable(error));
        QVERIFY(read("question,answer\na,b\"c\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("quote")), qPrintable(error));
        QVERIFY(read("question,answer\n\"a\"x,b\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY(read("question,answer\n", CandidateReader::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no candidate")), qPrintable(error));
    }

    void markdownCandidatesAndFormatDetection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.md"));
        QVERIFY(TestSupport::writeFile(path, "## S\n\n**Question:** What is X?\n\n**Answer:** An X.\n\n---\n\n"
                                             "**Question:** Not yet?\n\n**Answer:**\n\n---\n\n1. A numbered one\n"));
        QString error;
        const auto c = CandidateReader::fromFile(path, &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->size(), 1); // only answered entries are candidates
        QCOMPARE(c->first().answer, QStringLiteral("An X."));
        QCOMPARE(c->first().line, 3);
        QVERIFY(!CandidateReader::fromFile(dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY(error.contains(QLatin1String("missing.csv")));
        QCOMPARE(CandidateReader::detect(QStringLiteral("a.jsonl"), {}), CandidateReader::Format::Jsonl);
        QCOMPARE(CandidateReader::detect(QStringLiteral("a.CSV"), {}), CandidateReader::Format::Csv);
        QCOMPARE(CandidateReader::detect(QStringLiteral("a.txt"), "  {\"q\":1}"), CandidateReader::Format::Jsonl);
        QCOMPARE(CandidateReader::detect(QStringLiteral("a.txt"), "question,answer\n"), CandidateReader::Format::Csv);
        const QString bad = dir.filePath(QStringLiteral("bad.md"));
        QVERIFY(TestSupport::writeFile(bad, QByteArray("**Question:** a\0b", 17)));
        QVERIFY(!CandidateReader::fromFile(bad, &error));
        QVERIFY2(error.contains(QLatin1String("bad.md")), qPrintable(error));
    }

    // --- Matching --------------------------------------------------------

    void matchingExactSimilarAndUnmatched()
    {
        const QaDocument document = sample();
        const EntryRef empty = atLine(document, 68);      // "What was the most surprising failure mode ..."
        const EntryRef numbered = atLine(document, 250);  // "27. You're passionate about ..."
        const EntryRef who = atLine(document, 7);         // "Who is Vishal Bakshi? ..."
        QList<CandidateAnswer> candidates = {
            // Exact once normalized: case, spacing, punctuation and emphasis.
            {QStringLiteral("  who is VISHAL bakshi?  give me a **two-sentence** summary "), QStringLiteral("A1"), 1},
            // Reworded.
            {QStringLiteral("What was the most surprising failure mode you saw when evaluating Haiku text "
                            "decomposition on the fastbook-benchmark?"), QStringLiteral("A2"), 2},
            {QStringLiteral("What is the airspeed velocity of an unladen swallow?"), QStringLiteral("A3"), 3},
            {document.entry(numbered).question(), QStringLiteral("A4"), 4},
        };
        const CandidateMatcher::Result result = CandidateMatcher::match(document, candidates);
        QCOMPARE(result.matches.size(), 3);
        QCOMPARE(result.exactCount(), 2);
        QCOMPARE(result.unmatched, QList<int>{2});
        QVERIFY(result.matchFor(who));
        QVERIFY(result.matchFor(who)->exact);
        QCOMPARE(result.matchFor(who)->candidate, 0);
        QVERIFY(result.matchFor(empty));
        QVERIFY(!result.matchFor(empty)->exact);
        QCOMPARE(result.matchFor(empty)->candidate, 1);
        QVERIFY(result.matchFor(empty)->score >= CandidateMatcher::defaultThreshold);
        QVERIFY(result.matchFor(empty)->score < 1.0);
        QCOMPARE(result.matchFor(numbered)->candidate, 3);
        // Matches come in document order.
        QCOMPARE(result.matches.first().entry, who);

        // A threshold above the reworded question's score leaves it unmatched.
        const double score = result.matchFor(empty)->score;
        const CandidateMatcher::Result strict = CandidateMatcher::match(document, candidates, std::min(0.999, score + 0.01));
        QCOMPARE(strict.matches.size(), 2);
        QCOMPARE(strict.unmatched, (QList<int>{1, 2}));
    }

    void eachEntryTakesOneCandidate()
    {
        const QaDocument document = sample();
        const QString question = document.entry(atLine(document, 7)).question();
        const QList<CandidateAnswer> candidates = {{question, QStringLiteral("first"), 1},
                                                   {question, QStringLiteral("second"), 2}};
        const CandidateMatcher::Result result = CandidateMatcher::match(document, candidates);
        QCOMPARE(result.matches.size(), 1);
        QCOMPARE(result.matches.first().candidate, 0);
        QCOMPARE(result.unmatched, QList<int>{1});
    }

    // --- git HEAD ----------------------------------------------------------

    void gitHeadOfARealRepository()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QFAIL("git is needed for this test (quire-dev.sh installs it)");
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/notes")));
        const QString path = repo + QStringLiteral("/notes/qa.md");

        QVERIFY(TestSupport::writeFile(path, "**Question:** Q?\n\n**Answer:** committed\n"));
        GitHeadReader::Result result = GitHeadReader::read(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("not in a git repository")), qPrintable(result.reason));

        QVERIFY(runGit(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        result = GitHeadReader::read(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("no commits")), qPrintable(result.reason));

        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/other.txt"), "x\n"));
        const QStringList identity = {QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                      QStringLiteral("-c"), QStringLiteral("user.email=test@example.invalid")};
        QVERIFY(runGit(repo, {QStringLiteral("add"), QStringLiteral("other.txt")}));
        QVERIFY(runGit(repo, identity + QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("one")}));
        result = GitHeadReader::read(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("not committed")), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(QLatin1String("notes/qa.md")), qPrintable(result.reason));

        QVERIFY(runGit(repo, {QStringLiteral("add"), QStringLiteral("notes/qa.md")}));
        QVERIFY(runGit(repo, identity + QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("two")}));
        QVERIFY(TestSupport::writeFile(path, "**Question:** Q?\n\n**Answer:** edited since\n"));
        result = GitHeadReader::read(path);
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.bytes, QByteArray("**Question:** Q?\n\n**Answer:** committed\n"));
        const GitHeadReader::Result id = GitHeadReader::read(path, GitHeadReader::What::BlobIdOnly);
        QVERIFY(id.ok);
        QVERIFY(id.bytes.isEmpty());
        QCOMPARE(id.blobId, result.blobId);
        QCOMPARE(id.blobId.size(), 40);

        // Through AnswerSources: the answer at HEAD, and a new commit is seen.
        QaModel model;
        model.setDocument(*QaDocument::fromFile(path));
        AnswerSources sources(&model);
        sources.setFilePath(path);
        QString reason;
        QVERIFY(sources.isAvailable(AnswerSources::Source::GitHead, &reason));
        QCOMPARE(sources.other(AnswerSources::Source::GitHead, {0, 0}).text, QStringLiteral("committed"));
        QCOMPARE(sources.other(AnswerSources::Source::Saved, {0, 0}).text, QStringLiteral("edited since"));
        QVERIFY(runGit(repo, {QStringLiteral("add"), QStringLiteral("notes/qa.md")}));
        QVERIFY(runGit(repo, identity + QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("three")}));
        QCOMPARE(sources.other(AnswerSources::Source::GitHead, {0, 0}).text, QStringLiteral("edited since"));
        // The saved file changes too.
        QVERIFY(TestSupport::writeFile(path, "**Question:** Q?\n\n**Answer:** saved once more\n"));
        QCOMPARE(sources.other(AnswerSources::Source::Saved, {0, 0}).text, QStringLiteral("saved once more"));
        // A question not in that version says so.
        model.setQuestion({0, 0}, QStringLiteral("Another question?"));
        const AnswerSources::Other missing = sources.other(AnswerSources::Source::Saved, {0, 0});
        QVERIFY(!missing.available);
        QVERIFY2(missing.reason.contains(QLatin1String("not in the saved file")), qPrintable(missing.reason));
    }

    void gitAbsentFromThePath()
    {
        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", empty.path().toLocal8Bit());
        const GitHeadReader::Result result = GitHeadReader::read(TestSupport::samplePath());
        qputenv("PATH", path);
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("git is not installed")), qPrintable(result.reason));
        const GitHeadReader::Result unsaved = GitHeadReader::read(QString());
        QVERIFY(!unsaved.ok);
        QVERIFY(!unsaved.reason.isEmpty());
    }

    // --- The model ----------------------------------------------------------

    void fillEmptyFillsOnlyGapsInOneUndoStep()
    {
        QaModel model;
        model.setDocument(sample());
        const QaDocument &document = model.document();
        const StatusCounts before = model.counts();
        // A candidate for every entry: only the ones needing attention take theirs.
        std::vector<std::pair<EntryRef, QString>> answers;
        for (const EntryRef &ref : document.allEntries())
            answers.emplace_back(ref, QStringLiteral("Candidate for %1").arg(document.entryNumber(ref)));
        const EntryRef answered = atLine(document, 7);
        const QString answeredText = document.entry(answered).answer();
        model.setAnswer(answered, answeredText + QStringLiteral(" typed")); // an open typing burst
        const int stepsBefore = model.undoStack()->count();

        const int filled = model.fillAnswers(answers, QStringLiteral("Fill Empty Answers"));
        QCOMPARE(filled, before.needingAttention());
        QVERIFY(filled > 10);
        QCOMPARE(model.counts().answered, before.entries);
        QCOMPARE(model.counts().needingAttention(), 0);
        QCOMPARE(document.entry(answered).answer(), answeredText + QStringLiteral(" typed"));
        QCOMPARE(document.entry(atLine(document, 68)).answer(), QStringLiteral("Candidate for %1").arg(document.entryNumber(atLine(document, 68))));
        QCOMPARE(model.undoStack()->count(), stepsBefore + 1);

        model.undoStack()->undo();
        QCOMPARE(model.counts().needingAttention(), before.needingAttention());
        QCOMPARE(document.entry(answered).answer(), answeredText + QStringLiteral(" typed"));
        model.undoStack()->undo();
        QCOMPARE(model.document().toBytes(), TestSupport::sampleBytes());
        model.undoStack()->redo();
        model.undoStack()->redo();
        QCOMPARE(model.counts().needingAttention(), 0);

        // Nothing left to fill: no step is added.
        QCOMPARE(model.fillAnswers(answers, QStringLiteral("Fill")), 0);
        QCOMPARE(model.undoStack()->count(), stepsBefore + 1);
    }

    void mergeRemovesTheOtherEntryInOneStep()
    {
        QaModel model;
        model.setDocument(sample());
        const QaDocument &document = model.document();
        const EntryRef keep = atLine(document, 74);
        const EntryRef other = atLine(document, 44); // earlier in the same section
        QCOMPARE(keep.section, other.section);
        const QString keptQuestion = document.entry(keep).question();
        const int entries = document.entryCount();
        const EntryRef kept = model.mergeEntries(keep, other);
        QCOMPARE(document.entryCount(), entries - 1);
        QCOMPARE(kept.index, keep.index - 1);
        QCOMPARE(document.entry(kept).question(), keptQuestion);
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE(model.document().toBytes(), TestSupport::sampleBytes());

        // Across sections.
        const EntryRef far = atLine(document, 7);
        const EntryRef kept2 = model.mergeEntries(far, keep);
        QCOMPARE(kept2, far);
        QCOMPARE(document.entryCount(), entries - 1);
        model.undoStack()->undo();
        QCOMPARE(model.document().toBytes(), TestSupport::sampleBytes());
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
