#include "app/review/reviewstore.h"

#include "app/base/regularfile.h"

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <utility>
#include <QTimer>
#include <algorithm>

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent), m_writer([this] { return snapshot(); })
{
    connect(&m_writer, &SidecarWriter::written, this, &ReviewStore::written);
    connect(&m_writer, &SidecarWriter::failed, this,
            [this](const QString &reason) { report(tr("Reviews not saved: %1").arg(reason)); });
}

ReviewStore::~ReviewStore()
{
    flush();
}

void ReviewStore::follow(DocumentSession *session)
{
    QaModel *model = session->model();
    connect(model, &QaModel::documentReset, this, [this, model] {
        // Another file, a reload or a recovered text. Which one is known
        // only when the session has (or has not) announced a new path, in
        // this same turn of the event loop; until then keys follow the new
        // text but records are neither re-matched nor written.
        flush();
        m_keys.rebuild(&model->document());
        m_keysCurrent = true; // attach() or load() in a moment need not key it again
        if (m_resetPending)
            return;
        m_resetPending = true;
        QTimer::singleShot(0, this, [this, model] {
            if (!m_resetPending)
                return;
            m_resetPending = false;
            attach(&model->document());
        });
    });
    connect(session, &DocumentSession::filePathChanged, this, [this, model](const QString &path) {
        if (m_resetPending) {
            m_resetPending = false;
            load(path, &model->document());
        } else {
            moveTo(path);
        }
    });
    connect(model, &QaModel::entryChanged, this, &ReviewStore::followEdit);
    connect(model, &QaModel::structureChanged, this, [this] {
        m_keys.rebuild(document());
        m_keysCurrent = false;
        emit recordsChanged(); // a removed entry's review is now an orphan, and back on undo
    });
    load(session->filePath(), &model->document());
}

bool ReviewStore::load(const QString &documentPath, const QaDocument *document, Mode mode)
{
    flush();
    m_writer.forgetPending();
    m_records.clear();
    m_dismissed.clear();
    m_problem.clear();
    m_mode = mode;
    m_writer.setWritable(mode == Mode::ReadWrite);
    const QString sidecar = documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath);
    m_writer.setPath(sidecar);
    bool ok = true;
    if (!sidecar.isEmpty() && QFileInfo::exists(sidecar)) {
        QByteArray bytes;
        QString why;
        if (!RegularFile::readAll(sidecar, &bytes, &why)) {
            // Unread reviews must not be overwritten by an empty list.
            m_writer.setWritable(false);
            report(tr("%1; review changes will not be saved").arg(why));
            ok = false;
        } else {
            ReviewFile::Content content;
            QString reason;
            switch (ReviewFile::parse(bytes, &content, &reason)) {
            case ReviewFile::ParseResult::Ok:
                for (const ReviewRecord &record : content.records) {
                    QString key = ReviewRecord::keyOf(record.question);
                    // Two records for one question (edited by hand): the
                    // later ones become orphans with a key no entry has.
                    for (int n = 2; m_records.contains(key); ++n)
                        key = ReviewRecord::keyOf(record.question) + QChar(0x1) + QString::number(n);
                    m_records.insert(key, record);
                }
                for (const ReviewFile::Pair &pair : content.dismissed)
                    m_dismissed.insert(pairKey(pair.first, pair.second));
                break;
            case ReviewFile::ParseResult::TooNew:
                m_writer.setWritable(false);
                report(tr("%1: %2; reviews are not shown and not saved").arg(sidecar, reason));
                ok = false;
                break;
            case ReviewFile::ParseResult::Corrupt:
                ok = false;
                if (mode == Mode::ReadOnly) {
                    report(tr("%1: cannot be parsed: %2").arg(sidecar, reason));
                    break;
                }
                const QString base = sidecar + QStringLiteral(".corrupt-")
                    + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
                QString aside = base;
                for (int n = 2; QFileInfo::exists(aside); ++n)
                    aside = base + QLatin1Char('-') + QString::number(n);
                if (QFile::rename(sidecar, aside)) {
                    report(tr("%1 could not be parsed (%2). It was kept as %3; reviews start afresh.")
                               .arg(sidecar, reason, aside));
                } else {
                    m_writer.setWritable(false);
                    report(tr("%1 could not be parsed (%2) nor set aside; review changes will not be saved")
                               .arg(sidecar, reason));
                }
                break;
            }
        }
    }
    attach(document);
    return ok;
}

void ReviewStore::attach(const QaDocument *document)
{
    // Keying 60,000 questions takes the GUI thread ~40 ms: not twice per reload.
    if (!std::exchange(m_keysCurrent, false) || m_keys.document() != document)
        m_keys.rebuild(document);
    // Only an existing sidecar is brought up to date; opening creates nothing.
    if (m_keys.rematch(m_records) && !m_writer.path().isEmpty() && QFileInfo::exists(m_writer.path()))
        m_writer.changed();
    emit recordsChanged();
    emit approvalsChanged();
}

void ReviewStore::moveTo(const QString &documentPath)
{
    flush();
    m_writer.setPath(documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath));
    m_writer.setWritable(m_mode == Mode::ReadWrite);
    if (!m_records.isEmpty() || !m_dismissed.isEmpty())
        m_writer.changed();
}

