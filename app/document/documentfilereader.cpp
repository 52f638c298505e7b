#include "app/document/documentfilereader.h"

#include "app/base/displaypath.h"
#include "app/base/hugepages.h"
#include "app/base/pagepopulator.h"
#include "app/base/regularfile.h"

#include <QFile>

namespace {
constexpr qint64 chunkSize = 8 * 1024 * 1024;
}

DocumentFileReader::Outcome DocumentFileReader::read(const QString &path, QByteArray *bytes, QString *error,
                                                     const Progress &progress)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(displayPath(path), reason);
        return Outcome::Failed;
    };
    // FIFOs, sockets and devices are refused before open() (which would
    // block on a FIFO), and nothing is read past the size limit.
    const qint64 maxBytes = RegularFile::defaultMaxBytes;
    const QString problem = RegularFile::problem(path, nullptr, maxBytes);
    if (!problem.isEmpty())
        return fail(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // A file of known size is read into place, a chunk at a time (no copy
    // of a 65 MB document, and room to show progress and to cancel); one
    // of unknown size (/proc, a pipe) until it ends.
    const qint64 size = qMin(file.isSequential() ? 0 : file.size(), maxBytes + 1);
    QByteArray data(size, Qt::Uninitialized);
    qint64 done = 0;
    {
        // Its pages are faulted in on another core while the file is read
        // (until the end of this block: nothing moves the buffer meanwhile).
        adviseHugePages(data.data(), data.size());
        const PagePopulator populator(data.data(), data.size());
        for (;;) {
            if (size > 0 && done == size)
                break;
            if (done > maxBytes)
                return fail(RegularFile::tooLarge(maxBytes)); // grew, or a /proc file without end
            const qint64 want = size > 0 ? qMin(chunkSize, size - done) : chunkSize;
            if (data.size() < done + want)
                data.resize(done + want); // unknown size: room for one more chunk
            const qint64 got = file.read(data.data() + done, want);
            if (got < 0)
                return fail(file.errorString());
            if (got == 0)
                break; // the end (or the file shrank meanwhile)
            done += got;
            if (progress && !progress(done, size))
                return Outcome::Canceled;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    data.resize(done);
    *bytes = std::move(data);
    return Outcome::Read;
}
