#include "ui/window/readascontroller.h"

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "app/session/readaspreference.h"
#include "ui/common/dialectnames.h"
#include "ui/common/messagebar.h"
#include "ui/window/filecommands.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

ReadAsController::ReadAsController(DocumentSession *session, FileCommands *files, MessageBar *messages,
                                   QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_files(files), m_messages(messages), m_statusBar(statusBar),
      m_dialogParent(dialogParent)
{
    connect(files, &FileCommands::opened, this, &ReadAsController::applyRemembered);
    connect(session->model(), &QaModel::documentReset, this, &ReadAsController::syncChecks);
    connect(session, &DocumentSession::readAsFinished, this, [this](const QString &error) {
        m_statusBar->clearMessage();
        syncChecks();
        if (!error.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Error, tr("Not read again: %1").arg(error));
    });
}

void ReadAsController::fillMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Read &As"));
    menu->setObjectName(QStringLiteral("readAsMenu"));
    menu->setToolTipsVisible(true);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_automatic = menu->addAction(tr("&Automatic"));
    m_automatic->setToolTip(tr("Read every dialect the document is written in"));
    m_automatic->setCheckable(true);
    m_group->addAction(m_automatic);
    connect(m_automatic, &QAction::triggered, this, [this] { readAs(std::nullopt); });
    menu->addSeparator();
    for (int i = 0; i < QaLabel::dialectCount; ++i) {
        const auto dialect = QaLabel::Dialect(i);
        QAction *action = menu->addAction(DialectNames::displayName(dialect));
        action->setToolTip(DialectNames::example(dialect));
        action->setCheckable(true);
        m_group->addAction(action);
        m_dialects << action;
        connect(action, &QAction::triggered, this, [this, dialect] { readAs(dialect); });
    }
    view->addSeparator();
    syncChecks();
}

QAction *ReadAsController::action(std::optional<QaLabel::Dialect> dialect) const
{
    return dialect ? m_dialects.value(int(*dialect)) : m_automatic;
}

void ReadAsController::syncChecks()
{
    if (QAction *current = action(m_session->model()->document().parseOptions().forced))
        current->setChecked(true);
}

bool ReadAsController::readAs(std::optional<QaLabel::Dialect> dialect)
{
    if (m_session->isReadingAs()) {
        syncChecks();
        return false;
    }
    if (dialect == m_session->model()->document().parseOptions().forced)
        return false; // read so already
    const QString name = dialect ? DialectNames::displayName(*dialect) : tr("Automatic");
    m_files->waitForSave();
    bool fromDisk = false;
    if (m_session->isModified()) {
        const auto answer = QMessageBox::warning(
            m_dialogParent, tr("Unsaved Changes"),
            tr("“%1” has unsaved changes. Save them before reading the document again as %2?")
                .arg(m_session->displayName(), name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            if (!m_files->save()) {
                syncChecks();
                return false;
            }
            m_files->waitForSave();
            if (m_session->isModified()) { // the save failed: the bar says why
                syncChecks();
                return false;
            }
        } else if (answer == QMessageBox::Discard) {
            fromDisk = true; // an untitled document has no file: its text is read again, unsaved
        } else {
            syncChecks();
            return false;
        }
    }
    ReadAsPreference::save(m_session->filePath(), dialect);
    DocumentParser::Options options;
    options.forced = dialect;
    m_statusBar->showMessage(tr("Reading %1 as %2…").arg(m_session->displayName(), name));
    m_session->startReadAs(options, fromDisk);
    return true;
}

void ReadAsController::applyRemembered(const QString &path)
{
    const std::optional<QaLabel::Dialect> remembered = ReadAsPreference::load(path);
    if (path.isEmpty() || remembered == m_session->model()->document().parseOptions().forced)
        return;
    // Just opened, so nothing is unsaved; read again in a worker as it was last time.
    DocumentParser::Options options;
    options.forced = remembered;
    m_statusBar->showMessage(tr("Reading %1 as %2…")
                                 .arg(m_session->displayName(),
                                      remembered ? DialectNames::displayName(*remembered) : tr("Automatic")));
    m_session->startReadAs(options, false);
}
