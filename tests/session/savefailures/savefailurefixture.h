#pragma once

// The fixture of the save-failure suites (tst_savefailures_*): data safety
// with real failures, no mocks. Every failed write must: report failure with
// a reason naming the file, leave the old file byte-identical, leave no
// temporary file behind, and (in the GUI session) keep the document modified.
//
// How the failures are made real:
//  - full: a 64 KiB tmpfs mounted for the test, filled by the document or by
//    another file, so write(2) fails with ENOSPC;
//  - read-only: a tmpfs remounted read-only, so open(2) fails with EROFS;
//  - vanished: the document's folder is removed before saving;
//  - unwritable folder: root ignores permission bits, so the real quire binary
//    runs as `nobody` (setpriv) on a 0666 file in a root-owned 0755 folder: it
//    may write the file but not create the temporary file beside it.
// Mounting and setpriv need root; those cases are skipped (QSKIP) otherwise.
//
// Each part is a subclass adding its test functions; this class gives them a
// work folder per test function, a private HOME for this process and for the
// quire processes it starts, the mounts (undone after each function) and the
// checks of a failed write.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <sys/types.h>

class SaveFailureFixture : public QObject
{
    Q_OBJECT

protected:
    struct Result
    {
        int code = -1; // -2: crashed, -3: did not finish
        QByteArray out;
        QByteArray err;
    };

    static Result runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env);
    static bool isRoot();
    static QString reasonFor(int error);
    static QStringList entriesOf(const QString &dir);
    static QStringList filesBelow(const QString &dir);
    static QList<QByteArray> quireErrorLines(const QByteArray &err);
    static mode_t modeOf(const QString &path);
    static QByteArray withAnswer(const QByteArray &bytes, int number, const QString &answer);

    QString work(const QString &name) const { return m_work->filePath(name); }
    QString makeDir(const QString &name, mode_t mode = 0755);
    QString copyOfSample(const QString &dir, const QString &name = QStringLiteral("doc.md"));
    QProcessEnvironment childEnvironment() const;
    Result quire(const QStringList &arguments) const;
    Result quireAsNobody(const QStringList &arguments) const;
    bool mount(const QStringList &arguments, QByteArray *why);
    bool mountTmpfs(const QString &dir, const QString &options, QByteArray *why);
    void verifyFailedSave(const QString &error, const QString &named, const QString &reason, const QString &path,
                          const QByteArray &before, const QStringList &entriesBefore);
    void verifyCliFailure(const Result &r, const QString &path, const QString &reason = {});

    QTemporaryDir m_processHome;          // HOME of this process (QStandardPaths test mode below it)
    std::unique_ptr<QTemporaryDir> m_work; // per test function, under /tmp, 0755
    QString m_childHome;                   // HOME and XDG_*_HOME of child processes (0777)
    QStringList m_mounts;
    QByteArray m_sample;
    QString m_nobodyBinary;                // a copy of quire that `nobody` may run

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
