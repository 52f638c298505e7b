#pragma once

#include "app/review/sidecarloader.h"

#include <QString>

// What a finished sidecar load means for the store: whether the reviews
// could be used, what the user must be told, and whether the store must
// stop writing so that reviews it could not read are never overwritten.
// A corrupt sidecar is renamed aside here (when `mayRename`), never deleted.
struct SidecarOutcome
{
    bool ok = true;
    QString report; // for problemOccurred(); empty when there is nothing to tell
    QString lock;   // why nothing may be written; empty when the store stays writable

    static SidecarOutcome of(const SidecarLoader::Result &result, bool mayRename);
    // "NAME.review.json.corrupt-20261127-213005" (then "-2", "-3", …): a
    // name no file has yet. Renames `sidecar` there; the new path, or an
    // empty string when the rename failed.
    static QString setAside(const QString &sidecar);
};
