#pragma once

#include "app/review/reviewrecord.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <utility>
#include <vector>

// The sidecar `NAME.review.json` beside a document: its path, and its text.
//
// The text is JSON meant to be read by people and diffed by git: a fixed
// key order, one record per line in the order given (the document's order),
// and nothing that changes unless a review changed:
//
//   {
//     "format": "quire-review",
//     "version": 1,
//     "records": [
//       {"question": "…", "status": "approved", "note": "", "reviewed_at": "2026-11-27T21:30:05Z", "approved_hash": "9f86d081884c7d65"},
//       {"question": "…", "status": "needs_work", "note": "Add the numbers", "reviewed_at": "…"}
//     ],
//     "dismissed_similar": [
//       {"a": "question one", "b": "question two"}
//     ],
//     "probe_sections": [
//       "user: asking out-of-scope questions"
//     ]
//   }
//
// Probe marks (added in format version 1, the version unchanged): a record
// ends with `"probe": true` when its entry is marked a probe, and
// "probe_sections" lists the keys (ReviewRecord::sectionKeyOf) of sections
// whose entries are probes. A record ending with `"probe": false` is an
// entry of such a section that the user unmarked: not a probe, its
// section's mark notwithstanding. All are written only when there is a mark,
// so a sidecar without probes is byte for byte what earlier versions wrote
// (a Quire that knows "probe" but not the exception reads false as no mark).
// A Quire from before probe marks reads such a file (its reader ignores
// fields it does not know) but does not keep them: its next write of the
// sidecar drops the marks. Unknown fields are not kept by this reader either.
class ReviewFile
{
public:
    static constexpr int formatVersion = 1;
    using Pair = std::pair<QString, QString>; // two question keys, first < second

    struct Content
    {
        std::vector<ReviewRecord> records;
        std::vector<Pair> dismissed;
        std::vector<QString> probeSections; // section keys, in the order written (sorted by the store)
    };

    enum class ParseResult {
        Ok,
        Corrupt, // not JSON, or not our shape
        TooNew,  // a later version of Quire wrote it: read nothing, write nothing
    };

    // "notes.md" -> "notes.review.json" in the same folder.
    static QString sidecarPath(const QString &documentPath);
    static QByteArray serialize(const Content &content);
    // The same text in pieces handed to `sink` as they are made (for
    // writing a large sidecar without holding it whole); a false from
    // `sink` stops it.
    static void serialize(const Content &content, const std::function<bool(const QByteArray &)> &sink);
    // `reason` says what is wrong, for the message the user sees.
    static ParseResult parse(const QByteArray &bytes, Content *content, QString *reason);
};
