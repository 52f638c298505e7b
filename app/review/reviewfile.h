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
//     ]
//   }
class ReviewFile
{
public:
    static constexpr int formatVersion = 1;
    using Pair = std::pair<QString, QString>; // two question keys, first < second

    struct Content
    {
        std::vector<ReviewRecord> records;
        std::vector<Pair> dismissed;
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
