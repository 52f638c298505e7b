#pragma once

#include <QByteArray>
#include <vector>

class QaSection;
class QaEntry;

// Turns sections back into bytes. Untouched pieces are copied verbatim; an
// edited question or answer is re-serialized in the document's own style and
// line ending; inserted, moved or newly answered numbered entries are written
// as bold-label entries with `---` separators like their neighbours.
class DocumentWriter
{
public:
    static QByteArray write(const std::vector<QaSection> &sections, qsizetype sizeHint,
                            const QByteArray &eol);

};
