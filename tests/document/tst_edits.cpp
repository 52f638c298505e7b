// Edit minimality: an edit rewrites only what it changes. Each case gives the
// exact bytes expected after the edit (built from the sample's own lines) and
// the lines of the sample that may differ; everything else must be kept in
// place. Every case also runs on a CRLF copy of the sample, where the expected
// bytes are the same with CRLF line endings.

#include "tests/document/editcases.h"
#include "tests/support/testsupport.h"

#include "app/lint/linter.h"
#include "app/document/qadocument.h"

#include <QtTest>

using namespace TestSupport;

namespace {

EntryRef refAtLine(const QaDocument &doc, int line)
{
    for (const EntryRef &ref : doc.allEntries()) {
        if (doc.entry(ref).line() == line)
            return ref;
    }
    return {};
}

// No two `---` lines with only blank lines between them, and no `---` right
// after a heading.
QString separatorProblem(const QByteArray &bytes)
{
    QByteArray previous;
    int lineNumber = 0;
    for (QByteArray line : bytes.split('\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line == "---" && (previous == "---" || previous.startsWith("## ")))
            return QStringLiteral("`---` after `%1` at line %2").arg(QString::fromUtf8(previous)).arg(lineNumber);
        previous = line;
    }
    return {};
}

} // namespace

using Edit = std::function<void(QaDocument &)>;
Q_DECLARE_METATYPE(Edit)

class TestEdits : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void smallDocuments_data();
    void smallDocuments();
    void questionLabelOnItsOwnLine();
    void undoWithReplaceEntry_data();
    void undoWithReplaceEntry();
    void undoWithSectionSnapshots();
    void settingTheLoadedTextBackWritesTheOriginal();
    void sameTextOnEveryEntryChangesNothing_data();
    void sameTextOnEveryEntryChangesNothing();
    void editsMatchTheCommandLine();
};

void TestEdits::edits_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<bool>("crlf");
    const QList<EditCase> cases = editCases();
    for (int i = 0; i < cases.size(); ++i) {
        QTest::newRow(qPrintable(cases[i].name + QStringLiteral(" (LF)"))) << i << false;
        QTest::newRow(qPrintable(cases[i].name + QStringLiteral(" (CRLF)"))) << i << true;
    }
}

void TestEdits::edits()
{
    QFETCH(int, caseIndex);
    QFETCH(bool, crlf);
    const EditCase c = editCases().at(caseIndex);
    const QByteArray lf = sampleBytes();
    const QByteArray old = crlf ? toCrlf(lf) : lf;
    auto doc = load(old);
    QVERIFY(doc);
    c.edit(*doc);
    if (QTest::currentTestFailed())
        return;
    const QByteArray written = doc->toBytes();
    const QByteArray expected = crlf ? toCrlf(c.expected(lf)) : c.expected(lf);
    if (written != expected) {
        const qsizetype at = commonPrefix(expected, written);
        QFAIL(qPrintable(QStringLiteral("differs at byte %1:\n--- expected ---\n%2\n--- written ---\n%3")
                             .arg(at)
                             .arg(QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 80), 240)),
                                  QString::fromUtf8(written.mid(std::max<qsizetype>(0, at - 80), 240)))));
    }
    // Everything outside the edited lines stays in place, byte for byte.
    const qsizetype begin = lineStart(old, c.firstLine);
    const qsizetype end = c.lastLine < c.firstLine ? begin : lineStart(old, c.lastLine + 1);
    QVERIFY2(changedOnlyWithin(old, written, begin, end),
             qPrintable(QStringLiteral("changed bytes outside lines %1-%2").arg(c.firstLine).arg(c.lastLine)));
    if (crlf)
        QVERIFY2(!written.contains("\n\n") && written.count('\n') == written.count("\r\n"), "a bare LF was written");
    const QString problem = separatorProblem(written);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // What is saved reads back as what was edited.
    const auto reloaded = load(written);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->toBytes(), written);
    QCOMPARE(reloaded->entryCount(), doc->entryCount());
    QCOMPARE(reloaded->sectionCount(), doc->sectionCount());
    for (int s = 0; s < doc->sectionCount(); ++s) {
        QCOMPARE(reloaded->section(s).title(), doc->section(s).title());
        QCOMPARE(reloaded->section(s).entryCount(), doc->section(s).entryCount());
    }
    for (int n = 1; n <= doc->entryCount(); ++n) {
        const QaEntry &a = doc->entry(doc->entryRef(n));
        const QaEntry &b = reloaded->entry(reloaded->entryRef(n));
        QCOMPARE(b.question().trimmed(), a.question().trimmed());
        QCOMPARE(b.answer().trimmed(), a.answer().trimmed());
        QCOMPARE(b.hasAnswerField(), a.hasAnswerField());
        QCOMPARE(b.status(), a.status());
    }
    if (c.check)
        c.check(*reloaded);
}

