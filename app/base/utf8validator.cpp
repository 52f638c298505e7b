#include "app/base/utf8validator.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Length of the run of ASCII bytes other than NUL starting at `i`, checked
// 16 bytes at a time: documents are mostly ASCII, so the byte-by-byte
// checks below only see the rest.
qsizetype asciiRun(const unsigned char *p, qsizetype i, qsizetype n)
{
    const qsizetype start = i;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // High bit set (non-ASCII) or zero byte: stop at the first one.
        const int mask = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
        if (mask)
            return i - start + __builtin_ctz(unsigned(mask));
        i += 16;
    }
#else
    while (i + 8 <= n) {
        quint64 v;
        std::memcpy(&v, p + i, 8);
        const quint64 high = v & 0x8080808080808080ULL;
        const quint64 zeroByte = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
        if (high | zeroByte)
            break;
        i += 8;
    }
#endif
    while (i < n && p[i] != 0 && p[i] < 0x80)
        ++i;
    return i - start;
}

} // namespace

Utf8Validator::Result Utf8Validator::check(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        i += asciiRun(p, i, n);
        if (i >= n)
            break;
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
