#include "app/session/documentsession.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/documentsaver.h"
#include "app/export/contextexporter.h"
#include "app/model/qamodel.h"

#include <QFileInfo>

DocumentSession::DocumentSession(QaModel *model, QObject *parent)
    : QObject(parent), m_model(model),
      m_autosaveJob(this, [this](const QString &failure, bool requestedAgain) {
          autosaveFinished(failure, requestedAgain);
      })
{
    connect(model->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
        if (clean && m_recovery && !m_autosaveJob.isRunning())
            m_recovery->remove(); // undone back to the saved text: nothing to recover
        else
            scheduleAutosave();
    });
    connect(model, &QaModel::entryChanged, this, &DocumentSession::scheduleAutosave);
    connect(model, &QaModel::sectionChanged, this, &DocumentSession::scheduleAutosave);
    connect(model, &QaModel::structureChanged, this, &DocumentSession::scheduleAutosave);
    // Not restarted by further edits: continuous typing is saved every second.
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentSession::autosave);
    connect(&m_watcher, &FileChangeWatcher::changedOnDisk, this, &DocumentSession::changedOnDisk);
    connect(&m_watcher, &FileChangeWatcher::removedFromDisk, this, &DocumentSession::removedFromDisk);
    connect(&m_watcher, &FileChangeWatcher::unreadable, this, &DocumentSession::unreadableOnDisk);
}

DocumentSession::~DocumentSession()
{
    m_autosaveJob.waitForFinished();
}

QString DocumentSession::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DocumentSession::isModified() const
{
    return !m_model->undoStack()->isClean();
}

QString DocumentSession::recoveryFile() const
{
    return m_recovery ? m_recovery->markdownPath() : QString();
}

void DocumentSession::startSession(const QString &path, const QByteArray &diskBytes)
{
    m_autosaveTimer.stop();
    m_autosaveJob.waitForFinished();
    if (m_recovery)
        m_recovery->remove(); // the caller made sure nothing unsaved is lost
    m_recovery = std::make_unique<RecoveryStore>(path);
    if (path.isEmpty())
        m_watcher.stop();
    else
        m_watcher.watch(path, diskBytes);
    if (path != m_path) {
        m_path = path;
        emit filePathChanged(m_path);
    }
    emit modifiedChanged(isModified());
}

bool DocumentSession::open(const QString &path, LoadError *error)
{
    std::optional<QaDocument> document = QaDocument::fromFile(path, error);
    if (!document)
        return false;
    adopt(std::move(*document), path);
    return true;
}

void DocumentSession::adopt(QaDocument document, const QString &path)
{
    const QByteArray bytes = document.loadedBytes(); // exactly the file's bytes
    m_model->setDocument(std::move(document));
    startSession(QFileInfo(path).absoluteFilePath(), bytes);
}

void DocumentSession::newDocument()
{
    m_model->setDocument(*QaDocument::fromBytes(QByteArray(), tr("Untitled")));
    startSession(QString(), QByteArray());
}

bool DocumentSession::reloadFrom(const QByteArray &bytes, LoadError *error)
{
    std::optional<QaDocument> document = QaDocument::fromBytes(bytes, m_path, error);
    if (!document)
        return false;
    m_model->setDocument(std::move(*document));
    m_watcher.setKnownBytes(bytes);
    if (m_recovery)
        m_recovery->remove();
    emit modifiedChanged(false);
    return true;
}

void DocumentSession::keepMine(const QByteArray &diskBytes)
{
    m_watcher.setKnownBytes(diskBytes);
}

bool DocumentSession::restoreRecovered(const RecoveryStore::Entry &entry, LoadError *error)
{
    bool ok = false;
    const QByteArray bytes = RecoveryStore::read(entry, &ok);
    if (!ok) {
        if (error)
            error->message = tr("%1: cannot read the recovery file").arg(entry.markdownPath);
        return false;
    }
    std::optional<QaDocument> document = QaDocument::fromBytes(bytes, m_path.isEmpty() ? tr("Untitled") : m_path, error);
    if (!document)
        return false;
    m_model->setDocument(std::move(*document));
    m_model->undoStack()->resetClean(); // restored work is unsaved work
    emit modifiedChanged(true);
    // Ours first, then theirs: the text is never only in memory.
    writeRecoveryNow();
    if (m_recovery && m_recovery->hasFile())
        RecoveryStore::discard(entry);
    return true;
}

void DocumentSession::discardChanges()
{
    m_autosaveTimer.stop();
    m_autosaveJob.waitForFinished();
    if (m_recovery)
        m_recovery->remove();
}

void DocumentSession::scheduleAutosave()
{
    if (!isModified() || !m_recovery)
        return;
    if (m_autosaveJob.deferIfRunning())
        return;
    if (!m_autosaveTimer.isActive())
        m_autosaveTimer.start();
}

void DocumentSession::autosave()
{
    if (!isModified() || !m_recovery)
        return;
    // A copy shares the loaded bytes; serializing happens off the typing path.
    const QaDocument snapshot = m_model->document();
    RecoveryStore *store = m_recovery.get();
    m_autosaveJob.start([snapshot, store] {
        QString error;
        return store->write(snapshot.toBytes(), &error) ? QString() : error;
    });
}

void DocumentSession::autosaveFinished(const QString &failure, bool requestedAgain)
{
    if (!failure.isEmpty())
        emit recoveryFailed(failure);
    else if (m_recovery)
        emit recoveryWritten(m_recovery->markdownPath());
    if (!isModified() && m_recovery)
        m_recovery->remove(); // saved meanwhile
    if (requestedAgain)
        scheduleAutosave();
}

void DocumentSession::writeRecoveryNow()
{
    m_autosaveTimer.stop();
    m_autosaveJob.waitForFinished();
    if (!m_recovery || !isModified())
        return;
    QString error;
    if (m_recovery->write(m_model->document().toBytes(), &error))
        emit recoveryWritten(m_recovery->markdownPath());
    else
        emit recoveryFailed(error);
}

bool DocumentSession::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The document has no file yet; use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

bool DocumentSession::saveAs(const QString &path, QString *error)
{
    const QByteArray bytes = m_model->document().toBytes();
    if (!DocumentSaver::save(path, bytes, error))
        return false; // still modified: nothing pretends to be saved
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_model->endTypingBurst();
    m_model->undoStack()->setClean();
    m_autosaveTimer.stop();
    if (absolute != m_path) {
        m_autosaveJob.waitForFinished();
        if (m_recovery)
            m_recovery->remove();
        m_recovery = std::make_unique<RecoveryStore>(absolute);
        m_path = absolute;
        m_watcher.watch(absolute, bytes);
        emit filePathChanged(m_path);
    } else {
        m_watcher.setKnownBytes(bytes);
    }
    if (m_recovery && !m_autosaveJob.isRunning())
        m_recovery->remove();
    emit saved(m_path);
    return true;
}

bool DocumentSession::exportTo(const QString &path, const ExportOptions &options, QString *error) const
{
    return AtomicFileWriter::write(path, ContextExporter::exportBytes(m_model->document(), options), error);
}
