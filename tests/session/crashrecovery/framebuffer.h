#pragma once

#include "tests/support/testsupport.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

// The X server's screen, read from the file Xvfb keeps it in (-fbdir, XWD format).
class Framebuffer
{
public:
    explicit Framebuffer(const QString &path) : m_path(path) {}

    bool grab()
    {
        m_bytes = TestSupport::readFile(m_path);
        if (m_bytes.size() < 100)
            return false;
        auto field = [this](int i) { return qFromBigEndian<quint32>(m_bytes.constData() + 4 * i); };
        const quint32 headerSize = field(0);
        m_width = int(field(4));
        m_height = int(field(5));
        m_lsbFirst = field(7) == 0;
        const quint32 bitsPerPixel = field(11);
        m_bytesPerLine = int(field(12));
        m_offset = qsizetype(headerSize) + qsizetype(field(19)) * 12; // after the colormap
        return bitsPerPixel == 32 && m_offset + qsizetype(m_bytesPerLine) * m_height <= m_bytes.size();
    }

    int width() const { return m_width; }
    int height() const { return m_height; }

    quint32 rgb(int x, int y) const
    {
        const char *p = m_bytes.constData() + m_offset + qsizetype(y) * m_bytesPerLine + qsizetype(x) * 4;
        return (m_lsbFirst ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p)) & 0xffffff;
    }

private:
    QString m_path;
    QByteArray m_bytes;
    int m_width = 0;
    int m_height = 0;
    int m_bytesPerLine = 0;
    bool m_lsbFirst = true;
    qsizetype m_offset = 0;
};
