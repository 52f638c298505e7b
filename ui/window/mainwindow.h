#pragma once

#include "app/document/qadocument.h"

#include <QMainWindow>

class CompareTools;
class ContextController;
class DialectStatus;
class DocumentSession;
class EntryEditor;
class EntryListPanel;
class ExportSizeEstimator;
class FileCommands;
class MessageBar;
class QLabel;
class QSplitter;
class QaModel;
class ReadAsController;
class RehearsalController;
class ReviewController;
class ReviewStore;
class SectionTabBar;
class SessionNotices;
class WindowNavigation;
struct StatusCounts;

// The editor window. It creates the model, the session and the widgets,
// arranges them and wires each helper (file and edit commands, navigation,
// review, the Tools panels) with only what that helper needs. It never
// parses or writes files itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // `quire FILE`, or the last document, or a copy of the bundled sample.
    void openStartupDocument(const QString &path);
    bool openFile(const QString &path);

    // For tests and benchmarks, which drive the window as a user would.
    QaModel *model() const { return m_model; }
    DocumentSession *session() const { return m_session; }
    ReviewStore *reviews() const { return m_reviews; }
    ReviewController *review() const { return m_review; }
    SectionTabBar *tabBar() const { return m_tabs; }
    EntryListPanel *listPanel() const { return m_list; }
    EntryEditor *editor() const { return m_editor; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *countsLabel() const { return m_countsLabel; }
    DialectStatus *dialectLabel() const { return m_dialectLabel; }
    ReadAsController *readAs() const { return m_readAs; }
    CompareTools *compareTools() const { return m_compareTools; }
    ContextController *context() const { return m_context; }
    RehearsalController *rehearsal() const { return m_rehearsal; }
    EntryRef currentEntry() const;
    int currentSection() const;
    void selectEntry(EntryRef ref);
    void showSection(int section);

    static QString countsText(const StatusCounts &counts);

public slots:
    bool save();
    bool saveAs();
    void nextNeedingAttention();
    void nextEntry();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateCounts();

    QaModel *m_model;
    DocumentSession *m_session;
    ReviewStore *m_reviews;
    ExportSizeEstimator *m_exportSize;
    MessageBar *m_messages;
    SectionTabBar *m_tabs;
    EntryListPanel *m_list;
    EntryEditor *m_editor;
    QSplitter *m_mainSplitter;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_exportLabel = nullptr;
    DialectStatus *m_dialectLabel = nullptr;
    ReadAsController *m_readAs = nullptr;
    WindowNavigation *m_navigation = nullptr;
    FileCommands *m_files = nullptr;
    SessionNotices *m_notices = nullptr;
    ReviewController *m_review = nullptr;
    CompareTools *m_compareTools = nullptr;
    ContextController *m_context = nullptr;
    RehearsalController *m_rehearsal = nullptr;
};
