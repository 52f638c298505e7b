#include "app/cli/rehearsalprogress.h"

#include <QCoreApplication>
#include <QTextStream>

RehearsalProgress::RehearsalProgress(QTextStream &err, int total, bool terminal)
    : m_err(err)
    , m_total(total)
    , m_terminal(terminal)
{
}

void RehearsalProgress::answered(const AnswerRecord &answer)
{
    ++m_done;
    const QString verdict = Verdicts::name(answer.verdict);
    if (m_terminal) {
        const int width = 30;
        const int filled = m_total > 0 ? m_done * width / m_total : width;
        m_err << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
              << m_done << "/" << m_total << "  #" << answer.entry << " " << verdict << "\x1b[K";
    } else {
        m_err << QCoreApplication::translate("CommandLine", "[%1/%2] #%3 %4", "the verdict stays an English keyword")
                     .arg(m_done)
                     .arg(m_total)
                     .arg(answer.entry)
                     .arg(verdict);
        if (!answer.error.isEmpty())
            m_err << ": " << answer.error;
        m_err << "\n";
    }
    m_err.flush();
}

void RehearsalProgress::warning(const QString &message)
{
    if (m_terminal && m_done > 0)
        m_err << "\n";
    m_err << "quire: " << QCoreApplication::translate("CommandLine", "warning: %1").arg(message) << "\n";
    m_err.flush();
}

void RehearsalProgress::done()
{
    if (m_terminal && m_done > 0)
        m_err << "\n";
    m_err.flush();
}
