#pragma once

#include <QByteArray>
#include <QString>

// Every write of a document, an export or a sidecar goes through here:
// QSaveFile writes a temporary file beside the target and renames it over the
// target only when everything was written, so a failed write leaves the old
// file byte-identical. A symbolic link is resolved so that its target is
// replaced and the link kept.
class AtomicFileWriter
{
public:
    // Returns false and sets `error` (one line naming the file) on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};
