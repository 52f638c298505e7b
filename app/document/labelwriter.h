#pragma once

#include "app/document/qaentry.h"

#include <QByteArray>

// A labelled entry (`**Question:**` / `**Answer:**` in any spelling, plain
// or in a block quote) or a numbered question written where it was loaded:
// each part its loaded bytes, or an edited text in their place with the
// label, spacing and quoting the file had (DocumentWriter).
namespace LabelWriter {

QByteArray questionPart(const QaEntry &entry, const QByteArray &eol);
QByteArray answerPart(const QaEntry &entry, const QByteArray &eol);
// `text`'s lines after the first in a block quote: `> ` before each, `>`
// alone on an empty one.
QByteArray quotedAfterFirst(const QByteArray &text);

} // namespace LabelWriter
