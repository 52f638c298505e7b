#include "ui/window/mainwindow.h"
#include "app/base/apppaths.h"
#include "ui/compare/comparetools.h"

#include "app/document/documentloader.h"
#include "app/session/documentsession.h"
#include "ui/window/editcommands.h"
#include "ui/editor/entryeditor.h"
#include "app/model/entrylistmodel.h"
#include "ui/list/entrylistpanel.h"
#include "app/model/entrynavigator.h"
#include "ui/export/exportdialog.h"
#include "app/export/exportsizeestimator.h"
#include "ui/editor/markdowneditor.h"
#include "app/render/markdownrenderer.h"
#include "ui/common/messagebar.h"
#include "app/model/qamodel.h"
#include "ui/window/recentfilesmenu.h"
#include "ui/review/reviewbar.h"
#include "ui/review/reviewcontroller.h"
#include "app/review/reviewstore.h"
#include "ui/list/sectiontabbar.h"
#include "ui/window/sessionnotices.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/spell/spellmenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new QaModel(this);
    m_session = new DocumentSession(m_model, this);
    m_reviews = new ReviewStore(this);
    m_reviews->follow(m_session); // before any view: its keys are current when they refresh
    m_exportSize = new ExportSizeEstimator(m_model, this);

    m_messages = new MessageBar(this);
    m_notices = new SessionNotices(this, m_session, m_messages);
    connect(m_reviews, &ReviewStore::approvalsChanged, this, [this] {
        const ExportPreferences prefs = ExportPreferences::load(m_session->filePath());
        if (prefs.onlyApproved)
            m_exportSize->setOptions(prefs.optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()));
    });
    connect(m_reviews, &ReviewStore::problemOccurred, m_messages,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    m_tabs = new SectionTabBar(m_model, this);
    m_list = new EntryListPanel(m_model, this);
    m_editor = new EntryEditor(m_model, this);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(m_editor);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({340, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    createActions();
    createStatusBar();
    m_review = new ReviewController(this);
    layout->addWidget(m_review->bar());

    connect(m_tabs, &SectionTabBar::currentChanged, this, &MainWindow::showSection);
    connect(m_list, &EntryListPanel::entryActivated, this, &MainWindow::selectEntry);
    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &QaModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &QaModel::navigateRequested, this, &MainWindow::onNavigateRequested);
    connect(m_model, &QaModel::documentReset, this, [this] {
        m_tabs->setCurrentIndex(0);
        showSection(0);
        updateCounts();
    });
    connect(m_exportSize, &ExportSizeEstimator::sizeChanged, this, [this](const ExportSize &size) {
        m_exportLabel->setText(tr("Export: %1 characters · ~%2 tokens")
                                   .arg(QLocale().toString(size.characters), QLocale().toString(size.tokens)));
    });
    readSettings();
    updateTitle();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu *menu, const QString &text, auto slot, const QList<QKeySequence> &keys = {}) {
        QAction *action = menu->addAction(text);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(file, tr("&New"), &MainWindow::newDocument, QKeySequence::keyBindings(QKeySequence::New));
    add(file, tr("&Open…"), &MainWindow::openDialog, QKeySequence::keyBindings(QKeySequence::Open));
    auto *recent = new RecentFilesMenu(this);
    file->addMenu(recent);
    connect(recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    add(file, tr("&Save"), &MainWindow::save, QKeySequence::keyBindings(QKeySequence::Save));
    add(file, tr("Save &As…"), &MainWindow::saveAs, QKeySequence::keyBindings(QKeySequence::SaveAs));
    add(file, tr("Re&load from Disk"), &MainWindow::reloadFromDisk);
    file->addSeparator();
    add(file, tr("&Export…"), &MainWindow::showExportDialog, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    file->addSeparator();
    QAction *quit = add(file, tr("&Quit"), &QWidget::close, QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto *commands = new EditCommands(this, m_model);
    auto addEdit = [edit, commands](const QString &text, auto slot, const QList<QKeySequence> &keys = {}) {
        QAction *action = edit->addAction(text);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, commands, slot);
    };
    addEdit(tr("Add &Question"), &EditCommands::addQuestion, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    addEdit(tr("&Delete Entry"), &EditCommands::deleteEntry, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    addEdit(tr("Move &Up"), [commands] { commands->moveEntryBy(-1); }, {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)});
    addEdit(tr("Move Do&wn"), [commands] { commands->moveEntryBy(+1); }, {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)});
    addEdit(tr("Move to &Section…"), &EditCommands::moveToSection, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    edit->addSeparator();
    addEdit(tr("Add Sec&tion…"), &EditCommands::addSection);
    addEdit(tr("&Rename Section…"), &EditCommands::renameSection, {QKeySequence(Qt::Key_F2)});

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Next Needing Attention"), &MainWindow::nextNeedingAttention, {QKeySequence(Qt::Key_F8)});
    add(go, tr("&Previous Needing Attention"), &MainWindow::previousNeedingAttention, {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    go->addSeparator();
    add(go, tr("Next &Entry"), &MainWindow::nextEntry, {QKeySequence(Qt::ALT | Qt::Key_Down)});
    add(go, tr("Previous E&ntry"), &MainWindow::previousEntry, {QKeySequence(Qt::ALT | Qt::Key_Up)});
    add(go, tr("Next &Section"), &MainWindow::nextSection, {QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    add(go, tr("Previous Se&ction"), &MainWindow::previousSection, {QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    go->addSeparator();
    add(go, tr("&Find…"), [this] {
        m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchField()->selectAll();
    }, QKeySequence::keyBindings(QKeySequence::Find));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_compareTools = new CompareTools(this, m_session, m_exportSize);
    m_compareTools->addActions(tools);
    tools->addSeparator();
    tools->addMenu(new SpellMenu(this));
    SpellMenu::announceIfUnavailable(statusBar());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard Shortcuts"), &MainWindow::showShortcuts, QKeySequence::keyBindings(QKeySequence::HelpContents));
    add(help, tr("&About Quire"), &MainWindow::showAbout);
    add(help, tr("About &Qt"), [] { QApplication::aboutQt(); });
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(QStringLiteral("exportSizeLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_exportLabel);
}

QString MainWindow::countsText(const StatusCounts &c)
{
    auto plural = [](int n, const QString &one, const QString &many) { return n == 1 ? one : many; };
    return tr("%1 of %2 answered · %3 empty · %4 %5 · %6 unanswered")
        .arg(c.answered).arg(c.entries).arg(c.empty).arg(c.placeholder)
        .arg(plural(c.placeholder, tr("placeholder"), tr("placeholders")))
        .arg(c.unanswered);
}

void MainWindow::updateCounts()
{
    m_countsLabel->setText(countsText(m_model->counts()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Quire").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::updatePosition()
{
    const EntryRef ref = currentEntry();
    const QaDocument &document = m_model->document();
    if (!ref.isValid()) {
        m_positionLabel->setText(currentSection() >= 0 && currentSection() < document.sectionCount()
                                     ? tr("Section %1 of %2").arg(currentSection() + 1).arg(document.sectionCount())
                                     : QString());
        return;
    }
    const int line = document.entry(ref).line();
    QString text = tr("Entry %1 of %2").arg(document.entryNumber(ref)).arg(document.entryCount());
    if (line > 0)
        text += tr(" · line %1").arg(line);
    m_positionLabel->setText(text);
}

EntryRef MainWindow::currentEntry() const
{
    return m_editor->entry();
}

int MainWindow::currentSection() const
{
    return m_tabs->currentIndex();
}

void MainWindow::showSection(int section)
{
    const QaDocument &document = m_model->document();
    m_model->endTypingBurst();
    if (section < 0 || section >= document.sectionCount()) {
        m_editor->showNothing(tr("This document has no sections yet. Use Edit → Add Section."));
        updatePosition();
        return;
    }
    if (m_tabs->currentIndex() != section) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(section);
    }
    m_list->listModel()->setSection(section);
    const QaSection &s = document.section(section);
    if (s.isProse()) {
        m_list->selectEntry({});
        m_editor->showProse(section);
    } else {
        const EntryRef first = m_list->listModel()->rowCount() > 0 && m_list->searchField()->text().isEmpty()
            ? m_list->listModel()->entryAt(0) : EntryRef{section, 0};
        m_list->selectEntry(first);
        m_editor->showEntry(first);
    }
    updatePosition();
}

void MainWindow::selectEntry(EntryRef ref)
{
    const QaDocument &document = m_model->document();
    if (!document.contains(ref))
        return;
    if (ref != m_editor->entry())
        m_model->endTypingBurst(); // switching entries ends an undo step
    if (m_tabs->currentIndex() != ref.section) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(ref.section);
        m_list->listModel()->setSection(ref.section);
    }
    m_list->selectEntry(ref);
    m_editor->showEntry(ref);
    updatePosition();
}

void MainWindow::onNavigateRequested(EntryRef ref)
{
    if (ref.index >= 0)
        selectEntry(ref);
    else if (ref.section >= 0 && ref.section < m_model->document().sectionCount())
        showSection(ref.section);
}

int MainWindow::currentPositionNumber() const
{
    const EntryRef ref = currentEntry();
    if (ref.isValid())
        return m_model->document().entryNumber(ref);
    return EntryNavigator::entriesBefore(m_model->document(), qMax(0, currentSection()));
}

void MainWindow::jumpToNeedingAttention(bool forward)
{
    bool wrapped = false;
    const QaDocument &document = m_model->document();
    const int position = currentPositionNumber();
    const EntryRef target = forward
        ? EntryNavigator::nextNeedingAttention(document, position, &wrapped)
        : EntryNavigator::previousNeedingAttention(document, currentEntry().isValid() ? position : position + 1, &wrapped);
    if (!target.isValid()) {
        statusBar()->showMessage(tr("No entry needs attention."), 4000);
        return;
    }
    if (!m_list->searchField()->text().isEmpty() || m_list->listModel()->statusFilter() != StatusFilter::All) {
        if (m_list->listModel()->rowOf(target) < 0) {
            m_list->searchField()->clear();
            m_list->statusFilter()->setCurrentIndex(0);
        }
    }
    selectEntry(target);
    m_editor->focusAnswerAtEnd();
    if (wrapped)
        statusBar()->showMessage(forward ? tr("Continued from the start.") : tr("Continued from the end."), 3000);
}

void MainWindow::nextNeedingAttention() { jumpToNeedingAttention(true); }
void MainWindow::previousNeedingAttention() { jumpToNeedingAttention(false); }

void MainWindow::nextEntry()
{
    const int number = currentPositionNumber() + 1;
    const EntryRef ref = m_model->document().entryRef(number);
    if (ref.isValid())
        selectEntry(ref);
}

void MainWindow::previousEntry()
{
    const EntryRef current = currentEntry();
    const int number = current.isValid() ? currentPositionNumber() - 1 : currentPositionNumber();
    const EntryRef ref = m_model->document().entryRef(number);
    if (ref.isValid())
        selectEntry(ref);
}

void MainWindow::nextSection()
{
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void MainWindow::previousSection()
{
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

// --- Files -------------------------------------------------------------

void MainWindow::openStartupDocument(const QString &path)
{
    const QString last = QSettings().value(QStringLiteral("lastDocument")).toString();
    if (!path.isEmpty()) {
        openFile(path);
    } else if (last.isEmpty() || !QFileInfo::exists(last) || !openFile(last)) {
        // First run: a writable copy of the bundled sample; the bundled file stays pristine.
        const QString dir = AppPaths::dataFolder();
        QDir().mkpath(dir);
        const QString copy = QDir(dir).filePath(QStringLiteral("portfolio-qa.md"));
        if (!QFileInfo::exists(copy)) {
            QFile::copy(QStringLiteral(":/quire/portfolio-qa.md"), copy);
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        openFile(copy);
    }
    if (!m_messages->isVisible())
        m_notices->offerRecovery(QString()); // work from an untitled document, if any
}

bool MainWindow::openFile(const QString &path)
{
    if (QFileInfo(path).size() >= largeFileBytes) {
        openLargeFile(path);
        return true; // the outcome is shown when loading ends
    }
    LoadError error;
    if (!m_session->open(path, &error)) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not open %1").arg(error.message));
        return false;
    }
    afterOpen();
    return true;
}

void MainWindow::openLargeFile(const QString &path)
{
    auto *loader = new DocumentLoader(this);
    auto *progress = new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(loader, &DocumentLoader::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, loader, &DocumentLoader::cancel);
    connect(loader, &DocumentLoader::finished, this, [this, loader, progress, path](const DocumentLoader::Result &result) {
        progress->deleteLater();
        loader->deleteLater();
        if (result.canceled) {
            statusBar()->showMessage(tr("Opening %1 was canceled.").arg(path), 6000);
        } else if (!result.document) {
            m_messages->showMessage(MessageBar::Kind::Error, tr("Could not open %1").arg(result.error.message));
        } else {
            m_session->adopt(*result.document, path);
            afterOpen();
        }
    });
    loader->start(path);
}

void MainWindow::afterOpen()
{
    m_messages->hide();
    RecentFilesMenu::addFile(m_session->filePath());
    QSettings().setValue(QStringLiteral("lastDocument"), m_session->filePath());
    m_exportSize->setOptions(ExportPreferences::load(m_session->filePath()).optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()));
    if (!m_reviews->problem().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, m_reviews->problem());
    m_notices->offerRecovery(m_session->filePath());
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Save them before closing?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_session->discardChanges(); // the user's choice: the recovery copy goes too
    return true;
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    m_session->newDocument();
    m_messages->hide();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_session->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_session->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Document"), dir,
                                                      tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::reloadFromDisk()
{
    if (m_session->filePath().isEmpty())
        return;
    if (m_session->isModified()
        && QMessageBox::question(this, tr("Reload from Disk"),
                                 tr("Discard your unsaved changes and reload “%1” from disk?").arg(m_session->displayName()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    openFile(m_session->filePath());
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_session->save(&error)) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_session->filePath()), 4000);
    exportAfterSave();
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_session->filePath().isEmpty()
        ? QDir::home().filePath(tr("questions.md")) : m_session->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested,
                                                      tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session->saveAs(path, &error)) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(error));
        return false;
    }
    RecentFilesMenu::addFile(m_session->filePath());
    QSettings().setValue(QStringLiteral("lastDocument"), m_session->filePath());
    exportAfterSave();
    return true;
}

void MainWindow::exportAfterSave()
{
    const ExportPreferences prefs = ExportPreferences::load(m_session->filePath());
    if (!prefs.exportOnSave)
        return;
    const QString path = prefs.resolvedOutputPath(m_session->filePath());
    QString error;
    if (!m_session->exportTo(path, prefs.optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()), &error))
        m_messages->showMessage(MessageBar::Kind::Error, tr("Saved, but the export failed: %1").arg(error));
    else
        statusBar()->showMessage(tr("Saved and exported %1").arg(path), 4000);
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(m_session, this, m_reviews);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(dialog.exportedPath()), 5000);
    m_exportSize->setOptions(ExportPreferences::load(m_session->filePath()).optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()));
}

// --- Window ------------------------------------------------------------

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quire"),
                       tr("<h3>Quire %1</h3><p>Author, review and export a markdown question-and-answer "
                          "document as context for an LLM.</p><p>Qt %2 · cmark %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                MarkdownRenderer::cmarkVersion()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_editor->splitter()->restoreState(settings.value(QStringLiteral("window/previewSplitter")).toByteArray());
    m_editor->verticalSplitter()->restoreState(settings.value(QStringLiteral("window/questionSplitter")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/previewSplitter"), m_editor->splitter()->saveState());
    settings.setValue(QStringLiteral("window/questionSplitter"), m_editor->verticalSplitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}
