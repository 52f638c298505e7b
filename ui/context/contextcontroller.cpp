#include "ui/context/contextcontroller.h"

#include "app/context/contextpreferences.h"
#include "app/context/contextprojectfinder.h"
#include "app/export/exportsizeestimator.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "ui/common/messagebar.h"
#include "ui/context/contextpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QUrl>

ContextController::ContextController(QMainWindow *window, DocumentSession *session, ReviewStore *reviews,
                                     MessageBar *messages)
    : QObject(window), m_window(window), m_session(session), m_messages(messages),
      m_encoding(ExportSizeEstimator::savedEncoding()),
      m_job(this, [this](const Look &look, bool again) { lookFinished(look, again); })
{
    m_panel = new ContextPanel(window);
    m_panel->setBudget(ContextPreferences::budget());
    m_dock = new QDockWidget(tr("Context"), window);
    m_dock->setObjectName(QStringLiteral("contextDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_projectLabel = new QLabel(window);
    m_projectLabel->setObjectName(QStringLiteral("contextProjectLabel"));
    window->statusBar()->addPermanentWidget(m_projectLabel);

    connect(session, &DocumentSession::filePathChanged, this, &ContextController::documentChanged);
    connect(session, &DocumentSession::saved, this, [this] {
        refresh(false, ContextPreferences::load(m_session->filePath()).writeOnSave);
    });
    connect(reviews, &ReviewStore::approvalsChanged, this, [this] {
        if (ContextPreferences::load(m_session->filePath()).onlyApproved)
            refresh();
    });
    connect(m_panel, &ContextPanel::fetchRequested, this, [this] { refresh(true, false); });
    connect(m_panel, &ContextPanel::chooseProjectRequested, this, &ContextController::chooseProject);
    connect(m_panel, &ContextPanel::budgetChosen, this, [](qsizetype tokens) { ContextPreferences::setBudget(tokens); });
    connect(m_panel, &ContextPanel::writeOnSaveToggled, this, [this](bool on) {
        ContextPreferences prefs = ContextPreferences::load(m_session->filePath());
        prefs.writeOnSave = on;
        prefs.save(m_session->filePath());
    });
    connect(m_panel, &ContextPanel::onlyApprovedToggled, this, [this](bool on) {
        ContextPreferences prefs = ContextPreferences::load(m_session->filePath());
        prefs.onlyApproved = on;
        prefs.save(m_session->filePath());
        refresh();
    });
    connect(m_panel, &ContextPanel::documentActivated, this, &ContextController::openDocument);
    m_chooseAction = new QAction(tr("Context &Project…"), this);
    m_chooseAction->setObjectName(QStringLiteral("contextProjectAction"));
    m_chooseAction->setStatusTip(tr("Choose the llms.txt whose context this document is part of"));
    connect(m_chooseAction, &QAction::triggered, this, &ContextController::chooseProject);
    documentChanged();
}

QAction *ContextController::panelAction() const
{
    QAction *action = m_dock->toggleViewAction();
    action->setText(tr("Con&text Panel"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    return action;
}

void ContextController::documentChanged()
{
    const ContextPreferences prefs = ContextPreferences::load(m_session->filePath());
    m_panel->setWriteOnSave(prefs.writeOnSave);
    m_panel->setOnlyApproved(prefs.onlyApproved);
    m_llmsTxt.clear();
    updateProjectLabel(QString());
    refresh();
}

void ContextController::chooseProject()
{
    if (m_session->filePath().isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Info, tr("Save the document first: the context project is remembered per file."));
        return;
    }
    const QString start = m_llmsTxt.isEmpty() ? QFileInfo(m_session->filePath()).absolutePath() : m_llmsTxt;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Context Project"), start,
                                                      tr("llms.txt (llms.txt *.txt);;All files (*)"));
    if (!path.isEmpty())
        setChosenProject(path);
}

bool ContextController::setChosenProject(const QString &llmsTxt)
{
    if (m_session->filePath().isEmpty())
        return false;
    ContextPreferences prefs = ContextPreferences::load(m_session->filePath());
    prefs.chosenLlmsTxt = llmsTxt.isEmpty() ? QString() : QFileInfo(llmsTxt).absoluteFilePath();
    prefs.save(m_session->filePath());
    refresh();
    return true;
}

void ContextController::refresh(bool fetch, bool write)
{
    m_fetchPending = m_fetchPending || fetch;
    m_writePending = m_writePending || write;
    m_lookPending = true;
    if (m_job.deferIfRunning())
        return;
    startLook();
}

void ContextController::setEncoding(TokenEncoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    refresh();
}

void ContextController::startLook()
{
    m_lookPending = false;
    m_lookRunning = true;
    const QString document = m_session->filePath();
    const ContextPreferences prefs = ContextPreferences::load(document);
    ContextProjectJob::Request request;
    request.onlyApproved = prefs.onlyApproved;
    request.encoding = m_encoding;
    request.fetch = std::exchange(m_fetchPending, false);
    request.write = std::exchange(m_writePending, false);
    const QString chosen = prefs.chosenLlmsTxt;
    const QString home = QDir::homePath();
    if (!m_llmsTxt.isEmpty())
        m_panel->showBuilding(m_llmsTxt);
    m_job.start([document, chosen, home, request]() mutable {
        Look look;
        look.llmsTxt = !chosen.isEmpty() ? chosen : ContextProjectFinder::find(document, home);
        if (look.llmsTxt.isEmpty())
            return look;
        request.llmsTxt = look.llmsTxt;
        look.outcome = ContextProjectJob::run(request);
        return look;
    });
}

void ContextController::lookFinished(const Look &look, bool requestedAgain)
{
    m_lookRunning = false;
    m_llmsTxt = look.llmsTxt;
    if (look.llmsTxt.isEmpty()) {
        m_panel->showNoProject();
        updateProjectLabel(QString());
    } else {
        m_panel->showOutcome(look.llmsTxt, look.outcome);
        const ContextResult &context = look.outcome.context;
        updateProjectLabel(context.title.isEmpty() ? QFileInfo(look.llmsTxt).dir().dirName() : context.title);
        if (!context.fatal.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Error, tr("The context project cannot be read: %1").arg(context.fatal));
        if (!look.outcome.writeError.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Error, tr("llms_ctx.txt not written: %1").arg(look.outcome.writeError));
        else if (!look.outcome.written.isEmpty())
            m_window->statusBar()->showMessage(tr("Wrote %1").arg(look.outcome.written.join(QStringLiteral(", "))), 5000);
        if (look.outcome.fetchFailures > 0)
            m_window->statusBar()->showMessage(
                tr("%n remote document(s) could not be fetched; see the Context panel", nullptr, look.outcome.fetchFailures), 6000);
    }
    if (requestedAgain || m_lookPending)
        startLook();
}

void ContextController::waitForIdle()
{
    // Until the last look's result has been shown, not only computed.
    while (m_lookRunning || m_lookPending) {
        m_job.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void ContextController::openDocument(ContextDoc::Kind kind, const QString &path, const QString &url)
{
    if (kind == ContextDoc::Kind::Qa && !path.isEmpty()) {
        if (QFileInfo(path).canonicalFilePath() != QFileInfo(m_session->filePath()).canonicalFilePath())
            emit openDocumentRequested(path);
        return;
    }
    if (!path.isEmpty() && QFileInfo::exists(path) && kind != ContextDoc::Kind::Remote) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    const QUrl remote(url);
    if (kind == ContextDoc::Kind::Remote && (remote.scheme() == QLatin1String("https") || remote.scheme() == QLatin1String("http")))
        QDesktopServices::openUrl(remote);
}

void ContextController::updateProjectLabel(const QString &title)
{
    m_projectLabel->setText(title.isEmpty() ? QString() : tr("Context: %1").arg(title));
    m_projectLabel->setToolTip(m_llmsTxt);
}
