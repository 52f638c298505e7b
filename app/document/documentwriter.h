#pragma once

#include "app/document/qalabel.h"

#include <QByteArray>
#include <functional>
#include <vector>

class QaSection;
class QaEntry;

// Turns sections back into bytes. Untouched pieces are copied verbatim; an
// edited question or answer is re-serialized in the document's own style and
// line ending; inserted, moved or newly answered numbered entries are written
// as labelled entries with `---` separators like their neighbours, with the
// labels of the nearest labelled entry of their section (spellingFor), else
// `fallback`. `forced`: the document is read as one dialect only (whether a
// `<details>` line in an entry can become a block, and what HeadingWriter
// writes for a question a heading cannot hold, depend on it).
class DocumentWriter
{
public:
    static QByteArray write(const std::vector<QaSection> &sections, qsizetype sizeHint,
                            const QByteArray &eol,
                            QaLabel::Spelling fallback = QaLabel::Spelling::Question, bool forced = false);

    // The same bytes, handed to `sink` in pieces of about `pieceSize` (a
    // save never holds a second copy of a large document). Stops and
    // returns false as soon as the sink does.
    using Sink = std::function<bool(const QByteArray &piece)>;
    static constexpr qsizetype DefaultPieceSize = qsizetype(1) << 20;
    static bool write(const std::vector<QaSection> &sections, const QByteArray &eol, const Sink &sink,
                      qsizetype pieceSize = DefaultPieceSize,
                      QaLabel::Spelling fallback = QaLabel::Spelling::Question, bool forced = false);

    // The labels a generated entry at section.entry(entryIndex) is written
    // with: those of the nearest loaded labelled entry before it in the
    // section, else after it, else `fallback`.
    static QaLabel::Spelling spellingFor(const QaSection &section, int entryIndex, QaLabel::Spelling fallback);

};
