#include "app/rehearsal/chatstreamparser.h"

#include <QCoreApplication>

QString ChatStreamParser::feed(QByteArrayView bytes)
{
    m_delta.clear();
    if (failed() || m_finished)
        return m_delta;
    qsizetype start = 0;
    while (start < bytes.size() && !failed()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0) {
            m_pending.append(bytes.sliced(start));
            if (m_pending.size() > maxLineBytes)
                fail(ChatReply::Error::Malformed, QCoreApplication::translate("Rehearsal", "the server sent a line longer than 16 MB"));
            break;
        }
        QByteArrayView line = bytes.sliced(start, newline - start);
        if (!m_pending.isEmpty()) {
            m_pending.append(line);
            line = m_pending;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > maxLineBytes)
            fail(ChatReply::Error::Malformed, QCoreApplication::translate("Rehearsal", "the server sent a line longer than 16 MB"));
        else
            readLine(line);
        m_pending.clear();
        start = newline + 1;
    }
    return m_delta;
}

ChatReply ChatStreamParser::finish()
{
    if (m_finished)
        return m_reply;
    m_finished = true;
    m_delta.clear();
    if (!failed() && !m_pending.isEmpty()) {
        QByteArrayView line = m_pending;
        if (line.endsWith('\r'))
            line.chop(1);
        readLine(line);
        m_pending.clear();
    }
    if (!failed())
        endOfStream();
    if (!failed() && !m_reply.done)
        fail(ChatReply::Error::Cut, QCoreApplication::translate("Rehearsal", "the answer stopped before the server said it was complete"));
    return m_reply;
}

void ChatStreamParser::fail(ChatReply::Error error, const QString &message)
{
    if (failed())
        return;
    m_reply.error = error;
    m_reply.errorMessage = message;
}

void ChatStreamParser::appendContent(const QString &text)
{
    m_reply.content += text;
    m_delta += text;
}
