#include "app/document/fencetracker.h"

void FenceTracker::closeOpenFence(QByteArray &out, const QByteArray &eol)
{
    readLines(out, out.size());
    if (m_fence.open) {
        out += QByteArray(m_fence.length, m_fence.marker) + eol;
        m_fence.open = false;
        m_pos = out.size();
    }
}

bool FenceTracker::leavesOpen(const QByteArray &out)
{
    readLines(out, out.size());
    return m_fence.open;
}

qsizetype FenceTracker::readCompleteLines(const QByteArray &out)
{
    const qsizetype end = out.lastIndexOf('\n') + 1;
    if (end > m_pos)
        readLines(out, end);
    return std::max(end, m_pos);
}

void FenceTracker::dropped(qsizetype count)
{
    m_dropped += count;
    m_pos -= count;
}

void FenceTracker::readLines(const QByteArray &out, qsizetype end)
{
    const char *d = out.constData();
    while (m_pos < end) {
        MarkdownLines::Line line = MarkdownLines::lineAt(out, m_pos);
        if (m_dropped + m_pos == 0 && out.startsWith("\xEF\xBB\xBF"))
            line.begin = 3; // as the parser reads a first line after a byte order mark
        if (m_fence.open) {
            if (MarkdownLines::closesFence(d, line, m_fence))
                m_fence.open = false;
        } else if (MarkdownLines::classify(d, line) == MarkdownLines::Kind::FenceOpen) {
            m_fence = MarkdownLines::fenceOf(d, line);
        }
        m_pos = line.end;
    }
}
