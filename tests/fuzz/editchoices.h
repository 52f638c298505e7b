#pragma once

// Part of the fuzz checks (documentchecks.h), choosing the edit: choices read from the end of the input, and safe text for it.

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <climits>

namespace DocumentChecks {

// Reads choices from the end of the input: the start of a fuzzed input stays
// an ordinary document, and mutations of its tail steer the edit.
class Choices
{
public:
    explicit Choices(const QByteArray &bytes) : m_bytes(bytes), m_end(bytes.size()) {}

    unsigned byte() { return m_end > 0 ? uchar(m_bytes[--m_end]) : 0u; }
    // A number in [0, n); 0 when n <= 0.
    int below(qsizetype n)
    {
        if (n <= 0)
            return 0;
        const unsigned low = byte();
        const unsigned value = low | (byte() << 8) | (byte() << 16);
        return int(value % unsigned(std::min<qsizetype>(n, INT_MAX)));
    }
    bool oneIn(int n) { return below(n) == 0; }

private:
    const QByteArray &m_bytes;
    qsizetype m_end;
};

bool isSafePunctuation(char32_t c);
QString safeText(const QByteArray &input, Choices &choices);

} // namespace DocumentChecks
