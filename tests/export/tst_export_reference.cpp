// The one-pass byte writer against the plain formulation
// (referenceexporter.h), on the sample and on tricky documents, edited and
// not; question keys, chunked exports and the streaming size counter.

#include "tests/export/exportsamples.h"
#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/export/exportoptions.h"
#include "app/export/exportsize.h"
#include "app/export/exportsizecounter.h"
#include "tests/export/referenceexporter.h"
#include "app/document/qadocument.h"
#include "app/document/questionkey.h"

#include <QtTest>

using namespace ExportSamples;
using namespace TestSupport;

namespace {

// Everything the one-pass byte writer has to get right: control characters
// (all of them), U+FFFE/U+FFFF, `]]>` made by dropping a control character,
// Unicode white space and non-ASCII letters at the ends of texts (where the
// writer falls back to QString::trimmed), CRLF and lone CR, indented numbered
// questions, quotes and backslashes, duplicate and non-ASCII questions.
QByteArray trickyDocument()
{
    QByteArray controls;
    for (char c = 1; c < 0x20; ++c) {
        if (c != '\n' && c != '\r')
            controls.append(c);
    }
    controls.append('\x7f');
    return QByteArray(
               "# T\"it<le> & ]]>\n\n> Sum \"mary\" <x> & y\t\n\nIntro.\n\n"
               "## Sec ]]> \"q\" <a>\tb\n\n"
               "**Question:** \xc2\xa0 What is ]]> and <b> & \"c\" \\ back\x01slash?\xe3\x80\x80\n\n"
               "**Answer:**\xe2\x80\x83 Controls ")
        + controls
        + QByteArray(" ]]]>, ]]\x01> and \xef\xbf\xbe\xef\xbf\xbf end. Lone\rCR and tab\there.\xc2\xa0\n\n"
                     "---\n\n"
                     "**Question:** Unicode \xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80 with trailing \xc3\xa9   \n\n"
                     "**Answer:**\n\n  \n- item one ]]\n\n```\ncode ]]> <x> \\\"\n```\n\xe2\x80\xa8\n\n"
                     "---\n\n"
                     "**Question:** what IS   ]]> and <b> & \"c\" \\ back\x01slash?\n\n"
                     "**Answer:** Same question, other case: its id gets a suffix.\r\n\r\n"
                     "## Numbered\n\n"
                     "1. First numbered\n   question continues\n\t  indented \r\n"
                     "2. Second \"q\" \\ end\n"
                     "3. \xc2\x85Next-line start\n\n"
                     "## Prose ]]> \"x\"\n\nSome prose <b>text</b> & ]]> here.\r\nLine two.\n");
}

// Edits every other entry, so the edited-text paths are compared too.
void editSome(QaDocument &doc)
{
    int n = 0;
    for (const EntryRef &ref : doc.allEntries()) {
        if (n++ % 2)
            continue;
        doc.setAnswer(ref, QStringLiteral("\u00a0 Edited ]]> <x> & \"q\" \\ \u0001 \u00e9\n\nsecond line\u3000"));
        if (n % 4 == 1)
            doc.setQuestion(ref, QStringLiteral("  Edited question %1 \u00e9 ]]>?\t").arg(n));
    }
}

QList<ExportOptions> allOptions()
{
    QList<ExportOptions> list;
    for (auto format : {Ctx, Markdown, Jsonl}) {
        for (int flags = 0; flags < 4; ++flags)
            list.append(options(format, flags & 1, flags & 2));
        ExportOptions filtered = options(format, true, true);
        filtered.entryFilter = [](const QaEntry &entry) { return entry.line() % 3 != 0; };
        list.append(filtered);
    }
    return list;
}

} // namespace

class TestExportReference : public QObject
{
    Q_OBJECT

private slots:
    void matchesPlainFormulation_data();
    void matchesPlainFormulation();
    void questionKeyIsSimplifiedLowerCase_data() { matchesPlainFormulation_data(); }
    void questionKeyIsSimplifiedLowerCase();
    void chunksJoinToTheWholeExport();
    void sizeCounterMatchesExportSize();
};

