#include "ui/rehearsal/rehearsalcontroller.h"

#include "app/base/workerpool.h"
#include "app/context/contextpreferences.h"

#include "app/compare/answersources.h"
#include "app/compare/candidatematcher.h"
#include "app/document/questionkey.h"
#include "app/export/exportpreferences.h"
#include "app/model/entrylistmodel.h"
#include "app/model/qamodel.h"
#include "app/rehearsal/overriderecord.h"
#include "app/rehearsal/rehearsalcontext.h"
#include "app/rehearsal/rehearsalrun.h"
#include "app/rehearsal/runsfile.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "ui/common/entryselection.h"
#include "ui/common/messagebar.h"
#include "ui/compare/comparetools.h"
#include "ui/overview/overviewpanel.h"
#include "ui/rehearsal/answerview.h"
#include "ui/rehearsal/apikeystore.h"
#include "ui/rehearsal/endpointsdialog.h"
#include "ui/rehearsal/endpointstore.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QtConcurrent>

RehearsalController::RehearsalController(QMainWindow *window, EntrySelection *selection, QaModel *model,
                                         DocumentSession *session, ReviewStore *reviews, EntryListModel *listed,
                                         CompareTools *compare, MessageBar *messages)
    : QObject(window), m_window(window), m_selection(selection), m_model(model), m_session(session),
      m_reviews(reviews), m_listed(listed), m_compare(compare), m_messages(messages),
      m_keys(new ApiKeyStore(this)), m_isProbe([](EntryRef) { return false; })
{
    m_panel = new RehearsalPanel(window);
    m_dock = new QDockWidget(tr("Rehearsal"), window);
    m_dock->setObjectName(QStringLiteral("rehearsalDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_menu = new QMenu(tr("&Rehearse"), window);
    m_menu->setObjectName(QStringLiteral("rehearseMenu"));
    const QList<std::pair<RehearsalPanel::Scope, QString>> scopes = {
        {RehearsalPanel::Scope::Entry, tr("Ask About the Current &Entry")},
        {RehearsalPanel::Scope::Section, tr("Ask About the Current &Section")},
        {RehearsalPanel::Scope::Listed, tr("Ask About the &Listed Entries")},
        {RehearsalPanel::Scope::Document, tr("Ask About the &Whole Document")},
    };
    for (const auto &[scope, text] : scopes) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(QStringLiteral("rehearse%1").arg(int(scope)));
        connect(action, &QAction::triggered, this, [this, scope = scope] { ask(scope); });
        m_askActions.append(action);
    }
    m_askActions.first()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction *cancelAction = m_menu->addAction(tr("&Cancel Rehearsal"));
    cancelAction->setObjectName(QStringLiteral("rehearseCancel"));
    connect(cancelAction, &QAction::triggered, this, &RehearsalController::cancel);
    m_menu->addSeparator();
    m_endpointsAction = m_menu->addAction(tr("Model &Endpoints…"));
    m_endpointsAction->setObjectName(QStringLiteral("modelEndpointsAction"));
    connect(m_endpointsAction, &QAction::triggered, this, &RehearsalController::showEndpoints);

    connect(m_panel, &RehearsalPanel::askRequested, this, &RehearsalController::ask);
    connect(m_panel, &RehearsalPanel::cancelRequested, this, &RehearsalController::cancel);
    connect(m_panel, &RehearsalPanel::endpointsRequested, this, &RehearsalController::showEndpoints);
    connect(m_panel, &RehearsalPanel::profileChosen, this, [](const QString &name) { EndpointStore::setCurrentName(name); });
    connect(m_panel, &RehearsalPanel::verdictOverridden, this, &RehearsalController::overrideVerdict);
    connect(m_panel, &RehearsalPanel::useAsCandidateRequested, this, &RehearsalController::useAsCandidate);
    refreshProfiles();
    connect(&m_historyJob, &QFutureWatcher<RunsFile::Content>::finished, this, &RehearsalController::historyRead);
    connect(&m_contextJob, &QFutureWatcher<PreparedRun>::finished, this,
            &RehearsalController::contextPrepared);
    connect(session, &DocumentSession::filePathChanged, this, &RehearsalController::reloadHistory);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_history)
            reloadHistory();
    });
    reloadHistory(); // the overview's bars, if the document has runs
}

RehearsalController::~RehearsalController()
{
    if (m_run)
        m_run->cancel();
}

