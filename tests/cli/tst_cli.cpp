// The quire command line, run as a real process on real files: exit codes,
// messages, check --json, export to stdout and files, set in place and -o.

#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/document/qadocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Backups and settings of the child go to a private folder, never to $HOME.
QString privateDataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

Result quire(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), privateDataHome() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), privateDataHome() + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUIRE_BINARY), arguments);
    Result r;
    if (!process.waitForStarted(-1)) {
        r.err = "could not start " QUIRE_BINARY ": " + process.errorString().toUtf8();
        return r;
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

QByteArray exported(const QString &path, ExportOptions::Format format, bool prose = false, bool unanswered = false)
{
    const auto doc = QaDocument::fromFile(path);
    if (!doc)
        return {};
    ExportOptions options;
    options.format = format;
    options.includeProse = prose;
    options.includeUnanswered = unanswered;
    return ContextExporter::exportBytes(*doc, options);
}

// One line, ending with a newline.
bool isOneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void checkSampleNeedsAttention();
    void checkFullyAnswered();
    void checkEmptyFile();
    void checkFileErrors_data();
    void checkFileErrors();
    void usageErrors_data();
    void usageErrors();
    void checkJson();

    void exportToStdoutAndFile_data();
    void exportToStdoutAndFile();
    void exportIncludeOptions();
    void exportWriteFailure();

    void setInPlace();
    void setNumberedEntry();
    void setWithOutput();
    void setAnswerFile();
    void setQuestionAndAnswer();
    void setCrlf();
    void setBadEntry_data();
    void setBadEntry();
    void setRefusesInvalidInput();
    void setAnswerFileErrors();
    void setWriteFailureKeepsInput();
    void setThroughSymlinkKeepsTheLink();

    void helpAndVersion();

private:
    QString copyOfSample(const QString &name = QStringLiteral("portfolio-qa.md"));
    QTemporaryDir m_dir;
    QByteArray m_sample;
    int m_counter = 0;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(QUIRE_BINARY)).isExecutable(), QUIRE_BINARY);
    m_sample = sampleBytes();
    QVERIFY(!m_sample.isEmpty());
}

void TestCli::init()
{
    ++m_counter;
}

// A fresh writable copy in its own folder, so tests never touch data/.
QString TestCli::copyOfSample(const QString &name)
{
    const QString dir = m_dir.filePath(QString::number(m_counter));
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    if (!writeFile(path, m_sample))
        return {};
    return path;
}

void TestCli::checkSampleNeedsAttention()
{
    const QString path = samplePath();
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QByteArray());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(), path.toUtf8() + ": 45 entries in 4 sections · 28 answered · 1 empty · 2 placeholder · 14 unanswered");
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

void TestCli::checkFullyAnswered()
{
    const QString path = m_dir.filePath(QStringLiteral("answered.md"));
    QVERIFY(writeFile(path, "## Only\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n**Question:** Two?\n\n**Answer:** Also yes.\n"));
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, path.toUtf8() + ": 2 entries in 1 sections · 2 answered · 0 empty · 0 placeholder · 0 unanswered\n");
    QCOMPARE(r.err, QByteArray());

    const Result json = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QVERIFY(QJsonDocument::fromJson(json.out).isObject());
}

void TestCli::checkEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.md"));
    QVERIFY(writeFile(path, QByteArray()));
    const Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(path.toUtf8() + ": 0 entries in 0 sections"));
}

void TestCli::checkFileErrors_data()
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

