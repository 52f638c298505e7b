#pragma once

#include "app/document/qadocument.h"
#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/rehearsalrun.h"
#include "ui/rehearsal/rehearsalpanel.h"

#include "app/rehearsal/runsfile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiKeyStore;
class CompareTools;
class DocumentSession;
class EntryListModel;
class EntrySelection;
class MessageBar;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QaModel;
class ReviewStore;

// Rehearsals in the window: Tools → Rehearse, the Rehearsal dock and
// Model Endpoints. It takes the questions the user chose, the context the
// author would ship (RehearsalContext, the export options of the document)
// and the key (ApiKeyStore), runs app/rehearsal's RehearsalRun (which
// appends to NAME.runs.jsonl answer by answer, as `quire rehearse` does),
// writes the user's verdicts as override lines and hands a model's answer
// to the compare flow as a candidate. Nothing is sent unless the user asks.
class RehearsalController : public QObject
{
    Q_OBJECT
public:
    RehearsalController(QMainWindow *window, EntrySelection *selection, QaModel *model, DocumentSession *session,
                        ReviewStore *reviews, EntryListModel *listed, CompareTools *compare, MessageBar *messages);
    ~RehearsalController() override;

    // Tools → Rehearse (its items) and the dock's toggle.
    QMenu *menu() const { return m_menu; }
    QAction *panelAction() const;
    QAction *askAction(RehearsalPanel::Scope scope) const;
    QAction *endpointsAction() const { return m_endpointsAction; }
    RehearsalPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    // From the question to the last answer: reading the key, preparing
    // the context (in a worker), asking.
    bool isRunning() const { return m_run != nullptr || m_waitingForKey || m_preparing; }
    bool isPreparingContext() const { return m_preparing; }
    QString runsPath() const;

    // Whether an entry is a probe (the model should decline): given by the
    // code that keeps probe marks; without it no entry is one.
    void setProbeProvider(std::function<bool(EntryRef)> isProbe) { m_isProbe = std::move(isProbe); }

    void ask(RehearsalPanel::Scope scope);
    void cancel();
    void showEndpoints();
    void overrideVerdict(int question, Verdict verdict);
    void useAsCandidate(int question);
    // Reads the runs file again in a worker (history, runs, overview bars).
    void reloadHistory();
    std::shared_ptr<const RunHistory> history() const { return m_history; }

signals:
    void runFinished();
    void answerRecorded(const AnswerRecord &answer);
    void historyLoaded();

private:
    std::vector<EntryRef> entriesFor(RehearsalPanel::Scope scope, QString *why) const;
    void startRun(const QByteArray &key, const QString &keyError);
    void prepareContext();
    void contextPrepared();
    void finishRun();
    void refreshProfiles();
    void historyRead();

    QMainWindow *m_window;
    EntrySelection *m_selection;
    QaModel *m_model;
    DocumentSession *m_session;
    ReviewStore *m_reviews;
    EntryListModel *m_listed;
    CompareTools *m_compare;
    MessageBar *m_messages;
    ApiKeyStore *m_keys;
    RehearsalPanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_menu;
    QAction *m_endpointsAction;
    QList<QAction *> m_askActions;
    std::function<bool(EntryRef)> m_isProbe;
    QPointer<RehearsalRun> m_run;
    std::vector<RehearsalQuestion> m_pending; // waiting for the key
    QString m_runId;
    bool m_waitingForKey = false;
    bool m_preparing = false;
    QString m_preparedFor; // the document whose context is being prepared
    QByteArray m_key;      // until the run has it
    // What the worker prepares: the context and its token counts.
    struct PreparedRun
    {
        QString error; // the context cannot be built: nothing to send
        RehearsalRun::Setup setup;
    };
    QFutureWatcher<PreparedRun> m_contextJob;
    bool m_keyErrorShown = false;
    QFutureWatcher<RunsFile::Content> m_historyJob;
    std::shared_ptr<const RunHistory> m_history;
};
