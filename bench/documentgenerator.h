#pragma once

#include "app/status/entrystatus.h"
#include "entrywriter.h"

#include <QByteArray>
#include <QtGlobal>

#include <utility>
#include <vector>

// Builds large, realistic question-and-answer documents in the format of
// data/portfolio-qa.md, for benchmarks and tests.
//
// The output depends only on (entries, seed): the generator uses its own
// PRNG (splitmix64) and fixed word lists, never std:: distributions, whose
// results differ between standard library versions.
//
// What a document holds:
// - a preamble (`# Title`, `> summary`) and a prose section `## Background`;
// - sections of 50 to 300 entries (fewer only when the whole document has
//   fewer than 50);
// - bold-label entries (`**Question:**` / `**Answer:**`) separated by
//   `---`; answers of 1 to 4 paragraphs with occasional bullet lists,
//   ordered lists starting at 1, inline code and fenced code blocks;
// - statuses: 80% answered, 4% empty, 4% placeholder, the rest (about 12%)
//   unanswered questions in numbered lists, placed at a section's start,
//   after a `---`, or at the end of an answer as a list starting above 1;
// - questions that are all different; 1% of them are near-duplicates: an
//   earlier question reworded (synonyms, a dropped or swapped word, a
//   dropped last sentence);
// - with QuestionStyle::Templated instead: questions from 12 patterns over
//   a closed vocabulary of 48 words and phrases (a templated FAQ: most
//   questions share most of their words), about 1% of them asked again word
//   for word, and no reworded near-duplicates;
// - with another EntryWriter::Form, the entries with an answer field in
//   that dialect's form (e.g. `<details>` blocks) instead of bold labels;
// - words drawn with Zipf frequencies (the k-th word of a list about 1/k as
//   often as the first), and made-up names of projects and people, as a large
//   real document would have: a few common words, a long tail of rare ones.
class DocumentGenerator
{
public:
    enum class QuestionStyle { Varied, Templated };

    // What was generated, so tests can compare the parser's view with it.
    struct Plan
    {
        int entries = 0;
        int sections = 0; // sections with entries (the prose Background is not counted)
        int answered = 0;
        int empty = 0;
        int placeholder = 0;
        int unanswered = 0;
        int questionLists = 0;        // numbered lists of unanswered questions
        int listsAtSectionStart = 0;  // ... right after a heading
        int listsAfterSeparator = 0;  // ... right after a `---`
        int listsAfterAnswer = 0;     // ... at the end of an answer, starting above 1
        std::vector<int> sectionEntries;         // entries per section, in order
        std::vector<EntryStatus> statuses;       // per entry, in document order
        std::vector<int> questionLines;          // 1-based line of each entry's question
        // Near-duplicate questions: 1-based entry numbers (earlier, later).
        std::vector<std::pair<int, int>> nearDuplicates;
        int exactDuplicates = 0; // questions asked again word for word (Templated)
    };

    // `form`: the dialect the entries with answers are written in (the
    // unanswered ones stay numbered question lists).
    static QByteArray generate(int entries, quint64 seed, Plan *plan = nullptr,
                               QuestionStyle style = QuestionStyle::Varied,
                               EntryWriter::Form form = EntryWriter::Form::QuestionLabel);

    // The seed used by the benchmarks and the figures in the README.
    static constexpr quint64 defaultSeed = 20250101;
    static constexpr int benchmarkEntries = 60000;
};
