#include "app/document/questionkey.h"

#include "app/document/qaentry.h"

QByteArray QuestionKey::of(const QaEntry &entry)
{
    const QByteArray raw = entry.questionUtf8(); // no copy for an unedited entry
    if (entry.form() == QaEntry::Form::Details && !entry.questionEdited() && raw.contains('&'))
        return ofQuestion(entry.question()).toUtf8(); // a summary's &lt; and &amp; are < and &
    if (entry.layout().questionQuoted && !entry.questionEdited() && raw.contains('\n'))
        return ofQuestion(entry.question()).toUtf8(); // its lines without their `> `
    QByteArray key(raw.size(), Qt::Uninitialized);
    char *const begin = key.data(); // taken once: data() may detach on each call
    char *out = begin;
    bool pendingSpace = false;
    for (const char c : raw) {
        if (uchar(c) >= 0x80)
            return ofQuestion(entry.question()).toUtf8();
        if (c == ' ' || (c >= '\t' && c <= '\r')) { // QChar::isSpace for ASCII
            pendingSpace = out != begin;
            continue;
        }
        if (pendingSpace)
            *out++ = ' ';
        pendingSpace = false;
        *out++ = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    key.truncate(out - begin);
    return key;
}
