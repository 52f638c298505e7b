#pragma once

#include <QByteArray>
#include <QString>

// Every write of a document, an export or a sidecar goes through here.
//
// QSaveFile writes a temporary file beside the target, flushes it to disk and
// renames it over the target only when everything was written, so a failed
// write leaves the old file byte-identical. The directory is then synced so
// the rename itself survives a power cut. A symbolic link is resolved: its
// target is replaced and the link kept. The target's permissions are kept.
class AtomicFileWriter
{
public:
    // Returns false and sets `error` (one line naming the file and the
    // reason) on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};
