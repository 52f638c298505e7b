#pragma once

#include "app/document/qalabel.h"
#include "app/status/entrystatus.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

// One question and its answer. A value type: copying is cheap (the loaded
// file's bytes are shared), which is what undo snapshots rely on.
//
// An entry loaded from a file remembers where its text sits in those bytes.
// Until the question or answer is changed to a different text, the writer
// copies the original bytes; only a changed part is re-serialized.
class QaEntry
{
public:
    enum class Form : quint8 {
        BoldLabel, // a labelled question and answer: **Question:** ... / **Answer:** ... in any spelling (QaLabel)
        Numbered,  // "27. question" in a question list, no answer field
        BoldLine,  // "**What is it?**" alone, the blocks after it its answer (BoldQuestion); no labels
        Details,   // a <details> block (DetailsBlock): no answer field while its content is blank
        Admonition, // a ??? / !!! block (AdmonitionBlock): no answer field without a body
        Heading,    // "### Why?", the blocks under it its answer (HeadingQuestion); no answer field while they are blank
    };

    // Byte offsets into the loaded file, all absolute.
    struct Layout
    {
        qsizetype questionStart = 0;     // first byte of the question line (label or number)
        qsizetype questionTextBegin = 0; // after the label/number and its spaces
        qsizetype questionTextEnd = 0;   // end of the last question line, before its line ending
        qsizetype questionEnd = 0;       // after the line ending of the question paragraph
        qsizetype answerStart = -1;      // the **Answer:** line, -1 without an answer field
        qsizetype answerTextBegin = -1;
        qsizetype answerTextEnd = -1;
        qsizetype answerEnd = -1;        // after the line ending of the last answer line
        bool answerLabelOwnLine = false; // label alone on its line, text on the next
        // Labels in a block quote (`> **Answer:** …`): the text's lines
        // without their `> `.
        bool questionQuoted = false;
        bool answerQuoted = false;
    };

    QaEntry() = default;
    // A new entry written by the user (not loaded from a file).
    QaEntry(const QString &question, const QString &answer);
    // An entry parsed from `source`.
    QaEntry(const QByteArray &source, Form form, const Layout &layout, int line,
            QaLabel::Spelling spelling = QaLabel::Spelling::Question);

    Form form() const { return m_form; }
    // How its labels are spelled (a numbered or new entry: Quire's own).
    QaLabel::Spelling spelling() const { return m_spelling; }
    QaLabel::Dialect dialect() const
    {
        if (m_form == Form::BoldLine)
            return QaLabel::Dialect::BoldQuestion;
        if (m_form == Form::Heading)
            return QaLabel::Dialect::Heading;
        return m_form == Form::Numbered ? QaLabel::Dialect::Numbered : QaLabel::dialectOf(m_spelling);
    }
    bool isBlock() const { return m_form == Form::Details || m_form == Form::Admonition; }
    QString question() const;
    QString answer() const;
    // The answer exactly as bytes (original line endings), for fast linting.
    QByteArray answerUtf8() const;
    // The question as UTF-8 bytes for fast linting: for a loaded, unedited
    // entry the bytes in the file, without copying (original line endings,
    // and a numbered question's continuation lines keep their indentation).
    QByteArray questionUtf8() const;
    // question().toUtf8(), without decoding where the file's bytes already
    // are that text (one line, no carriage return): for writers of UTF-8.
    QByteArray questionTextUtf8() const;
    bool hasAnswerField() const;
    int line() const { return m_line; } // 1-based line of the question in the loaded file, 0 if new
    EntryStatus status() const { return m_status; }

    bool isLoaded() const { return !m_source.isNull(); }
    bool questionEdited() const { return m_edits && m_edits->question.has_value(); }
    bool answerEdited() const { return m_edits && m_edits->answer.has_value(); }
    const Layout &layout() const { return m_layout; }
    const QByteArray &source() const { return m_source; }

    // Setting a text equal to the loaded one drops the edit, so that undoing
    // back to the original writes the original bytes again.
    void setQuestion(const QString &text);
    void setAnswer(const QString &text);
    void setStatus(EntryStatus status) { m_status = status; }

    bool operator==(const QaEntry &other) const;

private:
    // Texts set by edits. Kept apart and shared between copies: most entries
    // are never edited, and a document holds many of them.
    struct Edits
    {
        std::optional<QString> question;
        std::optional<QString> answer; // set means the entry has an answer field
    };

    QString loadedQuestion() const;
    QString loadedAnswer() const;
    void setEdits(Edits edits);

    QByteArray m_source; // shared bytes of the loaded file; null for new entries
    Layout m_layout;
    std::shared_ptr<const Edits> m_edits; // null: nothing edited
    int m_line = 0;
    EntryStatus m_status = EntryStatus::Unanswered;
    Form m_form = Form::BoldLabel;
    QaLabel::Spelling m_spelling = QaLabel::Spelling::Question;
};
