#include "app/base/contenthash.h"

#include <QHashFunctions>

#include <algorithm>

void ContentHash::addData(const char *data, qsizetype size)
{
    m_size += quint64(size);
    if (!m_partial.isEmpty()) {
        const qsizetype take = std::min(size, BlockSize - m_partial.size());
        m_partial.append(data, take);
        data += take;
        size -= take;
        if (m_partial.size() < BlockSize)
            return;
        addBlock(m_partial.constData());
        m_partial.clear();
    }
    for (; size >= BlockSize; data += BlockSize, size -= BlockSize)
        addBlock(data);
    if (size > 0)
        m_partial.append(data, size);
}

void ContentHash::addBlock(const char *data)
{
    m_hash = qHashBits(data, size_t(BlockSize), m_hash);
}

QByteArray ContentHash::result() const
{
    const size_t hash = m_partial.isEmpty() ? m_hash : qHashBits(m_partial.constData(), size_t(m_partial.size()), m_hash);
    const quint64 parts[] = {m_size, quint64(hash)};
    return QByteArray(reinterpret_cast<const char *>(parts), sizeof parts);
}

QByteArray ContentHash::of(const QByteArray &bytes)
{
    ContentHash hash;
    hash.addData(bytes);
    return hash.result();
}
