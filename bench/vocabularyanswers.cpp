// Answer prose of GeneratorVocabulary (openers, sentences, lists, code), the
// stand-ins the linter must flag, section titles and the synonym pairs that
// reword a question into a near-duplicate.

#include "generatorvocabulary.h"

namespace GeneratorVocabulary {

namespace {

const char *const answerOpenerData[] = {
    "I had to {V} the {N} in {#} small steps, starting from a {A} baseline on {D}.",
    "My short answer is the {N}: it was {A} in ways that only showed up in {M}.",
    "The {N} in {P} started as a {A} script and grew into a proper module.",
    "In {P}, the {N} was where most of the time went, roughly {#} hours over two months.",
    "I chose {T} because the {N} needed to be {A} and I could read its source in an afternoon.",
    "Most of what I know about the {N} comes from {G} it by hand on {D}.",
    "The honest answer is that the {N} looked {A} until I measured {M}.",
    "I treat the {N} as an experiment with a written hypothesis and a fixed budget.",
    "My first attempt at the {N} with {T} failed, and that failure shaped {P}.",
    "It depends on {M}, so I start by making the {N} {A} enough to measure it.",
    "We ran {#} configurations of the {N} before settling on the {A} one.",
    "The {N} matters because {R} will see its failures before anyone else does.",
    "I learned this at {E}, where the {N} broke in front of {R}.",
    "Before {P}, I underestimated how {A} the {N} would be.",
};

const char *const answerSentenceData[] = {
    "I compared the {A} {N} against a {A} baseline and kept a log of every run in {T}.",
    "The key signal was {M}, which moved from {#} to {#} once the {N} was fixed.",
    "That made the {N} {A} and much easier to explain to {R}.",
    "I wrote a small script around `{C}` to {V} each batch before it reached the model.",
    "Looking back, the {N} was the {A} part, and the {N} only looked hard.",
    "On {D} the effect was clear after {#} steps, while on {D} it took far longer.",
    "The numbers were noisy, so I repeated each run with {#} seeds and reported the spread.",
    "Most of the work was {A}: reading logs, scoring outputs by hand and fixing the {N}.",
    "I shared the results on my blog and {R} pointed out a flaw in the {N}.",
    "That feedback led me to {V} the {N} again with {T} instead of {T}.",
    "The {N} now runs in about {#} minutes on a single GPU, down from {#}.",
    "I keep a checklist for the {N} so that the next run is {A} by default.",
    "In hindsight, I should have measured {M} from the very first day.",
    "The {A} version of the {N} was slower but far easier to {V}.",
    "I ended up with {#} test cases that pin down how the {N} behaves on {D}.",
    "This is where {S} paid off more than any new tool.",
    "I still think the {N} is {A}, but the data from {P} changed how I weigh it.",
    "The change touched only the {N}, so the rest of {P} stayed {A}.",
    "Every failure went into a spreadsheet with the input, the output and a short note.",
    "After {#} rounds of review, agreement with the judge reached {#} percent.",
    "It also showed that `{C}` was called {#} times per step, which nobody expected.",
    "The lesson for {P} is to keep the {N} {A} and the {N} boring.",
    "When {M} plateaued, I switched from {T} to {T} and the plateau moved.",
    "The {A} {N} turned out to be a symptom, not the cause.",
    "I documented the {N} in a short design note so {R} could review it.",
    "You can see the full write-up on my blog at https://example.com/posts/{#}-{C}.",
    "Later, at {E}, I walked through the same {N} live and answered questions about {M}.",
    "That experience is why I now {V} the {N} before touching the {N}.",
    "The budget was tight, about {#} GPU hours, so every run had to count.",
    "I would not call the {N} solved, but it is {A} enough for {P} today.",
    "The {N} also made the {N} easier to {V}, which I had not planned.",
    "What convinced me was a plot of {M} against the size of the {N}.",
};

const char *const listIntroData[] = {
    "The steps I followed were:",
    "Three things mattered most:",
    "In practice that meant:",
    "The checks I run every time are:",
    "What changed in {P}:",
    "The main trade-offs were:",
    "I broke the {N} down like this:",
};

const char *const bulletItemData[] = {
    "**{N}**: {V} it first, because everything else depends on it.",
    "a {A} {N} that anyone on the team can rerun",
    "{M} on {D}, tracked per run in {T}",
    "a written note for {R} explaining the {N}",
    "one `{C}` call per batch instead of {#}",
    "the {A} {N}, kept separate from the {N}",
    "manual review of {#} samples from {D}",
    "a fixed seed and a pinned version of {T}",
    "an alert when {M} drops by more than {#} percent",
    "the {N} and the {N}, compared side by side",
};

const char *const stepItemData[] = {
    "{V} the {N} on a small slice of {D}.",
    "Compare {M} against the {A} baseline.",
    "Inspect the {#} worst cases by hand.",
    "Fix the {N} and rerun the whole sweep.",
    "Write down what changed and why in the {P} notes.",
    "Share the result with {R} and collect feedback.",
    "Repeat with {T} to rule out a tooling issue.",
    "Freeze the {N} and move on to the {N}.",
};

const char *const codeLineData[] = {
    "{C} = load_{C}(path)",
    "for step, batch in enumerate({C}):",
    "    loss = model(**batch).loss",
    "    {C}.append(loss.item())",
    "if {C} > {#}:",
    "    raise ValueError(\"unexpected {C}\")",
    "print({C}, {C})",
    "result = {C}({C}, max_len={#})",
    "assert torch.allclose({C}, {C}, atol=1e-6)",
    "model.register_forward_hook({C})",
    "scores = [{C}(x) for x in {C}]",
    "config[\"{C}\"] = {#}",
    "return {C}",
    "def {C}({C}, {C}):",
};

const char *const codeLanguageData[] = {
    "python", "python", "python", "bash", "text", "",
};

const char *const placeholderData[] = {
    "I have some thoughts on this and will fill this in later.",
    "Will fill this in later.",
    "Talk about the {N} in {P} and how it connects to {D}.",
    "Talk about {E} and the {A} {N}.",
    "Mention the {N} results from {P}.",
    "Write about {G} the {N} with {T}.",
    "TODO",
    "TODO: describe the {N} in {P}.",
    "TBD",
    "Expand on the {A} {N} here.",
    "Coming soon.",
    "\xe2\x80\xa6",
    "Note to self: add the {M} numbers from {D}.",
    "Remember to link the {P} write-up.",
};

const char *const sectionTitleData[] = {
    "User: Asking About {P}",
    "User: First Interaction (Hasn't read `{C}.md`)",
    "User: Has Read `{C}.md`",
    "Recruiter: {P} and the {N}",
    "Hiring Manager: {S} and {N}",
    "Researcher: Questions on {P}",
    "Engineer: {T} in Practice",
    "Product: {P} in the Real World",
    "Interview: {N}",
    "Follow-up: {P} After {E}",
    "User: Asking Out-of-Scope Questions",
    "Reviewer: {M} on {D}",
};

const char *const synonymPairData[] = {
    "hardest", "most difficult",
    "biggest", "largest",
    "pick", "choose",
    "change", "modify",
    "explain", "describe",
    "surprised", "caught",
    "measure", "quantify",
    "decide", "determine",
    "approach", "method",
    "experiment", "study",
    "learn", "take away",
    "risk", "danger",
    "ship", "release",
    "check", "look at",
    "teach", "show",
    "convince", "persuade",
    "design", "set up",
    "defend", "justify",
    "part", "piece",
    "thing", "step",
    "project", "work",
    "started", "began",
    "keep", "stay",
    "helped", "served",
    "actually", "really",
    "practice", "reality",
    "center", "heart",
    "matter", "count",
    "spend", "invest",
    "abandon", "drop",
};

} // namespace

List answerOpeners() { return listOf(answerOpenerData); }
List answerSentences() { return listOf(answerSentenceData); }
List listIntros() { return listOf(listIntroData); }
List bulletItems() { return listOf(bulletItemData); }
List stepItems() { return listOf(stepItemData); }
List codeLines() { return listOf(codeLineData); }
List codeLanguages() { return listOf(codeLanguageData); }
List placeholderAnswers() { return listOf(placeholderData); }
List sectionTitles() { return listOf(sectionTitleData); }
List synonymPairs() { return listOf(synonymPairData); }

} // namespace GeneratorVocabulary