void ReviewStore::followEdit(EntryRef ref)
{
    if (m_resetPending) {
        m_keysCurrent = false; // an edit the keys did not follow
        return;
    }
    const ReviewKeys::Edit edit = m_keys.followEdit(ref, m_records);
    if (edit.kind == ReviewKeys::Edit::SameKey) {
        if (m_records.value(edit.newKey).status == ReviewStatus::Approved) {
            emit recordsChanged(); // "changed since approval" may have flipped
            emit approvalsChanged();
        }
    } else if (edit.kind == ReviewKeys::Edit::RecordMoved) {
        // Dismissed pairs follow too.
        QSet<ReviewFile::Pair> dismissed;
        for (const ReviewFile::Pair &pair : std::as_const(m_dismissed)) {
            dismissed.insert(pairKey(pair.first == edit.oldKey ? edit.newKey : pair.first,
                                     pair.second == edit.oldKey ? edit.newKey : pair.second));
        }
        m_dismissed = dismissed;
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
    return record(entry).changedSinceApproval(entry.answer());
}

bool ReviewStore::isApprovedAsIs(const QaEntry &entry) const
{
    const ReviewRecord r = record(entry);
    return r.status == ReviewStatus::Approved && !r.changedSinceApproval(entry.answer());
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
    if (!document() || !document()->contains(ref))
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
    if (!document() || !document()->contains(ref))
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

ReviewCounts ReviewStore::sectionCounts(int section) const
{
    ReviewCounts counts;
    if (!document() || section < 0 || section >= document()->sectionCount())
        return counts;
    const QaSection &s = document()->section(section);
    for (int i = 0; i < s.entryCount(); ++i) {
        const QString key = m_keys.keyAt({section, i});
        const auto it = m_records.constFind(key);
        if (it == m_records.cend() || it->status == ReviewStatus::Unreviewed) {
            ++counts.unreviewed;
        } else if (it->status == ReviewStatus::NeedsWork) {
            ++counts.needsWork;
        } else {
            ++counts.approved;
            if (it->approvedHash != m_keys.answerHash({section, i}))
                ++counts.changedSinceApproval;
        }
    }
    return counts;
}

ReviewCounts ReviewStore::counts() const
{
    ReviewCounts total;
    if (!document())
        return total;
    for (int s = 0; s < document()->sectionCount(); ++s) {
        const ReviewCounts c = sectionCounts(s);
        total.approved += c.approved;
        total.needsWork += c.needsWork;
        total.unreviewed += c.unreviewed;
        total.changedSinceApproval += c.changedSinceApproval;
    }
    return total;
}

std::vector<ReviewStore::Orphan> ReviewStore::orphans() const
{
    std::vector<Orphan> result;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (!m_keys.isUsed(it.key()))
            result.push_back({it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const Orphan &a, const Orphan &b) { return a.key < b.key; });
    return result;
}

void ReviewStore::reattach(const QString &orphanKey, EntryRef ref)
{
    const QString target = m_keys.keyAt(ref);
    if (target.isNull() || !m_records.contains(orphanKey) || m_keys.isUsed(orphanKey))
        return;
    ReviewRecord record = m_records.take(orphanKey);
    record.question = document()->entry(ref).question();
    m_records.insert(target, record);
    changed();
    emit approvalsChanged();
}

void ReviewStore::removeOrphan(const QString &orphanKey)
{
    if (m_keys.isUsed(orphanKey) || !m_records.remove(orphanKey))
        return;
    changed();
}

ReviewFile::Pair ReviewStore::pairKey(const QString &a, const QString &b)
{
    const QString ka = ReviewRecord::keyOf(a);
    const QString kb = ReviewRecord::keyOf(b);
    return ka < kb ? ReviewFile::Pair(ka, kb) : ReviewFile::Pair(kb, ka);
}

void ReviewStore::dismissPair(const QString &questionA, const QString &questionB)
{
    const ReviewFile::Pair key = pairKey(questionA, questionB);
    if (m_dismissed.contains(key))
        return;
    m_dismissed.insert(key);
    changed();
}

bool ReviewStore::isPairDismissed(const QString &questionA, const QString &questionB) const
{
    if (m_dismissed.isEmpty())
        return false; // the usual case, asked for each listed pair: no keys worked out
    return m_dismissed.contains(pairKey(questionA, questionB));
}

void ReviewStore::changed(bool announce)
{
    m_writer.changed();
    if (announce)
        emit recordsChanged();
}

ReviewFile::Content ReviewStore::content() const
{
    ReviewFile::Content content;
    QSet<QString> written;
    for (const std::vector<QString> &keys : m_keys.keysBySection()) {
        for (const QString &key : keys) {
            const auto it = m_records.constFind(key);
            if (it != m_records.cend() && !written.contains(key)) {
                written.insert(key);
                content.records.push_back(*it);
            }
        }
    }
    for (const Orphan &orphan : orphans())
        content.records.push_back(orphan.record);
    std::vector<ReviewFile::Pair> dismissed(m_dismissed.cbegin(), m_dismissed.cend());
    std::sort(dismissed.begin(), dismissed.end());
    content.dismissed = dismissed;
    return content;
}

std::optional<ReviewFile::Content> ReviewStore::snapshot() const
{
    if (m_records.isEmpty() && m_dismissed.isEmpty() && !QFileInfo::exists(m_writer.path()))
        return std::nullopt; // nothing was ever reviewed: no file
    return content();
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
