#pragma once

#include "app/document/qadocument.h"

#include <QMainWindow>

class CompareTools;
class DocumentSession;
class EntryEditor;
class EntryListPanel;
class ExportSizeEstimator;
class MessageBar;
class QLabel;
class QSplitter;
class QaModel;
class ReviewController;
class ReviewStore;
class SectionTabBar;
class SessionNotices;

// The editor window. It arranges the widgets and turns menu commands into
// calls on the model and the session; it never parses or writes files.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // `quire FILE`, or the last document, or a copy of the bundled sample.
    void openStartupDocument(const QString &path);
    // Files from this size on load in the background with progress and Cancel.
    static constexpr qint64 largeFileBytes = 16 * 1024 * 1024;
    bool openFile(const QString &path);

    QaModel *model() const { return m_model; }
    DocumentSession *session() const { return m_session; }
    ReviewStore *reviews() const { return m_reviews; }
    ReviewController *review() const { return m_review; }
    SectionTabBar *tabBar() const { return m_tabs; }
    EntryListPanel *listPanel() const { return m_list; }
    EntryEditor *editor() const { return m_editor; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QLabel *exportSizeLabel() const { return m_exportLabel; }
    CompareTools *compareTools() const { return m_compareTools; }
    EntryRef currentEntry() const;
    int currentSection() const;

    void selectEntry(EntryRef ref);
    void showSection(int section);
    static QString countsText(const struct StatusCounts &counts);

public slots:
    bool save();
    bool saveAs();
    void nextNeedingAttention();
    void previousNeedingAttention();
    void nextEntry();
    void previousEntry();
    void nextSection();
    void previousSection();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openLargeFile(const QString &path);
    void afterOpen();
    void createActions();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    bool maybeSave();
    void newDocument();
    void openDialog();
    void reloadFromDisk();
    void showExportDialog();
    void showShortcuts();
    void showAbout();
    void updateTitle();
    void updateCounts();
    void updatePosition();
    void onNavigateRequested(EntryRef ref);
    void exportAfterSave();
    void jumpToNeedingAttention(bool forward);
    int currentPositionNumber() const;

    QaModel *m_model;
    DocumentSession *m_session;
    ReviewStore *m_reviews;
    ReviewController *m_review;
    ExportSizeEstimator *m_exportSize;
    MessageBar *m_messages;
    SessionNotices *m_notices;
    SectionTabBar *m_tabs;
    EntryListPanel *m_list;
    EntryEditor *m_editor;
    QSplitter *m_mainSplitter;
    QLabel *m_countsLabel;
    QLabel *m_positionLabel;
    QLabel *m_exportLabel;
    CompareTools *m_compareTools = nullptr;
};