void TestEdits::smallDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("answer of the last entry, no final newline")
        << QByteArray("## S\n\n**Question:** Q?\n\n**Answer:** A.")
        << Edit([](QaDocument &d) { d.setAnswer({0, 0}, QStringLiteral("B.")); })
        << QByteArray("## S\n\n**Question:** Q?\n\n**Answer:** B.");
    QTest::newRow("clearing an answer leaves the label")
        << QByteArray("## S\n\n**Question:** Q?\n\n**Answer:** A.\n\n---\n")
        << Edit([](QaDocument &d) { d.setAnswer({0, 0}, QString()); })
        << QByteArray("## S\n\n**Question:** Q?\n\n**Answer:**\n\n---\n");
    QTest::newRow("answering a bold question without answer paragraph")
        << QByteArray("## S\n\n**Question:** Lonely?\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << Edit([](QaDocument &d) { d.setAnswer({0, 0}, QStringLiteral("Now.")); })
        << QByteArray("## S\n\n**Question:** Lonely?\n\n**Answer:** Now.\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n");
    QTest::newRow("answering a bold question at the end of the file")
        << QByteArray("## S\n\n**Question:** Lonely?")
        << Edit([](QaDocument &d) { d.setAnswer({0, 0}, QStringLiteral("Now.")); })
        << QByteArray("## S\n\n**Question:** Lonely?\n\n**Answer:** Now.\n");
    QTest::newRow("answering a numbered question with a continuation line")
        << QByteArray("## S\n\n5. Q5 first line\n   and more?\n6. Q6?\n")
        << Edit([](QaDocument &d) { d.setAnswer({0, 0}, QStringLiteral("A.")); })
        << QByteArray("## S\n\n**Question:** Q5 first line\nand more?\n\n**Answer:** A.\n\n---\n\n6. Q6?\n");
    QTest::newRow("answering the last numbered question, CRLF, no final newline")
        << QByteArray("## S\r\n\r\n1. Q1?\r\n2. Q2?")
        << Edit([](QaDocument &d) { d.setAnswer({0, 1}, QStringLiteral("A.")); })
        << QByteArray("## S\r\n\r\n1. Q1?\r\n\r\n---\r\n\r\n**Question:** Q2?\r\n\r\n**Answer:** A.\r\n");
    QTest::newRow("a new document built from nothing")
        << QByteArray()
        << Edit([](QaDocument &d) {
               const int s = d.addSection(0, QStringLiteral("First"));
               QCOMPARE(s, 0);
               d.addEntry(s, 0, QStringLiteral("Q1?"), QStringLiteral("A1."));
               d.addEntry(s, 1, QStringLiteral("Q2?"), QStringLiteral("A2."));
           })
        << QByteArray("## First\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n");
    QTest::newRow("entries in the preamble, one added")
        << QByteArray("**Question:** Q1?\n\n**Answer:** A1.\n")
        << Edit([](QaDocument &d) { d.addEntry(0, 1, QStringLiteral("Q2?"), QStringLiteral("A2.")); })
        << QByteArray("**Question:** Q1?\n\n**Answer:** A1.\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n");
    QTest::newRow("a new section after a section without final newline")
        << QByteArray("## A\n\n**Question:** Q1?\n\n**Answer:** A1.")
        << Edit([](QaDocument &d) { d.addSection(1, QStringLiteral("B")); })
        << QByteArray("## A\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n## B\n");
    QTest::newRow("an entry added before a heading without blank line")
        << QByteArray("## A\n**Question:** Q1?\n\n**Answer:** A1.\n## B\n")
        << Edit([](QaDocument &d) { d.addEntry(0, 1, QStringLiteral("Q2?"), QStringLiteral("A2.")); })
        << QByteArray("## A\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n\n## B\n");
}

