#pragma once

// Word lists and sentence templates for DocumentGenerator. They are plain
// data: changing them changes every generated document, so the figures in
// the README were measured with exactly these lists.
namespace GeneratorVocabulary {

struct List
{
    const char *const *items;
    int size;
    const char *operator[](int i) const { return items[i]; }
};

// A List of a word array; the arrays are in vocabularywords.cpp,
// vocabularyquestions.cpp and vocabularyanswers.cpp.
template<int N>
List listOf(const char *const (&items)[N])
{
    return {items, N};
}

// Slots used in the templates below:
//   {P} project name (made up per document)    {N} technical noun     {A} adjective   {V} verb
//   {T} tool or library  {D} dataset or domain  {M} metric      {R} person role
//   {C} code identifier  {#} number             {S} skill       {E} event kind
//   {G} a verb's -ing form                     {O} object      {X} context (may be empty)
//   {W} a person's name (made up per document from the syllable lists)
List firstNames();
List syllableOnsets();
List syllableVowels();
List syllableCodas();
List projectPrefixes();
List projectSuffixes();
List nouns();
List modifiers();
List adjectives();
List verbs();
List tools();
List datasets();
List metrics();
List people();
List skills();
List events();
List identifierParts();

// A templated FAQ (DocumentGenerator::QuestionStyle::Templated): questions
// from a few patterns over a small closed vocabulary ({v} verb, {n} noun,
// {q} qualifier), so that most questions share most of their words.
List templatedQuestions();
List templatedVerbs();
List templatedNouns();
List templatedQualifiers();

// Question parts: an optional lead-in, a core question, an optional follow-up.
List questionLeadIns();
List questionCores();   // with {O} objects and an {X} context
List objects();
List contexts();
List questionFollowUps();

// Answer prose.
List answerOpeners();     // first sentence of an answer
List answerSentences();   // any later sentence
List listIntros();        // the sentence before a list, ends with ':'
List bulletItems();       // "- " list items
List stepItems();         // "1. " list items
List codeLines();         // lines of a fenced code block
List codeLanguages();

// Stand-ins the linter must flag as placeholders.
List placeholderAnswers();

// Section titles ("User: Asking About {P}").
List sectionTitles();

// Word replacements used to reword a question into a near-duplicate:
// pairs of (word, replacement).
List synonymPairs();

} // namespace GeneratorVocabulary
