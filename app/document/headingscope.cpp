#include "app/document/headingscope.h"

#include "app/document/headingquestion.h"

#include <algorithm>

using namespace MarkdownLines;

HeadingScope::Role HeadingScope::read(const QByteArray &source, const Line &line, bool answerOpen)
{
    const char *d = source.constData();
    m_pending = false;
    m_heading = unindentedHeading(d, line);
    if (!m_heading.found)
        return Role::None;
    const qsizetype b = m_heading.textBegin;
    const qsizetype e = m_heading.textEnd;
    if (m_heading.level >= 2 && isQuestionHeadingText(d, b, e))
        return Role::Question;
    const QString text = QString::fromUtf8(d + b, e - b);
    // A heading with a closing sequence stays out of a FAQ part: that is how
    // Quire writes a section it adds to one (HeadingQuestion::sectionHeading).
    // Under a heading question, a deeper heading is part of its answer.
    const bool subheading = answerOpen && m_heading.level > m_answerLevel;
    if (m_faqLevel > 0 && m_heading.level == m_faqLevel + 1 && e > b && !m_heading.closed && !subheading
        && !HeadingQuestion::isFaqName(text))
        return Role::Question;
    m_pending = true;
    m_pendingText = text;
    if (answerOpen && m_heading.level <= m_answerLevel && m_detailsDepth == 0)
        return Role::EndsAnswer;
    return Role::Other;
}

void HeadingScope::openAnswer()
{
    m_answerLevel = m_heading.level;
    m_detailsDepth = 0;
}

void HeadingScope::answerLine(const QByteArray &source, const Line &line, bool inFence)
{
    if (!inFence)
        m_detailsDepth = std::max(0, m_detailsDepth + HeadingQuestion::detailsBalance(source, line));
}

void HeadingScope::lineDone(bool raw)
{
    if (m_pending && raw) {
        if (m_faqLevel > 0 && m_heading.level <= m_faqLevel)
            m_faqLevel = 0;
        if (HeadingQuestion::isFaqName(m_pendingText))
            m_faqLevel = m_heading.level;
    }
    m_pending = false;
}

void HeadingScope::readRaw(const QByteArray &text)
{
    MarkdownLines::eachLine(text, [&](const Line &line, bool code) {
        if (!code)
            read(text, line, false);
        lineDone(true);
    });
}