void TestEdits::smallDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(Edit, edit);
    QFETCH(QByteArray, expected);
    auto doc = load(document);
    QVERIFY(doc);
    edit(*doc);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(doc->toBytes(), expected);
    const auto reloaded = load(expected);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->entryCount(), doc->entryCount());
    for (int n = 1; n <= doc->entryCount(); ++n) {
        const QaEntry &a = doc->entry(doc->entryRef(n));
        const QaEntry &b = reloaded->entry(reloaded->entryRef(n));
        QCOMPARE(b.question(), a.question());
        QCOMPARE(b.answer(), a.answer());
        QCOMPARE(b.status(), a.status());
    }
}

void TestEdits::questionLabelOnItsOwnLine()
{
    const QByteArray old("## S\n\n**Question:**\nOld?\n\n**Answer:**\nOld answer.\n\n---\n");
    auto doc = load(old);
    QVERIFY(doc);
    doc->setQuestion({0, 0}, QStringLiteral("New?"));
    doc->setAnswer({0, 0}, QStringLiteral("New answer."));
    QCOMPARE(doc->toBytes(), QByteArray("## S\n\n**Question:**\nNew?\n\n**Answer:**\nNew answer.\n\n---\n"));
    auto crlf = load(toCrlf(old));
    QVERIFY(crlf);
    crlf->setQuestion({0, 0}, QStringLiteral("New?"));
    QCOMPARE(crlf->toBytes(), toCrlf("## S\n\n**Question:**\nNew?\n\n**Answer:**\nOld answer.\n\n---\n"));
}

void TestEdits::undoWithReplaceEntry_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("crlf");
    for (int number : {1, 4, 8, 11, 14, 31, 33, 35, 45}) {
        QTest::newRow(qPrintable(QStringLiteral("entry %1 LF").arg(number))) << number << false;
        QTest::newRow(qPrintable(QStringLiteral("entry %1 CRLF").arg(number))) << number << true;
    }
}

void TestEdits::undoWithReplaceEntry()
{
    QFETCH(int, number);
    QFETCH(bool, crlf);
    const QByteArray old = crlf ? toCrlf(sampleBytes()) : sampleBytes();
    auto doc = load(old);
    QVERIFY(doc);
    const EntryRef ref = doc->entryRef(number);
    const QaEntry before = doc->entry(ref);
    const EntryStatus status = before.status();
    doc->setAnswer(ref, QStringLiteral("Edited answer."));
    doc->setQuestion(ref, QStringLiteral("Edited question?"));
    QVERIFY(doc->toBytes() != old);
    QCOMPARE(doc->entry(ref).status(), EntryStatus::Answered);
    doc->replaceEntry(ref, before);
    QCOMPARE(doc->entry(ref).status(), status);
    QCOMPARE(doc->toBytes(), old);
}