void TestCli::checkFileErrors()
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

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString sample = samplePath();
    QTest::newRow("unknown option without a command") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("check, unknown option") << QStringList{QStringLiteral("check"), sample, QStringLiteral("--bogus")};
    QTest::newRow("check, no file") << QStringList{QStringLiteral("check")};
    QTest::newRow("check, two files") << QStringList{QStringLiteral("check"), sample, sample};
    QTest::newRow("export, unknown option") << QStringList{QStringLiteral("export"), sample, QStringLiteral("--everything")};
    QTest::newRow("export, unknown format") << QStringList{QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("export, -o without value") << QStringList{QStringLiteral("export"), sample, QStringLiteral("-o")};
    QTest::newRow("set, unknown option") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--force")};
    QTest::newRow("set, nothing to set") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1")};
    QTest::newRow("set, answer and answer file") << QStringList{QStringLiteral("set"), sample, QStringLiteral("--entry"), QStringLiteral("1"),
                                                               QStringLiteral("--answer"), QStringLiteral("x"), QStringLiteral("--answer-file"), sample};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = quire(arguments);
    QCOMPARE(r.code, 64);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err) && r.err.startsWith("quire: "), r.err.constData());
    QCOMPARE(readFile(samplePath()), m_sample);
}

void TestCli::checkJson()
{
    const QString path = samplePath();
    const Result r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = json.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("counts"), QStringLiteral("entries"), QStringLiteral("file"),
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
        QCOMPARE(e.keys(), (QStringList{QStringLiteral("line"), QStringLiteral("number"), QStringLiteral("question"),
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

void TestCli::exportToStdoutAndFile_data()
{
    QTest::addColumn<QString>("format"); // empty: the default
    QTest::addColumn<int>("formatValue");
    QTest::newRow("default (ctx)") << QString() << int(ExportOptions::Format::Ctx);
    QTest::newRow("ctx") << QStringLiteral("ctx") << int(ExportOptions::Format::Ctx);
    QTest::newRow("markdown") << QStringLiteral("markdown") << int(ExportOptions::Format::Markdown);
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << int(ExportOptions::Format::Jsonl);
    QTest::newRow("source") << QStringLiteral("source") << int(ExportOptions::Format::Source);
}

void TestCli::exportToStdoutAndFile()
{
    QFETCH(QString, format);
    QFETCH(int, formatValue);
    const QString path = copyOfSample();
    QStringList args{QStringLiteral("export"), path};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;

    const Result toStdout = quire(args);
    QCOMPARE(toStdout.code, 0);
    QCOMPARE(toStdout.err, QByteArray());
    const QByteArray expected = exported(path, ExportOptions::Format(formatValue));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toStdout.out, expected);
    if (format == QLatin1String("source"))
        QCOMPARE(toStdout.out, m_sample);
    if (format.isEmpty())
        QVERIFY(toStdout.out.startsWith("<project title=\"portfolio-qa\">\n"));
    if (format == QLatin1String("jsonl"))
        QCOMPARE(toStdout.out.count('\n'), qsizetype(28));

    const QString out = QFileInfo(path).dir().filePath(QStringLiteral("out.txt"));
    const Result toFile = quire(args + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(toFile.code, 0);
    QCOMPARE(toFile.out, QByteArray());
    QCOMPARE(toFile.err, QByteArray());
    QCOMPARE(readFile(out), toStdout.out);

    // An existing file is replaced, with the long option spelling too.
    QVERIFY(writeFile(out, "old contents that are longer than nothing\n"));
    const Result again = quire(args + QStringList{QStringLiteral("--output=") + out});
    QCOMPARE(again.code, 0);
    QCOMPARE(readFile(out), toStdout.out);
    QCOMPARE(readFile(path), m_sample); // the document is never written by export
    QCOMPARE(QDir(QFileInfo(path).dir()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary files left
}

void TestCli::exportIncludeOptions()
{
    const QString path = samplePath();
    const Result prose = quire({QStringLiteral("export"), path, QStringLiteral("--include-prose")});
    QCOMPARE(prose.code, 0);
    QCOMPARE(prose.out, exported(path, ExportOptions::Format::Ctx, true, false));
    QVERIFY(prose.out.contains("<doc title=\"Background\" desc=\"notes\">\nThis file contains"));

    const Result open = quire({QStringLiteral("export"), path, QStringLiteral("--include-unanswered")});
    QCOMPARE(open.code, 0);
    QCOMPARE(open.out, exported(path, ExportOptions::Format::Ctx, false, true));
    QVERIFY(open.out.contains("**Question:** Who is the current CEO of Microsoft?\n"));
    QVERIFY(!open.out.contains("Background"));

    const Result both = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("markdown"),
                               QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered")});
    QCOMPARE(both.code, 0);
    QCOMPARE(both.out, exported(path, ExportOptions::Format::Markdown, true, true));
    QVERIFY(both.out.contains("## Background\n"));
    QVERIFY(both.out.contains("**Question:** Where did Vishal go to school?\n"));

    const Result jsonl = quire({QStringLiteral("export"), path, QStringLiteral("--format=jsonl"), QStringLiteral("--include-unanswered")});
    QCOMPARE(jsonl.code, 0);
    QCOMPARE(jsonl.out.count('\n'), qsizetype(45));
}

void TestCli::exportWriteFailure()
{
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/llms_ctx.txt"));
    const Result r = quire({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLine(r.err) && r.err.contains(out.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::setInPlace()
{
    const QString path = copyOfSample();
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Haiku over-split compound sentences.")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, path.toUtf8() + ": entry 11 is now answered\n");
    const QByteArray written = readFile(path);
    QCOMPARE(written, replaceLines(m_sample, 70, 70, "**Answer:** Haiku over-split compound sentences.\n"));
    QVERIFY(changedOnlyWithin(m_sample, written, lineStart(m_sample, 70), lineStart(m_sample, 71)));

    const Result check = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    const QJsonObject counts = QJsonDocument::fromJson(check.out).object().value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("answered")).toInt(), 29);
    QCOMPARE(counts.value(QLatin1String("empty")).toInt(), 0);
    QCOMPARE(QDir(QFileInfo(path).dir()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary files left
}

void TestCli::setNumberedEntry()
{
    const QString path = copyOfSample();
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("33"),
                            QStringLiteral("--answer"), QStringLiteral("Invest in reliability.")});
    QCOMPARE(r.code, 0);
    const QByteArray question = lineText(m_sample, 250).mid(4);
    QCOMPARE(readFile(path), m_sample.left(lineStart(m_sample, 250)) + "\n---\n\n**Question:** " + question
                                 + "\n\n**Answer:** Invest in reliability.\n\n---\n\n" + m_sample.mid(lineStart(m_sample, 251)));

    const Result check = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(root.value(QLatin1String("counts")).toObject().value(QLatin1String("entries")).toInt(), 45);
    QCOMPARE(root.value(QLatin1String("counts")).toObject().value(QLatin1String("unanswered")).toInt(), 13);
    const QJsonObject entry33 = root.value(QLatin1String("entries")).toArray().at(32).toObject();
    QCOMPARE(entry33.value(QLatin1String("status")).toString(), QStringLiteral("answered"));
    QCOMPARE(entry33.value(QLatin1String("question")).toString(), QString::fromUtf8(question));
}

void TestCli::setWithOutput()
{
    const QString path = copyOfSample();
    const QString out = QFileInfo(path).dir().filePath(QStringLiteral("edited.md"));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Short."), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, out.toUtf8() + ": entry 11 is now answered\n");
    QCOMPARE(readFile(path), m_sample);
    QCOMPARE(readFile(out), replaceLines(m_sample, 70, 70, "**Answer:** Short.\n"));
}

void TestCli::setAnswerFile()
{
    const QString path = copyOfSample();
    const QString answer = QFileInfo(path).dir().filePath(QStringLiteral("answer.md"));
    QVERIFY(writeFile(answer, "Line one.\n\n- a point\n- another\n\nLine two with “quotes” é.\n"));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer-file"), answer});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), replaceLines(m_sample, 70, 70,
                                          "**Answer:** Line one.\n\n- a point\n- another\n\nLine two with “quotes” é.\n"));
}

void TestCli::setQuestionAndAnswer()
{
    const QString path = copyOfSample();
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("2"),
                            QStringLiteral("--question"), QStringLiteral("What drives him?")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), replaceLines(m_sample, 13, 13, "**Question:** What drives him?\n"));
    const Result both = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("2"),
                               QStringLiteral("--question"), QStringLiteral("Q?"), QStringLiteral("--answer=A.")});
    QCOMPARE(both.code, 0);
    QCOMPARE(readFile(path), replaceLines(m_sample, 13, 15, "**Question:** Q?\n\n**Answer:** A.\n"));
}

void TestCli::setCrlf()
{
    const QString path = m_dir.filePath(QStringLiteral("crlf.md"));
    const QByteArray crlf = toCrlf(m_sample);
    QVERIFY(writeFile(path, crlf));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("One.\n\nTwo.")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), toCrlf(replaceLines(m_sample, 70, 70, "**Answer:** One.\n\nTwo.\n")));
}

