#pragma once

#include <QObject>

class DocumentSession;
class ExportSizeEstimator;
class MessageBar;
class QStatusBar;
class QWidget;
class ReviewStore;

// The File menu's commands: open (large files in the background with
// progress and Cancel), save, save as, reload, export, and the export that
// follows a save. Failures go to the message bar, never only to a log.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    // Files from this size on load in the background with progress and Cancel.
    static constexpr qint64 largeFileBytes = 16 * 1024 * 1024;

    FileCommands(DocumentSession *session, ReviewStore *reviews, ExportSizeEstimator *exportSize,
                 MessageBar *messages, QStatusBar *statusBar, QWidget *dialogParent);

    // `quire FILE`, or the last document, or a copy of the bundled sample.
    void openStartupDocument(const QString &path);
    bool openFile(const QString &path);
    // Asks what to do with unsaved changes; false: the user canceled or the
    // save failed. Waits for a save in flight first.
    bool maybeSave();
    // Start a save in the background (Save As asks for the name first);
    // false when none was started. The outcome goes to the message bar or
    // the status bar; DocumentSession::saveFinished() tells it too.
    bool save();
    bool saveAs();
    // Until the saves in flight are done; the window repaints meanwhile,
    // but takes no input (closing, opening another file).
    void waitForSave();
    void newDocument();
    void openDialog();
    void reloadFromDisk();
    void showExportDialog();
    // After the export preferences or approvals changed: the status bar's size follows.
    void refreshExportSize();

signals:
    // A document was opened from `path`, or (empty) none at start-up: time
    // to offer recovered work.
    void opened(const QString &path);

private:
    void openLargeFile(const QString &path);
    void openSampleCopy();
    void afterOpen();
    void startSave(const QString &path);
    void saveFinished(bool ok, const QString &error, const QString &exportPath, const QString &exportError);
    void remember();

    DocumentSession *m_session;
    ReviewStore *m_reviews;
    ExportSizeEstimator *m_exportSize;
    MessageBar *m_messages;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
    bool m_sampleIfLoadFails = false; // the start-up document is loading in the background
};
