#pragma once

#include "app/document/qadocument.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewkeys.h"
#include "app/review/reviewrecord.h"
#include "app/review/sidecarwriter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
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
// (debounced: a burst of note keystrokes is one write), so it is on disk
// within a second. No file is created until the first review is made. A
// sidecar that cannot be parsed is renamed aside (never overwritten or
// deleted) and reported through problem().
class ReviewStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int writeDelayMs = SidecarWriter::delayMs;

    enum class Mode {
        ReadWrite, // the window: writes, and sets a corrupt file aside
        ReadOnly,  // the CLI: reads only, never touches a file
    };

    explicit ReviewStore(QObject *parent = nullptr);
    ~ReviewStore() override; // writes what is pending

    // Follows a window's document: opening another file loads its sidecar,
    // Save As carries the reviews to the new name, a reload from disk
    // re-matches, question edits carry records along.
    void follow(DocumentSession *session);

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

    ReviewCounts counts() const;
    ReviewCounts sectionCounts(int section) const;

    // Records whose question matches no entry, sorted by question.
    struct Orphan
    {
        QString key;
        ReviewRecord record;
    };
    std::vector<Orphan> orphans() const;
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
    // Something the user must know: a sidecar set aside, a failed write.
    void problemOccurred(const QString &message);
    // The sidecar was written (for tests and the durability check).
    void written(const QString &path);

private:
    static ReviewFile::Pair pairKey(const QString &a, const QString &b);
    const QaDocument *document() const { return m_keys.document(); }
    void changed(bool announce = true);
    void report(const QString &message);
    ReviewRecord &touch(EntryRef ref);
    void dropIfEmpty(const QString &key);
    std::optional<ReviewFile::Content> snapshot() const; // nothing when no file is needed
    ReviewFile::Content content() const;

    Mode m_mode = Mode::ReadWrite;
    QString m_problem;
    QHash<QString, ReviewRecord> m_records; // by key
    QSet<ReviewFile::Pair> m_dismissed;
    ReviewKeys m_keys; // also the attached document
    SidecarWriter m_writer;
    bool m_resetPending = false; // the followed model was reset in this event-loop turn
    bool m_keysCurrent = false;  // m_keys were built for that reset and nothing changed since
};
