#pragma once

#include "app/document/qadocument.h"

#include <functional>

// Moving through entries in document order, across sections.
class EntryNavigator
{
public:
    // `afterNumber` is the 1-based number of the current entry, or the number
    // of entries before the current (prose) section when no entry is current.
    // Returns an invalid ref when no entry needs attention; wraps around.
    // `isProbe` (may be empty): entries that are not gaps even without an
    // answer (probes, kept by the reviews), skipped.
    using Skip = std::function<bool(EntryRef)>;
    static EntryRef nextNeedingAttention(const QaDocument &document, int afterNumber, bool *wrapped = nullptr,
                                         const Skip &isProbe = {});
    static EntryRef previousNeedingAttention(const QaDocument &document, int beforeNumber, bool *wrapped = nullptr,
                                             const Skip &isProbe = {});
    // Number of entries in sections before `section` (the position "at the
    // start" of that section).
    static int entriesBefore(const QaDocument &document, int section);
};
