<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddSectionCommand</name>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerCompareDialog</name>
    <message>
        <source>Compare Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged entry&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both as markdown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current answer — struck through: not in the other answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current answer with the one on the right (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — underlined: not in the current answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 changed passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Compared Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared line by line: the answers differ too much for a word comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared as a whole: the answers differ too much for a line comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as markdown source: answers over %1 characters are not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the answers are not shown (grey notes say how much).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate answers imported (Tools → Import Candidates…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merged entry&apos;s answer to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is not in the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is not in the version at git HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate answer matches this question (threshold %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate (line %1, same question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate (line %1, %2% similar question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merged entry&apos;s answer for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Empty Answers from Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking git whether the file is committed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the version at git HEAD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Authored answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authored answer, words not in the model&apos;s struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model&apos;s answer, words not in the authored one underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authored — struck through: not in the model&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model — underlined: not in the authored answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verdict as scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the model&apos;s answer with the entry&apos;s and choose whether to use it (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered (probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge output invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question to see the model&apos;s answer beside yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (probe: the model should decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*(no authored answer)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 — yours; scored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens: %1 prompt, %2 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict, tokens, latency and finish reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Diff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The API key of “%1” could not be read from the system keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of “%1” could not be stored in the system keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of “%1” could not be moved in the system keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write all bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written, but the folder could not be synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>%1: cannot read it to make a backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateReader</name>
    <message>
        <source>%1: a NUL byte at byte offset %2; not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2 at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no &quot;question&quot; or &quot;input&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no &quot;answer&quot;, &quot;target&quot; or &quot;output&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the question is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate answers in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one (write the field in quotes and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header row such as question,answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header row needs a question (or input) column and an answer (or target, output) column; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate answers after the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered **Question:** / **Answer:** entries in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidate answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill empty answers from candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every empty, placeholder or unanswered entry that has a matching candidate (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question similarity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates whose question is not the same as an entry&apos;s are matched to the most similar question scoring at least this (trigram cosine, 1 = same words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Return to compare with the entry&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched (double-click to compare):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched to any question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate answers imported. Import a JSONL, CSV or Q&amp;A markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · file line %3%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · fills a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s question (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched (%2 same question, %3 similar at ≥ %4) · %5 would fill a gap · %6 not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Em&amp;pty Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match thresh&amp;old:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see quire --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries in %3 sections · %4 answered · %5 empty · %6 placeholder · %7 unanswered
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1  #%2  %3  %4
</source>
        <comment>the status stays an English keyword, as in --json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar questions (highest first):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  #%2 (line %3) ~ #%4 (line %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1 (ctx, markdown, jsonl or source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry N (a number) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --answer or --answer-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to set: give --answer, --answer-file or --question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no entry %2 (the document has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 is now %3
</source>
        <comment>the status stays an English keyword, as in --json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 changed since approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 needs work · %2 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (ctx): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding %1 (o200k_base or cl100k_base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written: a linked file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] #%3 %4</source>
        <comment>the verdict stays an English keyword</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url URL and --model NAME are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown API style %1 (openai or ollama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect takes only &quot;decline&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number from 1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no section %2 (the document has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question to ask (--probes-only without probes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context project cannot be built, nothing was asked: %1 (--context CTX sends a context file instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reviews yet, so no answer is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context: the context project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context: the document&apos;s own ctx export (no llms.txt links to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes (questions the model should decline, not gaps): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dialect %1 for --read-as (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  quire [FILE]                 open FILE in the editor window
  quire check FILE [--json] [--encoding ENC] [--read-as DIALECT]
                               report entries that need attention and similar questions
  quire export FILE [--format ctx|markdown|jsonl|source] [-o OUT] [--encoding ENC]
               [--include-prose] [--include-unanswered] [--only-approved] [--read-as DIALECT]
  quire set FILE --entry N (--answer TEXT | --answer-file PATH) [--question TEXT] [-o OUT]
  quire context LLMS_TXT [-o OUT] [--optional] [--only-approved] [--fetch]
               [--timeout S] [--encoding o200k_base|cl100k_base] [--json]
                               build the whole context from an llms.txt
  quire rehearse FILE --base-url URL --model NAME [--api openai|ollama]
               [--entry N]... [--section N] [--probes-only] [--expect decline]
               [--context CTX] [--only-approved] [--optional] [--system-prompt FILE]
               [--judge-model NAME] [--concurrency N] [--timeout S] [-o RUNS.jsonl] [--json]
  quire --help | --version

check exits 0 when no entry needs attention, 1 when some do, 2 when the file
cannot be read or parsed, 64 on wrong arguments. export writes to standard output
without -o. Every file is written atomically. Tokens are counted exactly with
ENC: o200k_base (default, GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5).
context exits 0 when clean, 1 when built with warnings (lint, remote links not
fetched), 2 when a linked file is missing (nothing is written), 64 on wrong
arguments. Remote links are fetched only with --fetch (cached; the cached copy
is used offline; --timeout S per document, default 20). --json writes the report
to standard output instead.
rehearse asks a model the document&apos;s questions with its context (the llms_ctx.txt
of its context project when an llms.txt links to it, else its own ctx export;
--only-approved and --optional as for context) and appends the run to
NAME.runs.jsonl (the API key is read from QUIRE_API_KEY); it exits 0 when every
answer agrees and every probe is declined, 1 when some do not, 2 when an error
stopped the run.
</source>
        <comment>keep the command names and options in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and export read every dialect a document is written in; --read-as DIALECT
reads only that one (the labels of the others are prose). DIALECT: %1.
</source>
        <comment>keep the option name in English; %1 lists the dialect names, which stay English</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>(section text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions have the same entries and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries differ.</source>
        <translation>
            <numerusform>%n entry differs.</numerusform>
            <numerusform>%n entries differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;unchanged entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>Candidate Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. The removed entry&apos;s answer is on the right; Edit → Undo brings the entry back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Git HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Empty Answers from Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate &amp;Answers Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;milar Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Git HEAD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer as committed at git HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question to compare its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Candidate Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate answers (*.jsonl *.ndjson *.json *.csv *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 candidate answers: %2 matched, %3 not matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No empty, placeholder or unanswered entry has a matching candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled %1 answers from candidates (Edit → Undo takes them all back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextBuilder</name>
    <message>
        <source>a link Quire does not read (only files and http/https): %1; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; in the Optional section, which is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reviews yet, so no answer is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; its invalid bytes are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; the cached copy of %3 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never fetched; left out (Fetch in the Context panel or quire context --fetch fetches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a remote Q&amp;A document has no reviews, so no answer of it is approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextController</name>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the llms.txt whose context this document is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document first: the context project is remembered per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llms.txt (llms.txt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context project cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llms_ctx.txt not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote document(s) could not be fetched; see the Context panel</source>
        <translation>
            <numerusform>%n remote document could not be fetched; see the Context panel</numerusform>
            <numerusform>%n remote documents could not be fetched; see the Context panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <source>Fetch the remote documents the llms.txt links to (and keep a copy for offline use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the llms.txt of this document&apos;s context project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every save of this document also writes llms_ctx.txt (and llms_ctx-full.txt with the Optional section) beside the llms.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A documents contribute only the answers approved in review (and unchanged since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No llms.txt in this document&apos;s folder or above links to it. File → Context Project… chooses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the whole context may use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· with Optional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· over the budget by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote, cached copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote, not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full context only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only in llms_ctx-full.txt, not in llms_ctx.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The llms.txt has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write llms_ctx.txt on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llms.txt warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote Q&amp;A document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote Q&amp;A document, cached copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextProjectJob</name>
    <message>
        <source>a linked file cannot be read; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialectNames</name>
    <message>
        <source>question-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold-question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admonition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numbered question list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialectStatus</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the entries of this document are written, and how many in each way:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 only (View → Read As): the labels of other dialects are prose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read automatically; if entries are missed or wrongly found, choose a dialect in View → Read As.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffElider</name>
    <message>
        <source> [… %1 characters not shown …] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no file yet; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is being read again already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another document was opened meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was edited while it was read again, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Entry deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this entry to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>Model Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible (/chat/completions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama native (/api/chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Default Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring, never in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIRE_API_KEY is set: requests use it, whatever the keyring holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens (answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt ({context} is replaced by the context):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the base URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: which model? (for example llama3.1:8b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the system prompt needs {context} where the context goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key removed from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two endpoints are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the API keys in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer here (markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet. Typing here adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no questions; its text is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has a line of %L1 characters. To keep Quire responsive it is shown shortened and read-only here; it stays in the document exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe: a question the model should decline or redirect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>%1

Status: %2 · section “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search questions and answers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM context (llms_ctx.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (evaluation dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;prose sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export on &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this export every time the document is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out answers not approved in review, and those changed since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[Only the beginning is shown here: %n more characters are in the export.]</source>
        <translation>
            <numerusform>[Only the beginning is shown here: %n more character is in the export.]</numerusform>
            <numerusform>[Only the beginning is shown here: %n more characters are in the export.]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSize</name>
    <message>
        <source>%1 tokens (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · %2 words · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes and reload “%1” from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a copy of the sample document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the sample document to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHeadReader</name>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git is not installed (no “git” command on the PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git could not look at the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no commits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not committed at HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git could not read “%1” at HEAD: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmsTxtParser</name>
    <message>
        <source>a level-%1 heading: llms.txt uses only `# ` (the title) and `## ` (sections); read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second `# ` title (the first is on line %1); read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the `# ` title comes after the first section; read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the `# ` title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item that is not a `- [name](url)` link; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in a section that is not a `- [name](url)` link item; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same link as line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no `# ` title: an llms.txt starts with `# Title`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; has no links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 of %2 answered · %3 empty · %4 %5 · %6 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be opened outside Quire, so nothing happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty or unsafe address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: %1 characters · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanPanel</name>
    <message>
        <source>Orphaned Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These reviews belong to questions that are no longer in the document. Re-attach one to the current entry, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach to Current Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to the current entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this review and its note for good?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a part of a bar (or focus a bar and press Return) to list those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews in the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: being measured…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — text, no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole document
%1 of %2 answered (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions: %2 answered · %3 placeholder · %4 empty · %5 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1 approved · %2 need work · %3 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (llms_ctx.txt): %1 characters · %2 words · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal (last run): %1 good · %2 partial · %3 wrong · %4 no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Open Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeController</name>
    <message>
        <source>Mark as &amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe is a question the model should decline or redirect: without an answer it is not a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Section as Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question of this section, and every one added to it later, is a probe, but for those unmarked one by one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;quire-review&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Quire (format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;records&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has no valid &quot;question&quot; and &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has an invalid &quot;reviewed_at&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dismissed_similar&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dismissed pair has no &quot;a&quot; and &quot;b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has a &quot;probe&quot; that is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;probe_sections&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe section is not a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDocument</name>
    <message>
        <source>%1: contains a NUL byte at byte offset %2 (binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaModel</name>
    <message>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAsController</name>
    <message>
        <source>Not read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every dialect the document is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before reading the document again as %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery copy (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock is taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>larger than the %1 Quire reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a character device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a block device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>the server&apos;s response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s response holds no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a line longer than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer stopped before the server said it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judge&apos;s output is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judge&apos;s verdict is not one the rubric allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judge&apos;s score is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judge gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more after saying it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a line that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an event that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n question(s))</source>
        <translation>
            <numerusform>(%n question)</numerusform>
            <numerusform>(%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt (%1 tokens) and the answer&apos;s budget (%2 tokens) do not fit the model&apos;s context window of %3 tokens: the server may cut the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context was cut by the server (it read %1 prompt tokens of about %2 sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not know the model &quot;%1&quot; or the endpoint %2 (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is rate limiting (HTTP 429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was cut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(gave up after %n retries)</source>
        <translation>
            <numerusform>(gave up after %n retry)</numerusform>
            <numerusform>(gave up after %n retries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalController</name>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask About the Current &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask About the Current &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask About the &amp;Listed Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask About the &amp;Whole Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry list shows no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehearsal is running: cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model endpoint first (Tools → Rehearse → Model Endpoints…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not saved yet: this run is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking without a key (set QUIRE_API_KEY if the server needs one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the context…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Model endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: add one with Endpoints…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no other run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the run in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) changed between the two runs.</source>
        <translation>
            <numerusform>%n question changed between the two runs.</numerusform>
            <numerusform>%n questions changed between the two runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteFetcher</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 304 without a cached copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1 MB Quire fetches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as needing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Changed since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer changed since it was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was edited after it was approved. Approve it again when it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note: what is wrong or missing, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer needs work (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Review filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review re-attached to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode: judge each answer, with a status and a note (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orphaned Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and &amp;Next Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Un&amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Review N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1 approved · %2 needs work · %3 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 changed since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reviews not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTabBar</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
No questions: a prose section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 entries, %3 need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionNotices</name>
    <message>
        <source>Unsaved changes cannot be protected against a crash: %1. Save to keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from an untitled document (%1) was recovered after Quire stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were recovered after Quire stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n older copies stay in %1.</source>
        <translation>
            <numerusform> %n older copy stays in %1.</numerusform>
            <numerusform> %n older copies stay in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered text restored; it is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version stays; saving will replace the one on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Here Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer be read (%2): changes other programs make to it are not noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another running Quire (process %1) holds unsaved changes to this document in %2. They are left to it: close that Quire to save or recover them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarOutcome</name>
    <message>
        <source>Reviews are read-only: %1 could not be read, so changes would not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; review changes will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are read-only: %1 was written by a newer version of Quire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; reviews are not shown and not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be parsed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2). It was kept as %3; reviews start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are read-only: %1 could not be parsed nor set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2) nor set aside; review changes will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarQuestionsPanel</name>
    <message>
        <source>Similar question pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First question and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second question and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the second question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the First, Remove the Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Second, Remove the First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · #%2 %3  ↔  #%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 pairs marked as not duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs of similar questions, most similar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 marked as not duplicates are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep #%1, Remove #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered in the review file beside the document; the pair is not listed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Fir&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Se&amp;cond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for similar questions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>&amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell check is off: no dictionaries installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBar</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sec&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Needing Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Needing Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous E&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Se&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Author, review and export a markdown question-and-answer document as context for an LLM.&lt;/p&gt;&lt;p&gt;Qt %2 · cmark %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (GPT-4o and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (GPT-4, GPT-3.5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowNavigation</name>
    <message>
        <source>This document has no sections yet. Use Edit → Add Section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author, review and export a markdown Q&amp;A document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
