#pragma once

// The fixture of the review suites (tst_review_*): a small document of four
// questions, a private folder for documents and their sidecars, and Qt's test
// locations, so that no suite touches the real recovery or settings folders.
// Each suite is a subclass adding its test functions. FollowedDocument: a
// document opened as the window opens one, with its reviews.

#include "app/document/qadocument.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "app/session/recoverystore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A document opened in a session, with a ReviewStore following it.
struct FollowedDocument
{
    QaModel model;
    DocumentSession session{&model};
    ReviewStore store;

    // Opens `path`, has the store follow the session and waits until the
    // sidecar (read in a worker) is there.
    [[nodiscard]] bool open(const QString &path)
    {
        LoadError error;
        if (!session.open(path, &error))
            return false;
        store.follow(&session);
        return waitForReviews(store);
    }
    [[nodiscard]] static bool waitForReviews(const ReviewStore &store)
    {
        return QTest::qWaitFor([&] { return store.availability() != ReviewStore::Availability::Loading; }, 20000);
    }
};

class ReviewFixture : public QObject
{
    Q_OBJECT

protected:
    inline static const QByteArray smallDocument =
        "# Notes\n\n"
        "## Work\n\n"
        "**Question:** What did you build at Acme?\n\n"
        "**Answer:** A search engine for invoices.\n\n"
        "---\n\n"
        "**Question:** Which languages do you write most?\n\n"
        "**Answer:** C++ and Python.\n\n"
        "---\n\n"
        "**Question:** How do you test GUI code?\n\n"
        "**Answer:** With real processes under Xvfb.\n\n"
        "## Life\n\n"
        "**Question:** Where do you live?\n\n"
        "**Answer:** In Lisbon.\n";

    static EntryRef findEntry(const QaDocument &document, const QString &questionStart)
    {
        for (const EntryRef &ref : document.allEntries()) {
            if (document.entry(ref).question().startsWith(questionStart))
                return ref;
        }
        return {};
    }

    // A followed document's sidecar loads in a worker: its reviews are there
    // once the event loop has delivered the result.
    [[nodiscard]] static bool waitForReviews(const ReviewStore &store) { return FollowedDocument::waitForReviews(store); }

    static QStringList recordLines(const QByteArray &sidecar)
    {
        QStringList lines;
        for (const QByteArray &line : sidecar.split('\n')) {
            if (line.trimmed().startsWith("{\"question\""))
                lines << QString::fromUtf8(line.trimmed());
        }
        return lines;
    }

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(ReviewFile::sidecarPath(path));
        TestSupport::writeFile(path, bytes);
        return path;
    }
    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryStore::folder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }
};
