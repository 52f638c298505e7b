#include "qaentry.h"

namespace {

// Markdown text with line endings normalized to \n. Continuation lines of a
// numbered item lose their indentation, which markdown ignores anyway.
QString decode(const QByteArray &source, qsizetype begin, qsizetype end, bool stripIndent)
{
    if (begin < 0 || end <= begin)
        return {};
    QByteArray bytes = source.mid(begin, end - begin);
    if (bytes.contains('\r'))
        bytes.replace("\r\n", "\n");
    if (stripIndent && bytes.contains('\n')) {
        QByteArray out;
        out.reserve(bytes.size());
        bool lineStart = false;
        for (char c : bytes) {
            if (lineStart && (c == ' ' || c == '\t'))
                continue;
            lineStart = (c == '\n');
            out.append(c);
        }
        bytes = out;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

QaEntry::QaEntry(const QString &question, const QString &answer)
    : m_question(question), m_answer(answer)
{
}

QaEntry::QaEntry(const QByteArray &source, Form form, const Layout &layout, int line)
    : m_source(source), m_form(form), m_layout(layout), m_line(line)
{
}

QString QaEntry::loadedQuestion() const
{
    return decode(m_source, m_layout.questionTextBegin, m_layout.questionTextEnd,
                  m_form == Form::Numbered);
}

QString QaEntry::loadedAnswer() const
{
    return decode(m_source, m_layout.answerTextBegin, m_layout.answerTextEnd, false);
}

QString QaEntry::question() const
{
    return m_question ? *m_question : loadedQuestion();
}

QString QaEntry::answer() const
{
    return m_answer ? *m_answer : loadedAnswer();
}

QByteArray QaEntry::answerUtf8() const
{
    if (m_answer)
        return m_answer->toUtf8();
    if (m_layout.answerTextBegin < 0 || m_layout.answerTextEnd <= m_layout.answerTextBegin)
        return {};
    return QByteArray::fromRawData(m_source.constData() + m_layout.answerTextBegin,
                                   m_layout.answerTextEnd - m_layout.answerTextBegin);
}

bool QaEntry::hasAnswerField() const
{
    return m_answer.has_value() || m_layout.answerStart >= 0;
}

void QaEntry::setQuestion(const QString &text)
{
    if (isLoaded() && text == loadedQuestion())
        m_question.reset();
    else
        m_question = text;
}

void QaEntry::setAnswer(const QString &text)
{
    // A loaded entry without an answer field keeps none while the text stays empty.
    const bool loadedHasField = m_layout.answerStart >= 0;
    if (isLoaded() && loadedHasField && text == loadedAnswer())
        m_answer.reset();
    else if (isLoaded() && !loadedHasField && text.isEmpty())
        m_answer.reset();
    else
        m_answer = text;
}

bool QaEntry::operator==(const QaEntry &other) const
{
    return m_form == other.m_form && question() == other.question()
        && answer() == other.answer() && hasAnswerField() == other.hasAnswerField();
}
