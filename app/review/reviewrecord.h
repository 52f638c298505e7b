#pragma once

#include "app/document/qaentry.h"
#include "app/document/questionkey.h"
#include "app/review/reviewstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The review of one entry, as kept in the sidecar. It is attached to its
// entry by the question's key (see keyOf), not by position, so reordering
// and moving entries between sections keep it attached.
struct ReviewRecord
{
    QString question; // the question as last seen, for people and for re-matching
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString note;
    QDateTime reviewedAt;     // UTC; invalid when never reviewed
    QByteArray approvedHash;  // answerHash() of the answer when approved; empty otherwise
    // A probe: a question the model should decline or redirect, not a gap
    // to fill (an entry can also be one through its section, see ReviewStore).
    bool probe = false;
    // Not a probe although its section is marked one (`"probe": false`):
    // the user unmarked this entry alone. Never set together with `probe`.
    bool notProbe = false;

    bool isEmpty() const { return status == ReviewStatus::Unreviewed && note.isEmpty() && !probe && !notProbe; }
    // The probe rule: the entry's own mark, else its section's unless the
    // entry is excepted from it.
    bool isProbeIn(bool probeSection) const { return probe || (probeSection && !notProbe); }
    // Makes the entry a probe (a mark of its own, which outlives the
    // section's) or not one (an exception to its section's mark, if any).
    void markProbe(bool on, bool probeSection)
    {
        probe = on;
        notProbe = !on && probeSection;
    }
    // Approved, but the entry's answer is no longer the one that was
    // approved. The answer is decoded only for an approved record: `quire
    // check --json` on 60,000 unreviewed entries decodes none of 65 MB.
    bool changedSinceApproval(const QaEntry &entry) const
    {
        return status == ReviewStatus::Approved && approvedHash != answerHash(entry.answer());
    }

    // The question's QuestionKey: case and runs of white space do not
    // matter, the same rule as the export's entry ids.
    static QString keyOf(const QString &question) { return QuestionKey::ofQuestion(question); }
    // The same for an entry's question, from the file's bytes where it can
    // (a document of 60,000 entries is keyed in milliseconds).
    static QString keyOf(const QaEntry &entry) { return QString::fromUtf8(QuestionKey::of(entry)); }
    // A section's key for the sidecar's "probe_sections": its title
    // normalised as a question is (case and runs of white space do not
    // matter), so renaming "Out of scope" to "Out Of  Scope" keeps the mark.
    static QString sectionKeyOf(const QString &title) { return QuestionKey::ofQuestion(title); }
    // A short SHA-256 (16 hex digits) of the answer with line endings and
    // trailing white space normalized, so a save in another line-ending
    // style is not a change.
    static QByteArray answerHash(const QString &answer);
};
