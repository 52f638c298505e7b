#pragma once

#include <QByteArray>
#include <QtGlobal>

// Size and a 64-bit hash of bytes that may arrive in pieces: how Quire tells
// versions of a file apart (its own save against what is on disk). The hash
// is chained over fixed 1 MiB blocks, so the same bytes give the same result
// however they were cut into pieces, and a streamed save needs no copy of the
// whole text to hash it.
class ContentHash
{
public:
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &bytes) { addData(bytes.constData(), bytes.size()); }
    QByteArray result() const;

    static QByteArray of(const QByteArray &bytes);

private:
    void addBlock(const char *data);

    static constexpr qsizetype BlockSize = qsizetype(1) << 20;
    QByteArray m_partial; // the bytes of the block not yet complete
    quint64 m_size = 0;
    size_t m_hash = 0;
};
