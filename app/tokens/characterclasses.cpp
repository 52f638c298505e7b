#include "app/tokens/characterclasses.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>

const CharacterClasses &CharacterClasses::instance()
{
    static const CharacterClasses classes; // C++11: initialised once, thread-safe
    return classes;
}

CharacterClasses::CharacterClasses() : m_bmp(0x10000, 0)
{
    QFile file(QStringLiteral(":/quire/tokens/unicode-classes.bin"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    if (data.size() < 12 || std::memcmp(data.constData(), "QUCLS1\n\0", 8) != 0)
        return;
    const quint32 runs = qFromLittleEndian<quint32>(data.constData() + 8);
    if (data.size() != 12 + qsizetype(runs) * 5)
        return;
    for (quint32 i = 0; i < runs; ++i) {
        const char *run = data.constData() + 12 + i * 5;
        const char32_t first = qFromLittleEndian<quint32>(run);
        const char32_t next = i + 1 < runs ? qFromLittleEndian<quint32>(run + 5) : 0x110000;
        const quint8 flags = quint8(run[4]);
        if (first < 0x10000)
            std::fill(m_bmp.begin() + first, m_bmp.begin() + std::min<char32_t>(next, 0x10000), flags);
        if (next > 0x10000) {
            m_astralStarts.push_back(std::max<char32_t>(first, 0x10000));
            m_astralFlags.push_back(flags);
        }
    }
    m_loaded = true;
}

quint8 CharacterClasses::astralFlags(char32_t codePoint) const
{
    const auto after = std::upper_bound(m_astralStarts.begin(), m_astralStarts.end(), codePoint);
    if (after == m_astralStarts.begin())
        return 0;
    return m_astralFlags[size_t(after - m_astralStarts.begin() - 1)];
}
