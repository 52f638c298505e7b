#include "app/review/reviewkeys.h"

#include "app/review/reviewmatcher.h"

#include "app/base/backgrounddisposal.h"

#include <QSet>

#include <algorithm>
#include <utility>

ReviewFile::Pair ReviewKeys::pairKey(const QString &questionA, const QString &questionB)
{
    const QString a = ReviewRecord::keyOf(questionA);
    const QString b = ReviewRecord::keyOf(questionB);
    return a < b ? ReviewFile::Pair(a, b) : ReviewFile::Pair(b, a);
}

std::vector<ReviewKeys::Orphan> ReviewKeys::orphansOf(const Records &records, const KeysBySection &keys)
{
    QSet<QString> used;
    for (const QStringList &section : keys) {
        for (const QString &key : section)
            used.insert(key);
    }
    std::vector<Orphan> result;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!used.contains(it.key()))
            result.push_back({it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const Orphan &a, const Orphan &b) { return a.key < b.key; });
    return result;
}

std::vector<ReviewKeys::Orphan> ReviewKeys::orphansOf(const Records &records) const
{
    std::vector<Orphan> result;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!isUsed(it.key()))
            result.push_back({it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const Orphan &a, const Orphan &b) { return a.key < b.key; });
    return result;
}

ReviewKeys::Entries ReviewKeys::entries() const
{
    Entries entries;
    if (!m_document)
        return entries;
    entries.entries.reserve(size_t(m_document->entryCount()));
    for (int s = 0; s < m_document->sectionCount(); ++s) {
        const QaSection &section = m_document->section(s);
        for (int i = 0; i < section.entryCount(); ++i)
            entries.entries.push_back(section.entry(i));
    }
    entries.keys = m_keys;
    return entries;
}

QStringList ReviewKeys::Entries::flatKeys() const
{
    QStringList flat;
    flat.reserve(qsizetype(entries.size()));
    for (const QStringList &section : keys)
        flat += section;
    return flat;
}

QStringList ReviewKeys::Entries::questions() const
{
    QStringList questions;
    questions.reserve(qsizetype(entries.size()));
    for (const QaEntry &entry : entries)
        questions << entry.question();
    return questions;
}

void ReviewKeys::rebuild(const QaDocument *document, const QuestionKeys *prepared)
{
    ++m_generation;
    m_document = document;
    // The old keys are freed in a worker: 60,000 strings take milliseconds.
    disposeInBackground(std::exchange(m_keyUse, {}));
    disposeInBackground(std::exchange(m_keys, {}));
    m_hashes.clear();
    if (!m_document)
        return;
    m_hashes.resize(size_t(m_document->sectionCount()));
    for (int s = 0; s < m_document->sectionCount(); ++s)
        m_hashes[size_t(s)].resize(size_t(m_document->section(s).entryCount()));
    if (prepared && prepared->fits(*m_document)) {
        m_keys = prepared->bySection();
        m_keyUse = prepared->use();
        return;
    }
    const QuestionKeys keys = QuestionKeys::of(*m_document);
    m_keys = keys.bySection();
    m_keyUse = keys.use();
}

QStringList ReviewKeys::rebuildReportingChanges(const QaDocument *document)
{
    const QHash<QString, int> before = m_keyUse;
    rebuild(document);
    QStringList flipped;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!m_keyUse.contains(it.key()))
            flipped << it.key();
    }
    for (auto it = m_keyUse.cbegin(); it != m_keyUse.cend(); ++it) {
        if (!before.contains(it.key()))
            flipped << it.key();
    }
    return flipped;
}

QString ReviewKeys::keyAt(EntryRef ref) const
{
    if (!m_document || !m_document->contains(ref))
        return QString();
    if (ref.section < m_keys.size() && ref.index < m_keys.at(ref.section).size())
        return m_keys.at(ref.section).at(ref.index);
    return ReviewRecord::keyOf(m_document->entry(ref));
}

QByteArray ReviewKeys::answerHash(EntryRef ref) const
{
    // SHA-256 of thousands of answers per keystroke adds up: each once.
    if (size_t(ref.section) >= m_hashes.size() || size_t(ref.index) >= m_hashes[size_t(ref.section)].size())
        return ReviewRecord::answerHash(m_document->entry(ref).answer());
    QByteArray &hash = m_hashes[size_t(ref.section)][size_t(ref.index)];
    if (hash.isEmpty())
        hash = ReviewRecord::answerHash(m_document->entry(ref).answer());
    return hash;
}

bool ReviewKeys::rematch(Records &records, const Entries &entries)
{
    const QStringList keys = entries.flatKeys();
    const QSet<QString> used(keys.cbegin(), keys.cend());
    QStringList orphanKeys;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!used.contains(it.key()))
            orphanKeys << it.key();
    }
    if (orphanKeys.isEmpty() || keys.isEmpty())
        return false;
    std::sort(orphanKeys.begin(), orphanKeys.end());
    QStringList orphanQuestions;
    for (const QString &key : orphanKeys)
        orphanQuestions << records.value(key).question;
    std::vector<bool> claimed;
    claimed.reserve(size_t(keys.size()));
    for (const QString &key : keys)
        claimed.push_back(records.contains(key));
    const QStringList questions = entries.questions();
    const std::vector<int> matches = ReviewMatcher::match(questions, claimed, orphanQuestions);
    bool moved = false;
    for (qsizetype i = 0; i < orphanKeys.size(); ++i) {
        const int entry = matches[size_t(i)];
        if (entry < 0 || records.contains(keys.at(entry)))
            continue;
        ReviewRecord record = records.take(orphanKeys.at(i));
        record.question = questions.at(entry);
        records.insert(keys.at(entry), record);
        moved = true;
    }
    return moved;
}

ReviewKeys::Edit ReviewKeys::followEdit(EntryRef ref, Records &records)
{
    Edit edit;
    if (!m_document || ref.section < 0 || ref.section >= m_keys.size() || ref.index < 0
        || ref.index >= m_keys.at(ref.section).size())
        return edit;
    const QaEntry &entry = m_document->entry(ref);
    if (size_t(ref.section) < m_hashes.size() && size_t(ref.index) < m_hashes[size_t(ref.section)].size())
        m_hashes[size_t(ref.section)][size_t(ref.index)].clear(); // the answer may have changed
    QString &slot = m_keys[ref.section][ref.index];
    edit.oldKey = slot;
    edit.newKey = ReviewRecord::keyOf(entry);
    if (edit.newKey == edit.oldKey) {
        edit.kind = Edit::SameKey;
        return edit;
    }
    slot = edit.newKey;
    ++m_generation;
    if (--m_keyUse[edit.oldKey] <= 0)
        m_keyUse.remove(edit.oldKey);
    ++m_keyUse[edit.newKey];
    edit.kind = Edit::NewKey;
    if (records.contains(edit.oldKey) && !m_keyUse.contains(edit.oldKey) && !records.contains(edit.newKey)) {
        ReviewRecord record = records.take(edit.oldKey);
        record.question = entry.question();
        records.insert(edit.newKey, record);
        edit.kind = Edit::RecordMoved;
    }
    return edit;
}
