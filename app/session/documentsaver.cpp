#include "app/session/documentsaver.h"

#include "app/base/contenthash.h"
#include "app/session/backupstore.h"

#include <QFile>

namespace {

// Whether the file at `path` holds exactly the pieces fed to it, read along
// as they come (so the old version is never held in memory either).
class SameBytes
{
public:
    explicit SameBytes(const QString &path) : m_file(path) { m_same = m_file.open(QIODevice::ReadOnly); }

    void feed(const QByteArray &piece)
    {
        if (!m_same)
            return;
        m_same = m_file.read(piece.size()) == piece;
        if (!m_same)
            m_file.close();
    }

    bool same() { return m_same && m_file.atEnd(); }

private:
    QFile m_file;
    bool m_same = false;
};

} // namespace

bool DocumentSaver::save(const QString &path, const QByteArray &bytes, QString *error)
{
    return save(path, [&bytes](const AtomicFileWriter::Sink &sink) { sink(bytes); }, error);
}

bool DocumentSaver::save(const QString &path, const Produce &produce, QString *error, QByteArray *hash)
{
    SameBytes old(path);
    ContentHash written;
    const bool ok = AtomicFileWriter::write(
        path,
        [&](const AtomicFileWriter::Sink &sink) {
            produce([&](const QByteArray &piece) {
                old.feed(piece);
                written.addData(piece);
                return sink(piece);
            });
        },
        error,
        // The new version is on disk beside the old one: copy the old one
        // aside before it is replaced. No backup, no overwrite.
        [&](QString *reason) { return old.same() || BackupStore::backUp(path, reason); });
    if (ok && hash)
        *hash = written.result();
    return ok;
}
