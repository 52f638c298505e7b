// The `heading` dialect on the real files of ../shared/corpus, counted by
// hand: expected, found, answered, within 5%, and a byte-identical save.

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

#include <cstdlib>

using namespace ParserDescriptions;

class TestParserHeadingsCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusCounts_data();
    void corpusCounts();
};

// ../shared/corpus, counted by hand (the heading lines listed with grep,
// then read).
void TestParserHeadingsCorpus::corpusCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("found");
    QTest::addColumn<int>("answered");
    // `# Electron FAQ`, then 10 `## ` questions, 4 of them statements
    // ("My app's tray disappeared after a few minutes."): all 10 are
    // questions as its FAQ part, each with its answer.
    QTest::newRow("electron") << QStringLiteral("b_electron-faq.md") << 10 << 10 << 10;
    // YAML front matter, `# FAQ (Frequently Asked Questions)`, 28 `## `
    // questions (one, "My macOS `.app`s don’t find Homebrew utilities",
    // without `?`), each answered.
    QTest::newRow("homebrew") << QStringLiteral("b_homebrew-faq.md") << 28 << 28 << 28;
    // CRLF, no final line ending: 27 `## …?` questions under
    // `# Frequently Asked Questions about …`, each answered (one answer is
    // a numbered list right under its heading).
    // `## FAQ`, a bulleted table of contents of 27 links (prose), then 27
    // raw HTML headings over three lines, `<h3 name="config">`, the
    // question, `</h3>`, every one ending in `?` and answered.
    QTest::newRow("ripgrep") << QStringLiteral("b_ripgrep-faq-html-h3.md") << 27 << 27 << 27;
    QTest::newRow("wsl") << QStringLiteral("e_wsl-faq-crlf.md") << 27 << 27 << 27;
    // 48 `## Question N. …` (17a and 17b are two), `### 48. …?` and 71
    // quiz items `### N. What would be the output…?` under topic headings:
    // 120. Found: 120 = 119 of them (the quiz item "### 1.
    // console.log(employeeId);" has no `?` and is prose) and the promotion
    // "## Want to buy a book in paper form? Want some badass flashcards?",
    // a question by its words. "### 6. Suggest your question!" is no
    // question. All answered.
    QTest::newRow("123-essential") << QStringLiteral("d_123-essential-js-questions.md") << 120 << 120 << 120;
    // 155 `###### N. …` quiz items, each with code, options and its
    // `<details><summary>Answer</summary>` (with a `#### Answer: X` inside)
    // as the answer. 152 are questions by their words (most "What's the
    // output?", one ending in "`index.js?`"); 3 are statements to judge
    // ("###### 14. All object have prototypes.", 26, "###### 39. Everything
    // in JavaScript is either a...") and stay prose, their text in the
    // answer before them.
    QTest::newRow("lydiahallie") << QStringLiteral("d_lydiahallie-javascript-questions.md") << 155 << 152 << 152;
}

void TestParserHeadingsCorpus::corpusCounts()
{
    QFETCH(QString, file);
    QFETCH(int, expected);
    QFETCH(int, found);
    QFETCH(int, answered);
    const QByteArray bytes = readFile(QStringLiteral(QUIRE_CORPUS_DIR "/") + file);
    const QaDocument doc = loaded(bytes);
    int withAnswer = 0, headings = 0;
    for (const EntryRef &ref : doc.allEntries()) {
        withAnswer += doc.entry(ref).status() == EntryStatus::Answered ? 1 : 0;
        headings += doc.entry(ref).dialect() == QaLabel::Dialect::Heading ? 1 : 0;
    }
    qInfo("%s: expected %d, found %d, answered %d", qPrintable(file), expected, doc.entryCount(), withAnswer);
    QCOMPARE(doc.entryCount(), found);
    QCOMPARE(headings, found);
    QCOMPARE(withAnswer, answered);
    QVERIFY(std::abs(found - expected) * 20 <= expected); // within 5%
    QCOMPARE(doc.toBytes(), bytes);
}

QTEST_GUILESS_MAIN(TestParserHeadingsCorpus)
#include "tst_parser_headings_corpus.moc"
