#pragma once

#include "app/compare/answersources.h"
#include "app/model/statusfilter.h"

#include <QObject>

class AnswerCompareDialog;
class CandidatesPanel;
class DocumentSession;
class ExportSizeEstimator;
class MainWindow;
class OverviewPanel;
class QAction;
class QDockWidget;
class QMenu;
class SimilarQuestionsPanel;

// Comparing answers, candidate answers, similar questions and the overview:
// their actions, docks and the compare dialog, wired to the main window
// here so that the window itself only creates this and adds its menu.
class CompareTools : public QObject
{
    Q_OBJECT
public:
    CompareTools(MainWindow *window, DocumentSession *session, ExportSizeEstimator *exportSize);

    void addActions(QMenu *menu);

    AnswerSources *sources() const { return m_sources; }
    AnswerCompareDialog *compareDialog();
    CandidatesPanel *candidatesPanel() const { return m_candidates; }
    SimilarQuestionsPanel *similarPanel() const { return m_similar; }
    OverviewPanel *overviewPanel() const { return m_overview; }
    QDockWidget *candidatesDock() const { return m_candidatesDock; }
    QDockWidget *similarDock() const { return m_similarDock; }
    QDockWidget *overviewDock() const { return m_overviewDock; }
    QAction *gitAction() const { return m_compareGit; }

    void compare(AnswerSources::Source source);
    void compareEntry(EntryRef ref, AnswerSources::Source source);
    void importCandidates();
    bool importCandidatesFrom(const QString &path);
    int fillEmptyAnswers();
    // The overview's review segment: the section's entries with that review status.
    void showReviewed(int section, int reviewKey);

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area);
    void updateGitAction();
    int firstSectionWith(StatusFilter filter) const;

    MainWindow *m_window;
    DocumentSession *m_session;
    AnswerSources *m_sources;
    AnswerCompareDialog *m_dialog = nullptr;
    CandidatesPanel *m_candidates;
    SimilarQuestionsPanel *m_similar;
    OverviewPanel *m_overview;
    QDockWidget *m_candidatesDock;
    QDockWidget *m_similarDock;
    QDockWidget *m_overviewDock;
    QAction *m_compareGit = nullptr;
};
