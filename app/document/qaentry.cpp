#include "app/document/qaentry.h"

#include "app/document/admonitionblock.h"
#include "app/document/detailsblock.h"
#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"

namespace {

// What the lines after a text's first lose when it is read.
enum class Strip {
    Nothing,
    Indent, // a numbered item's continuation lines: their indentation, which markdown ignores anyway
    Quote,  // labels in a block quote: each line's `>` and one space after it (lazy lines have none)
};

QByteArray withoutQuoteMarkers(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype pos = 0; pos < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', pos);
        end = end < 0 ? bytes.size() : end + 1;
        qsizetype p = pos;
        if (pos > 0) {
            while (p < end && p - pos < 3 && bytes[p] == ' ')
                ++p;
            if (p < end && bytes[p] == '>')
                p += (p + 1 < end && bytes[p + 1] == ' ') ? 2 : 1;
            else
                p = pos;
        }
        out.append(bytes.constData() + p, end - p);
        pos = end;
    }
    return out;
}

// Markdown text with line endings normalized to \n.
QString decode(const QByteArray &source, qsizetype begin, qsizetype end, Strip strip)
{
    if (begin < 0 || end <= begin)
        return {};
    QByteArray bytes = source.mid(begin, end - begin);
    if (strip == Strip::Quote && bytes.contains('\n'))
        bytes = withoutQuoteMarkers(bytes);
    if (strip == Strip::Indent && bytes.contains('\n')) {
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
    const Strip strip = m_form == Form::Numbered ? Strip::Indent
        : m_layout.questionQuoted               ? Strip::Quote
                                                : Strip::Nothing;
    return decode(m_source, m_layout.questionTextBegin, m_layout.questionTextEnd, strip);
}

QString QaEntry::loadedAnswer() const
{
    if (m_form == Form::Admonition && m_layout.answerTextBegin >= 0) // without the body's indentation
        return AdmonitionBlock::dedented(QByteArrayView(m_source).sliced(
            m_layout.answerTextBegin, m_layout.answerTextEnd - m_layout.answerTextBegin));
    return decode(m_source, m_layout.answerTextBegin, m_layout.answerTextEnd,
                  m_layout.answerQuoted ? Strip::Quote : Strip::Nothing);
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
    if (m_layout.answerQuoted) // without each line's `> `
        return answer().toUtf8();
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
        && (bytes.contains('\r') || ((m_form == Form::Numbered || m_layout.questionQuoted) && bytes.contains('\n'))
            || (m_form == Form::Details && bytes.contains('&'))))
        return question().toUtf8();
    return bytes;
}

bool QaEntry::hasAnswerField() const
{
    // A block or a heading has no empty answer: blank content is no answer.
    if ((isBlock() || m_form == Form::Heading) && answerEdited())
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
