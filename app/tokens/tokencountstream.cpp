#include "app/tokens/tokencountstream.h"

#include "app/tokens/tokencounter.h"
#include "app/tokens/utf8repair.h"

void TokenCountStream::add(QByteArrayView utf8)
{
    const QByteArray bytes = m_incomplete + utf8.toByteArray();
    if (Utf8Repair::validPrefix(bytes) == bytes.size()) {
        m_pending += bytes;
        m_incomplete.clear();
    } else {
        qsizetype incomplete = 0;
        m_pending += Utf8Repair::repaired(bytes, false, &incomplete);
        m_incomplete = bytes.right(incomplete);
    }
    // A piece that runs to the end of what is pending (a long run of spaces,
    // a pasted blob) is tried again only once the pending text has doubled:
    // the work stays linear however many chunks the run spans.
    if (m_pending.size() >= m_retryAt)
        countPending();
}

void TokenCountStream::countPending()
{
    qsizetype consumed = 0;
    m_counted += TokenCounter::countValid(m_pending.constData(), m_pending.size(), m_encoding, false, &consumed);
    m_pending.remove(0, consumed);
    m_retryAt = m_pending.size() * 2;
}

qsizetype TokenCountStream::total() const
{
    if (m_incomplete.isEmpty())
        return m_counted + TokenCounter::countValid(m_pending.constData(), m_pending.size(), m_encoding, true);
    // A character cut off at the very end is one U+FFFD, as a decoder reads it.
    const QByteArray text = m_pending + QByteArrayLiteral("\xEF\xBF\xBD");
    return m_counted + TokenCounter::countValid(text.constData(), text.size(), m_encoding, true);
}
