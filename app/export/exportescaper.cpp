#include "app/export/exportescaper.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The escapers look for the few bytes that need care; the long runs between
// them are appended whole. With SSE2 (every x86-64) 16 bytes are tested at a
// time.
#if defined(__SSE2__)
__m128i isControl(__m128i bytes) // bytes below 0x20
{
    const __m128i limit = _mm_set1_epi8(0x1F);
    return _mm_cmpeq_epi8(_mm_max_epu8(bytes, limit), limit);
}
#endif

// Next byte that XML character data cannot take as it is: a control
// character other than tab and newline, `&`, `<`, `>`, or 0xEF (which may
// start U+FFFE/U+FFFF).
const char *nextXmlSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i allowedControl = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
        __m128i hit = _mm_andnot_si128(allowedControl, isControl(x));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('&')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('>')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xEF))));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; p < end; ++p) {
        const uchar c = uchar(*p);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == '&' || c == '<' || c == '>' || c == 0xEF)
            return p;
    }
    return end;
}

// Next byte a JSON string cannot hold as it is: a control character, `"`, `\`.
const char *nextJsonSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = isControl(x);
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; p < end; ++p) {
        const uchar c = uchar(*p);
        if (c < 0x20 || c == '"' || c == '\\')
            return p;
    }
    return end;
}

} // namespace

void ExportEscaper::appendXmlText(QByteArray &out, QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *special = nextXmlSpecial(p, end);
        out.append(p, special - p);
        if (special == end)
            break;
        const uchar c = uchar(*special);
        p = special + 1;
        if (c == '&') {
            out.append("&amp;");
        } else if (c == '<') {
            out.append("&lt;");
        } else if (c == '>') {
            out.append(out.endsWith("]]") ? "&gt;" : ">");
        } else if (c == 0xEF) {
            // EF BF BE / EF BF BF are U+FFFE / U+FFFF: dropped. Other
            // characters starting with EF are kept.
            if (end - special >= 3 && uchar(special[1]) == 0xBF
                && (uchar(special[2]) == 0xBE || uchar(special[2]) == 0xBF))
                p = special + 3;
            else
                out.append(char(c));
        }
        // else: a control character, dropped
    }
}

void ExportEscaper::appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *special = nextJsonSpecial(p, end);
        out.append(p, special - p);
        if (special == end)
            break;
        const uchar c = uchar(*special);
        p = special + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
}
