#include "editchoices.h"

#include "app/lint/linter.h"

#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>

namespace DocumentChecks {

// ---------------------------------------------------------------------------
// Choosing the edit


bool isSafePunctuation(char32_t c)
{
    return c == U' ' || c == U',' || c == U'.' || c == U'?' || c == U'!' || c == U'\'';
}

// Text for an edit, cut from the input itself (so it holds whatever scripts
// the fuzzer likes) and then restricted to what cannot change the document's
// structure wherever the writer puts it:
//  - one line, no line break of any kind: a line of its own could otherwise
//    be `---`, `## x`, `**Answer:**`, `27. x` or a code fence, all of which
//    legitimately end an answer or start something new when read again;
//  - it starts with a letter, so even on a line of its own (an answer label
//    alone on its line keeps the new text on the next line) it is read as
//    paragraph text, never as a heading, break, label, list item, fence,
//    block quote or indented code;
//  - only letters, digits, spaces and `,.?!'` after that: no `#` (a heading
//    title `a #` reads back as `a`), no `*`, `_`, backslash or backtick;
//  - no leading or trailing spaces (the parser skips the spaces after a
//    label; a heading's trailing spaces are not part of its title).
// With these texts every difference after a reload is a bug, not markdown.
QString safeText(const QByteArray &input, Choices &choices)
{
    const qsizetype start = choices.below(input.size());
    const qsizetype length = 1 + choices.below(48);
    const QList<uint> codePoints = QString::fromUtf8(input.mid(start, length)).toUcs4();
    QString text;
    for (uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c)) || isSafePunctuation(char32_t(c))) {
            const char32_t one = char32_t(c);
            text += QString::fromUcs4(&one, 1);
        }
    }
    text = text.trimmed();
    const QList<uint> first = text.left(2).toUcs4();
    if (first.isEmpty() || !QChar::isLetter(char32_t(first.front()))) {
        static const char *const words[] = {"Fuzz", "Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87", "\xE7\xAD\x94\xE6\xA1\x88",
                                            "\xF0\x90\x90\x80x"};
        const QString word = QString::fromUtf8(words[choices.below(4)]);
        text = text.isEmpty() ? word : word + QLatin1Char(' ') + text;
    }
    return text;
}

} // namespace DocumentChecks
