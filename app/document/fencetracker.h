#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>

// Code fences as the parser sees them in the bytes written so far. Text an
// edit generates must not land inside a code block that the loaded text left
// open (a document may end inside one), nor leave one open for what follows:
// read again, it would all be code. Reads each written line once per write.
//
// The writer hands what it wrote to a sink in pieces and keeps only the
// tail: before it drops bytes from the front of its buffer, the tracker reads
// their lines (readCompleteLines) and is told how many went (dropped).
class FenceTracker
{
public:
    // `out` ends with a line ending (or is empty). Closes a fence left open.
    void closeOpenFence(QByteArray &out, const QByteArray &eol);
    // Whether `out` leaves a fence open, its last line read even without a
    // line ending (what is written next must start a new line).
    bool leavesOpen(const QByteArray &out);
    // Reads every line of `out` that ends with a line feed; returns where
    // the last of them ends.
    qsizetype readCompleteLines(const QByteArray &out);
    // The first `count` bytes of the buffer went to the sink.
    void dropped(qsizetype count);

private:
    void readLines(const QByteArray &out, qsizetype end);

    qsizetype m_dropped = 0; // bytes written before the buffer's first
    qsizetype m_pos = 0; // in the buffer: where the next unread line starts
    MarkdownLines::Fence m_fence;
};
