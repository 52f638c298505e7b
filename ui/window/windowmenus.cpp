#include "ui/window/windowmenus.h"

#include "app/export/exportsizeestimator.h"

#include "app/model/qamodel.h"
#include "app/render/markdownrenderer.h"
#include "ui/compare/comparetools.h"
#include "ui/context/contextcontroller.h"
#include "ui/rehearsal/rehearsalcontroller.h"
#include "ui/spell/spellmenu.h"
#include "ui/window/editcommands.h"
#include "ui/window/filecommands.h"
#include "ui/window/recentfilesmenu.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/windownavigation.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace {

// Adds an action with shortcuts that calls `slot` on `receiver`.
template<typename Receiver, typename Slot>
QAction *addCommand(QMenu *menu, const QString &text, Receiver *receiver, Slot slot,
                    const QList<QKeySequence> &keys = {})
{
    QAction *action = menu->addAction(text);
    action->setShortcuts(keys);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

QList<QKeySequence> keys(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}

QList<QKeySequence> keys(const QKeySequence &key)
{
    return {key};
}

} // namespace

WindowMenus::WindowMenus(QMainWindow *window) : QObject(window), m_window(window)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(tr("&File"));
    m_edit = bar->addMenu(tr("&Edit"));
    m_view = bar->addMenu(tr("&View"));
    m_go = bar->addMenu(tr("&Go"));
    m_review = bar->addMenu(tr("Revie&w")); // Alt+V is View, Alt+R Restore
    m_tools = bar->addMenu(tr("&Tools"));
    m_help = bar->addMenu(tr("&Help"));
}

void WindowMenus::fillFile(FileCommands *files)
{
    addCommand(m_file, tr("&New"), files, &FileCommands::newDocument, keys(QKeySequence::New));
    addCommand(m_file, tr("&Open…"), files, &FileCommands::openDialog, keys(QKeySequence::Open));
    auto *recent = new RecentFilesMenu(m_window);
    m_file->addMenu(recent);
    connect(recent, &RecentFilesMenu::fileChosen, files, [files](const QString &path) {
        if (files->maybeSave())
            files->openFile(path);
    });
    m_file->addSeparator();
    addCommand(m_file, tr("&Save"), files, &FileCommands::save, keys(QKeySequence::Save));
    addCommand(m_file, tr("Save &As…"), files, &FileCommands::saveAs, keys(QKeySequence::SaveAs));
    addCommand(m_file, tr("Re&load from Disk"), files, &FileCommands::reloadFromDisk);
    m_file->addSeparator();
    addCommand(m_file, tr("&Export…"), files, &FileCommands::showExportDialog, keys(QKeySequence(Qt::CTRL | Qt::Key_E)));
    m_beforeQuit = m_file->addSeparator();
    QAction *quit = addCommand(m_file, tr("&Quit"), m_window, &QWidget::close, keys(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);
}

void WindowMenus::fillContext(ContextController *context)
{
    m_file->insertAction(m_beforeQuit, context->chooseProjectAction());
    m_tools->addSeparator();
    m_tools->addAction(context->panelAction());
}

void WindowMenus::fillRehearsal(RehearsalController *rehearsal)
{
    m_tools->addSeparator();
    m_tools->addMenu(rehearsal->menu());
    m_tools->addAction(rehearsal->panelAction());
}

void WindowMenus::fillEdit(QaModel *model, EditCommands *edits)
{
    QAction *undo = model->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = model->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    m_edit->addAction(undo);
    m_edit->addAction(redo);
    m_edit->addSeparator();
    addCommand(m_edit, tr("Add &Question"), edits, &EditCommands::addQuestion,
               keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
    addCommand(m_edit, tr("&Delete Entry"), edits, &EditCommands::deleteEntry,
               keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)));
    addCommand(m_edit, tr("Move &Up"), edits, [edits] { edits->moveEntryBy(-1); },
               keys(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)));
    addCommand(m_edit, tr("Move Do&wn"), edits, [edits] { edits->moveEntryBy(+1); },
               keys(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)));
    addCommand(m_edit, tr("Move to &Section…"), edits, &EditCommands::moveToSection,
               keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)));
    m_edit->addSeparator();
    addCommand(m_edit, tr("Add Sec&tion…"), edits, &EditCommands::addSection);
    addCommand(m_edit, tr("&Rename Section…"), edits, &EditCommands::renameSection, keys(QKeySequence(Qt::Key_F2)));
}

