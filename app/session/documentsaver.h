#pragma once

#include "app/base/atomicfilewriter.h"

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

    // The same for a document written piece by piece, so that a large one
    // is never held a second time as one block: each piece goes to the new
    // file and is compared with the old one on the way. `hash`, if given,
    // gets the ContentHash of everything written.
    using Produce = std::function<void(const AtomicFileWriter::Sink &)>;
    static bool save(const QString &path, const Produce &produce, QString *error = nullptr, QByteArray *hash = nullptr);
};
