// Reading a large file into fresh memory while another core faults its
// pages in (PagePopulator): what is written stays, whoever gets to a page
// first, and a read that stops half-way waits for the helper.

#include "app/base/pagepopulator.h"
#include "app/document/documentfilereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

class TestPagePopulator : public QObject
{
    Q_OBJECT

private:
    static QByteArray pattern(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char('a' + (i * 7 + i / 4096) % 26);
        return bytes;
    }

private slots:
    void whatIsWrittenStays()
    {
        const qsizetype size = 3 * PagePopulator::minimumBytes + 123;
        const QByteArray expected = pattern(size);
        QByteArray buffer(size, Qt::Uninitialized);
        // Half written before the helper starts (its pages are in), half while it runs.
        std::memcpy(buffer.data(), expected.constData(), size_t(size / 2));
        {
            const PagePopulator populator(buffer.data(), buffer.size());
            for (qsizetype at = size / 2; at < size; at += 4096)
                std::memcpy(buffer.data() + at, expected.constData() + at, size_t(qMin<qsizetype>(4096, size - at)));
        }
        QVERIFY(buffer == expected);
    }

    void smallBuffersAreLeftAlone()
    {
        QByteArray buffer(4096, 'x');
        { const PagePopulator populator(buffer.data(), buffer.size()); }
        QCOMPARE(buffer, QByteArray(4096, 'x'));
    }

    void aLargeDocumentReadsByteForByte()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.md"));
        const QByteArray expected = pattern(5 * PagePopulator::minimumBytes / 2 + 17);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(expected), expected.size());
        file.close();
        QByteArray bytes;
        QString error;
        QCOMPARE(DocumentFileReader::read(path, &bytes, &error), DocumentFileReader::Outcome::Read);
        QVERIFY(error.isEmpty());
        QVERIFY(bytes == expected);
        // Canceled after the first chunk: the helper is waited for, nothing is returned.
        QByteArray canceled;
        int calls = 0;
        QCOMPARE(DocumentFileReader::read(path, &canceled, &error, [&](qint64, qint64) { return ++calls < 1; }),
                 DocumentFileReader::Outcome::Canceled);
        QCOMPARE(calls, 1);
        QVERIFY(canceled.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPagePopulator)
#include "tst_pagepopulator.moc"
