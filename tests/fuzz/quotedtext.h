#pragma once

#include <QString>

// A text as the fuzz checks report it: in quotes, on one line, with control
// characters and lone surrogates as \uXXXX, so that a finding's message
// shows exactly what differed.
inline QString quotedText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSurrogate())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}
