#include "app/tokens/utf8repair.h"

namespace {
// The WHATWG UTF-8 decoder's state for one sequence.
struct Sequence
{
    int needed = 0, seen = 0;
    uchar lower = 0x80, upper = 0xBF;
};

// Starts a sequence at lead byte b: false when b cannot start one.
bool start(Sequence &s, uchar b)
{
    s = Sequence();
    if (b >= 0xC2 && b <= 0xDF) {
        s.needed = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        s.needed = 2;
        s.lower = b == 0xE0 ? 0xA0 : 0x80;
        s.upper = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        s.needed = 3;
        s.lower = b == 0xF0 ? 0x90 : 0x80;
        s.upper = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return false;
    }
    return true;
}
const char replacement[] = "\xEF\xBF\xBD";
} // namespace

qsizetype Utf8Repair::validPrefix(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype i = 0;
    while (i < size) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        Sequence s;
        if (!start(s, p[i]) || i + s.needed >= size)
            return i;
        qsizetype j = i + 1;
        for (int k = 0; k < s.needed; ++k, ++j) {
            const uchar lower = k == 0 ? s.lower : 0x80, upper = k == 0 ? s.upper : 0xBF;
            if (p[j] < lower || p[j] > upper)
                return i;
        }
        i = j;
    }
    return size;
}

QByteArray Utf8Repair::repaired(QByteArrayView bytes, bool atEnd, qsizetype *incomplete)
{
    QByteArray out;
    out.reserve(bytes.size() + 16);
    const qsizetype size = bytes.size();
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    if (incomplete)
        *incomplete = 0;
    qsizetype i = 0;
    while (i < size) {
        const uchar b = p[i];
        if (b < 0x80) {
            out.append(char(b));
            ++i;
            continue;
        }
        Sequence s;
        if (!start(s, b)) {
            out.append(replacement, 3);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool broken = false;
        for (int k = 0; k < s.needed; ++k, ++j) {
            if (j >= size)
                break;
            const uchar lower = k == 0 ? s.lower : 0x80, upper = k == 0 ? s.upper : 0xBF;
            if (p[j] < lower || p[j] > upper) {
                broken = true; // this byte is looked at again as a new start
                break;
            }
        }
        if (!broken && j - i == s.needed + 1) {
            out.append(reinterpret_cast<const char *>(p + i), j - i);
        } else if (!broken && !atEnd) {
            if (incomplete)
                *incomplete = j - i;
        } else {
            out.append(replacement, 3);
        }
        i = j;
    }
    return out;
}
