#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Bytes that are not UTF-8 become U+FFFD the way a browser's (WHATWG)
// TextDecoder replaces them: one per maximal invalid subpart. That is the
// string js-tiktoken would be given for the same bytes, so invalid input
// counts as js-tiktoken counts the decoded text.
namespace Utf8Repair {
// The length of the longest prefix that is valid UTF-8.
qsizetype validPrefix(QByteArrayView bytes);
// The bytes with every invalid sequence replaced. When atEnd is false a
// sequence cut off at the end is left out and its length put in *incomplete.
QByteArray repaired(QByteArrayView bytes, bool atEnd = true, qsizetype *incomplete = nullptr);
}
