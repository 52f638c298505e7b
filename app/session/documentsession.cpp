#include "app/session/documentsession.h"

#include "app/base/atomicfilewriter.h"
#include "app/document/documentfilereader.h"
#include "app/session/documentsaver.h"
#include "app/session/readaspreference.h"
#include "app/export/contextexporter.h"
#include "app/model/qamodel.h"

#include <utility>

#include <QFileInfo>

DocumentSession::DocumentSession(QaModel *model, QObject *parent)
    : QObject(parent), m_model(model),
      m_autosaveJob(this, [this](const QString &failure, bool requestedAgain) {
          autosaveFinished(failure, requestedAgain);
      }),
      m_saveJob(this, [this](const Written &written, bool) { saveJobFinished(written); }),
      m_diskParse(this, [this](const DiskVersion &version, bool again) { diskVersionParsed(version, again); }),
      m_readAs(this, [this](const std::shared_ptr<ReadAgain> &result, bool) { readAgainFinished(std::move(*result)); })
{
    // Any step done, undone or replaced: a save that started before it
    // wrote an older text, so it must not mark the document clean.
    connect(model->undoStack(), &QUndoStack::indexChanged, this, [this] { ++m_edits; });
    connect(model, &QaModel::documentReset, this, [this] { ++m_edits; });
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
    connect(&m_watcher, &FileChangeWatcher::changedOnDisk, this, &DocumentSession::parseDiskVersion);
    connect(&m_watcher, &FileChangeWatcher::removedFromDisk, this, &DocumentSession::removedFromDisk);
    connect(&m_watcher, &FileChangeWatcher::unreadable, this, &DocumentSession::unreadableOnDisk);
}

DocumentSession::~DocumentSession()
{
    // The window waits for saves before it closes; this only makes sure no
    // worker outlives the session.
    m_saveJob.waitForFinished();
    m_autosaveJob.waitForFinished();
    m_diskParse.waitForFinished();
    m_readAs.waitForFinished();
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
    waitForSaves();
    // A change of the previous file, parsed or being parsed, is not this one's.
    ++m_sessionGeneration;
    m_diskVersion.reset();
    m_diskChangePending = false;
    m_latestDiskBytes.clear();
    m_latestDiskHash.clear();
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
    // Read once, in the dialect chosen last time (View → Read As), not
    // guessed first and read again.
    DocumentParser::Options options;
    options.forced = ReadAsPreference::load(path);
    std::optional<QaDocument> document = QaDocument::fromFile(path, options, error);
    if (!document)
        return false;
    adopt(std::move(*document), path);
    return true;
}

void DocumentSession::adopt(QaDocument document, const QString &path, std::shared_ptr<const QuestionKeys> keys)
{
    const QByteArray bytes = document.loadedBytes(); // exactly the file's bytes
    m_model->setDocument(std::move(document), std::move(keys));
    startSession(QFileInfo(path).absoluteFilePath(), bytes);
}

void DocumentSession::newDocument()
{
    m_model->setDocument(*QaDocument::fromBytes(QByteArray(), tr("Untitled")));
    startSession(QString(), QByteArray());
}

bool DocumentSession::reloadFrom(const QByteArray &bytes, LoadError *error)
{
    waitForSaves();
    std::optional<QaDocument> document;
    std::shared_ptr<const QuestionKeys> keys;
    QByteArray hash;
    // The change announced by changedOnDisk() was parsed (and its questions
    // keyed) in a worker already, unless Read As changed the dialect since.
    const DocumentParser::Options options = m_model->document().parseOptions();
    if (m_diskVersion && m_diskVersion->document && m_diskVersion->document->parseOptions().forced == options.forced
        && m_diskVersion->bytes.size() == bytes.size()
        && (m_diskVersion->bytes.constData() == bytes.constData() || m_diskVersion->bytes == bytes)) {
        document = std::move(m_diskVersion->document);
        keys = std::move(m_diskVersion->keys);
        hash = m_diskVersion->hash;
    } else {
        document = QaDocument::fromBytes(bytes, m_path, options, error);
        hash = FileChangeWatcher::hashOf(bytes);
    }
    if (!document)
        return false;
    m_diskVersion.reset();
    m_diskParse.forgetResult();
    m_model->setDocument(std::move(*document), std::move(keys));
    m_watcher.setKnownHash(hash);
    if (m_recovery)
        m_recovery->remove();
    emit modifiedChanged(false);
    return true;
}

