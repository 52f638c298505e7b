#pragma once

#include <QString>

class MainWindow;

// The longest stall of the GUI thread (LagProbe) while the window does what
// a user waits for on a big document: a save, a reload after another program
// changed the file, opening the Tools menu (which asks git whether the file
// is committed), typing in review mode. Each figure is printed; the target
// is no stall over 50 ms.
class GuiStalls
{
public:
    // `window` shows the document at `path`, a copy the benchmark may write,
    // in a folder of its own (it becomes a git repository here).
    GuiStalls(MainWindow *window, const QString &path);

    void run();

private:
    double save();
    double reloadAfterOutsideChange();
    double openToolsMenu();
    double typeInReviewMode();
    void makeRepository();

    MainWindow *m_window;
    QString m_path;
};
