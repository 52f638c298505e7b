#pragma once

#include "app/base/coalescingjob.h"
#include "app/export/exportoptions.h"
#include "app/session/filechangewatcher.h"
#include "app/document/qadocument.h"
#include "app/session/recoverystore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QaModel;

// The document as a file: where it lives, whether it has unsaved changes,
// loading, saving, exporting, crash recovery and changes made by others.
//
// A save is reported as done only after the bytes are on disk; a failed save
// leaves the document modified. Unsaved changes reach a recovery file (plain
// markdown, see RecoveryStore) at most ~1 s after an edit, written in a worker
// thread; a clean save or an explicit discard removes it.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int autosaveDelayMs = 1000;

    explicit DocumentSession(QaModel *model, QObject *parent = nullptr);
    ~DocumentSession() override;

    QaModel *model() const { return m_model; }
    QString filePath() const { return m_path; }    // empty for a new document
    QString displayName() const;                    // file name or "Untitled"
    bool isModified() const;

    bool open(const QString &path, LoadError *error);
    // Takes a document loaded elsewhere (DocumentLoader) from `path`.
    void adopt(QaDocument document, const QString &path);
    void newDocument();
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // Writes the export of the current text; atomic.
    bool exportTo(const QString &path, const ExportOptions &options, QString *error) const;

    // Changes from outside: take the disk's version, or keep ours (it will
    // overwrite the disk's on the next save).
    bool reloadFrom(const QByteArray &bytes, LoadError *error);
    void keepMine(const QByteArray &diskBytes);
    // Crash recovery.
    bool restoreRecovered(const RecoveryStore::Entry &entry, LoadError *error);
    void discardChanges(); // the user chose to throw unsaved work away
    QString recoveryFile() const;
    void writeRecoveryNow(); // synchronously; for restore and tests

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void saved(const QString &path);
    void changedOnDisk(const QByteArray &bytes);
    void removedFromDisk();
    // The file can no longer be read, so changes to it are not noticed.
    void unreadableOnDisk(const QString &reason);
    void recoveryWritten(const QString &recoveryFile);
    // The recovery copy could not be written: unsaved work is unprotected.
    void recoveryFailed(const QString &reason);

private:
    void startSession(const QString &path, const QByteArray &diskBytes);
    void scheduleAutosave();
    void autosave();
    void autosaveFinished(const QString &failure, bool requestedAgain);

    QaModel *m_model;
    QString m_path;
    std::unique_ptr<RecoveryStore> m_recovery;
    FileChangeWatcher m_watcher;
    QTimer m_autosaveTimer;
    CoalescingJob<QString> m_autosaveJob; // empty result: written
};
