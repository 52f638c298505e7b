#pragma once

#include "app/compare/answersources.h"
#include "app/model/statusfilter.h"

#include <QObject>

class AnswerCompareDialog;
class CandidatesPanel;
class DocumentSession;
class EntrySelection;
class GitHeadProbe;
class ExportSizeEstimator;
class MessageBar;
class OverviewPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class ReviewStore;
class SimilarQuestionsPanel;

// The Tools menu's panels and dialogs: comparing answers, candidate answers,
// similar questions and the overview, with their actions and docks. The
// window creates this, adds its menu and hands it only what it needs: a
// place for docks and messages, and where the user is.
class CompareTools : public QObject
{
    Q_OBJECT
public:
    CompareTools(QMainWindow *window, EntrySelection *selection, DocumentSession *session, ReviewStore *reviews,
                 ExportSizeEstimator *exportSize, MessageBar *messages);

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
    GitHeadProbe *gitProbe() const { return m_git; }

    void compare(AnswerSources::Source source);
    void compareEntry(EntryRef ref, AnswerSources::Source source);
    void importCandidates();
    bool importCandidatesFrom(const QString &path);
    int fillEmptyAnswers();

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area);
    void askGit();
    void updateGitAction();
    int firstSectionWith(StatusFilter filter) const;

    QMainWindow *m_window;
    EntrySelection *m_selection;
    DocumentSession *m_session;
    ReviewStore *m_reviews; // probes: not gaps for the overview's status segments
    MessageBar *m_messages;
    AnswerSources *m_sources;
    AnswerCompareDialog *m_dialog = nullptr;
    CandidatesPanel *m_candidates;
    SimilarQuestionsPanel *m_similar;
    OverviewPanel *m_overview;
    QDockWidget *m_candidatesDock;
    QDockWidget *m_similarDock;
    QDockWidget *m_overviewDock;
    QAction *m_compareGit = nullptr;
    GitHeadProbe *m_git;
};
