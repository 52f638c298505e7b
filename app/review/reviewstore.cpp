#include "app/review/reviewstore.h"

#include "app/review/reviewtally.h"
#include "app/review/sidecaroutcome.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <utility>

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent), m_writer([this] { return snapshot(); })
{
    connect(&m_writer, &SidecarWriter::written, this, &ReviewStore::written);
    connect(&m_writer, &SidecarWriter::failed, this,
            [this](const QString &reason) { report(tr("Reviews not saved: %1").arg(reason)); });
    connect(&m_loader, &SidecarLoader::finished, this, [this](const SidecarLoader::Result &result) { apply(result); });
}

ReviewStore::~ReviewStore()
{
    flush(); // waits for a write in flight, then writes what is pending
}

QString ReviewStore::prepareLoad(const QString &documentPath, const QaDocument *document, Mode mode,
                                 bool keysCurrent)
{
    flush();
    m_loader.cancel();
    m_writer.forgetPending();
    m_records.clear();
    m_probeMarks.reset();
    m_dismissed.clear();
    m_probeSections.clear();
    m_editsDuringLoad.clear();
    m_dismissedDuringLoad.clear();
    m_writeAfterLoad = false;
    m_problem.clear();
    m_mode = mode;
    m_writer.setWritable(mode == Mode::ReadWrite);
    const QString sidecar = documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath);
    m_writer.setPath(sidecar);
    if (!keysCurrent || m_keys.document() != document)
        m_keys.rebuild(document);
    m_keysCurrent = false;
    m_orphans.invalidate();
    return sidecar;
}

bool ReviewStore::load(const QString &documentPath, const QaDocument *document, Mode mode)
{
    SidecarLoader::Result result = SidecarLoader::read(prepareLoad(documentPath, document, mode));
    if (result.outcome == SidecarLoader::Result::Outcome::Loaded)
        SidecarLoader::match(result, m_keys.entries(), m_keys.generation());
    return apply(std::move(result));
}

void ReviewStore::loadInBackground(const QString &documentPath, const QaDocument *document)
{
    startLoad(documentPath, document, false);
}

void ReviewStore::startLoad(const QString &documentPath, const QaDocument *document, bool keysCurrent)
{
    const QString sidecar = prepareLoad(documentPath, document, Mode::ReadWrite, keysCurrent);
    if (sidecar.isEmpty() || !QFileInfo::exists(sidecar)) {
        apply(SidecarLoader::read(QString())); // nothing to read: no reviews, at once
        return;
    }
    m_loadingFrom = sidecar;
    setAvailability(Availability::Loading, tr("Loading reviews…"));
    m_loader.start(sidecar, m_keys.entries(), m_keys.generation());
}

void ReviewStore::attach(const QaDocument *document)
{
    // Keying 60,000 questions takes the GUI thread ~40 ms: not twice per reload.
    if (!std::exchange(m_keysCurrent, false) || m_keys.document() != document)
        m_keys.rebuild(document);
    m_orphans.invalidate();
    // Only an existing sidecar is brought up to date; opening creates nothing.
    if (m_keys.rematch(m_records) && !m_writer.path().isEmpty() && QFileInfo::exists(m_writer.path()))
        m_writer.changed();
    emit recordsChanged();
    emit approvalsChanged();
}

void ReviewStore::attachInBackground(const QaDocument *document)
{
    if (!std::exchange(m_keysCurrent, false) || m_keys.document() != document)
        m_keys.rebuild(document);
    m_orphans.invalidate();
    if (m_availability == Availability::Loading && !m_loadingFrom.isEmpty()) {
        // Nothing could change meanwhile: read the file again for these entries.
        m_editsDuringLoad.clear();
        m_loader.start(m_loadingFrom, m_keys.entries(), m_keys.generation());
        return;
    }
    if (m_records.isEmpty() || m_availability == Availability::ReadOnly) {
        m_keysCurrent = true; // keyed just now
        attach(document);
        return;
    }
    m_loadingFrom.clear();
    setAvailability(Availability::Loading, tr("Loading reviews…"));
    m_loader.startMatch(m_records, m_dismissed, m_keys.entries(), m_keys.generation());
}