void TestCli::setBadEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("namesFile"); // a number out of range is reported with the file
    QTest::newRow("zero") << QStringLiteral("0") << true;
    QTest::newRow("past the end") << QStringLiteral("46") << true;
    QTest::newRow("negative") << QStringLiteral("-3") << true;
    QTest::newRow("not a number") << QStringLiteral("eleven") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCli::setBadEntry()
{
    QFETCH(QString, entry);
    QFETCH(bool, namesFile);
    const QString path = copyOfSample();
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry=") + entry,
                            QStringLiteral("--answer"), QStringLiteral("x")});
    QVERIFY2(r.code == 64 || r.code == 2, qPrintable(QString::number(r.code)));
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err), r.err.constData());
    if (namesFile) {
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("45"), r.err.constData());
    }
    QCOMPARE(readFile(path), m_sample);
}

void TestCli::setRefusesInvalidInput()
{
    const QString path = m_dir.filePath(QStringLiteral("bad-set.md"));
    const QByteArray bytes = m_sample.left(100) + "\xC3\x28" + m_sample.mid(100);
    QVERIFY(writeFile(path, bytes));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
                            QStringLiteral("--answer"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("byte offset 100"), r.err.constData());
    QCOMPARE(readFile(path), bytes); // never rewritten
}

