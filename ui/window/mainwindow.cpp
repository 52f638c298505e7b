#include "ui/window/mainwindow.h"

#include "app/export/exportpreferences.h"
#include "app/export/exportsize.h"
#include "app/export/exportsizeestimator.h"
#include "app/model/qamodel.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "ui/common/messagebar.h"
#include "ui/compare/comparetools.h"
#include "ui/context/contextcontroller.h"
#include "ui/editor/entryeditor.h"
#include "ui/list/entrylistpanel.h"
#include "ui/list/sectiontabbar.h"
#include "ui/overview/overviewpanel.h"
#include "ui/preview/previewview.h"
#include "ui/rehearsal/rehearsalcontroller.h"
#include "ui/review/reviewbar.h"
#include "ui/review/probecontroller.h"
#include "ui/review/reviewcontroller.h"
#include "ui/window/dialectstatus.h"
#include "ui/window/editcommands.h"
#include "ui/window/filecommands.h"
#include "ui/window/readascontroller.h"
#include "ui/window/sessionnotices.h"
#include "ui/window/windowmenus.h"
#include "ui/window/windownavigation.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
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

    // The helpers, each with only what it needs.
    m_navigation = new WindowNavigation(m_model, m_tabs, m_list, m_editor, statusBar(), this);
    m_files = new FileCommands(m_session, m_reviews, m_exportSize, m_messages, statusBar(), this);
    m_notices = new SessionNotices(m_session, m_messages, m_navigation, m_editor, statusBar(), this);
    connect(m_notices, &SessionNotices::saveRequested, m_files, &FileCommands::save);
    connect(m_notices, &SessionNotices::saveAsRequested, m_files, &FileCommands::saveAs);
    connect(m_files, &FileCommands::opened, m_notices, &SessionNotices::offerRecovery);
    connect(m_reviews, &ReviewStore::approvalsChanged, this, [this] {
        if (ExportPreferences::load(m_session->filePath()).onlyApproved)
            m_files->refreshExportSize();
    });
    auto *edits = new EditCommands(m_navigation, m_model, m_editor, statusBar(), this);
    m_compareTools = new CompareTools(this, m_navigation, m_session, m_reviews, m_exportSize, m_messages);

    auto *menus = new WindowMenus(this);
    menus->fillFile(m_files);
    menus->fillEdit(m_model, edits);
    menus->fillGo(m_navigation);
    menus->fillTools(m_compareTools, m_exportSize);
    menus->fillHelp();
    m_readAs = new ReadAsController(m_session, m_files, m_messages, statusBar(), this);
    m_readAs->fillMenu(menus->viewMenu());
    createStatusBar();
    m_context = new ContextController(this, m_session, m_reviews, m_messages);
    menus->fillContext(m_context);
    connect(m_exportSize, &ExportSizeEstimator::encodingChanged, m_context, &ContextController::setEncoding);
    connect(m_context, &ContextController::openDocumentRequested, this, [this](const QString &path) {
        if (m_files->maybeSave())
            openFile(path);
    });
    m_rehearsal = new RehearsalController(this, m_navigation, m_model, m_session, m_reviews, m_list->listModel(),
                                          m_compareTools, m_messages);
    menus->fillRehearsal(m_rehearsal);
    // Probes (marked in the review sidecar) are asked expecting a decline.
    m_rehearsal->setProbeProvider([this](EntryRef ref) { return m_reviews->isProbe(ref); });
    m_review = new ReviewController(this, m_navigation, m_model, m_reviews, m_list, menus->viewMenu(),
                                    menus->reviewMenu());
    layout->addWidget(m_review->bar());
    connect(m_compareTools->overviewPanel(), &OverviewPanel::reviewSegmentClicked, m_review,
            &ReviewController::showReviewed);
    // Probes: marks in the sidecar; not gaps in the counts, for F8, in the list and overview.
    auto *probes = new ProbeController(this, m_navigation, m_reviews, m_list, m_tabs, menus->reviewMenu());
    probes->showInOverview(m_compareTools->overviewPanel());
    probes->showInEditor(m_editor);
    m_navigation->setNotAGap([this](EntryRef ref) { return m_reviews->isProbe(ref); });
    connect(m_reviews, &ReviewStore::recordsChanged, this, &MainWindow::updateCounts);

    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &QaModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &QaModel::documentReset, this, &MainWindow::updateCounts);
    connect(m_exportSize, &ExportSizeEstimator::sizeChanged, this, [this](const ExportSize &size) {
        m_exportLabel->setText(tr("Export: %1 characters · %2").arg(QLocale().toString(size.characters), size.tokensText()));
    });
    connect(m_editor->preview(), &PreviewView::linkIgnored, this, [this](const QUrl &url) {
        statusBar()->showMessage(
            tr("This link cannot be opened outside Quire, so nothing happened: %1")
                .arg(url.isEmpty() ? tr("(an empty or unsafe address)") : url.toDisplayString()),
            6000);
    });
    readSettings();
    updateTitle();
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(QStringLiteral("exportSizeLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    m_dialectLabel = new DialectStatus(m_model, this);
    statusBar()->addPermanentWidget(m_dialectLabel);
    statusBar()->addPermanentWidget(m_navigation->positionLabel());
    statusBar()->addPermanentWidget(m_exportLabel);
}

void MainWindow::openStartupDocument(const QString &path) { m_files->openStartupDocument(path); }
bool MainWindow::openFile(const QString &path) { return m_files->openFile(path); }
bool MainWindow::save() { return m_files->save(); }
bool MainWindow::saveAs() { return m_files->saveAs(); }
void MainWindow::nextNeedingAttention() { m_navigation->nextNeedingAttention(); }
void MainWindow::nextEntry() { m_navigation->nextEntry(); }
EntryRef MainWindow::currentEntry() const { return m_navigation->currentEntry(); }
int MainWindow::currentSection() const { return m_navigation->currentSection(); }
void MainWindow::selectEntry(EntryRef ref) { m_navigation->selectEntry(ref); }
void MainWindow::showSection(int section) { m_navigation->showSection(section); }

QString MainWindow::countsText(const StatusCounts &c)
{
    auto plural = [](int n, const QString &one, const QString &many) { return n == 1 ? one : many; };
    return tr("%1 of %2 answered · %3 empty · %4 %5 · %6 unanswered")
        .arg(c.answered).arg(c.entries).arg(c.empty).arg(c.placeholder)
        .arg(plural(c.placeholder, tr("placeholder"), tr("placeholders")))
        .arg(c.unanswered)
        + (c.probes ? tr(" · %1 %2").arg(c.probes).arg(plural(c.probes, tr("probe"), tr("probes"))) : QString());
}

void MainWindow::updateCounts()
{
    m_countsLabel->setText(countsText(m_reviews->withProbes(m_model->counts())));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Quire").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
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
    // A save in flight ends first (maybeSave waits for it): closing never loses it.
    if (!m_files->maybeSave()) {
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
    if (m_files->maybeSave())
        openFile(urls.first().toLocalFile());
}