bool ReviewStore::apply(SidecarLoader::Result result)
{
    using Outcome = SidecarLoader::Result::Outcome;
    m_loadingFrom.clear();
    m_records = std::move(result.records);
    m_probeMarks.reset();
    m_dismissed = std::move(result.dismissed);
    if (result.outcome != Outcome::Kept) // a re-match reads no file: the marks stay
        m_probeSections = std::move(result.probeSections);
    m_orphans.invalidate();
    if (result.outcome != Outcome::NoFile && result.keysGeneration == m_keys.generation()
        && m_editsDuringLoad.empty())
        m_orphans.set(std::move(result.orphans)); // sorted in the worker
    bool write = replayPendingEdits() || std::exchange(m_writeAfterLoad, false);
    for (const ReviewFile::Pair &pair : std::exchange(m_dismissedDuringLoad, {})) {
        if (!m_dismissed.contains(pair)) {
            m_dismissed.insert(pair);
            write = true;
        }
    }
    if (result.outcome == Outcome::Loaded || result.outcome == Outcome::Kept) {
        // Only an existing sidecar is brought up to date; opening creates nothing.
        write |= result.rematched && !m_writer.path().isEmpty() && QFileInfo::exists(m_writer.path());
        // Save As while it loaded: the reviews follow to the new name.
        write |= !result.sidecar.isEmpty() && m_writer.path() != result.sidecar
            && (!m_records.isEmpty() || !m_dismissed.isEmpty() || !m_probeSections.isEmpty());
    }
    const SidecarOutcome outcome = SidecarOutcome::of(result, m_mode == Mode::ReadWrite);
    if (!outcome.report.isEmpty())
        report(outcome.report);
    const QString &lock = outcome.lock; // why nothing may be written
    if (!lock.isEmpty()) {
        m_writer.setWritable(false);
        setAvailability(Availability::ReadOnly, lock);
    } else {
        setAvailability(Availability::Ready);
    }
    if (write)
        m_writer.changed();
    emit recordsChanged();
    emit approvalsChanged();
    return outcome.ok;
}

bool ReviewStore::replayPendingEdits()
{
    // As followEdit() would have moved them, had the records been here.
    bool moved = false;
    for (const PendingEdit &edit : std::exchange(m_editsDuringLoad, {})) {
        if (m_records.contains(edit.oldKey) && !m_keys.isUsed(edit.oldKey) && !m_records.contains(edit.newKey)) {
            ReviewRecord record = m_records.take(edit.oldKey);
            record.question = edit.question;
            m_records.insert(edit.newKey, record);
            moveDismissed(edit.oldKey, edit.newKey);
            moved = true;
        }
    }
    if (moved)
        m_orphans.invalidate();
    return moved;
}

void ReviewStore::setAvailability(Availability availability, const QString &note)
{
    if (m_availability == availability && m_availabilityNote == note)
        return;
    m_availability = availability;
    m_availabilityNote = note;
    emit availabilityChanged();
}

void ReviewStore::moveTo(const QString &documentPath)
{
    flush();
    m_writer.setPath(documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath));
    m_writer.setWritable(m_mode == Mode::ReadWrite && m_availability != Availability::ReadOnly);
    if (!m_records.isEmpty() || !m_dismissed.isEmpty() || !m_probeSections.isEmpty())
        changed(false);
}

void ReviewStore::moveDismissed(const QString &oldKey, const QString &newKey)
{
    QSet<ReviewFile::Pair> dismissed;
    for (const ReviewFile::Pair &pair : std::as_const(m_dismissed)) {
        dismissed.insert(ReviewKeys::pairKey(pair.first == oldKey ? newKey : pair.first,
                                             pair.second == oldKey ? newKey : pair.second));
    }
    m_dismissed = dismissed;
}

void ReviewStore::followEdit(EntryRef ref)
{
    if (m_resetPending) {
        m_keysCurrent = false; // an edit the keys did not follow
        return;
    }
    const ReviewKeys::Edit edit = m_keys.followEdit(ref, m_records);
    if (edit.kind == ReviewKeys::Edit::NewKey || edit.kind == ReviewKeys::Edit::RecordMoved)
        m_orphans.patch({edit.oldKey, edit.newKey}, m_records, m_keys);
    if (m_availability == Availability::Loading) {
        // The records that will arrive have not moved: move them then.
        if (edit.kind == ReviewKeys::Edit::NewKey || edit.kind == ReviewKeys::Edit::RecordMoved)
            m_editsDuringLoad.push_back({edit.oldKey, edit.newKey, document()->entry(ref).question()});
        return;
    }
    if (edit.kind == ReviewKeys::Edit::SameKey) {
        if (m_records.value(edit.newKey).status == ReviewStatus::Approved) {
            emit recordsChanged(); // "changed since approval" may have flipped
            emit approvalsChanged();
        }
    } else if (edit.kind == ReviewKeys::Edit::RecordMoved) {
        moveDismissed(edit.oldKey, edit.newKey); // dismissed pairs follow too
        changed();
        emit approvalsChanged();
    }
}

