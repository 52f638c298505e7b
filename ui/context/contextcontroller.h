#pragma once

#include "app/base/coalescingjob.h"
#include "app/context/contextprojectjob.h"

#include <QObject>

class ContextPanel;
class DocumentSession;
class MessageBar;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class ReviewStore;

// The document's context project in the window: finds it (or lets the user
// choose one, remembered per document), keeps the Context dock and the
// status bar's project label current, fetches when asked, and writes
// llms_ctx.txt / llms_ctx-full.txt after each save when the user chose so.
// Finding, fetching, counting and writing run in a worker, one at a time.
class ContextController : public QObject
{
    Q_OBJECT
public:
    ContextController(QMainWindow *window, DocumentSession *session, ReviewStore *reviews, MessageBar *messages);

    // File → Context Project… and Tools → Context Panel.
    QAction *chooseProjectAction() const { return m_chooseAction; }
    QAction *panelAction() const;
    ContextPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QLabel *projectLabel() const { return m_projectLabel; }
    QString llmsTxt() const { return m_llmsTxt; }
    // Asks for an llms.txt (File → Context Project…).
    void chooseProject();
    bool setChosenProject(const QString &llmsTxt);
    // Look again (after the document or the project changed on disk).
    void refresh(bool fetch = false, bool write = false);
    // Tools → Token Encoding: the counts are made again with this encoding.
    TokenEncoding encoding() const { return m_encoding; }
    void setEncoding(TokenEncoding encoding);
    // For tests: until no look runs or waits.
    void waitForIdle();

signals:
    // A Q&A document of the project was double-clicked: the window opens it
    // as File → Open would (asking about unsaved changes first).
    void openDocumentRequested(const QString &path);

private:
    struct Look
    {
        QString llmsTxt; // empty: no project
        ContextProjectJob::Outcome outcome;
    };
    void documentChanged();
    void startLook();
    void lookFinished(const Look &look, bool requestedAgain);
    void openDocument(ContextDoc::Kind kind, const QString &path, const QString &url);
    void updateProjectLabel(const QString &title);

    QMainWindow *m_window;
    DocumentSession *m_session;
    MessageBar *m_messages;
    ContextPanel *m_panel;
    QDockWidget *m_dock;
    QLabel *m_projectLabel;
    QAction *m_chooseAction = nullptr;
    QString m_llmsTxt;
    TokenEncoding m_encoding;
    bool m_fetchPending = false;
    bool m_writePending = false;
    bool m_lookPending = false;
    bool m_lookRunning = false; // started, its result not shown yet
    CoalescingJob<Look> m_job;
};
