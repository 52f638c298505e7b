#pragma once

#include "app/document/qadocument.h"
#include "app/document/questionkeys.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

// Which review belongs to which entry of a document: the key of each entry's
// question (ReviewRecord::keyOf), how many entries share each key, and the
// matching of records whose key no entry has (orphans).
//
// Records are held by the caller (ReviewStore), by key; ReviewKeys says where
// they belong and moves them when a question is edited here (followEdit) or
// was changed outside Quire (rematch).
class ReviewKeys
{
public:
    using Records = QHash<QString, ReviewRecord>; // by key
    using KeysBySection = QList<QStringList>;     // implicitly shared: a snapshot costs nothing

    // A record whose key no entry has.
    struct Orphan
    {
        QString key;
        ReviewRecord record;
    };

    // What matching needs of the document, copied so that it can run in a
    // worker thread while the document is edited. Copying an entry is cheap
    // (it shares the file's bytes); its question is decoded only in the
    // worker, and only when there are orphans to match.
    struct Entries
    {
        std::vector<QaEntry> entries; // every entry, in document order
        KeysBySection keys;           // and their keys
        QStringList flatKeys() const;
        QStringList questions() const;
    };

    // The key of a dismissed pair: both questions' keys, the smaller first.
    static ReviewFile::Pair pairKey(const QString &questionA, const QString &questionB);
    // Records in `records` under none of the keys in `keys`, sorted by key.
    static std::vector<Orphan> orphansOf(const Records &records, const KeysBySection &keys);
    // The same against these keys: looked up in the kept use counts, so the
    // GUI thread never builds a set of every entry's key (60,000 of them
    // after each reload) to find the orphans of a few records, or of none.
    std::vector<Orphan> orphansOf(const Records &records) const;

    // Keys every entry of `document` (which may be null), forgetting all
    // else. `prepared`: its keys, worked out in a worker (QuestionKeys),
    // taken over instead of keying every question here again.
    void rebuild(const QaDocument *document, const QuestionKeys *prepared = nullptr);
    // The same, returning the keys that became used or unused: only records
    // under those can have become orphans or stopped being ones.
    QStringList rebuildReportingChanges(const QaDocument *document);
    const QaDocument *document() const { return m_document; }

    // The key of this entry's question; null when there is no such entry.
    QString keyAt(EntryRef ref) const;
    // Some entry has this key: a record under it is not an orphan.
    bool isUsed(const QString &key) const { return m_keyUse.contains(key); }
    // Every entry's key, per section in document order (repeats included).
    const KeysBySection &keysBySection() const { return m_keys; }
    // Changes whenever any entry's key may have changed (rebuild, an edited
    // question): a result computed from older keys is stale.
    int generation() const { return m_generation; }
    Entries entries() const;
    // ReviewRecord::answerHash() of the entry's answer, hashed once until it
    // is edited: counts are asked for after every change.
    QByteArray answerHash(EntryRef ref) const;

    // Gives orphaned records to the entries whose question they clearly had
    // before it was changed outside Quire (ReviewMatcher). True when one moved.
    bool rematch(Records &records) const { return !records.isEmpty() && rematch(records, entries()); }
    // The same against a copy of the entries: runs in any thread.
    static bool rematch(Records &records, const Entries &entries);

    struct Edit
    {
        enum Kind {
            Ignored,      // no such entry was keyed
            SameKey,      // the answer or the question's case or spacing changed
            NewKey,       // the question changed; its record (if any) stays
            RecordMoved,  // the question changed and its record went with it
        } kind = Ignored;
        QString oldKey;
        QString newKey;
    };
    // The question or answer of this entry changed. A question edited here
    // takes its record along, unless another entry still asks the old
    // question or the new one has a record already.
    Edit followEdit(EntryRef ref, Records &records);

private:
    const QaDocument *m_document = nullptr;
    KeysBySection m_keys;                     // per section, per entry: the key of its question
    int m_generation = 0;
    QHash<QString, int> m_keyUse;             // how many entries have this key
    mutable std::vector<std::vector<QByteArray>> m_hashes; // per entry: answerHash(), empty until needed
};
