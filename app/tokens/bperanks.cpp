#include "app/tokens/bperanks.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <cstring>

const BpeRanks &BpeRanks::of(TokenEncoding encoding)
{
    // Function-local statics: each table is read the first time it is needed
    // (quire check on a small file pays for one table, never for both).
    if (encoding == TokenEncoding::Cl100kBase) {
        static const BpeRanks cl100k(TokenEncoding::Cl100kBase);
        return cl100k;
    }
    static const BpeRanks o200k(TokenEncoding::O200kBase);
    return o200k;
}

BpeRanks::BpeRanks(TokenEncoding encoding)
{
    QFile file(QStringLiteral(":/quire/tokens/%1.ranks").arg(TokenEncodings::name(encoding)));
    // Stored uncompressed in the binary: used in place, not copied (1.6 MB
    // less for quire check).
    const QResource resource(file.fileName());
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        m_data = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
    else if (file.open(QIODevice::ReadOnly))
        m_data = file.readAll();
    if (m_data.isEmpty())
        qFatal("Quire: the token table %s is missing from the build", qPrintable(file.fileName()));
    constexpr qsizetype header = 12;
    if (m_data.size() < header || std::memcmp(m_data.constData(), "QRANKS1\n", 8) != 0)
        qFatal("Quire: the token table %s is damaged", qPrintable(file.fileName()));
    const quint32 count = qFromLittleEndian<quint32>(m_data.constData() + 8);
    m_offsets.reserve(count);
    m_lengths.reserve(count);
    qsizetype at = header;
    for (quint32 rank = 0; rank < count; ++rank) {
        if (at >= m_data.size() || at + 1 + quint8(m_data.at(at)) > m_data.size())
            qFatal("Quire: the token table %s is cut short", qPrintable(file.fileName()));
        m_lengths.push_back(quint8(m_data.at(at)));
        m_offsets.push_back(quint32(at + 1));
        at += 1 + m_lengths.back();
    }
    quint64 slotCount = 1024;
    while (slotCount < quint64(count) * 2)
        slotCount *= 2;
    m_mask = slotCount - 1;
    m_slots.assign(slotCount, 0);
    for (quint32 rank = 0; rank < count; ++rank) {
        quint64 slot = hash(m_data.constData() + m_offsets[rank], m_lengths[rank]) & m_mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = rank + 1;
    }
}

quint64 BpeRanks::hash(const char *bytes, qsizetype length)
{
    quint64 h = quint64(length) * 0x9E3779B97F4A7C15ull;
    while (length >= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
        bytes += 8;
        length -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, bytes, size_t(length));
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

int BpeRanks::rank(const char *bytes, qsizetype length) const
{
    if (length <= 0 || length > 255 || m_slots.empty())
        return NoRank;
    quint64 slot = hash(bytes, length) & m_mask;
    while (const quint32 entry = m_slots[slot]) {
        const quint32 rank = entry - 1;
        if (m_lengths[rank] == length && std::memcmp(m_data.constData() + m_offsets[rank], bytes, size_t(length)) == 0)
            return int(rank);
        slot = (slot + 1) & m_mask;
    }
    return NoRank;
}

QByteArray BpeRanks::bytes(int rank) const
{
    if (rank < 0 || size_t(rank) >= m_lengths.size())
        return {};
    return m_data.mid(m_offsets[size_t(rank)], m_lengths[size_t(rank)]);
}