QAction *RehearsalController::panelAction() const
{
    QAction *action = m_dock->toggleViewAction();
    action->setText(tr("Rehearsal &Panel"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    return action;
}

QAction *RehearsalController::askAction(RehearsalPanel::Scope scope) const
{
    return m_askActions.value(int(scope));
}

QString RehearsalController::runsPath() const
{
    return m_session->filePath().isEmpty() ? QString() : RunsFile::pathFor(m_session->filePath());
}

void RehearsalController::refreshProfiles()
{
    QStringList names;
    for (const EndpointProfile &p : EndpointStore::load())
        names << p.name;
    const std::optional<EndpointProfile> current = EndpointStore::current();
    m_panel->setProfiles(names, current ? current->name : QString());
}

void RehearsalController::showEndpoints()
{
    EndpointsDialog dialog(m_keys, m_window);
    if (dialog.exec() == QDialog::Accepted)
        refreshProfiles();
}

std::vector<EntryRef> RehearsalController::entriesFor(RehearsalPanel::Scope scope, QString *why) const
{
    const QaDocument &document = m_model->document();
    std::vector<EntryRef> refs;
    switch (scope) {
    case RehearsalPanel::Scope::Entry:
        if (m_selection->currentEntry().isValid())
            refs.push_back(m_selection->currentEntry());
        else
            *why = tr("No entry is selected.");
        break;
    case RehearsalPanel::Scope::Section: {
        const int section = m_selection->currentSection();
        if (section >= 0 && section < document.sectionCount()) {
            for (int i = 0; i < document.section(section).entryCount(); ++i)
                refs.push_back(EntryRef{section, i});
        }
        if (refs.empty())
            *why = tr("This section has no questions.");
        break;
    }
    case RehearsalPanel::Scope::Listed:
        for (int row = 0; row < m_listed->rowCount(); ++row)
            refs.push_back(m_listed->entryAt(row));
        if (refs.empty())
            *why = tr("The entry list shows no entries.");
        break;
    case RehearsalPanel::Scope::Document:
        refs = document.allEntries();
        if (refs.empty())
            *why = tr("The document has no questions.");
        break;
    }
    return refs;
}

void RehearsalController::ask(RehearsalPanel::Scope scope)
{
    if (isRunning()) {
        m_messages->showMessage(MessageBar::Kind::Info, tr("A rehearsal is running: cancel it first."));
        return;
    }
    if (!EndpointStore::current()) {
        m_messages->showMessage(MessageBar::Kind::Info, tr("Add a model endpoint first (Tools → Rehearse → Model Endpoints…)."));
        showEndpoints();
        if (!EndpointStore::current())
            return;
    }
    QString why;
    const std::vector<EntryRef> refs = entriesFor(scope, &why);
    if (refs.empty()) {
        m_messages->showMessage(MessageBar::Kind::Info, why);
        return;
    }
    const QaDocument &document = m_model->document();
    m_pending.clear();
    for (const EntryRef &ref : refs)
        m_pending.push_back(RehearsalQuestion::of(document, ref, m_isProbe(ref)));
    m_dock->show();
    m_dock->raise();
    m_waitingForKey = true;
    m_panel->startRun(m_pending);
    m_panel->setWarning(tr("Reading the API key…"));
    m_keys->read(EndpointStore::current()->name, [this](const QByteArray &key, const QString &error) { startRun(key, error); });
}

void RehearsalController::startRun(const QByteArray &key, const QString &keyError)
{
    m_waitingForKey = false;
    if (m_pending.empty()) { // cancelled while the keyring was asked
        m_panel->runFinished(tr("Cancelled."));
        return;
    }
    // Said once: without a keyring (no desktop session) every ask would
    // repeat it, and local servers need no key anyway.
    if (!keyError.isEmpty() && !m_keyErrorShown) {
        m_keyErrorShown = true;
        m_messages->showMessage(MessageBar::Kind::Warning,
                                keyError + QLatin1Char(' ') + tr("Asking without a key (set QUIRE_API_KEY if the server needs one)."));
    }
    m_key = key;
    prepareContext();
}

void RehearsalController::prepareContext()
{
    const QString path = m_session->filePath();
    const ExportPreferences prefs = ExportPreferences::load(path);
    // Exactly what the author would ship: the export's options, only
    // approved answers when the export takes only those.
    // The context project's llms_ctx.txt when the document belongs to one
    // (built from the saved files, as it would be shipped), else the
    // document's own export. Built in a worker from a copy of the document
    // and of the approvals: a project's files can be many megabytes.
    RehearsalContext::Choice choice;
    choice.documentOptions = prefs.optionsWith(m_reviews->approvedFilter());
    if (!path.isEmpty()) {
        const ContextPreferences project = ContextPreferences::load(path);
        choice.llmsTxt = project.chosenLlmsTxt;
        choice.onlyApproved = project.onlyApproved;
    }
    const std::optional<EndpointProfile> current = EndpointStore::current();
    if (!current) { // removed while the keyring was asked
        m_pending.clear();
        m_key.clear();
        m_panel->runFinished(tr("Add a model endpoint first (Tools → Rehearse → Model Endpoints…)."));
        return;
    }
    const QaDocument snapshot = m_model->document();
    m_preparing = true;
    m_preparedFor = path;
    m_panel->setWarning(tr("Preparing the context…"));
    const EndpointProfile profile = *current;
    m_contextJob.setFuture(QtConcurrent::run(WorkerPool::instance(), [path, snapshot, choice, profile] {
        RehearsalContext::Context context;
        if (path.isEmpty())
            context.bytes = RehearsalContext::forDocument(snapshot, choice.documentOptions);
        else
            context = RehearsalContext::forDocumentFile(path, snapshot, choice);
        PreparedRun prepared{context.error, {}};
        prepared.setup.profile = profile;
        prepared.setup.context = std::move(context.bytes);
        if (prepared.error.isEmpty())
            RehearsalRun::countTokens(prepared.setup); // exact counts of megabytes: here too
        return prepared;
    }));
}

void RehearsalController::contextPrepared()
{
    // Cancelled meanwhile: the run already ended (a later ask has a job of its own).
    if (!m_preparing || m_contextJob.future().resultCount() == 0)
        return;
    m_preparing = false;
    PreparedRun prepared = m_contextJob.result();
    // Another document opened meanwhile: nothing is asked.
    if (m_pending.empty() || m_session->filePath() != m_preparedFor) {
        m_pending.clear();
        m_key.clear();
        m_panel->runFinished(tr("Cancelled."));
        return;
    }
    if (!prepared.error.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, prepared.error);
        m_pending.clear();
        m_key.clear();
        m_panel->runFinished(prepared.error);
        return;
    }
    RehearsalRun::Setup setup = std::move(prepared.setup);
    setup.questions = std::move(m_pending);
    m_pending.clear();
    setup.runsPath = runsPath();
    setup.apiKey = std::exchange(m_key, QByteArray());
    auto *run = new RehearsalRun(std::move(setup), this);
    m_run = run;
    QStringList warnings;
    connect(run, &RehearsalRun::questionStarted, m_panel, &RehearsalPanel::questionStarted);
    connect(run, &RehearsalRun::delta, m_panel, &RehearsalPanel::appendAnswer);
    connect(run, &RehearsalRun::answerRecorded, this, [this](int question, const AnswerRecord &answer) {
        m_panel->answerRecorded(question, answer);
        emit answerRecorded(answer);
    });
    connect(run, &RehearsalRun::warning, this, [this, &warnings](const QString &message) { warnings << message; });
    connect(run, &RehearsalRun::finished, this, &RehearsalController::finishRun);
    QString error;
    const bool started = run->start(&error);
    disconnect(run, &RehearsalRun::warning, this, nullptr);
    connect(run, &RehearsalRun::warning, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Warning, message);
    });
    if (!started) {
        m_messages->showMessage(MessageBar::Kind::Error, error);
        m_panel->runFinished(error);
        run->deleteLater();
        m_run = nullptr;
        return;
    }
    m_runId = run->record().id;
    // The truncation guard speaks before anything is answered.
    QString status = runsPath().isEmpty() ? tr("The document is not saved yet: this run is not kept.") : QString();
    if (!warnings.isEmpty()) {
        status = (warnings.join(QLatin1Char(' ')) + QLatin1Char(' ') + status).trimmed();
        m_messages->showMessage(MessageBar::Kind::Warning, warnings.join(QLatin1Char(' ')));
    }
    m_panel->setWarning(status);
}