ReviewRecord ReviewStore::record(EntryRef ref) const
{
    if (!document() || !document()->contains(ref))
        return ReviewRecord();
    return m_records.value(m_keys.keyAt(ref)); // the key kept by ReviewKeys, not worked out again
}

ReviewRecord ReviewStore::record(const QaEntry &entry) const
{
    return m_records.value(ReviewRecord::keyOf(entry));
}

bool ReviewStore::changedSinceApproval(EntryRef ref) const
{
    if (!document() || !document()->contains(ref))
        return false;
    // The list asks this of every row it paints: the answer's hash is kept.
    const ReviewRecord r = record(ref);
    return r.status == ReviewStatus::Approved && r.approvedHash != m_keys.answerHash(ref);
}

bool ReviewStore::changedSinceApproval(const QaEntry &entry) const
{
    return record(entry).changedSinceApproval(entry);
}

bool ReviewStore::isApprovedAsIs(const QaEntry &entry) const
{
    const ReviewRecord r = record(entry);
    return r.status == ReviewStatus::Approved && !r.changedSinceApproval(entry);
}

std::function<bool(const QaEntry &)> ReviewStore::approvedFilter() const
{
    QHash<QString, QByteArray> approved; // key -> hash of the approved answer
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->status == ReviewStatus::Approved)
            approved.insert(it.key(), it->approvedHash);
    }
    return [approved](const QaEntry &entry) {
        const auto it = approved.constFind(ReviewRecord::keyOf(entry));
        return it != approved.cend() && *it == ReviewRecord::answerHash(entry.answer());
    };
}

ReviewRecord &ReviewStore::touch(EntryRef ref)
{
    const QaEntry &entry = document()->entry(ref);
    ReviewRecord &record = m_records[ReviewRecord::keyOf(entry)];
    record.question = entry.question();
    record.reviewedAt = QDateTime::currentDateTimeUtc();
    record.reviewedAt.setTime(QTime(record.reviewedAt.time().hour(), record.reviewedAt.time().minute(),
                                    record.reviewedAt.time().second())); // whole seconds, as written
    return record;
}

void ReviewStore::dropIfEmpty(const QString &key)
{
    if (m_records.value(key).isEmpty())
        m_records.remove(key);
}

void ReviewStore::setStatus(EntryRef ref, ReviewStatus status)
{
    if (!acceptsReviews() || !document() || !document()->contains(ref))
        return;
    ReviewRecord &record = touch(ref);
    record.status = status;
    record.approvedHash = status == ReviewStatus::Approved
        ? ReviewRecord::answerHash(document()->entry(ref).answer())
        : QByteArray();
    dropIfEmpty(ReviewRecord::keyOf(record.question));
    changed();
    emit approvalsChanged();
}

void ReviewStore::setNote(EntryRef ref, const QString &note)
{
    if (!acceptsReviews() || !document() || !document()->contains(ref))
        return;
    const ReviewRecord before = record(ref);
    if (before.note == note)
        return;
    ReviewRecord &record = touch(ref);
    record.note = note;
    dropIfEmpty(ReviewRecord::keyOf(record.question));
    // A keystroke in a note changes no count, mark or orphan: views that
    // follow recordsChanged() are spared, unless the note appears or goes.
    changed(before.note.isEmpty() != note.isEmpty());
}

bool ReviewStore::isProbe(EntryRef ref) const
{
    return record(ref).isProbeIn(isProbeSection(ref.section));
}

bool ReviewStore::isProbeSection(int section) const
{
    if (m_probeSections.isEmpty() || !document() || section < 0 || section >= document()->sectionCount())
        return false;
    return m_probeSections.contains(ReviewRecord::sectionKeyOf(document()->section(section).title()));
}

void ReviewStore::setProbe(EntryRef ref, bool probe)
{
    if (!acceptsReviews() || !document() || !document()->contains(ref))
        return;
    const ReviewRecord before = record(ref);
    ReviewRecord marked = before;
    marked.markProbe(probe, isProbeSection(ref.section));
    if (marked.probe == before.probe && marked.notProbe == before.notProbe)
        return;
    // Not a review: the record's time and status stay as they are.
    marked.question = document()->entry(ref).question();
    const QString key = m_keys.keyAt(ref);
    m_records[key] = marked;
    dropIfEmpty(key);
    changed();
}

