#include "app/review/reviewstore.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/review/reviewmatcher.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>
#include <utility>
#include <algorithm>

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(writeDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &ReviewStore::writeInBackground);
    connect(&m_writeJob, &QFutureWatcher<QString>::finished, this, [this] {
        if (!std::exchange(m_jobUnhandled, false))
            return; // flush() took care of it already
        const bool again = std::exchange(m_writeAgain, false);
        // After a failure the retry timer decides; after success, what
        // changed meanwhile goes now.
        if (writeFinished(m_writeJob.result()) && (again || m_dirty))
            writeInBackground();
    });
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
        m_document = &model->document();
        rebuildKeys();
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
        rebuildKeys();
        emit recordsChanged(); // a removed entry's review is now an orphan, and back on undo
    });
    load(session->filePath(), &model->document());
}

bool ReviewStore::load(const QString &documentPath, const QaDocument *document, Mode mode)
{
    flush();
    m_writeTimer.stop();
    m_dirty = false;
    m_records.clear();
    m_dismissed.clear();
    m_problem.clear();
    m_mode = mode;
    m_writable = mode == Mode::ReadWrite;
    m_sidecar = documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath);
    bool ok = true;
    if (!m_sidecar.isEmpty() && QFileInfo::exists(m_sidecar)) {
        QFile file(m_sidecar);
        if (!file.open(QIODevice::ReadOnly)) {
            // Unread reviews must not be overwritten by an empty list.
            m_writable = false;
            report(tr("%1: cannot read the reviews (%2); review changes will not be saved")
                       .arg(m_sidecar, file.errorString()));
            ok = false;
        } else {
            ReviewFile::Content content;
            QString reason;
            switch (ReviewFile::parse(file.readAll(), &content, &reason)) {
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
                m_writable = false;
                report(tr("%1: %2; reviews are not shown and not saved").arg(m_sidecar, reason));
                ok = false;
                break;
            case ReviewFile::ParseResult::Corrupt:
                ok = false;
                if (mode == Mode::ReadOnly) {
                    report(tr("%1: cannot be parsed: %2").arg(m_sidecar, reason));
                    break;
                }
                file.close();
                const QString base = m_sidecar + QStringLiteral(".corrupt-")
                    + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
                QString aside = base;
                for (int n = 2; QFileInfo::exists(aside); ++n)
                    aside = base + QLatin1Char('-') + QString::number(n);
                if (QFile::rename(m_sidecar, aside)) {
                    report(tr("%1 could not be parsed (%2). It was kept as %3; reviews start afresh.")
                               .arg(m_sidecar, reason, aside));
                } else {
                    m_writable = false;
                    report(tr("%1 could not be parsed (%2) nor set aside; review changes will not be saved")
                               .arg(m_sidecar, reason));
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
    m_document = document;
    rebuildKeys();
    rematch();
    emit recordsChanged();
    emit approvalsChanged();
}

void ReviewStore::moveTo(const QString &documentPath)
{
    flush();
    m_sidecar = documentPath.isEmpty() ? QString() : ReviewFile::sidecarPath(documentPath);
    m_writable = m_mode == Mode::ReadWrite;
    if (!m_records.isEmpty() || !m_dismissed.isEmpty()) {
        m_dirty = true;
        scheduleWrite();
    }
}

void ReviewStore::rebuildKeys()
{
    m_keys.clear();
    m_keyUse.clear();
    m_hashes.clear();
    if (!m_document)
        return;
    m_keys.resize(size_t(m_document->sectionCount()));
    m_hashes.resize(size_t(m_document->sectionCount()));
    for (int s = 0; s < m_document->sectionCount(); ++s) {
        const QaSection &section = m_document->section(s);
        std::vector<QString> &keys = m_keys[size_t(s)];
        keys.reserve(size_t(section.entryCount()));
        m_hashes[size_t(s)].resize(size_t(section.entryCount()));
        for (int i = 0; i < section.entryCount(); ++i) {
            keys.push_back(ReviewRecord::keyOf(section.entry(i)));
            ++m_keyUse[keys.back()];
        }
    }
}

void ReviewStore::rematch()
{
    if (!m_document)
        return;
    QStringList orphanKeys;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (!m_keyUse.contains(it.key()))
            orphanKeys << it.key();
    }
    if (orphanKeys.isEmpty())
        return;
    std::sort(orphanKeys.begin(), orphanKeys.end());
    QStringList orphanQuestions;
    for (const QString &key : orphanKeys)
        orphanQuestions << m_records.value(key).question;
    QStringList entryQuestions;
    std::vector<QString> entryKeys;
    std::vector<bool> claimed;
    for (const EntryRef &ref : m_document->allEntries()) {
        entryQuestions << m_document->entry(ref).question();
        entryKeys.push_back(m_keys[size_t(ref.section)][size_t(ref.index)]);
        claimed.push_back(m_records.contains(entryKeys.back()));
    }
    const std::vector<int> matches = ReviewMatcher::match(entryQuestions, claimed, orphanQuestions);
    bool moved = false;
    for (qsizetype i = 0; i < orphanKeys.size(); ++i) {
        const int entry = matches[size_t(i)];
        if (entry < 0 || m_records.contains(entryKeys[size_t(entry)]))
            continue;
        ReviewRecord record = m_records.take(orphanKeys.at(i));
        record.question = entryQuestions.at(entry);
        m_records.insert(entryKeys[size_t(entry)], record);
        moved = true;
    }
    // Only an existing sidecar is brought up to date; opening creates nothing.
    if (moved && !m_sidecar.isEmpty() && QFileInfo::exists(m_sidecar)) {
        m_dirty = true;
        scheduleWrite();
    }
}

void ReviewStore::followEdit(EntryRef ref)
{
    if (!m_document || m_resetPending || ref.section < 0 || size_t(ref.section) >= m_keys.size()
        || ref.index < 0 || size_t(ref.index) >= m_keys[size_t(ref.section)].size())
        return;
    const QaEntry &entry = m_document->entry(ref);
    if (size_t(ref.section) < m_hashes.size() && size_t(ref.index) < m_hashes[size_t(ref.section)].size())
        m_hashes[size_t(ref.section)][size_t(ref.index)].clear(); // the answer may have changed
    QString &slot = m_keys[size_t(ref.section)][size_t(ref.index)];
    const QString newKey = ReviewRecord::keyOf(entry);
    if (newKey == slot) {
        if (m_records.value(slot).status == ReviewStatus::Approved) {
            emit recordsChanged(); // "changed since approval" may have flipped
            emit approvalsChanged();
        }
        return;
    }
    const QString oldKey = slot;
    slot = newKey;
    if (--m_keyUse[oldKey] <= 0)
        m_keyUse.remove(oldKey);
    ++m_keyUse[newKey];
    // The question was edited here: its review goes with it, unless another
    // entry still asks the old question or the new one has a review already.
    if (m_records.contains(oldKey) && !m_keyUse.contains(oldKey) && !m_records.contains(newKey)) {
        ReviewRecord record = m_records.take(oldKey);
        record.question = entry.question();
        m_records.insert(newKey, record);
        // Dismissed pairs follow too.
        QSet<ReviewFile::Pair> dismissed;
        for (const ReviewFile::Pair &pair : std::as_const(m_dismissed)) {
            dismissed.insert(pairKey(pair.first == oldKey ? newKey : pair.first,
                                     pair.second == oldKey ? newKey : pair.second));
        }
        m_dismissed = dismissed;
        changed();
        emit approvalsChanged();
    }
}

QString ReviewStore::keyAt(EntryRef ref) const
{
    if (!m_document || !m_document->contains(ref))
        return QString();
    if (size_t(ref.section) < m_keys.size() && size_t(ref.index) < m_keys[size_t(ref.section)].size())
        return m_keys[size_t(ref.section)][size_t(ref.index)];
    return ReviewRecord::keyOf(m_document->entry(ref));
}

ReviewRecord ReviewStore::record(EntryRef ref) const
{
    if (!m_document || !m_document->contains(ref))
        return ReviewRecord();
    return record(m_document->entry(ref));
}

ReviewRecord ReviewStore::record(const QaEntry &entry) const
{
    return m_records.value(ReviewRecord::keyOf(entry));
}

bool ReviewStore::changedSinceApproval(EntryRef ref) const
{
    if (!m_document || !m_document->contains(ref))
        return false;
    return changedSinceApproval(m_document->entry(ref));
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
    const QaEntry &entry = m_document->entry(ref);
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
    if (!m_document || !m_document->contains(ref))
        return;
    ReviewRecord &record = touch(ref);
    record.status = status;
    record.approvedHash = status == ReviewStatus::Approved
        ? ReviewRecord::answerHash(m_document->entry(ref).answer())
        : QByteArray();
    dropIfEmpty(ReviewRecord::keyOf(record.question));
    changed();
    emit approvalsChanged();
}

void ReviewStore::setNote(EntryRef ref, const QString &note)
{
    if (!m_document || !m_document->contains(ref))
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

QByteArray ReviewStore::currentHash(EntryRef ref) const
{
    // Counting is asked for after every change: hash each answer once, not
    // on every count (SHA-256 of thousands of answers per keystroke adds up).
    if (size_t(ref.section) >= m_hashes.size() || size_t(ref.index) >= m_hashes[size_t(ref.section)].size())
        return ReviewRecord::answerHash(m_document->entry(ref).answer());
    QByteArray &hash = m_hashes[size_t(ref.section)][size_t(ref.index)];
    if (hash.isEmpty())
        hash = ReviewRecord::answerHash(m_document->entry(ref).answer());
    return hash;
}

ReviewCounts ReviewStore::sectionCounts(int section) const
{
    ReviewCounts counts;
    if (!m_document || section < 0 || section >= m_document->sectionCount())
        return counts;
    const QaSection &s = m_document->section(section);
    for (int i = 0; i < s.entryCount(); ++i) {
        const QString key = keyAt({section, i});
        const auto it = m_records.constFind(key);
        if (it == m_records.cend() || it->status == ReviewStatus::Unreviewed) {
            ++counts.unreviewed;
        } else if (it->status == ReviewStatus::NeedsWork) {
            ++counts.needsWork;
        } else {
            ++counts.approved;
            if (it->approvedHash != currentHash({section, i}))
                ++counts.changedSinceApproval;
        }
    }
    return counts;
}

ReviewCounts ReviewStore::counts() const
{
    ReviewCounts total;
    if (!m_document)
        return total;
    for (int s = 0; s < m_document->sectionCount(); ++s) {
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
        if (!m_keyUse.contains(it.key()))
            result.push_back({it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const Orphan &a, const Orphan &b) { return a.key < b.key; });
    return result;
}

void ReviewStore::reattach(const QString &orphanKey, EntryRef ref)
{
    const QString target = keyAt(ref);
    if (target.isNull() || !m_records.contains(orphanKey) || m_keyUse.contains(orphanKey))
        return;
    ReviewRecord record = m_records.take(orphanKey);
    record.question = m_document->entry(ref).question();
    m_records.insert(target, record);
    changed();
    emit approvalsChanged();
}

void ReviewStore::removeOrphan(const QString &orphanKey)
{
    if (m_keyUse.contains(orphanKey) || !m_records.remove(orphanKey))
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
    return m_dismissed.contains(pairKey(questionA, questionB));
}

void ReviewStore::changed(bool announce)
{
    m_dirty = true;
    scheduleWrite();
    if (announce)
        emit recordsChanged();
}

void ReviewStore::scheduleWrite()
{
    // Debounced, but never postponed past writeDelayMs by further changes:
    // a running timer is left to fire.
    if (m_writable && !m_sidecar.isEmpty() && !m_writeTimer.isActive())
        m_writeTimer.start(writeDelayMs);
}

ReviewFile::Content ReviewStore::content() const
{
    ReviewFile::Content content;
    QSet<QString> written;
    for (const std::vector<QString> &keys : m_keys) {
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

bool ReviewStore::needsNoFile() const
{
    return m_records.isEmpty() && m_dismissed.isEmpty() && !QFileInfo::exists(m_sidecar);
}

bool ReviewStore::writeFinished(const QString &error)
{
    if (!error.isEmpty()) {
        const QString message = tr("Reviews not saved: %1").arg(error);
        if (message != m_writeError) // retried every 2 s: said once
            report(message);
        m_writeError = message;
        m_dirty = true;
        m_writeTimer.start(2000); // try again; the reviews stay in memory meanwhile
        return false;
    }
    m_writeError.clear();
    emit written(m_sidecar);
    return true;
}

void ReviewStore::writeInBackground()
{
    if (!m_dirty || !m_writable || m_sidecar.isEmpty())
        return;
    if (m_writeJob.isRunning()) {
        m_writeAgain = true; // one write at a time, in order
        return;
    }
    if (needsNoFile()) {
        m_dirty = false; // nothing was ever reviewed: no file
        return;
    }
    // The snapshot is taken here; turning it into bytes and the fsync
    // happen in a worker, never on the typing path.
    m_dirty = false;
    m_jobUnhandled = true;
    m_writeJob.setFuture(QtConcurrent::run([path = m_sidecar, content = content()] {
        QString error;
        AtomicFileWriter::write(path, ReviewFile::serialize(content), &error);
        return error;
    }));
}

bool ReviewStore::flush()
{
    m_writeJob.waitForFinished();
    if (std::exchange(m_jobUnhandled, false))
        writeFinished(m_writeJob.result()); // a failure makes it dirty again: written below
    if (!m_dirty)
        return m_writeError.isEmpty();
    if (!m_writable || m_sidecar.isEmpty())
        return false;
    m_writeTimer.stop();
    m_writeAgain = false;
    if (needsNoFile()) {
        m_dirty = false;
        return true;
    }
    QString error;
    AtomicFileWriter::write(m_sidecar, ReviewFile::serialize(content()), &error);
    m_dirty = false;
    writeFinished(error);
    return error.isEmpty();
}

void ReviewStore::report(const QString &message)
{
    m_problem = message;
    emit problemOccurred(message);
}
