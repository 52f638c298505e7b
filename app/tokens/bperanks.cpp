#include "app/tokens/bperanks.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <cstring>

namespace {
constexpr qsizetype headerSize = 16;
constexpr qsizetype indexRowSize = 12;
constexpr quint32 blockSize = 16; // records per block, as rank-table.cjs writes them

// The first 8 bytes, zero-padded, as a number that orders like the bytes.
quint64 keyOf(const char *bytes, qsizetype length)
{
    unsigned char padded[8] = {};
    std::memcpy(padded, bytes, size_t(qMin<qsizetype>(length, 8)));
    return qFromBigEndian<quint64>(padded);
}

int compareBytes(const char *a, qsizetype aLength, const char *b, qsizetype bLength)
{
    const int common = std::memcmp(a, b, size_t(qMin(aLength, bLength)));
    if (common != 0)
        return common;
    return aLength < bLength ? -1 : (aLength > bLength ? 1 : 0);
}
} // namespace

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
    // Stored uncompressed in the binary: used in place, not copied.
    const QResource resource(file.fileName());
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        m_data = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
    else if (file.open(QIODevice::ReadOnly))
        m_data = file.readAll();
    if (m_data.isEmpty())
        qFatal("Quire: the token table %s is missing from the build", qPrintable(file.fileName()));
    readFrame(file.fileName());
}

void BpeRanks::readFrame(const QString &fileName)
{
    // Only the frame: reading every record would touch every page, which is
    // what this layout avoids. tst_tokencounter checks every record.
    if (m_data.size() < headerSize || std::memcmp(m_data.constData(), "QRANKS2\n", 8) != 0)
        qFatal("Quire: the token table %s is damaged", qPrintable(fileName));
    const quint32 count = qFromLittleEndian<quint32>(m_data.constData() + 8);
    const quint32 blocks = qFromLittleEndian<quint32>(m_data.constData() + 12);
    const qsizetype recordsStart = headerSize + qsizetype(blocks) * indexRowSize;
    if (count == 0 || blocks != (count + blockSize - 1) / blockSize || recordsStart + 5 > m_data.size())
        qFatal("Quire: the token table %s is cut short", qPrintable(fileName));
    m_count = count;
    m_blockCount = blocks;
    if (blockOffset(0) != quint64(recordsStart) || blockOffset(blocks - 1) >= quint64(m_data.size()))
        qFatal("Quire: the token table %s is damaged", qPrintable(fileName));
}

quint64 BpeRanks::blockKey(quint32 block) const
{
    return qFromBigEndian<quint64>(m_data.constData() + headerSize + qsizetype(block) * indexRowSize);
}

quint32 BpeRanks::blockOffset(quint32 block) const
{
    return qFromLittleEndian<quint32>(m_data.constData() + headerSize + qsizetype(block) * indexRowSize + 8);
}

int BpeRanks::rank(const char *bytes, qsizetype length) const
{
    if (length <= 0 || length > 255)
        return NoRank;
    // The last block whose first token is <= the bytes: by the 8-byte keys,
    // and by the whole tokens only where the keys tie.
    const quint64 key = keyOf(bytes, length);
    const char *data = m_data.constData();
    quint32 low = 0; // blocks [0, low) start <= bytes, except block 0 always counts
    quint32 high = m_blockCount;
    while (high - low > 1) {
        const quint32 middle = low + (high - low) / 2;
        const quint64 middleKey = blockKey(middle);
        bool startsAtOrBefore = middleKey < key;
        if (middleKey == key) {
            const char *record = data + blockOffset(middle);
            startsAtOrBefore = compareBytes(record + 4, quint8(record[0]), bytes, length) <= 0;
        } else if (middleKey > key) {
            startsAtOrBefore = false;
        }
        if (startsAtOrBefore)
            low = middle;
        else
            high = middle;
    }
    const char *record = data + blockOffset(low);
    const quint32 inBlock = qMin(blockSize, m_count - low * blockSize);
    for (quint32 i = 0; i < inBlock; ++i) {
        const quint8 recordLength = quint8(record[0]);
        if (recordLength == length && std::memcmp(record + 4, bytes, size_t(length)) == 0)
            return int(qFromLittleEndian<quint32>(record) >> 8);
        record += 4 + recordLength;
    }
    return NoRank;
}

QByteArray BpeRanks::bytes(int rank) const
{
    if (rank < 0 || quint32(rank) >= m_count)
        return {};
    std::call_once(m_byRankOnce, [this] {
        m_byRank.assign(m_count, 0);
        qsizetype at = headerSize + qsizetype(m_blockCount) * indexRowSize;
        for (quint32 i = 0; i < m_count && at + 4 <= m_data.size(); ++i) {
            const quint32 recordRank = qFromLittleEndian<quint32>(m_data.constData() + at) >> 8;
            if (recordRank < m_count)
                m_byRank[recordRank] = quint32(at);
            at += 4 + quint8(m_data.at(at));
        }
    });
    const char *record = m_data.constData() + m_byRank[size_t(rank)];
    return QByteArray(record + 4, quint8(record[0]));
}
