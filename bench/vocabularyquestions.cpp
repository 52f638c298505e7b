// Question parts of GeneratorVocabulary: lead-ins, core questions with their
// objects and contexts, follow-ups.

#include "generatorvocabulary.h"

namespace GeneratorVocabulary {

namespace {

const char *const leadInData[] = {
    "You mentioned {O} in {P}.",
    "In {P} you {V} {O} with {T}.",
    "{P} uses {T} for {O}.",
    "Several of your posts {V} {O}.",
    "I read your notes on {G} {O}.",
    "You described {P} as {A} at {E}.",
    "Your {P} repository has {O}.",
    "Let's talk about {P} and {O}.",
    "You reported {M} for {O}.",
    "Your blog compares {T} with {T}.",
    "Many teams never {V} {O}.",
    "Imagine {R} {G} {O}.",
    "You have worked on {O} for {#} weeks.",
    "Let's dig into {O}.",
    "{W} asked me about {O}.",
    "When {W} reviewed {P}, {O} came up.",
    "At {E} you showed {O}.",
    "Your {P} notes mention {O} and {O}.",
    "Suppose {P} gets fewer {N}s.",
    "You said {O} mattered most.",
    "In {P}, {O} changed {#} times.",
    "You {V} {O} before {G} {O}.",
};

// A question frame has a verb and one or two objects ({O}) and may take a
// context ({X}, empty about half of the time).
const char *const coreData[] = {
    "How did you {V} {O}{X}?",
    "Why did you {V} {O}{X}?",
    "What made you {V} {O}{X}?",
    "What was hard about {G} {O}{X}?",
    "How would you {V} {O} if you started over{X}?",
    "Which {N} did you {V} first{X}?",
    "How would you {V} {O} for {R}?",
    "What did {O} show about {O}{X}?",
    "What would you change in {O}{X}?",
    "When did {O} become {A}{X}?",
    "Where does {O} break{X}?",
    "Who relied on {O}{X}?",
    "Can you walk through {G} {O}{X}?",
    "How do you go about {G} {O}{X}?",
    "How do you know {O} is {A}{X}?",
    "What did you give up by {G} {O}{X}?",
    "Why is {O} so {A}{X}?",
    "What went wrong when you tried to {V} {O}{X}?",
    "How do you {V} {O} without {G} {O}?",
    "What surprised you in {O}{X}?",
    "What did you learn by {G} {O}{X}?",
    "Which parts of {O} would you keep{X}?",
    "How long did it take to {V} {O}{X}?",
    "What did {G} {O} cost in {M}{X}?",
    "How would you test if {O} is {A}?",
    "Does {O} help {R}{X}?",
    "Is {O} worth {G}{X}?",
    "How did {E} change how you {V} {O}?",
    "What would {R} say about {O}{X}?",
    "Which assumption behind {O} is {A}{X}?",
    "How do {O} and {O} interact{X}?",
    "Why not {V} {O} with {T}?",
    "What is the {N} behind {O}{X}?",
    "How did you find the cause of {O}{X}?",
    "What does {O} look like{X}?",
    "How would you {V} {O} at {#} times the size?",
    "Which {A} {N} in {O} would you {V}?",
    "How do you keep {O} {A} while {O} changes?",
    "What about {O} is still open{X}?",
    "How did `{C}` end up in {O}?",
    "Why does `{C}` matter for {O}{X}?",
    "Would {O} reveal {O}{X}?",
    "What did your first {N} get wrong{X}?",
    "How did you get {R} to {V} {O}?",
    "Where did {O} fail{X}?",
    "Which part of {O} is {A}, and why?",
    "Would you rather {V} {O} or {V} {O}?",
    "How would you {V} {O} in an experiment{X}?",
    "What does {A} {N} look like for {O}?",
    "Which {N} in {O} do you like{X}?",
    "Should {R} {V} {O} before {G} {O}?",
    "How did {W} react to {O}{X}?",
    "Why did {W} {V} {O}{X}?",
    "What did you {V} in {O} at {E}?",
};

const char *const objectData[] = {
    "the {A} {N}", "your {N}", "the {N} in {P}", "{P}'s {N}", "the {N} behind {P}",
    "a {A} {N}", "the {N} of your {N}", "your {A} {N} for {D}", "the {N} you built with {T}",
    "the {N} on {D}", "{T}'s {N}", "the {N} and its {N}", "your {N} for {P}",
    "the {A} {N} in {T}", "that {A} {N}", "the {N} for {R}", "your {A} {N}",
    "the {N} of {P}", "the {A} {N} you had", "each {N}", "the {N} from {E}",
    "the {A} {N} of {N}", "the {A} {N} of {N}s", "the {N} around `{C}`", "{W}'s {N}", "the {N} {W} built", "the {N} {N}",
    "{A} {N}", "{A} {N} and {N}", "the {N} behind your {A} {N}",
};

const char *const contextData[] = {
    " in {P}", " on {D}", " with {T}", " for {R}", " at {E}", " while {G} the {N}",
    " during {E}", " with {#} {N}s", " when {O} stalled", " before {G} {O}",
    " after {G} {O}", " across {#} {N}s", " without {T}", " in {P}", " for {O}",
    " on {A} {N}", " given {A} {N}", " with {#} {N}s from {P}", " once {O} changed",
    " in {P} and {P}", " for {O}", " at {#} {N}s per second", " on {A} {N}s",
    " since {O} got {A}", " with {W}", " for {W}'s team",
};

const char *const followUpData[] = {
    "Would you {V} {O} next?",
    "How did you {V} {O}?",
    "What did {R} think of {O}?",
    "What did {W} think of {O}?",
    "Give one {A} example from {D}.",
    "How long did {G} {O} take?",
    "What did {O} cost in {M}?",
    "Did {O} carry over to {P}?",
    "Is {O} still {A}?",
    "Would {T} change {O}?",
    "Be specific about {O}.",
    "Who helped with {O}?",
    "Which {N} convinced you?",
    "When was {O} done?",
    "Would {O} work on {D}?",
    "Which {A} change helped most?",
    "What did you drop from {O}?",
};

const char *const templatedQuestionData[] = {
    "How do I {v} the {n}?",
    "How do I {v} the {n} {q}?",
    "Can I {v} the {n} with the {n}?",
    "Why does the {n} fail when I {v} the {n}?",
    "What is the best way to {v} the {n} {q}?",
    "Is it possible to {v} the {n} without the {n}?",
    "Where do I find the {n} for the {n}?",
    "What happens to the {n} when I {v} the {n}?",
    "Should I {v} the {n} before I {v} the {n}?",
    "How long does it take to {v} the {n} {q}?",
    "Which {n} should I use to {v} the {n}?",
    "Does the {n} support the {n} {q}?",
};
const char *const templatedVerbData[] = {
    "install", "update", "configure", "remove", "export", "import",
    "reset", "share", "back up", "restore", "connect", "disable",
};
const char *const templatedNounData[] = {
    "account", "password", "file", "folder", "printer", "license", "plugin", "server",
    "database", "report", "setting", "profile", "device", "app", "network", "backup",
    "invoice", "user", "team", "project", "template", "key", "token", "workspace",
};
const char *const templatedQualifierData[] = {
    "on Windows", "on a Mac", "on Linux", "offline", "for a team", "from the command line",
    "in bulk", "automatically", "on a schedule", "remotely", "after an upgrade", "for free",
};

} // namespace

List templatedQuestions() { return listOf(templatedQuestionData); }
List templatedVerbs() { return listOf(templatedVerbData); }
List templatedNouns() { return listOf(templatedNounData); }
List templatedQualifiers() { return listOf(templatedQualifierData); }
List questionLeadIns() { return listOf(leadInData); }
List questionCores() { return listOf(coreData); }
List objects() { return listOf(objectData); }
List contexts() { return listOf(contextData); }
List questionFollowUps() { return listOf(followUpData); }

} // namespace GeneratorVocabulary
