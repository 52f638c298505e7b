#include "ui/compare/comparetools.h"

#include "app/compare/githeadprobe.h"
#include "app/export/exportsize.h"
#include "app/export/exportsizeestimator.h"
#include "app/model/qamodel.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "ui/common/entryselection.h"
#include "ui/common/messagebar.h"
#include "ui/compare/answercomparedialog.h"
#include "ui/compare/candidatespanel.h"
#include "ui/compare/similarquestionspanel.h"
#include "ui/overview/overviewpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

CompareTools::CompareTools(QMainWindow *window, EntrySelection *selection, DocumentSession *session,
                           ReviewStore *reviews, ExportSizeEstimator *exportSize, MessageBar *messages)
    : QObject(window), m_window(window), m_selection(selection), m_session(session), m_reviews(reviews),
      m_messages(messages)
{
    QaModel *model = session->model();
    m_sources = new AnswerSources(model, this);
    m_sources->setFilePath(session->filePath());
    // git is asked in the background; the action shows its last answer.
    m_git = new GitHeadProbe(this);
    m_sources->setGitProbe(m_git); // the compare dialog never waits for git either
    m_sources->setReadsSavedInBackground(true); // nor reads the saved file itself
    connect(m_git, &GitHeadProbe::answered, this, &CompareTools::updateGitAction);
    connect(session, &DocumentSession::filePathChanged, this, [this](const QString &path) {
        m_sources->setFilePath(path);
        askGit();
    });
    connect(session, &DocumentSession::saved, this, &CompareTools::askGit);

    m_candidates = new CandidatesPanel(model, m_sources, window);
    m_similar = new SimilarQuestionsPanel(model, m_sources, window);
    m_overview = new OverviewPanel(model, window);
    m_candidatesDock = addDock(tr("Candidate Answers"), QStringLiteral("candidatesDock"), m_candidates, Qt::RightDockWidgetArea);
    m_similarDock = addDock(tr("Similar Questions"), QStringLiteral("similarDock"), m_similar, Qt::BottomDockWidgetArea);
    m_overviewDock = addDock(tr("Overview"), QStringLiteral("overviewDock"), m_overview, Qt::RightDockWidgetArea);

    connect(m_candidates, &CandidatesPanel::importRequested, this, &CompareTools::importCandidates);
    connect(m_candidates, &CandidatesPanel::fillRequested, this, &CompareTools::fillEmptyAnswers);
    connect(m_candidates, &CandidatesPanel::compareRequested, this, [this](EntryRef ref) {
        compareEntry(ref, AnswerSources::Source::Candidate);
    });
    connect(m_similar, &SimilarQuestionsPanel::goToRequested, selection, &EntrySelection::selectEntry);
    connect(m_similar, &SimilarQuestionsPanel::compareMergedRequested, this, [this](EntryRef kept) {
        m_selection->selectEntry(kept);
        compareEntry(kept, AnswerSources::Source::Merged);
        m_window->statusBar()->showMessage(tr("Merged. The removed entry's answer is on the right; "
                                              "Edit → Undo brings the entry back."), 8000);
    });
    connect(m_overview, &OverviewPanel::statusSegmentClicked, this, [this](int section, StatusFilter filter) {
        if (section < 0)
            section = firstSectionWith(filter);
        if (section < 0)
            return;
        m_selection->showSectionFiltered(section, filter);
    });
    // Reviews (the sidecar): dismissed pairs and the review bars.
    m_similar->setDismissal(
        [reviews](const QString &a, const QString &b) { return reviews->isPairDismissed(a, b); },
        [reviews](const QString &a, const QString &b) { reviews->dismissPair(a, b); });
    m_overview->setReviewProvider([reviews](int section) {
        const ReviewCounts c = reviews->sectionCounts(section);
        return OverviewPanel::ReviewCounts{c.approved, c.needsWork, c.unreviewed};
    });
    connect(reviews, &ReviewStore::recordsChanged, m_overview, &OverviewPanel::scheduleRefresh);
    connect(reviews, &ReviewStore::recordsChanged, m_similar, &SimilarQuestionsPanel::scheduleRefresh);
    connect(exportSize, &ExportSizeEstimator::sizeChanged, m_overview, &OverviewPanel::setExportSize);
    m_overview->setExportSize(exportSize->size());
}

int CompareTools::firstSectionWith(StatusFilter filter) const
{
    // From the current section on, wrapping: the next place with such entries.
    const QaDocument &document = m_session->model()->document();
    const int count = document.sectionCount();
    const int start = qMax(0, m_selection->currentSection());
    for (int i = 0; i < count; ++i) {
        const int s = (start + i) % count;
        const QaSection &section = document.section(s);
        for (int e = 0; e < section.entryCount(); ++e) {
            if (statusMatches(filter, section.entry(e).status(), m_reviews->isProbe({s, e})))
                return s;
        }
    }
    return -1;
}