void ReviewStore::setProbeSection(int section, bool probe)
{
    if (!acceptsReviews() || !document() || section < 0 || section >= document()->sectionCount()
        || isProbeSection(section) == probe)
        return;
    const QString key = ReviewRecord::sectionKeyOf(document()->section(section).title());
    if (probe)
        m_probeSections.insert(key);
    else
        m_probeSections.remove(key);
    // Exceptions to the section's mark end with it (and a new mark is whole).
    for (int i = 0; i < document()->section(section).entryCount(); ++i) {
        const auto it = m_records.find(m_keys.keyAt({section, i}));
        if (it != m_records.end() && std::exchange(it->notProbe, false))
            dropIfEmpty(QString(it.key()));
    }
    changed();
}

StatusCounts ReviewStore::withProbes(const StatusCounts &counts, int section) const
{
    if (!document() || (m_probeSections.isEmpty() && !hasProbeMarks()))
        return counts; // the usual case: no entry keyed again
    return ReviewTally::withProbes(counts, *document(), section, [this](EntryRef ref) { return isProbe(ref); });
}

ReviewCounts ReviewStore::sectionCounts(int section) const
{
    return ReviewTally::section(m_records, m_keys, section);
}

ReviewCounts ReviewStore::counts() const
{
    return ReviewTally::document(m_records, m_keys);
}

const std::vector<ReviewStore::Orphan> &ReviewStore::orphans() const
{
    return m_orphans.get(m_records, m_keys);
}

void ReviewStore::reattach(const QString &orphanKey, EntryRef ref)
{
    const QString target = m_keys.keyAt(ref);
    if (!acceptsReviews() || target.isNull() || !m_records.contains(orphanKey) || m_keys.isUsed(orphanKey))
        return;
    ReviewRecord record = m_records.take(orphanKey);
    record.question = document()->entry(ref).question();
    m_records.insert(target, record);
    m_orphans.patch({orphanKey}, m_records, m_keys);
    changed();
    emit approvalsChanged();
}

void ReviewStore::removeOrphan(const QString &orphanKey)
{
    if (!acceptsReviews() || m_keys.isUsed(orphanKey) || !m_records.remove(orphanKey))
        return;
    m_orphans.patch({orphanKey}, m_records, m_keys);
    changed();
}

void ReviewStore::dismissPair(const QString &questionA, const QString &questionB)
{
    const ReviewFile::Pair key = ReviewKeys::pairKey(questionA, questionB);
    if (m_availability == Availability::Loading) {
        m_dismissedDuringLoad.push_back(key); // joins the loaded pairs
        return;
    }
    if (m_dismissed.contains(key))
        return;
    m_dismissed.insert(key);
    changed();
}

bool ReviewStore::isPairDismissed(const QString &questionA, const QString &questionB) const
{
    if (m_dismissed.isEmpty())
        return false; // the usual case, asked for each listed pair: no keys worked out
    return m_dismissed.contains(ReviewKeys::pairKey(questionA, questionB));
}

bool ReviewStore::hasProbeMarks() const
{
    if (!m_probeMarks)
        m_probeMarks = std::any_of(m_records.cbegin(), m_records.cend(), [](const ReviewRecord &r) { return r.probe; });
    return *m_probeMarks;
}

void ReviewStore::changed(bool announce)
{
    m_probeMarks.reset(); // a record may have been marked, unmarked, replaced or removed
    if (m_availability == Availability::Loading)
        m_writeAfterLoad = true; // written once the loaded records are in
    else
        m_writer.changed();
    if (announce)
        emit recordsChanged();
}

std::optional<ReviewSnapshot> ReviewStore::snapshot() const
{
    if (m_availability == Availability::Loading)
        return std::nullopt; // never half the reviews: the load asks for a write when it needs one
    if (m_records.isEmpty() && m_dismissed.isEmpty() && m_probeSections.isEmpty()
        && !QFileInfo::exists(m_writer.path()))
        return std::nullopt; // nothing was ever reviewed: no file
    // Copies of implicitly shared containers: constant time; the next change
    // detaches them once, the worker orders and serializes.
    return ReviewSnapshot{m_records, m_keys.keysBySection(), m_dismissed, m_probeSections, m_orphans.shared()};
}

bool ReviewStore::flush()
{
    return m_writer.flush();
}

void ReviewStore::report(const QString &message)
{
    m_problem = message;
    emit problemOccurred(message);
}
