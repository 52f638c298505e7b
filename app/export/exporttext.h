#pragma once

#include <QByteArray>

class QaEntry;

// An entry's question or answer as the exports write it, as UTF-8: the
// markdown with \n line endings (a numbered question's continuation lines
// unindented), trimmed as QString::trimmed() does - that is
// `entry.question().trimmed()` - without decoding the text when it is plain
// bytes of the loaded file.
class ExportText
{
public:
    enum class Part { Question, Answer };
    static QByteArray of(const QaEntry &entry, Part part);
};
