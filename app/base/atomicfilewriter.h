#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

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

    // The same for text made piece by piece (a large review sidecar):
    // `produce` hands each piece to the sink it is given, in order; the sink
    // returns false once a write failed (produce may stop then). The file
    // replaces the target only when every piece was written, and only when
    // `beforeCommit` (if given) agrees: it runs once the new bytes are on
    // disk and the target is still untouched (a document saver backs the old
    // version up there); returning false, it sets the reason.
    using Sink = std::function<bool(const QByteArray &piece)>;
    using Check = std::function<bool(QString *reason)>;
    static bool write(const QString &path, const std::function<void(const Sink &)> &produce, QString *error = nullptr,
                      const Check &beforeCommit = {});
};
