#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

// The label dialects of Q&A entries (README, "Dialects"): how a question and
// its answer are labelled, and the dialect an entry is read in. An entry
// keeps the spelling of its own labels; a new entry takes its neighbours'.
namespace QaLabel {

// A question label and the answer label that goes with it.
enum class Spelling : quint8 {
    Question,      // **Question:** / **Answer:** (Quire's own form)
    QColon,        // **Q:** / **A:**
    QDot,          // **Q.** / **A.**
    QBare,         // **Q** / **A**
    // **Q: question?**<br> with an answer label on the next line, read with
    // the question's dialect whatever its spelling; written new as **Q:** / **A:**.
    QInBold,
    PlainQ,        // Q: / A:
    PlainQuestion, // Question: / Answer:
    // Not labels: the container blocks an entry is written in (README).
    Details,    // <details><summary>question</summary> answer </details>
    Admonition, // ??? question "question" with an indented answer
};

// What `quire check --json` reports per entry, and what a reader can be
// told to read a document as (DocumentParser::Options).
enum class Dialect : quint8 {
    QuestionLabel, // **Question:** / **Answer:**
    ShortLabel,    // **Q:**, **Q.**, **Q** and their answers
    PlainLabel,    // Q: / A:, Question: / Answer: (not bold)
    Numbered,      // a question list: "27. question", no answer
    BoldQuestion,  // a paragraph of only bold text ending in `?` (BoldQuestion), its answer the blocks after it
    Details,       // <details><summary>question</summary> answer </details>
    Admonition,    // ??? question "question" / !!! question "question", indented answer
    Heading,       // a heading that is a question (HeadingQuestion), its answer the blocks under it
};
inline constexpr int dialectCount = 8;

// Details and Admonition entries are blocks, not labelled paragraphs.
inline bool isBlock(Spelling spelling) { return spelling == Spelling::Details || spelling == Spelling::Admonition; }

Dialect dialectOf(Spelling spelling);
const char *questionText(Spelling spelling);
const char *answerText(Spelling spelling);
// The spelling an entry written new takes in a document read as `dialect`.
Spelling defaultSpelling(Dialect dialect);
// "question-label", "short-label", "plain-label", "numbered", "bold-question", "details", "admonition", "heading"
QString dialectName(Dialect dialect);
// The dialect `dialectName` names so, if any (`--read-as`, stored choices).
std::optional<Dialect> dialectNamed(const QString &name);
// Every dialect's name, for help texts: "question-label, short-label, …".
QString dialectNames();
// Whether a document read as only `forced` reads labels spelled `spelling`.
// Read as Numbered, BoldQuestion or Heading, Quire's own labels still
// count: an answered numbered question, and a bold question or a heading
// edited to text that is not one (BoldQuestionWriter, HeadingWriter), are
// written with them.
bool reads(Dialect forced, Spelling spelling);

} // namespace QaLabel
