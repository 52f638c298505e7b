#include "app/document/qaentry.h"

#include "app/document/admonitionblock.h"
#include "app/document/detailsblock.h"
#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"

namespace {

// Markdown text with line endings normalized to \n. Continuation lines of a
// numbered item lose their indentation, which markdown ignores anyway.
QString decode(const QByteArray &source, qsizetype begin, qsizetype end, bool stripIndent)
{
    if (begin < 0 || end <= begin)
        return {};
    QByteArray bytes = source.mid(begin, end - begin);
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
    return EntryText::decoded(std::move(bytes));
}

} // namespace

QaEntry::QaEntry(const QString &question, const QString &answer)
    : m_edits(std::make_shared<const Edits>(Edits{question, answer}))
{
}

QaEntry::QaEntry(const QByteArray &source, Form form, const Layout &layout, int line, QaLabel::Spelling spelling)
    : m_source(source), m_layout(layout), m_line(line), m_form(form), m_spelling(spelling)
{
}

void QaEntry::setEdits(Edits edits)
{
    if (edits.question || edits.answer)
        m_edits = std::make_shared<const Edits>(std::move(edits));
    else
        m_edits.reset();
}

QString QaEntry::loadedQuestion() const
{
    if (m_form == Form::Details) // `&lt;` and `&amp;` as the reader sees them
        return DetailsBlock::decodeQuestion(m_source.mid(m_layout.questionTextBegin,
                                                         m_layout.questionTextEnd - m_layout.questionTextBegin));
    return decode(m_source, m_layout.questionTextBegin, m_layout.questionTextEnd,
                  m_form == Form::Numbered);
}

QString QaEntry::loadedAnswer() const
{
    if (m_form == Form::Admonition && m_layout.answerTextBegin >= 0) // without the body's indentation
        return AdmonitionBlock::dedented(QByteArrayView(m_source).sliced(
            m_layout.answerTextBegin, m_layout.answerTextEnd - m_layout.answerTextBegin));
    return decode(m_source, m_layout.answerTextBegin, m_layout.answerTextEnd, false);
}

QString QaEntry::question() const
{
    return questionEdited() ? *m_edits->question : loadedQuestion();
}

QString QaEntry::answer() const
{
    return answerEdited() ? *m_edits->answer : loadedAnswer();
}

QByteArray QaEntry::answerUtf8() const
{
    if (answerEdited()) // as a document holds it: a carriage return that is text stays one (EntryText::encoded)
        return EntryText::encoded(*m_edits->answer);
    if (m_form == Form::Admonition && m_layout.answerTextBegin >= 0)
        return AdmonitionBlock::dedentedUtf8(QByteArrayView(m_source).sliced(
            m_layout.answerTextBegin, m_layout.answerTextEnd - m_layout.answerTextBegin)); // without the body's indentation
    if (m_layout.answerTextBegin < 0 || m_layout.answerTextEnd <= m_layout.answerTextBegin)
        return {};
    return QByteArray::fromRawData(m_source.constData() + m_layout.answerTextBegin,
                                   m_layout.answerTextEnd - m_layout.answerTextBegin);
}

QByteArray QaEntry::questionUtf8() const
{
    if (questionEdited())
        return m_edits->question->toUtf8();
    if (m_layout.questionTextEnd <= m_layout.questionTextBegin)
        return {};
    return QByteArray::fromRawData(m_source.constData() + m_layout.questionTextBegin,
                                   m_layout.questionTextEnd - m_layout.questionTextBegin);
}

QByteArray QaEntry::questionTextUtf8() const
{
    const QByteArray bytes = questionUtf8();
    // What decoding would change: line endings, a numbered question's
    // continuation lines, a `<details>` summary's `&lt;` and `&amp;`.
    if (!questionEdited()
        && (bytes.contains('\r') || (m_form == Form::Numbered && bytes.contains('\n'))
            || (m_form == Form::Details && bytes.contains('&'))))
        return question().toUtf8();
    return bytes;
}

bool QaEntry::hasAnswerField() const
{
    // A block has no empty answer: blank content is no answer.
    if (isBlock() && answerEdited())
        return !m_edits->answer->trimmed().isEmpty();
    return answerEdited() || m_layout.answerStart >= 0;
}

void QaEntry::setQuestion(const QString &text)
{
    Edits edits = m_edits ? *m_edits : Edits();
    if (isLoaded() && text == loadedQuestion())
        edits.question.reset();
    else
        edits.question = text;
    setEdits(std::move(edits));
}

void QaEntry::setAnswer(const QString &text)
{
    // A loaded entry without an answer field keeps none while the text stays empty.
    const bool loadedHasField = m_layout.answerStart >= 0;
    Edits edits = m_edits ? *m_edits : Edits();
    if (isLoaded() && loadedHasField && text == loadedAnswer())
        edits.answer.reset();
    else if (isLoaded() && !loadedHasField && text.isEmpty())
        edits.answer.reset();
    else
        edits.answer = text;
    setEdits(std::move(edits));
}

bool QaEntry::operator==(const QaEntry &other) const
{
    return m_form == other.m_form && question() == other.question()
        && answer() == other.answer() && hasAnswerField() == other.hasAnswerField();
}
