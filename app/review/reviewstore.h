#pragma once

#include "app/document/qadocument.h"
#include "app/review/orphanlist.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewkeys.h"
#include "app/review/reviewrecord.h"
#include "app/review/sidecarloader.h"
#include "app/review/sidecarwriter.h"
#include "app/status/statuscounts.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class DocumentSession;
class QaModel;

// The reviews of one document, kept in its sidecar `NAME.review.json`
// (see ReviewFile for the format).
//
// Records are attached to entries by their question's key
// (ReviewRecord::keyOf, see ReviewKeys), so reordering, moving between
// sections and edits elsewhere keep them; an edit of the question through
// QaModel carries the record along; a question changed outside Quire is
// re-matched by ReviewMatcher when the match is clear. A record that matches
// no entry is an orphan: listed, kept in the file, never dropped.
//
// Every change is written `writeDelayMs` after it by a SidecarWriter
// (debounced: a burst of note keystrokes is one write; the write itself runs
// in a worker from a copy-on-write snapshot), so it is on disk within a
// second. No file is created until the first review is made. A sidecar that
// cannot be parsed is renamed aside (never overwritten or deleted) and
// reported through problem().
//
// A window's store (follow()) loads its sidecar and re-matches orphans in a
// worker (SidecarLoader): meanwhile availability() is Loading and review
// changes are refused; question edits made meanwhile are replayed on the
// loaded records. A sidecar that must not be overwritten (written by a newer
// Quire, unreadable) makes the store ReadOnly: nothing is accepted that
// could not be saved.
class ReviewStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int writeDelayMs = SidecarWriter::delayMs;
    using Orphan = ReviewKeys::Orphan;

    enum class Mode {
        ReadWrite, // the window: writes, and sets a corrupt file aside
        ReadOnly,  // the CLI: reads only, never touches a file
    };

    enum class Availability {
        Ready,    // reviews can be made and will be saved
        Loading,  // the sidecar is being read or matched in a worker
        ReadOnly, // the sidecar must not be overwritten: no review is accepted
    };

    explicit ReviewStore(QObject *parent = nullptr);
    ~ReviewStore() override; // writes what is pending

    // Follows a window's document: opening another file loads its sidecar
    // (in a worker: see availability()), Save As carries the reviews to the
    // new name, a reload from disk re-matches (in a worker), question edits
    // carry records along.
    void follow(DocumentSession *session);
    // The same load in a worker: returns at once, the records arrive
    // through recordsChanged() with availability() back to Ready (or
    // ReadOnly).
    void loadInBackground(const QString &documentPath, const QaDocument *document);

    Availability availability() const { return m_availability; }
    bool acceptsReviews() const { return m_availability == Availability::Ready; }
    // Why reviews cannot be made now, for the review bar; empty when they can.
    QString availabilityNote() const { return m_availabilityNote; }

    // Reads the sidecar of `documentPath` (empty path: no file, reviews
    // stay in memory) and attaches the records to `document`, which must
    // outlive the store or the next load. Pending writes for the previous
    // document are written first. Returns false when the sidecar exists but
    // could not be used; problem() says why (the reviews are then empty).
    bool load(const QString &documentPath, const QaDocument *document, Mode mode = Mode::ReadWrite);
    // The document changed wholesale (reload): attach the records again.
    void attach(const QaDocument *document);
    // The reviews follow the document to a new path (Save As).
    void moveTo(const QString &documentPath);

    // The question or answer of this entry changed (QaModel::entryChanged;
    // called directly where there is no model, e.g. `quire set`).
    void followEdit(EntryRef ref);

    QString sidecarPath() const { return m_writer.path(); }
    QString problem() const { return m_problem; } // the last load or write problem, empty if none

    // Reviews of entries of the attached document. An entry without a
    // record is unreviewed.
    ReviewRecord record(EntryRef ref) const;
    ReviewRecord record(const QaEntry &entry) const;
    ReviewStatus status(const QaEntry &entry) const { return record(entry).status; }
    bool changedSinceApproval(EntryRef ref) const;
    bool changedSinceApproval(const QaEntry &entry) const;
    // Approved, and the answer is still the approved one: what "only approved
    // answers" exports.
    bool isApprovedAsIs(const QaEntry &entry) const;
    // isApprovedAsIs() over a copy of today's approvals, for an export that
    // runs in another thread while reviews go on.
    std::function<bool(const QaEntry &)> approvedFilter() const;

    void setStatus(EntryRef ref, ReviewStatus status);
    void setNote(EntryRef ref, const QString &note);

    // Probes: questions the model should decline or redirect, not gaps to
    // fill. An entry is one when it is marked, or when its section is (so a
    // new entry in a probe section is one too). Kept in the sidecar.
    bool isProbe(EntryRef ref) const;
    bool isMarkedProbe(EntryRef ref) const { return record(ref).probe; }
    bool isProbeSection(int section) const;
    void setProbe(EntryRef ref, bool probe);
    void setProbeSection(int section, bool probe);
    // Status counts of a section (-1: the document) with probes counted
    // apart (StatusCounts::probes): a probe without an answer is not a gap.
    StatusCounts withProbes(const StatusCounts &counts, int section = -1) const;

    ReviewCounts counts() const;
    ReviewCounts sectionCounts(int section) const;

    // Records whose question matches no entry, sorted by key (kept until
    // they may have changed: a large sidecar's orphans are sorted once).
    const std::vector<Orphan> &orphans() const;
    int orphanCount() const { return int(orphans().size()); }
    // Changes whenever orphans() may have changed.
    int orphansRevision() const { return m_orphans.revision(); }
    // Gives an orphan to an entry (replacing that entry's own review).
    void reattach(const QString &orphanKey, EntryRef ref);
    void removeOrphan(const QString &orphanKey);

    // "Not a duplicate": similar pairs the user has dismissed, by question.
    void dismissPair(const QString &questionA, const QString &questionB);
    bool isPairDismissed(const QString &questionA, const QString &questionB) const;

    // Writes pending changes now (after any write in progress). True when
    // nothing is pending afterwards and the last write succeeded.
    bool flush();
    bool hasPendingWrite() const { return m_writer.hasPending(); }