void TestEdits::undoWithSectionSnapshots()
{
    const QByteArray old = sampleBytes();
    auto doc = load(old);
    QVERIFY(doc);

    // Remove, then restore the section.
    QaSection one = doc->sectionSnapshot(1);
    doc->removeEntry({1, 2});
    doc->removeEntry({1, 0});
    doc->restoreSection(1, one);
    QCOMPARE(doc->toBytes(), old);
    QCOMPARE(doc->entryCount(), 45);

    // Add, then restore.
    doc->addEntry(1, 3, QStringLiteral("Q?"), QStringLiteral("A."));
    doc->restoreSection(1, one);
    QCOMPARE(doc->toBytes(), old);

    // Move across sections, then restore both.
    const QaSection two = doc->sectionSnapshot(2);
    doc->moveEntry({2, 5}, 1, 2);
    QCOMPARE(doc->entryCount(), 45);
    doc->restoreSection(1, one);
    doc->restoreSection(2, two);
    QCOMPARE(doc->toBytes(), old);
    QCOMPARE(doc->entryNumber({2, 5}), 12);

    // Answering three numbered questions, then restore.
    doc->setAnswer(doc->entryRef(32), QStringLiteral("x"));
    doc->setAnswer(doc->entryRef(33), QStringLiteral("y"));
    doc->restoreSection(2, two);
    QCOMPARE(doc->toBytes(), old);

    // Add a section, then remove it; remove a section, then insert it back.
    const int added = doc->addSection(2, QStringLiteral("Extra"));
    doc->addEntry(added, 0, QStringLiteral("Q?"), QStringLiteral("A."));
    doc->removeSection(added);
    QCOMPARE(doc->toBytes(), old);
    const QaSection three = doc->sectionSnapshot(3);
    doc->removeSection(3);
    QCOMPARE(doc->entryCount(), 34);
    doc->insertSectionSnapshot(3, three);
    QCOMPARE(doc->toBytes(), old);

    // Rename and prose, then restore.
    const QaSection background = doc->sectionSnapshot(0);
    doc->renameSection(1, QStringLiteral("Renamed"));
    doc->setProseText(0, QStringLiteral("Other text."));
    doc->restoreSection(1, one);
    doc->restoreSection(0, background);
    QCOMPARE(doc->toBytes(), old);
    QCOMPARE(Linter::count(*doc).answered, 28);
}

void TestEdits::settingTheLoadedTextBackWritesTheOriginal()
{
    const QByteArray old = sampleBytes();
    auto doc = load(old);
    QVERIFY(doc);
    for (int number : {1, 4, 11, 14, 33, 45}) {
        const EntryRef ref = doc->entryRef(number);
        const QString question = doc->entry(ref).question();
        const QString answer = doc->entry(ref).answer();
        doc->setAnswer(ref, QStringLiteral("Something else."));
        doc->setQuestion(ref, QStringLiteral("Something else?"));
        QVERIFY(doc->toBytes() != old);
        doc->setAnswer(ref, answer);
        doc->setQuestion(ref, question);
        QCOMPARE(doc->toBytes(), old);
        QVERIFY(!doc->entry(ref).answerEdited());
        QVERIFY(!doc->entry(ref).questionEdited());
    }
    const StatusCounts counts = Linter::count(*doc);
    QCOMPARE(counts.answered, 28);
    QCOMPARE(counts.unanswered, 14);
    QCOMPARE(counts.empty, 1);
}

void TestEdits::sameTextOnEveryEntryChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray lf = sampleBytes();
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << toCrlf(lf);
    QTest::newRow("BOM, no final newline") << QByteArray("\xEF\xBB\xBF") + lf.chopped(1);
}

void TestEdits::sameTextOnEveryEntryChangesNothing()
{
    QFETCH(QByteArray, bytes);
    auto doc = load(bytes);
    QVERIFY(doc);
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &e = doc->entry(ref);
        const QString question = e.question();
        const QString answer = e.answer();
        doc->setQuestion(ref, question);
        doc->setAnswer(ref, answer);
    }
    doc->setProseText(0, doc->proseText(0));
    doc->renameSection(1, doc->section(1).title());
    QCOMPARE(doc->toBytes(), bytes);
}

// `quire set` goes through the same code: the bytes it would write for
// entry 33 are what the document writes here.
void TestEdits::editsMatchTheCommandLine()
{
    const QByteArray old = sampleBytes();
    auto doc = load(old);
    QVERIFY(doc);
    const EntryRef ref = refAtLine(*doc, 250);
    QVERIFY(ref.isValid());
    QCOMPARE(doc->entryNumber(ref), 33);
    doc->setAnswer(ref, QStringLiteral("Invest in reliability."));
    const QByteArray written = doc->toBytes();
    QVERIFY(written.contains("\n27. You're passionate"));
    QVERIFY(written.contains("\n29. You've built"));
    const QByteArray question = lineText(old, 250).mid(4);
    QVERIFY(question.startsWith("Let's say our team has a fixed budget"));
    QCOMPARE(written, old.left(lineStart(old, 250)) + "\n---\n\n**Question:** " + question
                          + "\n\n**Answer:** Invest in reliability.\n\n---\n\n" + old.mid(lineStart(old, 251)));
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
