// `quire check`, usage errors, --help and --version, run as a real process on
// real files: exit codes, messages and check --json.

#include "tests/cli/clifixture.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace TestSupport;

class TestCliCheck : public CliFixture
{
    Q_OBJECT

private slots:
    void checkSampleNeedsAttention();
    void checkFullyAnswered();
    void checkJsonNamesDialects();
    void checkReadAs();
    void readAsUnknownDialect();
    void checkEmptyFile();
    void checkFileErrors_data();
    void checkFileErrors();
    void usageErrors_data();
    void usageErrors();
    void checkJson();
    void checkJsonOfALargeDocumentIsWhole();
    void helpAndVersion();
};

void TestCliCheck::checkSampleNeedsAttention()
{
    const QString path = samplePath();
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QByteArray());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(), path.toUtf8() + ": 45 entries in 4 sections · 28 answered · 1 empty · 2 placeholder · 14 unanswered");
    // The default export, counted as js-tiktoken counts it (tests/tokens).
    QCOMPARE(lines.value(1), QByteArray("Export (ctx): 5,717 tokens (o200k_base)"));
    const Result cl100k = quire({QStringLiteral("check"), path, QStringLiteral("--encoding"), QStringLiteral("cl100k_base")});
    QCOMPARE(cl100k.code, 1);
    QCOMPARE(cl100k.out.split('\n').value(1), QByteArray("Export (ctx): 5,757 tokens (cl100k_base)"));
    int attention = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("  line "))
            ++attention;
    }
    QCOMPARE(attention, 17);
    QVERIFY(r.out.contains("  line    68  #11    empty"));
    QVERIFY(r.out.contains("  line    44  #7     placeholder"));
    QVERIFY(r.out.contains("  line   265  #45    unanswered"));
    QVERIFY(r.out.contains("#12 (line 74) ~ #26 (line 187)"));
    QCOMPARE(readFile(path), m_sample); // check never writes
}

void TestCliCheck::checkFullyAnswered()
{
    const QString path = m_dir.filePath(QStringLiteral("answered.md"));
    QVERIFY(writeFile(path, "## Only\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n**Question:** Two?\n\n**Answer:** Also yes.\n"));
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, path.toUtf8() + ": 2 entries in 1 sections · 2 answered · 0 empty · 0 placeholder · 0 unanswered\n"
                        "Export (ctx): 46 tokens (o200k_base)\n");
    QCOMPARE(r.err, QByteArray());

    const Result json = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QVERIFY(QJsonDocument::fromJson(json.out).isObject());
}

// Each entry names its dialect; the document counts entries per dialect.
void TestCliCheck::checkJsonNamesDialects()
{
    const QString path = m_dir.filePath(QStringLiteral("dialects.md"));
    QVERIFY(writeFile(path, "## S\n\n**Question:** One?\n\n**Answer:** Yes.\n\nQ: Two?\n\nA: Also.\n\n"
                            "**Q.** Three?\n\n**A.** Too.\n\n---\n\n4. Four?\n\n**Five?**\n\nYes.\n\n### Six?\n\nSo.\n"));
    const Result r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject dialects = root.value(QLatin1String("dialects")).toObject();
    QCOMPARE(dialects.value(QLatin1String("question-label")).toInt(-1), 1);
    QCOMPARE(dialects.value(QLatin1String("plain-label")).toInt(-1), 1);
    QCOMPARE(dialects.value(QLatin1String("short-label")).toInt(-1), 1);
    QCOMPARE(dialects.value(QLatin1String("numbered")).toInt(-1), 1);
    QCOMPARE(dialects.value(QLatin1String("bold-question")).toInt(-1), 1);
    QCOMPARE(dialects.value(QLatin1String("heading")).toInt(-1), 1);
    QStringList perEntry;
    for (const QJsonValue &e : root.value(QLatin1String("entries")).toArray())
        perEntry << e.toObject().value(QLatin1String("dialect")).toString();
    QCOMPARE(perEntry, (QStringList{QStringLiteral("question-label"), QStringLiteral("plain-label"),
                                    QStringLiteral("short-label"), QStringLiteral("numbered"),
                                    QStringLiteral("bold-question"), QStringLiteral("heading")}));
}

