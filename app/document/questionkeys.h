#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QaDocument;

// Every entry's question key (QuestionKey, as text), per section in document
// order, and how many entries share each key: what reviews attach by.
// Worked out where a document is parsed (a worker thread) and handed over
// with it, so that the window does not key 60,000 questions on its own
// thread after a load or a reload. Both containers are implicitly shared:
// taking them over costs nothing.
class QuestionKeys
{
public:
    using KeysBySection = QList<QStringList>;

    static QuestionKeys of(const QaDocument &document);

    // Whether these keys were worked out for a document of this shape (the
    // same sections with as many entries each): a cheap check that they
    // belong to it.
    bool fits(const QaDocument &document) const;

    const KeysBySection &bySection() const { return m_keys; }
    const QHash<QString, int> &use() const { return m_use; }

private:
    KeysBySection m_keys;
    QHash<QString, int> m_use; // how many entries have each key
};
