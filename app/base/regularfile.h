#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Reading a file that a user or another program hands Quire (a document, a
// candidate file, a review sidecar, an --answer-file). Anything that is not
// a regular file is refused before it is opened: opening a FIFO blocks until
// a writer comes, and /dev/zero never ends. A regular file is never read past
// a size limit, so no read grows without bound.
class RegularFile
{
public:
    static constexpr qint64 defaultMaxBytes = qint64(1) << 30; // 1 GiB

    // Why `path` cannot be read as a regular file, in a few words ("no such
    // file", "a named pipe (FIFO), not a regular file", "too many levels of
    // symbolic links", …); empty when it can. `size` receives its size (0 for
    // files whose size the system does not know, as in /proc).
    static QString problem(const QString &path, qint64 *size = nullptr, qint64 maxBytes = defaultMaxBytes);

    // Reads the whole file. On failure `error` is "PATH: reason", on one line
    // whatever the path holds.
    static bool readAll(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes = defaultMaxBytes);

    // "… is larger than the 1 GiB Quire reads" (for reads that find out late).
    static QString tooLarge(qint64 maxBytes);
};