void RehearsalController::finishRun()
{
    if (!m_run)
        return;
    const RehearsalRun::Summary summary = m_run->summary();
    QStringList counts;
    for (auto it = summary.verdicts.cbegin(); it != summary.verdicts.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(AnswerView::verdictText(it.key()));
    QString text = tr("%n answer(s)", nullptr, summary.questions);
    if (!counts.isEmpty())
        text += QStringLiteral(": ") + counts.join(QStringLiteral(" · "));
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled.");
    if (summary.stopped) {
        text += QLatin1Char(' ') + tr("The run stopped: %1").arg(summary.stopReason);
        m_messages->showMessage(MessageBar::Kind::Error, tr("The rehearsal stopped: %1").arg(summary.stopReason));
    }
    m_panel->runFinished(text);
    m_run->deleteLater();
    m_run = nullptr;
    reloadHistory();
    emit runFinished();
}

void RehearsalController::cancel()
{
    if (m_waitingForKey) {
        m_pending.clear(); // the key's answer finds nothing to ask
        return;
    }
    if (m_preparing) {
        // The context's build cannot be stopped halfway; its result is not used.
        m_preparing = false;
        m_pending.clear();
        m_key.clear();
        m_panel->runFinished(tr("Cancelled."));
        return;
    }
    if (m_run)
        m_run->cancel(); // every request at once
}

void RehearsalController::overrideVerdict(int question, Verdict verdict)
{
    const std::optional<AnswerRecord> &answer = m_panel->answer(question);
    const QString path = runsPath();
    if (!answer || path.isEmpty())
        return;
    OverrideRecord record{answer->run, answer->entry, answer->questionKey, verdict,
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    QString error;
    RunsFile file(path);
    if (!file.append(record.toJsonLine(), &error))
        m_messages->showMessage(MessageBar::Kind::Error, error);
    else if (!m_run)
        reloadHistory();
}

void RehearsalController::reloadHistory()
{
    const QString path = runsPath();
    m_historyJob.setFuture(QtConcurrent::run(WorkerPool::instance(), [path] {
        return path.isEmpty() ? RunsFile::Content() : RunsFile::read(path);
    }));
}

void RehearsalController::historyRead()
{
    if (m_historyJob.future().resultCount() == 0)
        return;
    auto history = std::make_shared<const RunHistory>(m_historyJob.result());
    m_history = history;
    m_panel->setHistory(history);
    // The overview's bar per section: the newest run's verdicts there.
    OverviewPanel *overview = m_compare->overviewPanel();
    if (history->isEmpty()) {
        overview->setRehearsalProvider(nullptr);
    } else {
        const auto bySection = history->verdictsBySection(history->content().runs.back().run.id);
        overview->setRehearsalProvider([this, bySection](int section) {
            OverviewPanel::RehearsalCounts counts = {0, 0, 0, 0};
            const QaDocument &document = m_model->document();
            if (section < 0 || section >= document.sectionCount())
                return counts;
            const QMap<Verdict, int> verdicts = bySection.value(document.section(section).title());
            for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
                switch (it.key()) {
                case Verdict::Agrees: case Verdict::Declined: counts[0] += it.value(); break;
                case Verdict::Partial: counts[1] += it.value(); break;
                case Verdict::Differs: case Verdict::Answered: counts[2] += it.value(); break;
                case Verdict::Error: case Verdict::Invalid: counts[3] += it.value(); break;
                case Verdict::Unscored: break; // nothing to compare with
                }
            }
            return counts;
        });
    }
    emit historyLoaded();
}

void RehearsalController::useAsCandidate(int question)
{
    const std::optional<AnswerRecord> &answer = m_panel->answer(question);
    if (!answer || answer->answer.trimmed().isEmpty())
        return;
    // The entry as it is now: found by its key, else by its question.
    const QaDocument &document = m_model->document();
    const QByteArray key = m_panel->question(question).questionKey.toUtf8();
    const QString asked = CandidateMatcher::normalizedQuestion(m_panel->question(question).question);
    EntryRef found;
    for (const EntryRef &ref : document.allEntries()) {
        if (QuestionKey::of(document.entry(ref)) == key) {
            found = ref;
            break;
        }
        if (!found.isValid() && CandidateMatcher::normalizedQuestion(document.entry(ref).question()) == asked)
            found = ref;
    }
    if (!found.isValid()) {
        m_messages->showMessage(MessageBar::Kind::Info, tr("The question is no longer in the document."));
        return;
    }
    // Offered beside the candidates already imported, replacing one for
    // the same question; the compare dialog lets the user choose.
    AnswerSources *sources = m_compare->sources();
    const QString question_ = document.entry(found).question();
    const QString normalized = CandidateMatcher::normalizedQuestion(question_);
    QList<CandidateAnswer> candidates = sources->candidates();
    candidates.removeIf([&](const CandidateAnswer &c) { return CandidateMatcher::normalizedQuestion(c.question) == normalized; });
    candidates.append(CandidateAnswer{question_, answer->answer, 0});
    sources->setCandidates(candidates, sources->candidateFile().isEmpty() ? tr("model answers") : sources->candidateFile());
    m_selection->selectEntry(found);
    m_compare->compareEntry(found, AnswerSources::Source::Candidate);
}
