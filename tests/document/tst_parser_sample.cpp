// The document format on the sample, its ground truth: sections, counts and
// statuses, the lines that need attention, numbered questions, and the same
// result with CRLF line endings and with a BOM.

#include "tests/document/parserdescriptions.h"
#include "tests/support/testsupport.h"

#include "app/lint/linter.h"
#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;
using namespace TestSupport;

class TestParserSample : public QObject
{
    Q_OBJECT

private slots:
    void sampleSections();
    void sampleCountsAndStatuses();
    void sampleAttentionLines();
    void sampleAnswerBeforeQuestionList();
    void sampleNumberedQuestionsText();
    void sampleCrlfParsesTheSame();
    void sampleWithBomParsesTheSame();
};

void TestParserSample::sampleSections()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    QCOMPARE(describeSections(*doc), (QStringList{
        QStringLiteral("Background@1:0"),
        QStringLiteral("User:  First Interaction (Hasn't read `themes.md`)@5:6"),
        QStringLiteral("User: Has Read `themes.md`@42:28"),
        QStringLiteral("User: Asking Out-of-Scope Questions@253:11"),
    }));
    QVERIFY(doc->section(0).isProse());
    QVERIFY(!doc->section(1).isProse());
}

void TestParserSample::sampleCountsAndStatuses()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    QCOMPARE(doc->entryCount(), 45);
    const StatusCounts counts = Linter::count(*doc);
    QCOMPARE(counts.entries, 45);
    QCOMPARE(counts.answered, 28);
    QCOMPARE(counts.empty, 1);
    QCOMPARE(counts.placeholder, 2);
    QCOMPARE(counts.unanswered, 14);
    QCOMPARE(counts.needingAttention(), 17);

    // Numbers and refs agree in both directions.
    int number = 0;
    for (const EntryRef &ref : doc->allEntries()) {
        ++number;
        QCOMPARE(doc->entryNumber(ref), number);
        QVERIFY(doc->entryRef(number) == ref);
    }
    QVERIFY(!doc->entryRef(0).isValid());
    QVERIFY(!doc->entryRef(46).isValid());
}

void TestParserSample::sampleAttentionLines()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    QMap<int, EntryStatus> expected;
    expected[68] = EntryStatus::Empty;
    expected[44] = EntryStatus::Placeholder;
    expected[50] = EntryStatus::Placeholder;
    for (int line = 249; line <= 251; ++line)
        expected[line] = EntryStatus::Unanswered;
    for (int line = 255; line <= 265; ++line)
        expected[line] = EntryStatus::Unanswered;

    QList<int> answeredLines;
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &e = doc->entry(ref);
        const EntryStatus want = expected.value(e.line(), EntryStatus::Answered);
        if (e.status() != want)
            QFAIL(qPrintable(QStringLiteral("entry at line %1 is %2, expected %3")
                                 .arg(e.line()).arg(entryStatusName(e.status()), entryStatusName(want))));
        if (e.status() == EntryStatus::Answered)
            answeredLines.append(e.line());
        else
            expected.remove(e.line());
        QCOMPARE(e.hasAnswerField(), e.status() != EntryStatus::Unanswered);
        QCOMPARE(e.form() == QaEntry::Form::Numbered, e.line() >= 249);
    }
    QVERIFY2(expected.isEmpty(), "some expected entries were not found at their lines");
    QCOMPARE(answeredLines.size(), 28);
    QCOMPARE(answeredLines.first(), 7);
    QCOMPARE(answeredLines.last(), 239);
}

void TestParserSample::sampleAnswerBeforeQuestionList()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QaEntry *at239 = nullptr;
    for (const EntryRef &ref : doc->allEntries()) {
        if (doc->entry(ref).line() == 239)
            at239 = &doc->entry(ref);
    }
    QVERIFY(at239);
    QCOMPARE(at239->status(), EntryStatus::Answered);
    const QString answer = at239->answer();
    QVERIFY2(answer.endsWith(QStringLiteral("making a tangible contribution to the AI field.")),
             qPrintable(answer.right(80)));
    QVERIFY(!answer.contains(QStringLiteral("27.")));
    QVERIFY(!answer.contains(QStringLiteral("28.")));
    QVERIFY(answer.startsWith(QStringLiteral("If this research is successful")));
    QCOMPARE(answer.count(QStringLiteral("\n\n")), 3); // four paragraphs
    QVERIFY(at239->question().startsWith(QStringLiteral("Imagine in three years")));
}

void TestParserSample::sampleNumberedQuestionsText()
{
    const QByteArray bytes = sampleBytes();
    const auto doc = load(bytes);
    QVERIFY(doc);
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &e = doc->entry(ref);
        if (e.form() != QaEntry::Form::Numbered)
            continue;
        // "27. text" -> "text", exactly the rest of the line.
        const QByteArray line = lineText(bytes, e.line());
        const qsizetype dot = line.indexOf(". ");
        QVERIFY(dot > 0);
        QCOMPARE(e.question(), QString::fromUtf8(line.mid(dot + 2)));
        QCOMPARE(e.answer(), QString());
    }
    QCOMPARE(doc->entry(doc->entryRef(35)).question(),
             QStringLiteral("What are the specific future milestones and release dates for TinyScale Lab?"));
    QCOMPARE(doc->entry(doc->entryRef(45)).question(),
             QStringLiteral("List the names of the companies Vishal has worked at."));
}

void TestParserSample::sampleCrlfParsesTheSame()
{
    const QByteArray lf = sampleBytes();
    const auto a = load(lf);
    const auto b = load(toCrlf(lf));
    QVERIFY(a && b);
    QCOMPARE(b->lineEnding(), QByteArray("\r\n"));
    QCOMPARE(describeSections(*b), describeSections(*a));
    QCOMPARE(describeEntries(*b), describeEntries(*a));
}

void TestParserSample::sampleWithBomParsesTheSame()
{
    const QByteArray lf = sampleBytes();
    const auto a = load(lf);
    const auto b = load(QByteArray("\xEF\xBB\xBF") + lf);
    QVERIFY(a && b);
    QCOMPARE(describeSections(*b), describeSections(*a));
    QCOMPARE(describeEntries(*b), describeEntries(*a));
}

QTEST_GUILESS_MAIN(TestParserSample)
#include "tst_parser_sample.moc"
