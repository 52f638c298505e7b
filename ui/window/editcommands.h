#pragma once

#include <QObject>

class MainWindow;
class QaModel;

// Edit-menu commands that change the document's structure: they ask what
// they need (a section, a heading), call the model (one undo step each) and
// select the result in the window.
class EditCommands : public QObject
{
    Q_OBJECT
public:
    EditCommands(MainWindow *window, QaModel *model);

    void addQuestion();
    void deleteEntry();
    void moveEntryBy(int delta);
    void moveToSection();
    void addSection();
    void renameSection();

private:
    MainWindow *m_window;
    QaModel *m_model;
};