void DocumentSession::keepMine(const QByteArray &diskBytes)
{
    m_diskVersion.reset(); // their parsed version is not needed any more
    m_diskParse.forgetResult();
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
    // Read as the open document is (a dialect forced for it stays forced).
    std::optional<QaDocument> document = QaDocument::fromBytes(bytes, m_path.isEmpty() ? tr("Untitled") : m_path,
                                                               m_model->document().parseOptions(), error);
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
        const auto produce = [&snapshot](const AtomicFileWriter::Sink &sink) { snapshot.writeTo(sink); };
        return store->write(produce, &error) ? QString() : error;
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
    const QaDocument &document = m_model->document();
    if (m_recovery->write([&document](const AtomicFileWriter::Sink &sink) { document.writeTo(sink); }, &error))
        emit recoveryWritten(m_recovery->markdownPath());
    else
        emit recoveryFailed(error);
}

bool DocumentSession::save(QString *error)
{
    return saveAs(QString(), error);
}

bool DocumentSession::saveAs(const QString &path, QString *error)
{
    waitForSaves();
    startSave(path);
    waitForSaves();
    if (!m_lastSave.ok() && error)
        *error = m_lastSave.error;
    return m_lastSave.ok();
}

void DocumentSession::startSave(const QString &path, const std::optional<ExportAfterSave> &exportAfter)
{
    const SaveRequest request{path, exportAfter};
    if (m_saving) {
        m_queuedSave = request; // after the running one, from the text current then
        return;
    }
    m_saving = true;
    emit savingChanged(true);
    runSave(request);
}

void DocumentSession::runSave(const SaveRequest &request)
{
    const QString path = QFileInfo(request.path.isEmpty() ? m_path : request.path).absoluteFilePath();
    if (request.path.isEmpty() && m_path.isEmpty()) {
        Written written;
        written.outcome.error = tr("The document has no file yet; use Save As.");
        saveJobFinished(written); // no worker started: report now, as a worker would
        return;
    }
    // A keystroke after this starts a new undo step, so it counts as an
    // edit made during the save.
    m_model->endTypingBurst();
    m_editsAtSave = m_edits;
    // Our own write is not a change by another program.
    m_watcher.pause();
    const QaDocument snapshot = m_model->document();
    const std::optional<ExportAfterSave> exportAfter = request.exportAfter;
    m_saveJob.start([snapshot, path, exportAfter] {
        Written written;
        written.outcome.path = path;
        // Streamed: a 65 MB document is not held a second time as one block.
        const auto produce = [&snapshot](const AtomicFileWriter::Sink &sink) { snapshot.writeTo(sink); };
        if (!DocumentSaver::save(path, produce, &written.outcome.error, &written.hash)) {
            if (written.outcome.error.isEmpty())
                written.outcome.error = DocumentSession::tr("%1 could not be written.").arg(path);
            return written;
        }
        if (exportAfter) {
            written.outcome.exportPath = exportAfter->path;
            if (!AtomicFileWriter::write(exportAfter->path, ContextExporter::exportBytes(snapshot, exportAfter->options),
                                         &written.outcome.exportError)
                && written.outcome.exportError.isEmpty())
                written.outcome.exportError = DocumentSession::tr("%1 could not be written.").arg(exportAfter->path);
        }
        return written;
    });
}

void DocumentSession::saveJobFinished(const Written &written)
{
    m_lastSave = written.outcome;
    if (written.outcome.ok())
        markSaved(written);
    m_watcher.resume();
    if (written.outcome.ok())
        emit saved(m_path);
    emit saveFinished(written.outcome);
    if (m_queuedSave) {
        runSave(*std::exchange(m_queuedSave, std::nullopt));
        return;
    }
    m_saving = false;
    emit savingChanged(false);
}

void DocumentSession::markSaved(const Written &written)
{
    const QString &absolute = written.outcome.path;
    // Never clean when the text changed after the snapshot: those edits are not on disk.
    if (m_edits == m_editsAtSave) {
        m_model->undoStack()->setClean();
        m_autosaveTimer.stop();
    }
    if (absolute != m_path) {
        m_autosaveJob.waitForFinished();
        if (m_recovery)
            m_recovery->remove();
        m_recovery = std::make_unique<RecoveryStore>(absolute);
        m_path = absolute;
        m_watcher.watch(absolute, QByteArray());
        m_watcher.setKnownHash(written.hash);
        emit filePathChanged(m_path);
        if (isModified())
            scheduleAutosave(); // the edits made during the save, under the new name
    } else {
        m_watcher.setKnownHash(written.hash);
    }
    if (m_recovery && !m_autosaveJob.isRunning() && !isModified())
        m_recovery->remove();
}

