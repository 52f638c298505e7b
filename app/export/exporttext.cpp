#include "app/export/exporttext.h"

#include "app/document/qaentry.h"

#include <utility>

static bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace for ASCII
}

QByteArray ExportText::of(const QaEntry &entry, Part part)
{
    const bool question = part == Part::Question;
    const bool edited = question ? entry.questionEdited() : entry.answerEdited();
    auto slowPath = [&] {
        return (question ? entry.question() : entry.answer()).trimmed().toUtf8();
    };
    // A block's text is decoded (indentation, `&lt;`), a quoted question's
    // lines lose their `> ` (a quoted answer's are lost by answerUtf8).
    if (edited || entry.isBlock() || (question && entry.layout().questionQuoted))
        return slowPath();
    const QByteArray raw = question ? entry.questionUtf8() : entry.answerUtf8(); // no copy
    const char *begin = raw.constData();
    const char *end = begin + raw.size();
    while (begin < end && isAsciiSpace(*begin))
        ++begin;
    while (end > begin && isAsciiSpace(end[-1]))
        --end;
    if (begin == end)
        return {};
    // A non-ASCII character at either end may be Unicode white space.
    if (uchar(*begin) >= 0x80 || uchar(end[-1]) >= 0x80)
        return slowPath();
    QByteArray text = QByteArray::fromRawData(begin, end - begin);
    if (text.contains('\r'))
        text.replace("\r\n", "\n"); // detaches: copies only this text
    const bool stripIndent = question && entry.form() == QaEntry::Form::Numbered;
    if (stripIndent && text.contains('\n')) {
        QByteArray out;
        out.reserve(text.size());
        bool lineStart = false;
        for (char c : std::as_const(text)) {
            if (lineStart && (c == ' ' || c == '\t'))
                continue;
            lineStart = (c == '\n');
            out.append(c);
        }
        text = out;
    }
    return text;
}
