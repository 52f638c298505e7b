#pragma once

#include "app/base/coalescingjob.h"
#include "app/export/exportoptions.h"
#include "app/session/filechangewatcher.h"
#include "app/document/qadocument.h"
#include "app/document/questionkeys.h"
#include "app/session/recoverystore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

class QaModel;

// The document as a file: where it lives, whether it has unsaved changes,
// loading, saving, exporting, crash recovery and changes made by others.
//
// A save is reported as done only after the bytes are on disk; a failed save
// leaves the document modified. The window saves with startSave(): the text
// is serialised, backed up, written, synced and renamed (and exported, if
// asked) in a worker thread from a snapshot, so the window stays responsive;
// edits made meanwhile keep the document modified. Reloads after a change on
// disk are parsed in a worker too, before changedOnDisk() is emitted, in the
// dialect the open document is read as (View → Read As…, startReadAs()).
// Unsaved changes reach a recovery file (plain markdown, see RecoveryStore)
// at most ~1 s after an edit, written in a worker thread; a clean save or an
// explicit discard removes it.
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
    // Takes a document loaded elsewhere (DocumentLoader) from `path`, with
    // its question keys when the loader worked them out.
    void adopt(QaDocument document, const QString &path, std::shared_ptr<const QuestionKeys> keys = {});
    void newDocument();
    // What a save writes after the document: the export on save.
    struct ExportAfterSave
    {
        QString path;
        ExportOptions options;
    };
    struct SaveOutcome
    {
        QString path;  // absolute
        QString error; // empty: the document is on disk
        QString exportPath; // empty: no export followed
        QString exportError;
        bool ok() const { return error.isEmpty(); }
    };
    // Saves in a worker thread; saveFinished() says how it went. `path`
    // empty: the document's file as it is when the write starts. A save
    // asked for while one runs waits for it and then writes what is current
    // by then (requests made meanwhile coalesce): never two writes at once.
    void startSave(const QString &path = QString(), const std::optional<ExportAfterSave> &exportAfter = {});
    bool isSaving() const { return m_saving; } // a save runs or waits to run
    // Blocks until no save runs or waits (each one's saveFinished() emitted).
    void waitForSaves();
    // Synchronous saves, for tests and callers without an event loop.
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // Writes the export of the current text; atomic.
    bool exportTo(const QString &path, const ExportOptions &options, QString *error) const;

    // Changes from outside: take the disk's version, or keep ours (it will
    // overwrite the disk's on the next save).
    bool reloadFrom(const QByteArray &bytes, LoadError *error);
    void keepMine(const QByteArray &diskBytes);
    // View → Read As…: reads the document again with `options` (a forced
    // dialect, or none), in a worker. From the current text, or, when
    // `fromDisk` (the user discarded unsaved changes), from the file.
    // Unsaved changes read from the text stay unsaved. An edit made while it
    // runs wins: nothing is replaced and readAsFinished() says so.
    void startReadAs(const DocumentParser::Options &options, bool fromDisk);
    bool isReadingAs() const { return m_readAs.isRunning(); }
    // Crash recovery.
    bool restoreRecovered(const RecoveryStore::Entry &entry, LoadError *error);
    void discardChanges(); // the user chose to throw unsaved work away
    QString recoveryFile() const;
    void writeRecoveryNow(); // synchronously; for restore and tests

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void saved(const QString &path);
    void savingChanged(bool saving);
    void saveFinished(const DocumentSession::SaveOutcome &outcome);
    void changedOnDisk(const QByteArray &bytes);
    void removedFromDisk();
    // The file can no longer be read, so changes to it are not noticed.
    void unreadableOnDisk(const QString &reason);
    void recoveryWritten(const QString &recoveryFile);
    // The recovery copy could not be written: unsaved work is unprotected.
    void recoveryFailed(const QString &reason);
    // After startReadAs(): `error` empty when the document was read again.
    void readAsFinished(const QString &error);

private:
    void startSession(const QString &path, const QByteArray &diskBytes);
    void scheduleAutosave();
    void autosave();
    void autosaveFinished(const QString &failure, bool requestedAgain);
    struct SaveRequest
    {
        QString path;
        std::optional<ExportAfterSave> exportAfter;
    };
    struct Written
    {
        SaveOutcome outcome;
        QByteArray hash; // FileChangeWatcher::hashOf() of the bytes written
    };
    void runSave(const SaveRequest &request);
    void saveJobFinished(const Written &written);
    void markSaved(const Written &written);
    struct DiskVersion
    {
        quint64 generation = 0; // m_sessionGeneration when the parse started
        QByteArray bytes;
        QByteArray hash;
        std::optional<QaDocument> document;
        std::shared_ptr<const QuestionKeys> keys; // of `document`, keyed in the worker too
        LoadError error;
    };
    void parseDiskVersion(const QByteArray &bytes, const QByteArray &hash);
    void diskVersionParsed(const DiskVersion &version, bool requestedAgain);
    struct ReadAgain
    {
        quint64 generation = 0; // m_sessionGeneration when it started
        quint64 edits = 0;      // m_edits when it started
        bool fromDisk = false;
        bool wasModified = false;
        DiskVersion version;
    };
    void readAgainFinished(ReadAgain result);

    QaModel *m_model;
    QString m_path;
    std::unique_ptr<RecoveryStore> m_recovery;
    FileChangeWatcher m_watcher;
    QTimer m_autosaveTimer;
    CoalescingJob<QString> m_autosaveJob; // empty result: written
    CoalescingJob<Written> m_saveJob;
    bool m_saving = false;
    std::optional<SaveRequest> m_queuedSave;
    quint64 m_edits = 0;          // undo steps done, undone or replaced so far
    quint64 m_editsAtSave = 0;    // ... when the running save took its snapshot
    SaveOutcome m_lastSave;
    CoalescingJob<DiskVersion> m_diskParse;
    QByteArray m_latestDiskBytes; // the newest change on disk, parsed next
    QByteArray m_latestDiskHash;
    bool m_diskChangePending = false; // m_latestDiskBytes wait for the running parse
    quint64 m_sessionGeneration = 0;  // files opened so far
    std::optional<DiskVersion> m_diskVersion; // the parsed change last announced
    CoalescingJob<std::shared_ptr<ReadAgain>> m_readAs;
};