void TestExportReference::matchesPlainFormulation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("edited");
    QList<QPair<QString, QByteArray>> documents;
    documents.append({QStringLiteral("sample"), sampleBytes()});
    documents.append({QStringLiteral("tricky"), trickyDocument()});
    documents.append({QStringLiteral("tricky-crlf"), QByteArray(trickyDocument()).replace("\n", "\r\n")});
    documents.append({QStringLiteral("small"), smallDocument});
    const QDir corpus(QStringLiteral(QUIRE_CORPUS_DIR));
    for (const QString &name : corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        documents.append({name, readFile(corpus.filePath(name))});
    const QDir regressions(QFileInfo(samplePath()).dir().filePath(QStringLiteral("../tests/fuzz/regressions")));
    for (const QString &name : regressions.entryList(QDir::Files, QDir::Name))
        documents.append({name, readFile(regressions.filePath(name))});
    QVERIFY(documents.size() > 20);
    for (const auto &[name, bytes] : documents) {
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QTest::newRow(qPrintable(name)) << bytes << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" edited"))) << bytes << true;
    }
}

void TestExportReference::matchesPlainFormulation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, edited);
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("doc"));
    QVERIFY(doc);
    if (edited)
        editSome(*doc);
    for (const ExportOptions &o : allOptions()) {
        const QByteArray expected = ReferenceExporter::exportBytes(*doc, o);
        const QByteArray actual = ContextExporter::exportBytes(*doc, o);
        if (actual != expected) {
            qsizetype at = 0;
            while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("format %1 prose %2 unanswered %3 filter %4: differs at byte %5:\n"
                                            "actual:   %6\nexpected: %7")
                                 .arg(ExportOptions::formatName(o.format))
                                 .arg(o.includeProse).arg(o.includeUnanswered).arg(bool(o.entryFilter)).arg(at)
                                 .arg(QString::fromUtf8(actual.mid(qMax(0, int(at) - 40), 100).toPercentEncoding(" <>\"&")),
                                      QString::fromUtf8(expected.mid(qMax(0, int(at) - 40), 100).toPercentEncoding(" <>\"&")))));
        }
    }
}

// The ids' and the reviews' question key, computed on bytes, is
// question().simplified().toLower().
void TestExportReference::questionKeyIsSimplifiedLowerCase()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, edited);
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("doc"));
    QVERIFY(doc);
    if (edited)
        editSome(*doc);
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &entry = doc->entry(ref);
        QCOMPARE(QuestionKey::of(entry), entry.question().simplified().toLower().toUtf8());
    }
}

// Chunks come in whole entries of about 1 MiB and join to exportBytes().
void TestExportReference::chunksJoinToTheWholeExport()
{
    QByteArray bytes = "# Big\n\n## One\n\n";
    for (int i = 0; i < 6000; ++i) {
        bytes += "**Question:** Question number " + QByteArray::number(i) + " ]]?\n\n**Answer:** >"
            + QByteArray(300, 'x') + " \xc3\xa9 ]]\n\n---\n\n";
    }
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("big"));
    QVERIFY(doc);
    for (auto format : {Ctx, Markdown, Jsonl, Source}) {
        const QByteArray whole = ContextExporter::exportBytes(*doc, options(format, true, true));
        QByteArray joined;
        int chunks = 0;
        ContextExporter::exportInChunks(*doc, options(format, true, true), [&](QByteArrayView chunk) {
            QVERIFY(format == Source || chunk.size() < 2 * 1024 * 1024);
            joined += chunk;
            ++chunks;
        });
        QCOMPARE(joined, whole);
        QVERIFY2(format == Source || chunks > 1, qPrintable(QString::number(chunks)));
    }
}

// The streaming counter gives ExportSize::of's figures, however the bytes
// are cut (here: also in the middle of multi-byte characters).
void TestExportReference::sizeCounterMatchesExportSize()
{
    QString text = QString::fromUtf8(trickyDocument()) + QStringLiteral(" h\u00e9llo\u00a0w\u00f6rld \U0001F600x\u2003y\u3000");
    for (int i = 0; i < 50; ++i) // long ASCII runs (counted 16 bytes at a time), words across blocks
        text += QStringLiteral("word%1  \t\x0b\x0c\r\nanother-longer-word-crossing-blocks x y z ").arg(i);
    const QByteArray utf8 = text.toUtf8();
    const ExportSize expected = ExportSize::of(text);
    for (int step : {1, 2, 3, 5, 7, 16, 17, 33, 100, 4096}) {
        ExportSizeCounter counter;
        for (qsizetype at = 0; at < utf8.size(); at += step)
            counter.add(QByteArrayView(utf8.constData() + at, qMin<qsizetype>(step, utf8.size() - at)));
        QCOMPARE(counter.size().characters, expected.characters);
        QCOMPARE(counter.size().words, expected.words);
        QCOMPARE(counter.size().tokens, expected.tokens);
    }
}

QTEST_GUILESS_MAIN(TestExportReference)
#include "tst_export_reference.moc"