QDockWidget *CompareTools::addDock(const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name); // window state (dock places) is saved by name
    dock->setWidget(content);
    dock->setAccessibleName(title);
    m_window->addDockWidget(area, dock);
    dock->hide();
    return dock;
}

void CompareTools::addActions(QMenu *menu)
{
    auto add = [this, menu](const QString &text, auto slot, const QKeySequence &key = {}) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("Compare with &Saved"), [this] { compare(AnswerSources::Source::Saved); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareGit = add(tr("Compare with &Git HEAD"), [this] { compare(AnswerSources::Source::GitHead); },
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    add(tr("Compare with &Candidate"), [this] { compare(AnswerSources::Source::Candidate); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addSeparator();
    add(tr("&Import Candidates…"), &CompareTools::importCandidates, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    add(tr("&Fill Empty Answers from Candidates"), &CompareTools::fillEmptyAnswers);
    menu->addSeparator();
    QAction *candidates = m_candidatesDock->toggleViewAction();
    candidates->setText(tr("Candidate &Answers Panel"));
    menu->addAction(candidates);
    QAction *similar = m_similarDock->toggleViewAction();
    similar->setText(tr("Si&milar Questions"));
    similar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    menu->addAction(similar);
    QAction *overview = m_overviewDock->toggleViewAction();
    overview->setText(tr("&Overview"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    menu->addAction(overview);
    // git may come and go, and the file may be committed meanwhile: ask
    // again whenever the menu opens. The menu shows at once, with the last
    // answer; a new one updates the open menu when git gives it.
    connect(menu, &QMenu::aboutToShow, this, &CompareTools::askGit);
    askGit();
}

void CompareTools::askGit()
{
    m_git->ask(m_session->filePath());
    updateGitAction();
}

void CompareTools::updateGitAction()
{
    if (!m_compareGit)
        return;
    const bool current = m_git->hasAnswer() && m_git->lastPath() == m_session->filePath();
    if (!current) {
        // Not known yet: enabled (the compare itself tells when git cannot help).
        m_compareGit->setEnabled(true);
        m_compareGit->setText(tr("Compare with &Git HEAD"));
        m_compareGit->setStatusTip(tr("The answer as committed at git HEAD"));
        return;
    }
    const bool available = m_git->lastAnswer().ok;
    const QString reason = m_git->lastAnswer().reason;
    m_compareGit->setEnabled(available);
    m_compareGit->setText(available ? tr("Compare with &Git HEAD") : tr("Compare with &Git HEAD (%1)").arg(reason));
    m_compareGit->setStatusTip(available ? tr("The answer as committed at git HEAD") : reason);
}

AnswerCompareDialog *CompareTools::compareDialog()
{
    if (!m_dialog) {
        m_dialog = new AnswerCompareDialog(m_session->model(), m_sources, m_window);
        // The view follows the entry the window shows, so that Alt+Down
        // walks through the comparisons.
        connect(m_selection, &EntrySelection::currentChanged, m_dialog,
                [this] { m_dialog->follow(m_selection->currentEntry()); });
    }
    return m_dialog;
}

void CompareTools::compare(AnswerSources::Source source)
{
    const EntryRef ref = m_selection->currentEntry();
    if (!ref.isValid()) {
        m_window->statusBar()->showMessage(tr("Select a question to compare its answer."), 4000);
        return;
    }
    compareEntry(ref, source);
}

void CompareTools::compareEntry(EntryRef ref, AnswerSources::Source source)
{
    m_session->model()->endTypingBurst();
    compareDialog()->showFor(ref, source);
}

void CompareTools::importCandidates()
{
    const QString dir = m_session->filePath().isEmpty() ? QString() : QFileInfo(m_session->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Candidate Answers"), dir,
        tr("Candidate answers (*.jsonl *.ndjson *.json *.csv *.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        importCandidatesFrom(path);
}

bool CompareTools::importCandidatesFrom(const QString &path)
{
    QString error;
    if (!m_sources->loadCandidates(path, &error)) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Candidates not imported: %1").arg(error),
                                MessageBar::Topic::CandidateImport);
        return false;
    }
    m_messages->clear(MessageBar::Topic::CandidateImport);
    const CandidateMatcher::Result &result = m_sources->matches();
    m_candidatesDock->show();
    m_candidatesDock->raise();
    m_window->statusBar()->showMessage(tr("Imported %1 candidate answers: %2 matched, %3 not matched.")
                                           .arg(m_sources->candidates().size())
                                           .arg(result.matches.size())
                                           .arg(result.unmatched.size()),
                                       8000);
    return true;
}

int CompareTools::fillEmptyAnswers()
{
    if (m_sources->candidates().isEmpty()) {
        importCandidates();
        if (m_sources->candidates().isEmpty())
            return 0;
    }
    const int filled = m_sources->fillEmptyFromCandidates();
    m_window->statusBar()->showMessage(
        filled == 0 ? tr("No empty, placeholder or unanswered entry has a matching candidate.")
                    : tr("Filled %1 answers from candidates (Edit → Undo takes them all back).").arg(filled),
        10000);
    return filled;
}
