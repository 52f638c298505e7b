// Unusual but valid input read, checked, exported and saved back: no
// sections, CRLF/LF/BOM, thousands of nesting levels, a 10 MB line.

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/session/backupstore.h"
#include "app/session/documentsession.h"
#include "app/lint/linter.h"
#include "app/render/markdownrenderer.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"

#include <QtTest>

using namespace TestSupport;

namespace {

// `words` repeated to exactly `size` bytes, on one line.
QByteArray oneLine(qsizetype size, const QByteArray &words)
{
    QByteArray line;
    line.reserve(size + words.size());
    while (line.size() < size)
        line += words;
    line.truncate(size);
    return line;
}

QByteArray nestedDocument(const QByteArray &nested)
{
    return "# Deep\n\n## Section\n\n**Question:** How deep can it go?\n\n**Answer:**\n" + nested
        + "\n\n---\n\n**Question:** Is the entry after it still found?\n\n**Answer:** Still parsed.\n";
}

} // namespace

class TestSaveFailuresUnusualInput : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // Hostile and broken input
    void noSections_data();
    void noSections();
    void lineEndingsAndBom_data();
    void lineEndingsAndBom();
    void deepNesting_data();
    void deepNesting();
    void tenMegabyteLine();
};

void TestSaveFailuresUnusualInput::noSections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("entries");
    QTest::newRow("prose only") << QByteArray("# Notes\n\nJust some text, no questions, no sections.\n") << 0;
    QTest::newRow("a title only, no newline") << QByteArray("# Title") << 0;
    QTest::newRow("only rules and blank lines") << QByteArray("\n\n---\n\n***\n\n") << 0;
    QTest::newRow("entries before any section")
        << QByteArray("# Q&A\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n**Question:** Two?\n\n**Answer:**\n")
        << 2;
}

void TestSaveFailuresUnusualInput::noSections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, entries);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/nosections.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), entries);
    QCOMPARE(document->toBytes(), bytes);

    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    QVERIFY(r.out.startsWith(path.toUtf8() + ": " + QByteArray::number(entries) + " entries"));
    r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    for (const char *format : {"ctx", "markdown", "jsonl"}) {
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QString::fromLatin1(format),
                   QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered")});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    if (entries > 0) {
        r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QString::number(entries),
                   QStringLiteral("--answer"), QStringLiteral("Now answered.")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readFile(path), withAnswer(bytes, entries, QStringLiteral("Now answered.")));
    }
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("nosections.md")});
}

void TestSaveFailuresUnusualInput::lineEndingsAndBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray small("# Title\n\n## Part\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n"
                           "**Question:** Two?\n\n**Answer:**\n");
    QTest::newRow("BOM, LF") << QByteArray(bom + small);
    QTest::newRow("BOM, CRLF") << QByteArray(bom + toCrlf(small));
    QTest::newRow("BOM, sample in CRLF") << QByteArray(bom + toCrlf(m_sample));

    // Alternate CRLF and LF line by line, through the whole sample.
    QByteArray mixed;
    int line = 0;
    for (const QByteArray &l : m_sample.split('\n')) {
        if (!mixed.isEmpty())
            mixed += (line++ % 2) ? "\r\n" : "\n";
        mixed += l;
    }
    QTest::newRow("mixed CRLF/LF") << mixed;
    QTest::newRow("BOM, mixed CRLF/LF, no final newline") << QByteArray(bom + mixed.trimmed());
    QTest::newRow("mixed, with lone CRs") << QByteArray("## A\r\r\n**Question:** One?\r\n\n**Answer:** Yes.\rStill.\n\r\n");
    QTest::newRow("BOM only") << bom;
    QTest::newRow("two BOMs") << QByteArray(bom + bom + small);
}

void TestSaveFailuresUnusualInput::lineEndingsAndBom()
{
    QFETCH(QByteArray, bytes);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/endings.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->toBytes(), bytes);

    Result r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    const QString copy = dir + QStringLiteral("/copy.md");
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source"),
               QStringLiteral("-o"), copy});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(copy), bytes);
    r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());

    // An edit keeps the BOM and touches only its entry.
    if (document->entryCount() > 0) {
        const QString out = dir + QStringLiteral("/edited.md");
        r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
                   QStringLiteral("--answer"), QStringLiteral("Changed."), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray edited = readFile(out);
        QCOMPARE(edited, withAnswer(bytes, 1, QStringLiteral("Changed.")));
        QCOMPARE(edited.startsWith("\xEF\xBB\xBF"), bytes.startsWith("\xEF\xBB\xBF"));
        const auto reparsed = QaDocument::fromBytes(edited, out);
        QVERIFY(reparsed);
        QCOMPARE(reparsed->entryCount(), document->entryCount());
        QCOMPARE(reparsed->entry(reparsed->entryRef(1)).answer(), QStringLiteral("Changed."));
    }
    QCOMPARE(readFile(path), bytes);
}

