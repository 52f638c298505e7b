// `quire set`, run as a real process on real files: in place and with -o,
// numbered entries, answer files, CRLF, bad entries and invalid input,
// failed writes and symbolic links.

#include "tests/cli/clifixture.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace TestSupport;

class TestCliSet : public CliFixture
{
    Q_OBJECT

private slots:
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
};

void TestCliSet::setInPlace()
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

void TestCliSet::setNumberedEntry()
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

void TestCliSet::setWithOutput()
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

void TestCliSet::setAnswerFile()
{
    const QString path = copyOfSample();
    const QString answer = QFileInfo(path).dir().filePath(QStringLiteral("answer.md"));
    QVERIFY(writeFile(answer, "Line one.\n\n- a point\n- another\n\nLine two with “quotes” é.\n"));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer-file"), answer});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), replaceLines(m_sample, 70, 70,
                                          "**Answer:** Line one.\n\n- a point\n- another\n\nLine two with “quotes” é.\n"));

    // A file with CRLF line endings: its line endings are line breaks,
    // written with the document's ("\r\n" in a text would be a "\r" of text).
    const QString crlf = copyOfSample();
    QVERIFY(writeFile(answer, "Line one.\r\n\r\nLine two.\r\n"));
    QCOMPARE(quire({QStringLiteral("set"), crlf, QStringLiteral("--entry"), QStringLiteral("11"),
                    QStringLiteral("--answer-file"), answer}).code, 0);
    QCOMPARE(readFile(crlf), replaceLines(m_sample, 70, 70, "**Answer:** Line one.\n\nLine two.\n"));
}

void TestCliSet::setQuestionAndAnswer()
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

void TestCliSet::setCrlf()
{
    const QString path = m_dir.filePath(QStringLiteral("crlf.md"));
    const QByteArray crlf = toCrlf(m_sample);
    QVERIFY(writeFile(path, crlf));
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("One.\n\nTwo.")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), toCrlf(replaceLines(m_sample, 70, 70, "**Answer:** One.\n\nTwo.\n")));
}

void TestCliSet::setBadEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("namesFile"); // a number out of range is reported with the file
    QTest::newRow("zero") << QStringLiteral("0") << true;
    QTest::newRow("past the end") << QStringLiteral("46") << true;
    QTest::newRow("negative") << QStringLiteral("-3") << true;
    QTest::newRow("not a number") << QStringLiteral("eleven") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCliSet::setBadEntry()
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

void TestCliSet::setRefusesInvalidInput()
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

void TestCliSet::setAnswerFileErrors()
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

void TestCliSet::setWriteFailureKeepsInput()
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
void TestCliSet::setThroughSymlinkKeepsTheLink()
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

QTEST_GUILESS_MAIN(TestCliSet)
#include "tst_cli_set.moc"