void TestCli::setAnswerFileErrors()
{
    const QString path = copyOfSample();
    const QString missing = m_dir.filePath(QStringLiteral("missing-answer.md"));
    Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                      QStringLiteral("--answer-file"), missing});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLine(r.err) && r.err.contains(missing.toUtf8()), r.err.constData());
    QCOMPARE(readFile(path), m_sample);

    const QString bad = m_dir.filePath(QStringLiteral("bad-answer.md"));
    QVERIFY(writeFile(bad, QByteArray("abc\xFF")));
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
               QStringLiteral("--answer-file"), bad});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad.toUtf8()) && r.err.contains("byte offset 3"), r.err.constData());
    QCOMPARE(readFile(path), m_sample);
}

void TestCli::setWriteFailureKeepsInput()
{
    const QString path = copyOfSample();
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/edited.md"));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("x"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err) && r.err.contains(out.toUtf8()), r.err.constData());
    QCOMPARE(readFile(path), m_sample);
    QVERIFY(!QFileInfo::exists(out));
}

// Saving in place through a symbolic link replaces the file it points to and
// keeps the link.
void TestCli::setThroughSymlinkKeepsTheLink()
{
    const QString real = copyOfSample(QStringLiteral("real.md"));
    const QString link = QFileInfo(real).dir().filePath(QStringLiteral("link.md"));
    QVERIFY(QFile::link(real, link));
    const Result r = quire({QStringLiteral("set"), link, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Through the link.")});
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), replaceLines(m_sample, 70, 70, "**Answer:** Through the link.\n"));
}

void TestCli::helpAndVersion()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const Result r = quire({flag});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage:\n"));
        QVERIFY(r.out.contains("quire check FILE [--json]"));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
