// A save streams the document to disk in pieces (DocumentWriter's Sink,
// DocumentSaver's produce overload) so that a 65 MB document is never held
// a second time: the pieces must be exactly the bytes toBytes() gives, the
// old file must still be backed up when (and only when) it differs, and the
// hash that tells Quire's own save from another program's must not depend
// on how the bytes were cut.

#include "app/base/contenthash.h"
#include "app/document/documentwriter.h"
#include "app/document/qadocument.h"
#include "app/session/backupstore.h"
#include "app/session/documentsaver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray collect(const QaDocument &document, qsizetype pieceSize, int *pieces, qsizetype *largest)
{
    QByteArray all;
    *pieces = 0;
    *largest = 0;
    document.writeTo([&](const QByteArray &piece) {
        all += piece;
        ++*pieces;
        *largest = std::max(*largest, piece.size());
        return true;
    }, pieceSize);
    return all;
}

// About 3 MB with a byte order mark, CRLF line endings, code fences (one
// left open at the end), numbered questions and bold-label entries.
QByteArray largeDocument()
{
    QByteArray text("\xEF\xBB\xBF# Large\r\n\r\nIntro.\r\n");
    for (int s = 0; s < 60; ++s) {
        text += "\r\n## Section " + QByteArray::number(s) + "\r\n\r\n";
        for (int e = 0; e < 400; ++e) {
            text += "**Question:** What is item " + QByteArray::number(s * 1000 + e) + "?\r\n\r\n";
            text += "**Answer:** It is described here";
            if (e % 7 == 0)
                text += ":\r\n\r\n```\r\ncode " + QByteArray::number(e) + "\r\n```\r\n";
            else
                text += ", with some words to make it longer than a line of a few words.\r\n";
            text += "\r\n---\r\n\r\n";
        }
        text += "1. An unanswered numbered question?\r\n2. Another one?\r\n";
    }
    text += "\r\nProse at the end.\r\n\r\n```\r\nstill code at the end of the file\r\n";
    return text;
}

} // namespace

class TestStreamedSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theHashDoesNotDependOnHowTheBytesAreCut()
    {
        QByteArray bytes(3 * (1 << 20) + 12345, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char &c : bytes)
            c = char(random.bounded(256));
        const QByteArray whole = ContentHash::of(bytes);
        for (qsizetype cut : {qsizetype(1) << 20, (qsizetype(1) << 20) + 1, qsizetype(4093), qsizetype(777777)}) {
            ContentHash pieces;
            for (qsizetype at = 0; at < bytes.size(); at += cut)
                pieces.addData(bytes.constData() + at, std::min(cut, bytes.size() - at));
            QCOMPARE(pieces.result(), whole);
        }
        QByteArray changed = bytes;
        changed[2 * (1 << 20) + 5] = char(changed[2 * (1 << 20) + 5] ^ 1);
        QVERIFY(ContentHash::of(changed) != whole);
        QVERIFY(ContentHash::of(bytes.left(bytes.size() - 1)) != whole);
    }

    void aLargeDocumentIsWrittenInPiecesThatAreItsBytes()
    {
        std::optional<QaDocument> document = QaDocument::fromBytes(largeDocument(), QStringLiteral("large.md"));
        QVERIFY(document);
        // Edits, so that generated text (which must close an open fence)
        // meets hand-overs, and a new entry at the end after the open fence.
        const std::vector<EntryRef> refs = document->allEntries();
        QVERIFY(refs.size() > 24000);
        for (size_t i = 0; i < refs.size(); i += 301)
            document->setAnswer(refs[i], QStringLiteral("Edited answer %1\nwith two lines.").arg(qulonglong(i)));
        const int last = document->sectionCount() - 1;
        document->addEntry(last, document->section(last).entryCount(), QStringLiteral("A new question?"),
                           QStringLiteral("A new answer."));
        const QByteArray expected = document->toBytes();
        int pieces = 0;
        qsizetype largest = 0;
        QCOMPARE(collect(*document, DocumentWriter::DefaultPieceSize, &pieces, &largest), expected);
        QVERIFY2(pieces >= 3, qPrintable(QString::number(pieces)));
        QVERIFY2(largest < DocumentWriter::DefaultPieceSize + DocumentWriter::DefaultPieceSize / 4, qPrintable(QString::number(largest)));
        for (qsizetype small : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(64), qsizetype(4097)})
            QCOMPARE(collect(*document, small, &pieces, &largest), expected);
        // Read again, the streamed bytes give the same entries.
        const std::optional<QaDocument> again = QaDocument::fromBytes(expected, QStringLiteral("large.md"));
        QVERIFY(again);
        QCOMPARE(again->allEntries().size(), refs.size() + 1);
    }

    void aStreamedSaveBacksUpOnlyAFileThatDiffers()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.md"));
        QDir(BackupStore::folderFor(path)).removeRecursively();
        const QByteArray old = largeDocument();
        TestSupport::writeFile(path, old);
        std::optional<QaDocument> document = QaDocument::fromBytes(old, path);
        QVERIFY(document);
        const auto produce = [&document](const AtomicFileWriter::Sink &sink) { document->writeTo(sink); };

        QString error;
        QByteArray hash;
        QVERIFY2(DocumentSaver::save(path, produce, &error, &hash), qPrintable(error));
        QCOMPARE(BackupStore::backupsOf(path).size(), 0); // the file held these bytes already
        QCOMPARE(hash, ContentHash::of(old));

        document->setAnswer(document->allEntries().back(), QStringLiteral("Changed."));
        QVERIFY2(DocumentSaver::save(path, produce, &error, &hash), qPrintable(error));
        const QByteArray now = TestSupport::readFile(path);
        QCOMPARE(now, document->toBytes());
        QCOMPARE(hash, ContentHash::of(now));
        const QStringList backups = BackupStore::backupsOf(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(TestSupport::readFile(backups.first()), old);

        // A file shorter or longer than the new bytes but equal as far as it
        // goes is not "the same".
        TestSupport::writeFile(path, now.left(now.size() - 1));
        QVERIFY2(DocumentSaver::save(path, produce, &error, &hash), qPrintable(error));
        QCOMPARE(BackupStore::backupsOf(path).size(), 2);
        QCOMPARE(TestSupport::readFile(BackupStore::backupsOf(path).first()), now.left(now.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TestStreamedSave)
#include "tst_streamedsave.moc"