void WindowMenus::fillGo(WindowNavigation *navigation)
{
    addCommand(m_go, tr("&Next Needing Attention"), navigation, &WindowNavigation::nextNeedingAttention,
               keys(QKeySequence(Qt::Key_F8)));
    addCommand(m_go, tr("&Previous Needing Attention"), navigation, &WindowNavigation::previousNeedingAttention,
               keys(QKeySequence(Qt::SHIFT | Qt::Key_F8)));
    m_go->addSeparator();
    addCommand(m_go, tr("Next &Entry"), navigation, &WindowNavigation::nextEntry, keys(QKeySequence(Qt::ALT | Qt::Key_Down)));
    addCommand(m_go, tr("Previous E&ntry"), navigation, &WindowNavigation::previousEntry,
               keys(QKeySequence(Qt::ALT | Qt::Key_Up)));
    addCommand(m_go, tr("Next &Section"), navigation, &WindowNavigation::nextSection,
               keys(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    addCommand(m_go, tr("Previous Se&ction"), navigation, &WindowNavigation::previousSection,
               keys(QKeySequence(Qt::CTRL | Qt::Key_PageUp)));
    m_go->addSeparator();
    addCommand(m_go, tr("&Find…"), navigation, &WindowNavigation::focusSearch, keys(QKeySequence::Find));
}

void WindowMenus::fillTools(CompareTools *compare, ExportSizeEstimator *exportSize)
{
    compare->addActions(m_tools);
    m_tools->addSeparator();
    // Which tokenizer the export's size is counted with (status bar,
    // overview, Export dialog); remembered across sessions.
    QMenu *encodings = m_tools->addMenu(tr("Token &Encoding"));
    encodings->setObjectName(QStringLiteral("tokenEncodingMenu"));
    auto *group = new QActionGroup(encodings);
    for (TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const QString name = TokenEncodings::name(encoding);
        QAction *action = encodings->addAction(encoding == TokenEncoding::O200kBase
                                                   ? tr("%1 (GPT-4o and later)").arg(name)
                                                   : tr("%1 (GPT-4, GPT-3.5)").arg(name));
        action->setObjectName(QStringLiteral("tokenEncoding_") + name);
        action->setCheckable(true);
        action->setChecked(exportSize->encoding() == encoding);
        group->addAction(action);
        connect(action, &QAction::triggered, exportSize, [exportSize, encoding] { exportSize->setEncoding(encoding); });
    }
    m_tools->addMenu(new SpellMenu(m_window));
    SpellMenu::announceIfUnavailable(m_window->statusBar());
}

void WindowMenus::fillHelp()
{
    addCommand(m_help, tr("&Keyboard Shortcuts"), this, &WindowMenus::showShortcuts, keys(QKeySequence::HelpContents));
    addCommand(m_help, tr("&About Quire"), this, &WindowMenus::showAbout);
    addCommand(m_help, tr("About &Qt"), this, [] { QApplication::aboutQt(); });
}

void WindowMenus::showShortcuts()
{
    ShortcutsDialog dialog(m_window->menuBar(), m_window);
    dialog.exec();
}

void WindowMenus::showAbout()
{
    QMessageBox::about(m_window, tr("About Quire"),
                       tr("<h3>Quire %1</h3><p>Author, review and export a markdown question-and-answer "
                          "document as context for an LLM.</p><p>Qt %2 · cmark %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                MarkdownRenderer::cmarkVersion()));
}
