#include "app/session/documentsaver.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/backupstore.h"

#include <QFile>
#include <QFileInfo>

namespace {

bool holdsAlready(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).size() != bytes.size())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll() == bytes;
}

} // namespace

bool DocumentSaver::save(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!holdsAlready(path, bytes) && !BackupStore::backUp(path, error))
        return false; // no backup, no overwrite
    return AtomicFileWriter::write(path, bytes, error);
}
