#pragma once

#include "app/document/qaentry.h"

#include <QByteArray>

// The entries that are whole blocks (the `details` and `admonition`
// dialects): the parser asks at each line outside a code block whether one
// starts there, and skips its lines.
namespace BlockEntries {

struct Found
{
    bool found = false;
    QaEntry entry;
    qsizetype end = 0; // after the block's last line
    int lines = 0;
};

// `lineBegin` starts a line; `lineNumber` is its 1-based number.
Found at(const QByteArray &source, qsizetype lineBegin, int lineNumber, bool readsDetails, bool readsAdmonitions);

} // namespace BlockEntries
