#include "ui/window/filecommands.h"

#include "app/base/apppaths.h"
#include "app/base/settingswriter.h"
#include "app/document/documentloader.h"
#include "app/export/exportpreferences.h"
#include "app/export/exportsizeestimator.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "app/session/readaspreference.h"
#include "ui/common/messagebar.h"
#include "ui/export/exportdialog.h"
#include "ui/window/recentfilesmenu.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

#include <optional>
#include <utility>

FileCommands::FileCommands(DocumentSession *session, ReviewStore *reviews, ExportSizeEstimator *exportSize,
                           MessageBar *messages, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_reviews(reviews), m_exportSize(exportSize),
      m_messages(messages), m_statusBar(statusBar), m_dialogParent(dialogParent)
{
    connect(session, &DocumentSession::saveFinished, this, [this](const DocumentSession::SaveOutcome &outcome) {
        saveFinished(outcome.ok(), outcome.error, outcome.exportPath, outcome.exportError);
    });
}

void FileCommands::openStartupDocument(const QString &path)
{
    const QString last = QSettings().value(QStringLiteral("lastDocument")).toString();
    if (!path.isEmpty()) {
        openFile(path);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        // A large document loads in the background; should that load fail,
        // the sample opens then (openLargeFile), as it does here at once.
        m_sampleIfLoadFails = true;
        if (!openFile(last)) {
            const QString error = m_messages->text();
            openSampleCopy();
            m_messages->showMessage(MessageBar::Kind::Error, error);
        }
    } else {
        openSampleCopy();
    }
    if (!m_messages->isVisible())
        emit opened(QString()); // work from an untitled document, if any
}

void FileCommands::openSampleCopy()
{
    m_sampleIfLoadFails = false;
    // A writable copy of the bundled sample; the bundled file stays pristine.
    const QString dir = AppPaths::dataFolder();
    if (!QDir().mkpath(dir)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Cannot create the folder %1 for a copy of the sample document.").arg(dir));
        return;
    }
    const QString copy = QDir(dir).filePath(QStringLiteral("portfolio-qa.md"));
    if (!QFileInfo::exists(copy)) {
        QFile sample(QStringLiteral(":/quire/portfolio-qa.md"));
        if (!sample.copy(copy)) {
            m_messages->showMessage(MessageBar::Kind::Error, tr("Cannot copy the sample document to %1: %2")
                                                                 .arg(copy, sample.errorString()));
            return;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    openFile(copy);
}

bool FileCommands::openFile(const QString &path)
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

void FileCommands::openLargeFile(const QString &path)
{
    auto *loader = new DocumentLoader(this);
    auto *progress = new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100,
                                         m_dialogParent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(loader, &DocumentLoader::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, loader, &DocumentLoader::cancel);
    connect(loader, &DocumentLoader::finished, this, [this, loader, progress, path] {
        DocumentLoader::Result result = loader->takeResult();
        progress->deleteLater();
        loader->deleteLater();
        const bool sampleIfFailed = std::exchange(m_sampleIfLoadFails, false);
        if (result.document) {
            m_session->adopt(std::move(*result.document), path, std::move(result.keys));
            afterOpen();
            return;
        }
        if (sampleIfFailed && m_session->filePath().isEmpty())
            openSampleCopy(); // the start-up document did not load: not an empty window
        if (result.canceled)
            m_statusBar->showMessage(tr("Opening %1 was canceled.").arg(path), 6000);
        else
            m_messages->showMessage(MessageBar::Kind::Error, tr("Could not open %1").arg(result.error.message));
    });
    // In the dialect chosen last time (View → Read As): read once, not twice.
    DocumentParser::Options options;
    options.forced = ReadAsPreference::load(path);
    loader->start(path, options);
}

void FileCommands::remember()
{
    // In a worker: writing settings syncs them to disk, which froze the window.
    SettingsWriter::write([path = m_session->filePath()](QSettings &settings) {
        RecentFilesMenu::addFile(settings, path);
        settings.setValue(QStringLiteral("lastDocument"), path);
    });
}

void FileCommands::afterOpen()
{
    m_messages->hide();
    remember();
    refreshExportSize();
    if (!m_reviews->problem().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, m_reviews->problem());
    emit opened(m_session->filePath());
}

void FileCommands::refreshExportSize()
{
    m_exportSize->setOptions(ExportPreferences::load(m_session->filePath()).optionsWith(m_reviews->approvedFilter()));
}

bool FileCommands::maybeSave()
{
    waitForSave();
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Save them before closing?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (!save())
            return false;
        waitForSave();
        return !m_session->isModified(); // a failed save says why in the bar
    }
    if (answer != QMessageBox::Discard)
        return false;
    m_session->discardChanges(); // the user's choice: the recovery copy goes too
    return true;
}

void FileCommands::newDocument()
{
    if (!maybeSave())
        return;
    m_session->newDocument();
    m_messages->hide();
}

void FileCommands::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_session->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_session->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Document"), dir,
                                                      tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileCommands::reloadFromDisk()
{
    if (m_session->filePath().isEmpty())
        return;
    if (m_session->isModified()
        && QMessageBox::question(m_dialogParent, tr("Reload from Disk"),
                                 tr("Discard your unsaved changes and reload “%1” from disk?").arg(m_session->displayName()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    openFile(m_session->filePath());
}

bool FileCommands::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    startSave(QString());
    return true;
}

bool FileCommands::saveAs()
{
    const QString suggested = m_session->filePath().isEmpty()
        ? QDir::home().filePath(tr("questions.md")) : m_session->filePath();
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save As"), suggested,
                                                      tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    startSave(path);
    return true;
}

void FileCommands::startSave(const QString &path)
{
    // The export that follows a save is the new file's, and written from
    // the same snapshot in the same worker.
    const QString target = path.isEmpty() ? m_session->filePath() : path;
    const ExportPreferences prefs = ExportPreferences::load(target);
    std::optional<DocumentSession::ExportAfterSave> exportAfter;
    if (prefs.exportOnSave)
        exportAfter = DocumentSession::ExportAfterSave{prefs.resolvedOutputPath(target),
                                                       prefs.optionsWith(m_reviews->approvedFilter())};
    m_statusBar->showMessage(tr("Saving %1…").arg(target));
    m_session->startSave(path, exportAfter);
}

void FileCommands::saveFinished(bool ok, const QString &error, const QString &exportPath, const QString &exportError)
{
    m_statusBar->clearMessage();
    if (!ok) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(error), MessageBar::Topic::Save);
        return;
    }
    remember();
    m_messages->clear(MessageBar::Topic::Save); // the failure this save answers
    if (exportPath.isEmpty())
        m_statusBar->showMessage(tr("Saved %1").arg(m_session->filePath()), 4000);
    else if (!exportError.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, tr("Saved, but the export failed: %1").arg(exportError),
                                MessageBar::Topic::Save);
    else
        m_statusBar->showMessage(tr("Saved and exported %1").arg(exportPath), 4000);
}

void FileCommands::waitForSave()
{
    if (!m_session->isSaving())
        return;
    QEventLoop loop;
    connect(m_session, &DocumentSession::savingChanged, &loop, [&loop](bool saving) {
        if (!saving)
            loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void FileCommands::showExportDialog()
{
    ExportDialog dialog(m_session, m_dialogParent, m_reviews);
    if (dialog.exec() == QDialog::Accepted)
        m_statusBar->showMessage(tr("Exported %1").arg(dialog.exportedPath()), 5000);
    refreshExportSize();
}