void DocumentSession::waitForSaves()
{
    while (m_saving) {
        if (const std::optional<Written> written = m_saveJob.takeResult())
            saveJobFinished(*written);
        else if (m_saving && !m_saveJob.isRunning())
            break; // cannot happen: a save is marked running only with a job
    }
}

void DocumentSession::parseDiskVersion(const QByteArray &bytes, const QByteArray &hash)
{
    m_latestDiskBytes = bytes;
    m_latestDiskHash = hash;
    m_diskChangePending = true;
    if (m_diskParse.deferIfRunning())
        return;
    m_diskChangePending = false;
    const QString name = m_path;
    const quint64 generation = m_sessionGeneration;
    const DocumentParser::Options options = m_model->document().parseOptions(); // a forced dialect stays
    m_diskParse.start([bytes, hash, name, generation, options] {
        DiskVersion version;
        version.generation = generation;
        version.bytes = bytes;
        version.hash = hash;
        version.document = QaDocument::fromBytes(bytes, name, options, &version.error);
        if (version.document)
            version.keys = std::make_shared<const QuestionKeys>(QuestionKeys::of(*version.document));
        return version;
    });
}

void DocumentSession::diskVersionParsed(const DiskVersion &version, bool requestedAgain)
{
    if (requestedAgain && m_diskChangePending) { // a newer change came meanwhile: that one counts
        parseDiskVersion(std::exchange(m_latestDiskBytes, QByteArray()), std::exchange(m_latestDiskHash, QByteArray()));
        return;
    }
    if (version.generation != m_sessionGeneration)
        return; // a change of a file no longer open
    m_latestDiskBytes.clear();
    m_latestDiskHash.clear();
    m_diskVersion = version;
    emit changedOnDisk(version.bytes);
}

bool DocumentSession::exportTo(const QString &path, const ExportOptions &options, QString *error) const
{
    return AtomicFileWriter::write(path, ContextExporter::exportBytes(m_model->document(), options), error);
}

void DocumentSession::startReadAs(const DocumentParser::Options &options, bool fromDisk)
{
    if (m_readAs.isRunning()) {
        emit readAsFinished(tr("The document is being read again already."));
        return;
    }
    fromDisk = fromDisk && !m_path.isEmpty();
    m_model->endTypingBurst();
    auto request = std::make_shared<ReadAgain>();
    request->generation = m_sessionGeneration;
    request->edits = m_edits;
    request->fromDisk = fromDisk;
    request->wasModified = isModified() && !fromDisk;
    const QaDocument snapshot = m_model->document(); // shares its bytes: cheap
    const QString path = m_path;
    const QString name = path.isEmpty() ? snapshot.name() : path;
    m_readAs.start([request, snapshot, path, name, options] {
        DiskVersion &version = request->version;
        if (request->fromDisk) {
            if (DocumentFileReader::read(path, &version.bytes, &version.error.message) != DocumentFileReader::Outcome::Read)
                return request;
            version.hash = FileChangeWatcher::hashOf(version.bytes);
        } else {
            version.bytes = snapshot.toBytes(); // the text as it is, every word of it
        }
        version.document = QaDocument::fromBytes(version.bytes, name, options, &version.error);
        if (version.document)
            version.keys = std::make_shared<const QuestionKeys>(QuestionKeys::of(*version.document));
        version.bytes.clear(); // the document holds them
        return request;
    });
}

void DocumentSession::readAgainFinished(ReadAgain result)
{
    if (result.generation != m_sessionGeneration) {
        emit readAsFinished(tr("Another document was opened meanwhile."));
        return;
    }
    if (result.edits != m_edits) {
        emit readAsFinished(tr("The document was edited while it was read again, so it was left as it is."));
        return;
    }
    if (!result.version.document) {
        emit readAsFinished(result.version.error.message);
        return;
    }
    m_model->setDocument(std::move(*result.version.document), std::move(result.version.keys));
    if (result.fromDisk) {
        m_watcher.setKnownHash(result.version.hash);
        discardChanges(); // the user chose to; the recovery copy goes
    }
    if (result.wasModified) {
        // Read from unsaved text: it is still unsaved, and still protected.
        m_model->undoStack()->resetClean();
        writeRecoveryNow();
    }
    emit modifiedChanged(isModified());
    emit readAsFinished(QString());
}