void TestSaveFailuresUnusualInput::deepNesting_data()
{
    QTest::addColumn<QByteArray>("nested");
    QTest::addColumn<QByteArray>("htmlTag"); // opened once per level
    QTest::addColumn<int>("depth");

    const int depth = 5000;
    QTest::newRow("5000 nested block quotes on one line")
        << QByteArray(QByteArray("> ").repeated(depth) + "the bottom") << QByteArray("<blockquote>") << depth;
    QTest::newRow("5000 nested lists on one line")
        << QByteArray(QByteArray("- ").repeated(depth) + "the bottom") << QByteArray("<li>") << depth;

    const int steps = 2000;
    QByteArray quotes;
    for (int k = 1; k <= steps; ++k)
        quotes += QByteArray(k, '>') + " level " + QByteArray::number(k) + "\n";
    QTest::newRow("2000 block quotes, one more per line") << quotes.trimmed() << QByteArray("<blockquote>") << steps;
    QByteArray list;
    for (int k = 0; k < steps; ++k)
        list += QByteArray(2 * k, ' ') + "- level " + QByteArray::number(k + 1) + "\n";
    QTest::newRow("2000 nested list items, indented one level per line")
        << list.trimmed() << QByteArray("<li>") << steps;
}

void TestSaveFailuresUnusualInput::deepNesting()
{
    QFETCH(QByteArray, nested);
    QFETCH(QByteArray, htmlTag);
    QFETCH(int, depth);
    const QByteArray bytes = nestedDocument(nested);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/deep.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 2);
    QCOMPARE(document->toBytes(), bytes);
    const QString answer = document->entry(document->entryRef(1)).answer();
    QCOMPARE(answer.trimmed(), QString::fromUtf8(nested).trimmed());
    QCOMPARE(document->entry(document->entryRef(1)).status(), EntryStatus::Answered);
    QCOMPARE(document->entry(document->entryRef(2)).answer(), QStringLiteral("Still parsed."));

    // cmark copes: every level is rendered.
    const QString html = MarkdownRenderer::toHtml(answer);
    QCOMPARE(int(html.count(QString::fromLatin1(htmlTag))), depth);
    QVERIFY(html.contains(QLatin1String("the bottom")) || html.contains(QLatin1String("level ")));

    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith(path.toUtf8() + ": 2 entries"));
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    for (const char *format : {"ctx", "markdown", "jsonl"}) {
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QString::fromLatin1(format)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Still parsed."));
    }

    // Editing the entry after it touches nothing of the nesting.
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("2"),
               QStringLiteral("--answer"), QStringLiteral("Changed after the deep one.")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray edited = readFile(path);
    QCOMPARE(edited, withAnswer(bytes, 2, QStringLiteral("Changed after the deep one.")));
    QVERIFY(edited.startsWith(bytes.left(bytes.indexOf("---"))));
}

void TestSaveFailuresUnusualInput::tenMegabyteLine()
{
    const qsizetype size = 10 * 1024 * 1024;
    const QByteArray big = oneLine(size, "the quick brown fox jumps over the lazy dog, ");
    const QByteArray bytes = "# Long\n\n## Section\n\n**Question:** How long can one line be?\n\n**Answer:** " + big
        + "\n\n---\n\n**Question:** And after it?\n\n**Answer:** Fine.\n";
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/long.md");
    QVERIFY(writeFile(path, bytes));

    // Parse and classify.
    LoadError error;
    auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 2);
    QCOMPARE(document->toBytes(), bytes);
    const EntryRef ref = document->entryRef(1);
    QCOMPARE(document->entry(ref).answerUtf8(), big);
    QCOMPARE(document->entry(ref).status(), EntryStatus::Answered);
    QCOMPARE(Linter::count(*document).answered, 2);

    // Set another 10 MB answer and save through the session.
    const QString other = QString::fromUtf8(oneLine(size, "pack my box with five dozen liquor jugs, "));
    QaModel model;
    DocumentSession session(&model);
    QVERIFY2(session.open(path, &error), qPrintable(error.message));
    model.setAnswer(ref, other);
    QCOMPARE(model.document().entry(ref).status(), EntryStatus::Answered);
    QString saveError;
    QVERIFY2(session.save(&saveError), qPrintable(saveError));
    QVERIFY(!session.isModified());
    const QByteArray saved = readFile(path);
    QCOMPARE(saved, model.document().toBytes());
    QVERIFY(saved.endsWith("\n\n---\n\n**Question:** And after it?\n\n**Answer:** Fine.\n"));
    auto reparsed = QaDocument::fromBytes(saved, path);
    QVERIFY(reparsed);
    QCOMPARE(reparsed->entry(ref).answer(), other);
    QCOMPARE(reparsed->toBytes(), saved);
    QCOMPARE(BackupStore::backupsOf(path).size(), 1);
    QCOMPARE(readFile(BackupStore::backupsOf(path).first()), bytes);

    // The command line: check, export, and set from a 10 MB answer file.
    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0, r.err.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out == saved);
    const QString answerFile = work(QStringLiteral("answer.txt"));
    QVERIFY(writeFile(answerFile, big));
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer-file"), answerFile});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(readFile(path) == withAnswer(saved, 1, QString::fromUtf8(big)));
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("long.md")});
}

QTEST_GUILESS_MAIN(TestSaveFailuresUnusualInput)
#include "tst_savefailures_unusualinput.moc"
