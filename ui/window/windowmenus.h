#pragma once

#include <QObject>

class CompareTools;
class QAction;
class ContextController;
class EditCommands;
class ExportSizeEstimator;
class FileCommands;
class QMainWindow;
class QMenu;
class QaModel;
class RehearsalController;
class WindowNavigation;

// The window's menu bar: File, Edit, View, Go, Review, Tools, Help, in that
// order, each filled from the object whose commands it offers. The menus are
// made up front so that every part of the window finds its menu by pointer,
// never by its (translated) title.
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    explicit WindowMenus(QMainWindow *window);

    QMenu *viewMenu() const { return m_view; }
    QMenu *reviewMenu() const { return m_review; }

    void fillFile(FileCommands *files);
    void fillEdit(QaModel *model, EditCommands *edits);
    void fillGo(WindowNavigation *navigation);
    void fillTools(CompareTools *compare, ExportSizeEstimator *exportSize);
    void fillContext(ContextController *context); // after fillFile and fillTools
    void fillRehearsal(RehearsalController *rehearsal); // after fillTools
    void fillHelp();

private:
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QMenu *m_file;
    QMenu *m_edit;
    QMenu *m_view;
    QMenu *m_go;
    QMenu *m_review;
    QMenu *m_tools;
    QMenu *m_help;
    QAction *m_beforeQuit = nullptr;
};