signals:
    // A status, an orphan or a dismissed pair changed (also after
    // load/attach); a note only when it appears or is emptied, so views
    // are not refreshed on every keystroke of a note.
    void recordsChanged();
    // Which answers count as approved may have changed (a status, a
    // re-attachment, an approved answer edited): "only approved" exports.
    void approvalsChanged();
    // availability() or availabilityNote() changed.
    void availabilityChanged();
    // Something the user must know: a sidecar set aside, a failed write.
    void problemOccurred(const QString &message);
    // The sidecar was written (for tests and the durability check).
    void written(const QString &path);

private:
    // A question edited while the sidecar loads: replayed on its records.
    struct PendingEdit
    {
        QString oldKey;
        QString newKey;
        QString question;
    };

    const QaDocument *document() const { return m_keys.document(); }
    // Forgets the reviews and keys `document` (unless `keysCurrent`); the sidecar path.
    QString prepareLoad(const QString &documentPath, const QaDocument *document, Mode mode, bool keysCurrent = false);
    void startLoad(const QString &documentPath, const QaDocument *document, bool keysCurrent);
    void attachInBackground(const QaDocument *document);
    bool apply(SidecarLoader::Result result);
    bool replayPendingEdits();
    void setAvailability(Availability availability, const QString &note = QString());
    void moveDismissed(const QString &oldKey, const QString &newKey);
    void changed(bool announce = true);
    bool hasProbeMarks() const;
    void report(const QString &message);
    ReviewRecord &touch(EntryRef ref);
    void dropIfEmpty(const QString &key);
    std::optional<ReviewSnapshot> snapshot() const; // nothing when no file is needed

    Mode m_mode = Mode::ReadWrite;
    QString m_problem;
    QHash<QString, ReviewRecord> m_records; // by key
    QSet<ReviewFile::Pair> m_dismissed;
    QSet<QString> m_probeSections; // section keys (ReviewRecord::sectionKeyOf)
    ReviewKeys m_keys; // also the attached document
    SidecarWriter m_writer;
    SidecarLoader m_loader;
    Availability m_availability = Availability::Ready;
    QString m_availabilityNote;
    QString m_loadingFrom; // the sidecar a background load reads
    std::vector<PendingEdit> m_editsDuringLoad;
    std::vector<ReviewFile::Pair> m_dismissedDuringLoad;
    bool m_writeAfterLoad = false; // a change meanwhile (Save As) wants a write
    OrphanList m_orphans; // orphans(), until they may change
    // Whether a record is marked as a probe, found on first need after a change: the
    // tabs, the overview and the status bar ask per section, and a sidecar
    // of 110,000 reviews took 1.5 ms to look through each time.
    mutable std::optional<bool> m_probeMarks;
    bool m_resetPending = false; // the followed model was reset in this event-loop turn
    bool m_keysCurrent = false;  // m_keys were built for that reset and nothing changed since
};
