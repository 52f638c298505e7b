#pragma once

#include <QByteArray>

#include <optional>

// How the generator writes a question and its answer: one form per dialect
// Quire reads (README, "Dialects"), so each dialect has a large document.
namespace EntryWriter {

enum class Form { QuestionLabel, ShortLabel, PlainLabel, BoldQuestion, Details, Admonition, Heading, HtmlHeading };

// The form named as `quire check --json` names its dialect
// ("question-label", "short-label", ...), or "html-heading": the `heading`
// dialect with `<h3>` blocks over three lines (ripgrep's FAQ).
std::optional<Form> formNamed(const QByteArray &name);
QByteArray formNames(); // for the usage line
// The dialect `quire check --json` reads the form's entries in.
QByteArray dialectName(Form form);

// Whether the form can write an answer field left empty; the others write
// such an entry as a question without answer.
bool hasEmptyAnswer(Form form);

// Whether a numbered list right after an answer in this form (a blank line
// between) is read as questions that end the answer (README, "Numbered
// questions", rule 2); after a block it is not, so it needs a `---`.
bool answerMayEndInQuestionList(Form form);

// The entry's bytes, ending in a line ending. `answer` null: no answer
// field (an empty answer is "" where hasEmptyAnswer). Quire's own form
// (QuestionLabel) is written by the generator itself, with its variations.
QByteArray entry(Form form, QByteArray question, const QByteArray *answer);

} // namespace EntryWriter
