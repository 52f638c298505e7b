#pragma once

#include "app/rehearsal/answerrecord.h"

#include <QString>

class QTextStream;

// The progress of `quire rehearse` on stderr: a bar redrawn in place when
// stderr is a terminal, else one line per answer (for logs and tests).
class RehearsalProgress
{
public:
    RehearsalProgress(QTextStream &err, int total, bool terminal);
    void answered(const AnswerRecord &answer);
    void warning(const QString &message);
    void done();

private:
    QTextStream &m_err;
    int m_total = 0;
    int m_done = 0;
    bool m_terminal = false;
};