void TestCliCheck::checkReadAs()
{
    // The same mixed file read as one dialect only: the other labels are prose.
    const QString path = m_dir.filePath(QStringLiteral("dialects.md"));
    QVERIFY(writeFile(path, "## S\n\n**Question:** One?\n\n**Answer:** Yes.\n\nQ: Two?\n\nA: Also.\n\n"
                            "**Q.** Three?\n\n**A.** Too.\n\n---\n\n4. Four?\n\n**Five?**\n\nYes.\n\n### Six?\n\nSo.\n"));
    auto dialectsReadAs = [&](const QString &dialect) {
        const Result r = quire({QStringLiteral("check"), path, QStringLiteral("--json"), QStringLiteral("--read-as"), dialect});
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("dialects")).toObject().toVariantMap();
    };
    auto counts = [](std::initializer_list<std::pair<const char *, int>> pairs) {
        QVariantMap map;
        for (const auto &[name, count] : pairs)
            map.insert(QString::fromLatin1(name), count);
        return map;
    };
    const QVariantMap zero = counts({{"question-label", 0}, {"short-label", 0}, {"plain-label", 0}, {"numbered", 0},
                                       {"bold-question", 0}, {"details", 0}, {"admonition", 0}, {"heading", 0}});
    auto with = [&](const char *name, int count) {
        QVariantMap map = zero;
        map.insert(QString::fromLatin1(name), count);
        return map;
    };
    QCOMPARE(dialectsReadAs(QStringLiteral("short-label")), with("short-label", 1));
    QCOMPARE(dialectsReadAs(QStringLiteral("plain-label")), with("plain-label", 1));
    QCOMPARE(dialectsReadAs(QStringLiteral("question-label")), with("question-label", 1));
    // Numbered also reads Quire's own labels (an answered numbered question is written with them).
    QVariantMap numbered = with("numbered", 1);
    numbered.insert(QStringLiteral("question-label"), 1);
    QCOMPARE(dialectsReadAs(QStringLiteral("numbered")), numbered);
    // So does bold-question (an edited bold question that is no longer one is written with them).
    QVariantMap bold = with("bold-question", 1);
    bold.insert(QStringLiteral("question-label"), 1);
    QCOMPARE(dialectsReadAs(QStringLiteral("bold-question")), bold);
    // And heading (a heading edited to text that is no question is written with them).
    QVariantMap heading = with("heading", 1);
    heading.insert(QStringLiteral("question-label"), 1);
    QCOMPARE(dialectsReadAs(QStringLiteral("heading")), heading);
    // The sample, read as it is written: 31 labelled entries and 14 numbered questions.
    const Result sample = quire({QStringLiteral("check"), samplePath(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(sample.out).object().value(QLatin1String("dialects")).toObject().toVariantMap(),
             counts({{"question-label", 31}, {"short-label", 0}, {"plain-label", 0}, {"numbered", 14},
                     {"bold-question", 0}, {"details", 0}, {"admonition", 0}, {"heading", 0}}));
}

void TestCliCheck::readAsUnknownDialect()
{
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        const Result r = quire({command, samplePath(), QStringLiteral("--read-as"), QStringLiteral("q-and-a")});
        QCOMPARE(r.code, 64);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(isOneLine(r.err), r.err.constData());
        // Names the wrong value and the right ones.
        QVERIFY2(r.err.contains("q-and-a") && r.err.contains("short-label") && r.err.contains("numbered"), r.err.constData());
    }
    const Result noValue = quire({QStringLiteral("check"), samplePath(), QStringLiteral("--read-as")});
    QCOMPARE(noValue.code, 64);
}

void TestCliCheck::checkEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.md"));
    QVERIFY(writeFile(path, QByteArray()));
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(path.toUtf8() + ": 0 entries in 0 sections"));
}

void TestCliCheck::checkFileErrors_data()
{
    QTest::addColumn<QString>("name");      // empty: a file that does not exist
    QTest::addColumn<QByteArray>("bytes");  // written unless name is a directory
    QTest::addColumn<bool>("directory");
    QTest::addColumn<qsizetype>("offset"); // -1: no offset in the message

    QTest::newRow("missing file") << QString() << QByteArray() << false << qsizetype(-1);
    QTest::newRow("directory") << QStringLiteral("a-folder.md") << QByteArray() << true << qsizetype(-1);
    QTest::newRow("invalid UTF-8") << QStringLiteral("latin1.md")
                                   << QByteArray("## S\n\n**Question:** Caf\xe9?\n") << false << qsizetype(23);
    QTest::newRow("truncated UTF-8 at the end") << QStringLiteral("cut.md")
                                                << QByteArray("## S\n\xE2\x82") << false << qsizetype(5);
    QTest::newRow("surrogate") << QStringLiteral("surrogate.md")
                               << QByteArray("ok \xED\xA0\x80 no") << false << qsizetype(3);
    QTest::newRow("NUL byte") << QStringLiteral("binary.md")
                              << QByteArray("## S\n\nab", 8) + QByteArray(1, '\0') + "cd\n" << false << qsizetype(8);
}

