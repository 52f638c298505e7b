#include "utf8validator.h"

Utf8Validator::Result Utf8Validator::check(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return {Problem::NulByte, i};
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c == 0xE0) {
            extra = 2; lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            extra = 2;
        } else if (c == 0xED) {
            extra = 2; hi = 0x9F; // no UTF-16 surrogates
        } else if (c == 0xF0) {
            extra = 3; lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            extra = 3;
        } else if (c == 0xF4) {
            extra = 3; hi = 0x8F;
        } else {
            return {Problem::InvalidUtf8, i};
        }
        if (i + extra >= n)
            return {Problem::InvalidUtf8, i};
        if (p[i + 1] < lo || p[i + 1] > hi)
            return {Problem::InvalidUtf8, i};
        for (int k = 2; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return {Problem::InvalidUtf8, i};
        }
        i += extra + 1;
    }
    return {};
}
