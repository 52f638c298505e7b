#include "app/review/reviewkeys.h"

#include "app/review/reviewmatcher.h"

#include <algorithm>

void ReviewKeys::rebuild(const QaDocument *document)
{
    m_document = document;
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

QString ReviewKeys::keyAt(EntryRef ref) const
{
    if (!m_document || !m_document->contains(ref))
        return QString();
    if (size_t(ref.section) < m_keys.size() && size_t(ref.index) < m_keys[size_t(ref.section)].size())
        return m_keys[size_t(ref.section)][size_t(ref.index)];
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

bool ReviewKeys::rematch(Records &records) const
{
    if (!m_document)
        return false;
    QStringList orphanKeys;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!m_keyUse.contains(it.key()))
            orphanKeys << it.key();
    }
    if (orphanKeys.isEmpty())
        return false;
    std::sort(orphanKeys.begin(), orphanKeys.end());
    QStringList orphanQuestions;
    for (const QString &key : orphanKeys)
        orphanQuestions << records.value(key).question;
    QStringList entryQuestions;
    std::vector<QString> entryKeys;
    std::vector<bool> claimed;
    for (const EntryRef &ref : m_document->allEntries()) {
        entryQuestions << m_document->entry(ref).question();
        entryKeys.push_back(m_keys[size_t(ref.section)][size_t(ref.index)]);
        claimed.push_back(records.contains(entryKeys.back()));
    }
    const std::vector<int> matches = ReviewMatcher::match(entryQuestions, claimed, orphanQuestions);
    bool moved = false;
    for (qsizetype i = 0; i < orphanKeys.size(); ++i) {
        const int entry = matches[size_t(i)];
        if (entry < 0 || records.contains(entryKeys[size_t(entry)]))
            continue;
        ReviewRecord record = records.take(orphanKeys.at(i));
        record.question = entryQuestions.at(entry);
        records.insert(entryKeys[size_t(entry)], record);
        moved = true;
    }
    return moved;
}

ReviewKeys::Edit ReviewKeys::followEdit(EntryRef ref, Records &records)
{
    Edit edit;
    if (!m_document || ref.section < 0 || size_t(ref.section) >= m_keys.size() || ref.index < 0
        || size_t(ref.index) >= m_keys[size_t(ref.section)].size())
        return edit;
    const QaEntry &entry = m_document->entry(ref);
    if (size_t(ref.section) < m_hashes.size() && size_t(ref.index) < m_hashes[size_t(ref.section)].size())
        m_hashes[size_t(ref.section)][size_t(ref.index)].clear(); // the answer may have changed
    QString &slot = m_keys[size_t(ref.section)][size_t(ref.index)];
    edit.oldKey = slot;
    edit.newKey = ReviewRecord::keyOf(entry);
    if (edit.newKey == edit.oldKey) {
        edit.kind = Edit::SameKey;
        return edit;
    }
    slot = edit.newKey;
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
