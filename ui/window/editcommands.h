#pragma once

#include <QObject>

class EntryEditor;
class EntrySelection;
class QStatusBar;
class QWidget;
class QaModel;

// Edit-menu commands that change the document's structure: they ask what
// they need (a section, a heading), call the model (one undo step each) and
// select the result in the window.
class EditCommands : public QObject
{
    Q_OBJECT
public:
    EditCommands(EntrySelection *selection, QaModel *model, EntryEditor *editor, QStatusBar *statusBar,
                 QWidget *dialogParent);

    void addQuestion();
    void deleteEntry();
    void moveEntryBy(int delta);
    void moveToSection();
    void addSection();
    void renameSection();

private:
    EntrySelection *m_selection;
    QaModel *m_model;
    EntryEditor *m_editor;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
};