void TestCliCheck::checkFileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, directory);
    QFETCH(qsizetype, offset);
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("does-not-exist.md") : name);
    if (directory)
        QVERIFY(QDir().mkpath(path));
    else if (!name.isEmpty())
        QVERIFY(writeFile(path, bytes));

    for (const QStringList &args : {QStringList{QStringLiteral("check"), path},
                                    QStringList{QStringLiteral("check"), path, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("export"), path}}) {
        const Result r = quire(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(isOneLine(r.err), r.err.constData());
        QVERIFY2(r.err.startsWith("quire: " + path.toUtf8() + ": "), r.err.constData());
        if (offset >= 0)
            QVERIFY2(r.err.contains("byte offset " + QByteArray::number(offset)), r.err.constData());
    }
    if (!name.isEmpty() && !directory)
        QCOMPARE(readFile(path), bytes);
}

void TestCliCheck::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString sample = samplePath();
    QTest::newRow("unknown option without a command") << QStringList{QStringLiteral("--bogus")};
    // Not a command: the window's arguments, which it would not understand
    // (checked before any window starts, display or not).
    QTest::newRow("unknown command, file and option")
        << QStringList{QStringLiteral("frobnicate"), sample, QStringLiteral("--bogus")};
    QTest::newRow("two files for the window") << QStringList{sample, sample};
    QTest::newRow("unknown option after a file") << QStringList{sample, QStringLiteral("--bogus")};
    QTest::newRow("check, unknown option") << QStringList{QStringLiteral("check"), sample, QStringLiteral("--bogus")};
    QTest::newRow("check, no file") << QStringList{QStringLiteral("check")};
    QTest::newRow("check, two files") << QStringList{QStringLiteral("check"), sample, sample};
    QTest::newRow("export, unknown option") << QStringList{QStringLiteral("export"), sample, QStringLiteral("--everything")};
    QTest::newRow("export, unknown format") << QStringList{QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("check, unknown encoding") << QStringList{QStringLiteral("check"), sample, QStringLiteral("--encoding"), QStringLiteral("p50k_base")};
    QTest::newRow("check, encoding without value") << QStringList{QStringLiteral("check"), sample, QStringLiteral("--encoding")};
    QTest::newRow("export, unknown encoding") << QStringList{QStringLiteral("export"), sample, QStringLiteral("--encoding=gpt2")};
    QTest::newRow("export, -o without value") << QStringList{QStringLiteral("export"), sample, QStringLiteral("-o")};
    QTest::newRow("set, unknown option") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--force")};
    QTest::newRow("set, nothing to set") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1")};
    QTest::newRow("set, answer and answer file") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1"),
                                                               QStringLiteral("--answer"), QStringLiteral("x"), QStringLiteral("--answer-file"), sample};
}

void TestCliCheck::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = quire(arguments);
    QCOMPARE(r.code, 64);
    if (arguments.first() == QLatin1String("frobnicate"))
        QVERIFY2(r.err.startsWith("quire: unknown command frobnicate"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err) && r.err.startsWith("quire: "), r.err.constData());
    QCOMPARE(readFile(samplePath()), m_sample);
}

void TestCliCheck::checkJsonOfALargeDocumentIsWhole()
{
    // Over a megabyte of JSON is written in pieces as it is built: all of
    // it arrives, in order, as one valid document.
    QByteArray markdown = "# Big\n\n## Only\n\n";
    const int entries = 6000;
    for (int i = 1; i <= entries; ++i)
        markdown += "**Question:** Question number " + QByteArray::number(i) + " about \"quoting\"?\n\n**Answer:** Answer "
            + QByteArray::number(i) + ".\n\n---\n\n";
    const QString path = m_dir.filePath(QStringLiteral("large.md"));
    QVERIFY(writeFile(path, markdown));
    const Result r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.size() > (1 << 20));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));
    const QJsonArray list = json.object().value(QLatin1String("entries")).toArray();
    QCOMPARE(list.size(), entries);
    for (int i = 0; i < entries; ++i) {
        const QJsonObject e = list[i].toObject();
        QCOMPARE(e.value(QLatin1String("number")).toInt(), i + 1);
        QCOMPARE(e.value(QLatin1String("question")).toString(),
                 QStringLiteral("Question number %1 about \"quoting\"?").arg(i + 1));
    }
    QCOMPARE(json.object().value(QLatin1String("review_counts")).toObject().value(QLatin1String("unreviewed")).toInt(), entries);
}

