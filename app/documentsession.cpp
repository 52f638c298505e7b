#include "documentsession.h"

#include "atomicfilewriter.h"
#include "backupstore.h"
#include "contextexporter.h"
#include "qamodel.h"

#include <QFileInfo>

DocumentSession::DocumentSession(QaModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    connect(model->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

QString DocumentSession::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DocumentSession::isModified() const
{
    return !m_model->undoStack()->isClean();
}

bool DocumentSession::open(const QString &path, LoadError *error)
{
    std::optional<QaDocument> document = QaDocument::fromFile(path, error);
    if (!document)
        return false;
    m_model->setDocument(std::move(*document));
    m_path = QFileInfo(path).absoluteFilePath();
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
    return true;
}

void DocumentSession::newDocument()
{
    m_model->setDocument(*QaDocument::fromBytes(QByteArray(), tr("Untitled")));
    m_path.clear();
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
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
    if (!BackupStore::backUp(path, error))
        return false; // no backup, no overwrite
    if (!AtomicFileWriter::write(path, m_model->document().toBytes(), error))
        return false; // still modified: nothing pretends to be saved
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        m_path = absolute;
        emit filePathChanged(m_path);
    }
    m_model->endTypingBurst();
    m_model->undoStack()->setClean();
    emit saved(m_path);
    return true;
}

bool DocumentSession::exportTo(const QString &path, const ExportOptions &options, QString *error) const
{
    return AtomicFileWriter::write(path, ContextExporter::exportBytes(m_model->document(), options), error);
}
