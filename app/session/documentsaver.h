#pragma once

#include <QByteArray>
#include <QString>

// Writes a document over its file the one safe way, for the window's Save
// and for `quire set`: the file's current version is copied aside first
// (BackupStore), then the new bytes replace it atomically (AtomicFileWriter).
// A file that already holds these bytes is not backed up: the copy would
// only push an older, different version out.
class DocumentSaver
{
public:
    // False, with `error` set, when no backup could be made (then nothing is
    // written) or the write failed (then the file is as it was).
    static bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};