void TestCliCheck::checkJson()
{
    const QString path = samplePath();
    const Result r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = json.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("counts"), QStringLiteral("dialects"), QStringLiteral("entries"), QStringLiteral("file"),
                                       QStringLiteral("orphaned_reviews"), QStringLiteral("review_counts"),
                                       QStringLiteral("sections"), QStringLiteral("similar")}));
    QCOMPARE(root.value(QLatin1String("file")).toString(), path);

    const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("entries")).toInt(-1), 45);
    QCOMPARE(counts.value(QLatin1String("answered")).toInt(-1), 28);
    QCOMPARE(counts.value(QLatin1String("empty")).toInt(-1), 1);
    QCOMPARE(counts.value(QLatin1String("placeholder")).toInt(-1), 2);
    QCOMPARE(counts.value(QLatin1String("unanswered")).toInt(-1), 14);

    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    QCOMPARE(sections.size(), 4);
    const QStringList titles{QStringLiteral("Background"), QStringLiteral("User:  First Interaction (Hasn't read `themes.md`)"),
                             QStringLiteral("User: Has Read `themes.md`"), QStringLiteral("User: Asking Out-of-Scope Questions")};
    const QList<int> sectionLines{1, 5, 42, 253};
    const QList<int> sectionEntries{0, 6, 28, 11};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject s = sections[i].toObject();
        QCOMPARE(s.value(QLatin1String("title")).toString(), titles[i]);
        QCOMPARE(s.value(QLatin1String("line")).toInt(-1), sectionLines[i]);
        QCOMPARE(s.value(QLatin1String("entries")).toInt(-1), sectionEntries[i]);
    }

    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 45);
    QMap<int, QString> special{{44, QStringLiteral("placeholder")}, {50, QStringLiteral("placeholder")}, {68, QStringLiteral("empty")}};
    for (int line : {249, 250, 251})
        special[line] = QStringLiteral("unanswered");
    for (int line = 255; line <= 265; ++line)
        special[line] = QStringLiteral("unanswered");
    QMap<int, int> numberAtLine;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        QCOMPARE(e.keys(), (QStringList{QStringLiteral("dialect"), QStringLiteral("line"), QStringLiteral("number"), QStringLiteral("question"),
                                        QStringLiteral("review"), QStringLiteral("section"), QStringLiteral("status")}));
        // No sidecar beside the sample: nothing reviewed (tst_review covers reviews).
        QCOMPARE(e.value(QLatin1String("review")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("unreviewed"));
        QCOMPARE(e.value(QLatin1String("number")).toInt(-1), i + 1);
        const int line = e.value(QLatin1String("line")).toInt(-1);
        numberAtLine[line] = i + 1;
        QCOMPARE(e.value(QLatin1String("status")).toString(), special.value(line, QStringLiteral("answered")));
        const int section = i < 6 ? 1 : i < 34 ? 2 : 3;
        QCOMPARE(e.value(QLatin1String("section")).toString(), titles[section]);
        QVERIFY(!e.value(QLatin1String("question")).toString().isEmpty());
    }
    QCOMPARE(entries[0].toObject().value(QLatin1String("question")).toString(),
             QStringLiteral("Who is Vishal Bakshi? Give me a two-sentence summary."));
    QCOMPARE(entries[44].toObject().value(QLatin1String("question")).toString(),
             QStringLiteral("List the names of the companies Vishal has worked at."));
    QCOMPARE(numberAtLine.value(68), 11);
    QCOMPARE(numberAtLine.value(250), 33);

    const QJsonArray similar = root.value(QLatin1String("similar")).toArray();
    QVERIFY(!similar.isEmpty());
    double previous = 2.0;
    for (const QJsonValue &v : similar) {
        const QJsonObject pair = v.toObject();
        QCOMPARE(pair.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("score")}));
        const int a = pair.value(QLatin1String("a")).toInt(-1);
        const int b = pair.value(QLatin1String("b")).toInt(-1);
        const double score = pair.value(QLatin1String("score")).toDouble(-1);
        QVERIFY(a >= 1 && a < b && b <= 45);
        QVERIFY(score > 0 && score <= 1);
        QVERIFY2(score <= previous, "similar pairs are not sorted by score");
        previous = score;
    }
    const QJsonObject top = similar[0].toObject();
    QCOMPARE(top.value(QLatin1String("a")).toInt(), numberAtLine.value(74));
    QCOMPARE(top.value(QLatin1String("b")).toInt(), numberAtLine.value(187));
    QCOMPARE(top.value(QLatin1String("a")).toInt(), 12);
    QCOMPARE(top.value(QLatin1String("b")).toInt(), 26);
    if (similar.size() > 1)
        QVERIFY(similar[1].toObject().value(QLatin1String("score")).toDouble() < top.value(QLatin1String("score")).toDouble());
}


void TestCliCheck::helpAndVersion()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const Result r = quire({flag});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage:\n"));
        QVERIFY(r.out.contains("quire check FILE [--json]"));
        QVERIFY(r.out.contains("--read-as DIALECT"));
        QVERIFY(r.out.contains("question-label, short-label, plain-label, numbered"));
        QVERIFY(r.out.contains("quire export FILE"));
        QVERIFY(r.out.contains("quire set FILE --entry N"));
        QCOMPARE(r.err, QByteArray());
    }
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Result r = quire({flag});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("quire " QUIRE_VERSION "\n"));
    }
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
