#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Escaping of UTF-8 text for the ctx (XML) and jsonl exports, appended to a
// buffer. The few bytes that need care are found 16 at a time (SSE2); the
// runs between them are appended whole.
class ExportEscaper
{
public:
    // XML character data: characters XML 1.0 does not allow (controls other
    // than tab and newline, U+FFFE, U+FFFF) are dropped, `&` and `<` escaped,
    // and `>` after `]]` (the CDATA end, also across what `out` holds) escaped.
    static void appendXmlText(QByteArray &out, QByteArrayView text);
    // The inside of a JSON string, escaped exactly as Qt's compact
    // QJsonDocument writes it (so ids and files stay stable).
    static void appendJsonString(QByteArray &out, QByteArrayView text);
};
