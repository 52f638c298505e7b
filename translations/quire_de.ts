<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddSectionCommand</name>
    <message>
        <source>Add Section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnswerCompareDialog</name>
    <message>
        <source>Compare Answers</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Saved on disk</source>
        <translation>Auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>Git HEAD</source>
        <translation>Git HEAD</translation>
    </message>
    <message>
        <source>Imported candidate</source>
        <translation>Importierter Kandidat</translation>
    </message>
    <message>
        <source>Merged entry&apos;s answer</source>
        <translation>Antwort des zusammengeführten Eintrags</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Gerendert</translation>
    </message>
    <message>
        <source>Show both rendered</source>
        <translation>Beide gerendert zeigen</translation>
    </message>
    <message>
        <source>Markdown &amp;source</source>
        <translation>Markdown-&amp;Quelltext</translation>
    </message>
    <message>
        <source>Show both as markdown source</source>
        <translation>Beide als Markdown-Quelltext zeigen</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Aktuelle Antwort</translation>
    </message>
    <message>
        <source>Other answer</source>
        <translation>Andere Antwort</translation>
    </message>
    <message>
        <source>Current answer — struck through: not in the other answer</source>
        <translation>Aktuelle Antwort — durchgestrichen: nicht in der anderen Antwort</translation>
    </message>
    <message>
        <source>&amp;Use This Answer</source>
        <translation>Diese Antwort &amp;übernehmen</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Diese Antwort übernehmen</translation>
    </message>
    <message>
        <source>Replace the current answer with the one on the right (one undo step)</source>
        <translation>Die aktuelle Antwort durch die rechte ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>%1 — underlined: not in the current answer</source>
        <translation>%1 — unterstrichen: nicht in der aktuellen Antwort</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The answers are the same.</source>
        <translation>Die Antworten sind gleich.</translation>
    </message>
    <message>
        <source>1 changed passage.</source>
        <translation>1 geänderte Stelle.</translation>
    </message>
    <message>
        <source>%1 changed passages.</source>
        <translation>%1 geänderte Stellen.</translation>
    </message>
    <message>
        <source>Use Compared Answer</source>
        <translation>Verglichene Antwort übernehmen</translation>
    </message>
    <message>
        <source>Comparing the answers…</source>
        <translation>Die Antworten werden verglichen …</translation>
    </message>
    <message>
        <source>Compared line by line: the answers differ too much for a word comparison.</source>
        <translation>Zeilenweise verglichen: Die Antworten unterscheiden sich zu stark für einen Wortvergleich.</translation>
    </message>
    <message>
        <source>Compared as a whole: the answers differ too much for a line comparison.</source>
        <translation>Als Ganzes verglichen: Die Antworten unterscheiden sich zu stark für einen Zeilenvergleich.</translation>
    </message>
    <message>
        <source>Shown as markdown source: answers over %1 characters are not rendered.</source>
        <translation>Als Markdown-Quelltext gezeigt: Antworten über %1 Zeichen werden nicht gerendert.</translation>
    </message>
    <message>
        <source>Parts of the answers are not shown (grey notes say how much).</source>
        <translation>Teile der Antworten werden nicht gezeigt (graue Hinweise sagen, wie viel).</translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation>Das Dokument wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>No candidate answers imported (Tools → Import Candidates…).</source>
        <translation>Keine Antwortkandidaten importiert (Werkzeuge → Kandidaten importieren…).</translation>
    </message>
    <message>
        <source>No merged entry&apos;s answer to offer.</source>
        <translation>Keine Antwort eines zusammengeführten Eintrags vorhanden.</translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>Saved on disk</source>
        <translation>Auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>Git HEAD</source>
        <translation>Git HEAD</translation>
    </message>
    <message>
        <source>This question is not in the saved file.</source>
        <translation>Diese Frage steht nicht in der gespeicherten Datei.</translation>
    </message>
    <message>
        <source>This question is not in the version at git HEAD.</source>
        <translation>Diese Frage steht nicht in der Version in git HEAD.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>No candidate answer matches this question (threshold %1).</source>
        <translation>Kein Antwortkandidat passt zu dieser Frage (Schwelle %1).</translation>
    </message>
    <message>
        <source>Candidate (line %1, same question)</source>
        <translation>Kandidat (Zeile %1, gleiche Frage)</translation>
    </message>
    <message>
        <source>Candidate (line %1, %2% similar question)</source>
        <translation>Kandidat (Zeile %1, zu %2 % ähnliche Frage)</translation>
    </message>
    <message>
        <source>Merged entry</source>
        <translation>Zusammengeführter Eintrag</translation>
    </message>
    <message>
        <source>No merged entry&apos;s answer for this question.</source>
        <translation>Keine Antwort eines zusammengeführten Eintrags für diese Frage.</translation>
    </message>
    <message>
        <source>Fill Empty Answers from Candidates</source>
        <translation>Leere Antworten aus Kandidaten füllen</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>Asking git whether the file is committed…</source>
        <translation>git wird gefragt, ob die Datei eingecheckt ist …</translation>
    </message>
    <message>
        <source>Reading the version at git HEAD…</source>
        <translation>Die Fassung bei git HEAD wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the saved file…</source>
        <translation>Die gespeicherte Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Authored answer</source>
        <translation>Verfasste Antwort</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>Antwort des Modells</translation>
    </message>
    <message>
        <source>Authored answer, words not in the model&apos;s struck through</source>
        <translation>Verfasste Antwort, Wörter, die nicht in der des Modells stehen, durchgestrichen</translation>
    </message>
    <message>
        <source>Model&apos;s answer, words not in the authored one underlined</source>
        <translation>Antwort des Modells, Wörter, die nicht in der verfassten stehen, unterstrichen</translation>
    </message>
    <message>
        <source>Authored — struck through: not in the model&apos;s answer</source>
        <translation>Verfasst — durchgestrichen: nicht in der Antwort des Modells</translation>
    </message>
    <message>
        <source>Model — underlined: not in the authored answer</source>
        <translation>Modell — unterstrichen: nicht in der verfassten Antwort</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Ihr Urteil</translation>
    </message>
    <message>
        <source>(verdict as scored)</source>
        <translation>(Urteil wie bewertet)</translation>
    </message>
    <message>
        <source>Compare the model&apos;s answer with the entry&apos;s and choose whether to use it (one undo step)</source>
        <translation>Die Antwort des Modells mit der des Eintrags vergleichen und wählen, ob sie übernommen wird (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Your verdict:</source>
        <translation>Ihr Urteil:</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>answered (probe)</source>
        <translation>beantwortet (Probe)</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>judge output invalid</source>
        <translation>Ausgabe des Bewerters ungültig</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Choose a question to see the model&apos;s answer beside yours.</source>
        <translation>Wählen Sie eine Frage, um die Antwort des Modells neben Ihrer zu sehen.</translation>
    </message>
    <message>
        <source>%1 (probe: the model should decline)</source>
        <translation>%1 (Probe: das Modell sollte ablehnen)</translation>
    </message>
    <message>
        <source>*(no authored answer)*</source>
        <translation>*(keine verfasste Antwort)*</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <source>The model is answering…</source>
        <translation>Das Modell antwortet…</translation>
    </message>
    <message>
        <source>Verdict: %1 — yours; scored: %2</source>
        <translation>Urteil: %1 — Ihres; bewertet: %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>tokens: %1 prompt, %2 answer</source>
        <translation>Tokens: %1 Prompt, %2 Antwort</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Verdict, tokens, latency and finish reason</source>
        <translation>Urteil, Tokens, Latenz und Ende</translation>
    </message>
    <message>
        <source>Use as Candidate…</source>
        <translation>Als Kandidat verwenden…</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Word Diff</source>
        <translation>Wortvergleich</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The API key of “%1” could not be read from the system keyring: %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be stored in the system keyring: %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be moved in the system keyring: %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte im Schlüsselbund des Systems nicht verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>could not write all bytes</source>
        <translation>nicht alle Bytes konnten geschrieben werden</translation>
    </message>
    <message>
        <source>written, but the folder could not be synced: %1</source>
        <translation>geschrieben, aber der Ordner konnte nicht synchronisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>%1: cannot read it to make a backup: %2</source>
        <translation>%1: kann für eine Sicherungskopie nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: der Ordner für Sicherungskopien kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>CandidateReader</name>
    <message>
        <source>%1: a NUL byte at byte offset %2; not a text file</source>
        <translation>%1: ein NUL-Byte an Byte-Position %2; keine Textdatei</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2</source>
        <translation>%1: kein gültiges UTF-8 an Byte-Position %2</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2 at column %3)</source>
        <translation>Zeile %1: kein gültiges JSON (%2 in Spalte %3)</translation>
    </message>
    <message>
        <source>line %1: expected a JSON object</source>
        <translation>Zeile %1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not text</source>
        <translation>Zeile %1: „%2“ ist kein Text</translation>
    </message>
    <message>
        <source>line %1: no &quot;question&quot; or &quot;input&quot; field</source>
        <translation>Zeile %1: kein Feld „question“ oder „input“</translation>
    </message>
    <message>
        <source>line %1: no &quot;answer&quot;, &quot;target&quot; or &quot;output&quot; field</source>
        <translation>Zeile %1: kein Feld „answer“, „target“ oder „output“</translation>
    </message>
    <message>
        <source>line %1: the question is empty</source>
        <translation>Zeile %1: die Frage ist leer</translation>
    </message>
    <message>
        <source>no candidate answers in the file</source>
        <translation>keine Antwortvorschläge in der Datei</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one (write the field in quotes and double the quote)</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row such as question,answer</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile wie question,answer</translation>
    </message>
    <message>
        <source>line %1: the header row needs a question (or input) column and an answer (or target, output) column; it has: %2</source>
        <translation>Zeile %1: die Kopfzeile braucht eine Spalte question (oder input) und eine Spalte answer (oder target, output); sie hat: %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>no candidate answers after the header row</source>
        <translation>keine Antwortvorschläge nach der Kopfzeile</translation>
    </message>
    <message>
        <source>no answered **Question:** / **Answer:** entries in the document</source>
        <translation>keine beantworteten **Question:** / **Answer:**-Einträge im Dokument</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kann %1 nicht lesen</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import candidate answers</source>
        <translation>Antwortkandidaten importieren</translation>
    </message>
    <message>
        <source>Fill empty answers from candidates</source>
        <translation>Leere Antworten aus Kandidaten füllen</translation>
    </message>
    <message>
        <source>Fill every empty, placeholder or unanswered entry that has a matching candidate (one undo step)</source>
        <translation>Jeden leeren, Platzhalter- oder unbeantworteten Eintrag füllen, zu dem ein Kandidat passt (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Question similarity threshold</source>
        <translation>Schwelle für Fragenähnlichkeit</translation>
    </message>
    <message>
        <source>Candidates whose question is not the same as an entry&apos;s are matched to the most similar question scoring at least this (trigram cosine, 1 = same words).</source>
        <translation>Kandidaten, deren Frage mit keiner Frage eines Eintrags übereinstimmt, werden der ähnlichsten Frage zugeordnet, wenn diese mindestens diesen Wert erreicht (Trigramm-Kosinus, 1 = gleiche Wörter).</translation>
    </message>
    <message>
        <source>Matched candidates</source>
        <translation>Zugeordnete Kandidaten</translation>
    </message>
    <message>
        <source>Double-click or press Return to compare with the entry&apos;s answer</source>
        <translation>Doppelklicken oder Eingabe drücken, um mit der Antwort des Eintrags zu vergleichen</translation>
    </message>
    <message>
        <source>Unmatched candidates</source>
        <translation>Nicht zugeordnete Kandidaten</translation>
    </message>
    <message>
        <source>Matched (double-click to compare):</source>
        <translation>Zugeordnet (Doppelklick zum Vergleichen):</translation>
    </message>
    <message>
        <source>Not matched to any question:</source>
        <translation>Keiner Frage zugeordnet:</translation>
    </message>
    <message>
        <source>No candidate answers imported. Import a JSONL, CSV or Q&amp;A markdown file.</source>
        <translation>Keine Antwortkandidaten importiert. Importieren Sie eine JSONL-, CSV- oder Q&amp;A-Markdown-Datei.</translation>
    </message>
    <message>
        <source>From %1: %2 candidates.</source>
        <translation>Aus %1: %2 Kandidaten.</translation>
    </message>
    <message>
        <source>same question</source>
        <translation>gleiche Frage</translation>
    </message>
    <message>
        <source>%1% similar</source>
        <translation>zu %1 % ähnlich</translation>
    </message>
    <message>
        <source>#%1 · %2 · file line %3%4
%5</source>
        <translation>#%1 · %2 · Dateizeile %3%4
%5</translation>
    </message>
    <message>
        <source> · fills a gap</source>
        <translation> · füllt eine Lücke</translation>
    </message>
    <message>
        <source>Candidate&apos;s question (line %1): %2</source>
        <translation>Frage des Kandidaten (Zeile %1): %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 matched (%2 same question, %3 similar at ≥ %4) · %5 would fill a gap · %6 not matched</source>
        <translation>%1 zugeordnet (%2 gleiche Frage, %3 ähnlich bei ≥ %4) · %5 würden eine Lücke füllen · %6 nicht zugeordnet</translation>
    </message>
    <message>
        <source>Fill Em&amp;pty Answers</source>
        <translation>&amp;Leere Antworten füllen</translation>
    </message>
    <message>
        <source>Match thresh&amp;old:</source>
        <translation>Zuordnungs&amp;schwelle:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>keine DATEI angegeben</translation>
    </message>
    <message>
        <source>%1 (see quire --help)</source>
        <translation>%1 (siehe quire --help)</translation>
    </message>
    <message>
        <source>%1: %2 entries in %3 sections · %4 answered · %5 empty · %6 placeholder · %7 unanswered
</source>
        <translation>%1: %2 Einträge in %3 Abschnitten · %4 beantwortet · %5 leer · %6 Platzhalter · %7 unbeantwortet
</translation>
    </message>
    <message>
        <source>  line %1  #%2  %3  %4
</source>
        <comment>the status stays an English keyword, as in --json</comment>
        <translation>  Zeile %1  #%2  %3  %4
</translation>
    </message>
    <message>
        <source>Similar questions (highest first):
</source>
        <translation>Ähnliche Fragen (ähnlichste zuerst):
</translation>
    </message>
    <message>
        <source>  %1  #%2 (line %3) ~ #%4 (line %5)
</source>
        <translation>  %1  #%2 (Zeile %3) ~ #%4 (Zeile %5)
</translation>
    </message>
    <message>
        <source>unknown format %1 (ctx, markdown, jsonl or source)</source>
        <translation>unbekanntes Format %1 (ctx, markdown, jsonl oder source)</translation>
    </message>
    <message>
        <source>--entry N (a number) is required</source>
        <translation>--entry N (eine Zahl) ist erforderlich</translation>
    </message>
    <message>
        <source>give --answer or --answer-file, not both</source>
        <translation>--answer oder --answer-file angeben, nicht beides</translation>
    </message>
    <message>
        <source>nothing to set: give --answer, --answer-file or --question</source>
        <translation>nichts zu setzen: --answer, --answer-file oder --question angeben</translation>
    </message>
    <message>
        <source>%1: no entry %2 (the document has %3)</source>
        <translation>%1: kein Eintrag %2 (das Dokument hat %3)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text at byte offset %2</source>
        <translation>%1: kein gültiger UTF-8-Text an Byte-Position %2</translation>
    </message>
    <message>
        <source>%1: entry %2 is now %3
</source>
        <comment>the status stays an English keyword, as in --json</comment>
        <translation>%1: Eintrag %2 ist jetzt %3
</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>Reviews: %1 approved</source>
        <translation>Prüfungen: %1 freigegeben</translation>
    </message>
    <message>
        <source> (%1 changed since approval)</source>
        <translation> (%1 seit der Freigabe geändert)</translation>
    </message>
    <message>
        <source> · %1 needs work · %2 unreviewed</source>
        <translation> · %1 zu überarbeiten · %2 ungeprüft</translation>
    </message>
    <message>
        <source> · %1 orphaned</source>
        <translation> · %1 verwaist</translation>
    </message>
    <message>
        <source>unknown encoding %1 (o200k_base or cl100k_base)</source>
        <translation>unbekannte Kodierung %1 (o200k_base oder cl100k_base)</translation>
    </message>
    <message>
        <source>Export (ctx): %1
</source>
        <translation>Export (ctx): %1
</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>nothing written: a linked file cannot be read</source>
        <translation>nichts geschrieben: eine verlinkte Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>[%1/%2] #%3 %4</source>
        <comment>the verdict stays an English keyword</comment>
        <translation>[%1/%2] #%3 %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--base-url URL and --model NAME are required</source>
        <translation>--base-url URL und --model NAME sind nötig</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// URL</source>
        <translation>--base-url braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>unknown API style %1 (openai or ollama)</source>
        <translation>unbekannter API-Stil %1 (openai oder ollama)</translation>
    </message>
    <message>
        <source>--concurrency needs a whole number above 0</source>
        <translation>--concurrency braucht eine ganze Zahl über 0</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0</source>
        <translation>--timeout braucht eine Zahl von Sekunden über 0</translation>
    </message>
    <message>
        <source>--expect takes only &quot;decline&quot;</source>
        <translation>--expect nimmt nur „decline“</translation>
    </message>
    <message>
        <source>%1 needs a number from 1 on</source>
        <translation>%1 braucht eine Zahl ab 1</translation>
    </message>
    <message>
        <source>%1: no section %2 (the document has %3)</source>
        <translation>%1: kein Abschnitt %2 (das Dokument hat %3)</translation>
    </message>
    <message>
        <source>no question to ask (--probes-only without probes?)</source>
        <translation>keine Frage zu stellen (--probes-only ohne Proben?)</translation>
    </message>
    <message>
        <source>the run stopped: %1</source>
        <translation>der Lauf wurde angehalten: %1</translation>
    </message>
    <message>
        <source>run %1: %2 questions</source>
        <translation>Lauf %1: %2 Fragen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>--timeout braucht eine Zahl von Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>the context project cannot be built, nothing was asked: %1 (--context CTX sends a context file instead)</source>
        <translation>das Kontextprojekt lässt sich nicht bauen, es wurde nichts gefragt: %1 (--context CTX schickt stattdessen eine Kontextdatei)</translation>
    </message>
    <message>
        <source>%1: no reviews yet, so no answer is approved</source>
        <translation>%1: noch keine Prüfungen, also ist keine Antwort freigegeben</translation>
    </message>
    <message>
        <source>context: the context project %1</source>
        <translation>Kontext: das Kontextprojekt %1</translation>
    </message>
    <message>
        <source>context: the document&apos;s own ctx export (no llms.txt links to it)</source>
        <translation>Kontext: der eigene ctx-Export des Dokuments (keine llms.txt verweist darauf)</translation>
    </message>
    <message>
        <source>context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Probes (questions the model should decline, not gaps): %1
</source>
        <translation>Testfragen (Fragen, die das Modell ablehnen soll, keine Lücken): %1
</translation>
    </message>
    <message>
        <source>unknown dialect %1 for --read-as (%2)</source>
        <translation>unbekannter Dialekt %1 für --read-as (%2)</translation>
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
        <translation>Aufruf:
  quire [DATEI]                DATEI im Editorfenster öffnen
  quire check DATEI [--json] [--encoding ENC] [--read-as DIALEKT]
                               Einträge mit Handlungsbedarf und ähnliche Fragen melden
  quire export DATEI [--format ctx|markdown|jsonl|source] [-o AUSGABE] [--encoding ENC]
               [--include-prose] [--include-unanswered] [--only-approved] [--read-as DIALEKT]
  quire set DATEI --entry N (--answer TEXT | --answer-file PFAD) [--question TEXT] [-o AUSGABE]
  quire context LLMS_TXT [-o AUSGABE] [--optional] [--only-approved] [--fetch]
               [--timeout S] [--encoding o200k_base|cl100k_base] [--json]
                               den ganzen Kontext aus einer llms.txt bauen
  quire rehearse DATEI --base-url URL --model NAME [--api openai|ollama]
               [--entry N]... [--section N] [--probes-only] [--expect decline]
               [--context CTX] [--only-approved] [--optional] [--system-prompt DATEI]
               [--judge-model NAME] [--concurrency N] [--timeout S] [-o RUNS.jsonl] [--json]
  quire --help | --version

check endet mit 0, wenn kein Eintrag Handlungsbedarf hat, mit 1, wenn einige ihn haben,
mit 2, wenn die Datei nicht gelesen oder geparst werden kann, und mit 64 bei falschen
Argumenten. export schreibt ohne -o auf die Standardausgabe. Jede Datei wird atomar
geschrieben. Tokens werden exakt mit ENC gezählt: o200k_base (Standard, GPT-4o und
neuer) oder cl100k_base (GPT-4, GPT-3.5).
context endet mit 0 ohne Befund, mit 1, wenn mit Warnungen gebaut wurde (Lint, nicht
abgerufene entfernte Links), mit 2, wenn eine verlinkte Datei fehlt (dann wird nichts
geschrieben), und mit 64 bei falschen Argumenten. Entfernte Links werden nur mit --fetch
abgerufen (zwischengespeichert; offline gilt die gespeicherte Kopie; --timeout S je
Dokument, Standard 20). --json schreibt stattdessen den Bericht auf die Standardausgabe.
rehearse stellt einem Modell die Fragen des Dokuments mit seinem Kontext (der
llms_ctx.txt seines Kontextprojekts, wenn eine llms.txt auf es verweist, sonst seinem
eigenen ctx-Export; --only-approved und --optional wie bei context) und hängt den Lauf
an NAME.runs.jsonl an (der API-Schlüssel kommt aus QUIRE_API_KEY); es endet mit 0,
wenn jede Antwort übereinstimmt und jede Testfrage abgelehnt wird, mit 1, wenn nicht,
und mit 2, wenn ein Fehler den Lauf abgebrochen hat.
</translation>
    </message>
    <message>
        <source>check and export read every dialect a document is written in; --read-as DIALECT
reads only that one (the labels of the others are prose). DIALECT: %1.
</source>
        <comment>keep the option name in English; %1 lists the dialect names, which stay English</comment>
        <translation>check und export lesen jeden Dialekt, in dem ein Dokument geschrieben ist; --read-as DIALEKT
liest nur diesen einen (die Labels der anderen sind Fließtext). DIALEKT: %1.
</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>(section text)</source>
        <translation>(Abschnittstext)</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>The two versions have the same entries and answers.</source>
        <translation>Beide Versionen haben dieselben Einträge und Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries differ.</source>
        <translation>
            <numerusform>%n Eintrag unterscheidet sich.</numerusform>
            <numerusform>%n Einträge unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;unchanged entries</source>
        <translation>&amp;Unveränderte Einträge zeigen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>(not in this version)</source>
        <translation>(nicht in dieser Version)</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>Candidate Answers</source>
        <translation>Antwortkandidaten</translation>
    </message>
    <message>
        <source>Similar Questions</source>
        <translation>Ähnliche Fragen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Merged. The removed entry&apos;s answer is on the right; Edit → Undo brings the entry back.</source>
        <translation>Zusammengeführt. Die Antwort des entfernten Eintrags steht rechts; Bearbeiten → Rückgängig holt den Eintrag zurück.</translation>
    </message>
    <message>
        <source>Compare with &amp;Saved</source>
        <translation>Mit &amp;gespeicherter Version vergleichen</translation>
    </message>
    <message>
        <source>Compare with &amp;Git HEAD</source>
        <translation>Mit Git-&amp;HEAD vergleichen</translation>
    </message>
    <message>
        <source>Compare with &amp;Candidate</source>
        <translation>Mit &amp;Kandidat vergleichen</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>Kandidaten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Fill Empty Answers from Candidates</source>
        <translation>&amp;Leere Antworten aus Kandidaten füllen</translation>
    </message>
    <message>
        <source>Candidate &amp;Answers Panel</source>
        <translation>&amp;Antwortkandidaten-Leiste</translation>
    </message>
    <message>
        <source>Si&amp;milar Questions</source>
        <translation>Ähnliche &amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Compare with &amp;Git HEAD (%1)</source>
        <translation>Mit Git-&amp;HEAD vergleichen (%1)</translation>
    </message>
    <message>
        <source>The answer as committed at git HEAD</source>
        <translation>Die Antwort, wie sie in git HEAD eingecheckt ist</translation>
    </message>
    <message>
        <source>Select a question to compare its answer.</source>
        <translation>Wählen Sie eine Frage, um ihre Antwort zu vergleichen.</translation>
    </message>
    <message>
        <source>Import Candidate Answers</source>
        <translation>Antwortkandidaten importieren</translation>
    </message>
    <message>
        <source>Candidate answers (*.jsonl *.ndjson *.json *.csv *.md *.markdown);;All files (*)</source>
        <translation>Antwortkandidaten (*.jsonl *.ndjson *.json *.csv *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Candidates not imported: %1</source>
        <translation>Kandidaten nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 candidate answers: %2 matched, %3 not matched.</source>
        <translation>%1 Antwortkandidaten importiert: %2 zugeordnet, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>No empty, placeholder or unanswered entry has a matching candidate.</source>
        <translation>Zu keinem leeren, Platzhalter- oder unbeantworteten Eintrag passt ein Kandidat.</translation>
    </message>
    <message>
        <source>Filled %1 answers from candidates (Edit → Undo takes them all back).</source>
        <translation>%1 Antworten aus Kandidaten gefüllt (Bearbeiten → Rückgängig nimmt alle zurück).</translation>
    </message>
</context>
<context>
    <name>ContextBuilder</name>
    <message>
        <source>a link Quire does not read (only files and http/https): %1; left out</source>
        <translation>ein Link, den Quire nicht liest (nur Dateien und http/https): %1; weggelassen</translation>
    </message>
    <message>
        <source>%1 (linked as %2)</source>
        <translation>%1 (verlinkt als %2)</translation>
    </message>
    <message>
        <source>%1; in the Optional section, which is left out</source>
        <translation>%1; im Abschnitt Optional, der weggelassen wird</translation>
    </message>
    <message>
        <source>%1: no reviews yet, so no answer is approved</source>
        <translation>%1: noch keine Prüfungen, also ist keine Antwort freigegeben</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; its invalid bytes are replaced</source>
        <translation>%1 ist kein UTF-8-Text; seine ungültigen Bytes werden ersetzt</translation>
    </message>
    <message>
        <source>%1: %2; the cached copy of %3 is used</source>
        <translation>%1: %2; die gespeicherte Kopie vom %3 wird verwendet</translation>
    </message>
    <message>
        <source>%1: %2; left out</source>
        <translation>%1: %2; weggelassen</translation>
    </message>
    <message>
        <source>%1 was never fetched; left out (Fetch in the Context panel or quire context --fetch fetches it)</source>
        <translation>%1 wurde nie abgerufen; weggelassen („Abrufen“ im Kontext-Bereich oder quire context --fetch ruft es ab)</translation>
    </message>
    <message>
        <source>%1: a remote Q&amp;A document has no reviews, so no answer of it is approved</source>
        <translation>%1: ein entferntes Q&amp;A-Dokument hat keine Prüfungen, also ist keine seiner Antworten freigegeben</translation>
    </message>
</context>
<context>
    <name>ContextController</name>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Context &amp;Project…</source>
        <translation>Kontext&amp;projekt…</translation>
    </message>
    <message>
        <source>Choose the llms.txt whose context this document is part of</source>
        <translation>Die llms.txt wählen, zu deren Kontext dieses Dokument gehört</translation>
    </message>
    <message>
        <source>Con&amp;text Panel</source>
        <translation>Kon&amp;text-Bereich</translation>
    </message>
    <message>
        <source>Save the document first: the context project is remembered per file.</source>
        <translation>Speichern Sie das Dokument zuerst: Das Kontextprojekt wird pro Datei gemerkt.</translation>
    </message>
    <message>
        <source>Context Project</source>
        <translation>Kontextprojekt</translation>
    </message>
    <message>
        <source>llms.txt (llms.txt *.txt);;All files (*)</source>
        <translation>llms.txt (llms.txt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The context project cannot be read: %1</source>
        <translation>Das Kontextprojekt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>llms_ctx.txt not written: %1</source>
        <translation>llms_ctx.txt nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n remote document(s) could not be fetched; see the Context panel</source>
        <translation>
            <numerusform>%n entferntes Dokument konnte nicht abgerufen werden; siehe Kontext-Bereich</numerusform>
            <numerusform>%n entfernte Dokumente konnten nicht abgerufen werden; siehe Kontext-Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <source>Fetch the remote documents the llms.txt links to (and keep a copy for offline use)</source>
        <translation>Die entfernten Dokumente abrufen, auf die die llms.txt verlinkt (und eine Kopie für offline behalten)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the llms.txt of this document&apos;s context project</source>
        <translation>Die llms.txt des Kontextprojekts dieses Dokuments wählen</translation>
    </message>
    <message>
        <source>%1k tokens</source>
        <translation>%1k Tokens</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Wert…</translation>
    </message>
    <message>
        <source>Every save of this document also writes llms_ctx.txt (and llms_ctx-full.txt with the Optional section) beside the llms.txt</source>
        <translation>Jedes Speichern dieses Dokuments schreibt auch llms_ctx.txt (und llms_ctx-full.txt mit dem Abschnitt Optional) neben die llms.txt</translation>
    </message>
    <message>
        <source>Only approved answers</source>
        <translation>Nur freigegebene Antworten</translation>
    </message>
    <message>
        <source>Q&amp;A documents contribute only the answers approved in review (and unchanged since)</source>
        <translation>Q&amp;A-Dokumente tragen nur die bei der Prüfung freigegebenen (und seitdem unveränderten) Antworten bei</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>No llms.txt in this document&apos;s folder or above links to it. File → Context Project… chooses one.</source>
        <translation>Keine llms.txt im Ordner dieses Dokuments oder darüber verlinkt darauf. Datei → Kontextprojekt… wählt eine.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Project: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>Projekt: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Token Budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Tokens the whole context may use:</source>
        <translation>Tokens, die der ganze Kontext verwenden darf:</translation>
    </message>
    <message>
        <source>%1 of %2 tokens (%3)</source>
        <translation>%1 von %2 Tokens (%3)</translation>
    </message>
    <message>
        <source>· with Optional: %1</source>
        <translation>· mit Optional: %1</translation>
    </message>
    <message>
        <source>· over the budget by %1</source>
        <translation>· %1 über dem Budget</translation>
    </message>
    <message>
        <source>Q&amp;A document</source>
        <translation>Q&amp;A-Dokument</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>remote, cached copy</source>
        <translation>entfernt, gespeicherte Kopie</translation>
    </message>
    <message>
        <source>not fetched: failed</source>
        <translation>nicht abgerufen: fehlgeschlagen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>remote, not fetched</source>
        <translation>entfernt, nicht abgerufen</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>full context only</source>
        <translation>nur im vollen Kontext</translation>
    </message>
    <message>
        <source>Optional: only in llms_ctx-full.txt, not in llms_ctx.txt</source>
        <translation>Optional: nur in llms_ctx-full.txt, nicht in llms_ctx.txt</translation>
    </message>
    <message>
        <source>Line %1: error: %2</source>
        <translation>Zeile %1: Fehler: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The llms.txt has no problems.</source>
        <translation>Die llms.txt hat keine Probleme.</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Write llms_ctx.txt on save</source>
        <translation>llms_ctx.txt beim Speichern schreiben</translation>
    </message>
    <message>
        <source>Context documents</source>
        <translation>Kontextdokumente</translation>
    </message>
    <message>
        <source>llms.txt warnings</source>
        <translation>Warnungen der llms.txt</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>remote Q&amp;A document</source>
        <translation>entferntes Q&amp;A-Dokument</translation>
    </message>
    <message>
        <source>remote Q&amp;A document, cached copy</source>
        <translation>entferntes Q&amp;A-Dokument, gespeicherte Kopie</translation>
    </message>
</context>
<context>
    <name>ContextProjectJob</name>
    <message>
        <source>a linked file cannot be read; nothing written</source>
        <translation>eine verlinkte Datei kann nicht gelesen werden; nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>DialectNames</name>
    <message>
        <source>question-label</source>
        <translation>Frage-Label</translation>
    </message>
    <message>
        <source>short-label</source>
        <translation>Kurz-Label</translation>
    </message>
    <message>
        <source>plain-label</source>
        <translation>Klartext-Label</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>nummeriert</translation>
    </message>
    <message>
        <source>bold-question</source>
        <translation>Fett-Frage</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details-Block</translation>
    </message>
    <message>
        <source>admonition</source>
        <translation>Hinweisblock</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>a numbered question list</source>
        <translation>eine nummerierte Fragenliste</translation>
    </message>
</context>
<context>
    <name>DialectStatus</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dialects: %1</source>
        <translation>Dialekte: %1</translation>
    </message>
    <message>
        <source>read as: %1</source>
        <translation>gelesen als: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>How the entries of this document are written, and how many in each way:
%1</source>
        <translation>Wie die Einträge dieses Dokuments geschrieben sind, und wie viele auf jede Art:
%1</translation>
    </message>
    <message>
        <source>Read as %1 only (View → Read As): the labels of other dialects are prose.</source>
        <translation>Nur als %1 gelesen (Ansicht → Lesen als): Die Labels anderer Dialekte sind Fließtext.</translation>
    </message>
    <message>
        <source>Read automatically; if entries are missed or wrongly found, choose a dialect in View → Read As.</source>
        <translation>Automatisch gelesen; werden Einträge übersehen oder fälschlich gefunden, wählen Sie einen Dialekt unter Ansicht → Lesen als.</translation>
    </message>
</context>
<context>
    <name>DiffElider</name>
    <message>
        <source> [… %1 characters not shown …] </source>
        <translation> [… %1 Zeichen nicht gezeigt …] </translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1: cannot read the recovery file</source>
        <translation>%1: die Wiederherstellungsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The document has no file yet; use Save As.</source>
        <translation>Das Dokument hat noch keine Datei; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The document is being read again already.</source>
        <translation>Das Dokument wird bereits neu gelesen.</translation>
    </message>
    <message>
        <source>Another document was opened meanwhile.</source>
        <translation>Inzwischen wurde ein anderes Dokument geöffnet.</translation>
    </message>
    <message>
        <source>The document was edited while it was read again, so it was left as it is.</source>
        <translation>Das Dokument wurde während des erneuten Lesens bearbeitet und blieb deshalb, wie es war.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Entry deleted. Undo brings it back.</source>
        <translation>Eintrag gelöscht. „Rückgängig“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>In Abschnitt verschieben</translation>
    </message>
    <message>
        <source>Move this entry to:</source>
        <translation>Diesen Eintrag verschieben nach:</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>Abschnittsüberschrift:</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Edit Answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation>Abschnittstext bearbeiten</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>Model Endpoints</source>
        <translation>Modell-Endpunkte</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>OpenAI-compatible (/chat/completions)</source>
        <translation>OpenAI-kompatibel (/chat/completions)</translation>
    </message>
    <message>
        <source>Ollama native (/api/chat)</source>
        <translation>Ollama nativ (/api/chat)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System prompt template</source>
        <translation>Vorlage des System-Prompts</translation>
    </message>
    <message>
        <source>Restore &amp;Default Prompt</source>
        <translation>&amp;Standard-Prompt wiederherstellen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>stored in the system keyring, never in settings</source>
        <translation>im Schlüsselbund des Systems gespeichert, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>QUIRE_API_KEY is set: requests use it, whatever the keyring holds.</source>
        <translation>QUIRE_API_KEY ist gesetzt: Anfragen verwenden ihn, was immer der Schlüsselbund enthält.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>A&amp;PI style:</source>
        <translation>A&amp;PI-Art:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens (answer):</source>
        <translation>Ma&amp;x. Tokens (Antwort):</translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation>&amp;Kontextfenster:</translation>
    </message>
    <message>
        <source>C&amp;oncurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>T&amp;ime-out:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;System prompt ({context} is replaced by the context):</source>
        <translation>&amp;System-Prompt ({context} wird durch den Kontext ersetzt):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Every endpoint needs a name.</source>
        <translation>Jeder Endpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1”: the base URL must be an http:// or https:// address.</source>
        <translation>„%1“: die Basis-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>“%1”: which model? (for example llama3.1:8b)</source>
        <translation>„%1“: welches Modell? (zum Beispiel llama3.1:8b)</translation>
    </message>
    <message>
        <source>“%1”: the system prompt needs {context} where the context goes.</source>
        <translation>„%1“: der System-Prompt braucht {context} dort, wo der Kontext hingehört.</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Key removed from the system keyring.</source>
        <translation>Schlüssel aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Key stored in the system keyring.</source>
        <translation>Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Two endpoints are called “%1”.</source>
        <translation>Zwei Endpunkte heißen „%1“.</translation>
    </message>
    <message>
        <source>Moving the API keys in the system keyring…</source>
        <translation>Die API-Schlüssel werden im Schlüsselbund des Systems verschoben…</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Gerenderte Vorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Write the answer here (markdown).</source>
        <translation>Schreiben Sie die Antwort hier (Markdown).</translation>
    </message>
    <message>
        <source>No answer yet. Typing here adds one.</source>
        <translation>Noch keine Antwort. Wenn Sie hier tippen, wird eine angelegt.</translation>
    </message>
    <message>
        <source>This section has no questions; its text is shown here.</source>
        <translation>Dieser Abschnitt hat keine Fragen; sein Text wird hier gezeigt.</translation>
    </message>
    <message>
        <source>This text has a line of %L1 characters. To keep Quire responsive it is shown shortened and read-only here; it stays in the document exactly as it is.</source>
        <translation>Dieser Text hat eine Zeile mit %L1 Zeichen. Damit Quire flüssig bleibt, wird er hier gekürzt und schreibgeschützt gezeigt; im Dokument bleibt er genau so, wie er ist.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Section te&amp;xt</source>
        <translation>Abschnittste&amp;xt</translation>
    </message>
    <message>
        <source>Probe · %1</source>
        <translation>Testfrage · %1</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Testfrage</translation>
    </message>
    <message>
        <source>A probe: a question the model should decline or redirect</source>
        <translation>Eine Testfrage: eine Frage, die das Modell ablehnen oder umlenken soll</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>%1

Status: %2 · section “%3”</source>
        <translation>%1

Status: %2 · Abschnitt „%3“</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Eintrag %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search questions and answers (Ctrl+F)</source>
        <translation>Fragen und Antworten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>Fragen und Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Testfragen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>LLM context (llms_ctx.txt)</source>
        <translation>LLM-Kontext (llms_ctx.txt)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON Lines (evaluation dataset)</source>
        <translation>JSON Lines (Evaluationsdatensatz)</translation>
    </message>
    <message>
        <source>Include &amp;prose sections</source>
        <translation>&amp;Prosa-Abschnitte einschließen</translation>
    </message>
    <message>
        <source>Include &amp;unanswered questions</source>
        <translation>&amp;Unbeantwortete Fragen einschließen</translation>
    </message>
    <message>
        <source>Export on &amp;save</source>
        <translation>Beim &amp;Speichern exportieren</translation>
    </message>
    <message>
        <source>Write this export every time the document is saved</source>
        <translation>Diesen Export bei jedem Speichern des Dokuments schreiben</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Exported text</source>
        <translation>Exportierter Text</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Only &amp;approved answers</source>
        <translation>Nur &amp;freigegebene Antworten</translation>
    </message>
    <message>
        <source>Leave out answers not approved in review, and those changed since approval</source>
        <translation>Antworten weglassen, die bei der Prüfung nicht freigegeben oder seit der Freigabe geändert wurden</translation>
    </message>
    <message numerus="yes">
        <source>[Only the beginning is shown here: %n more characters are in the export.]</source>
        <translation>
            <numerusform>[Hier wird nur der Anfang gezeigt: %n weiteres Zeichen steht im Export.]</numerusform>
            <numerusform>[Hier wird nur der Anfang gezeigt: %n weitere Zeichen stehen im Export.]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSize</name>
    <message>
        <source>%1 characters · %2 words · %3</source>
        <translation>%1 Zeichen · %2 Wörter · %3</translation>
    </message>
    <message>
        <source>%1 tokens (%2)</source>
        <translation>%1 Tokens (%2)</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Discard your unsaved changes and reload “%1” from disk?</source>
        <translation>Ungespeicherte Änderungen verwerfen und „%1“ von der Festplatte neu laden?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>questions.md</source>
        <translation>fragen.md</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Saved, but the export failed: %1</source>
        <translation>Gespeichert, aber der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved and exported %1</source>
        <translation>%1 gespeichert und exportiert</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a copy of the sample document.</source>
        <translation>Der Ordner %1 für eine Kopie des Beispieldokuments kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the sample document to %1: %2</source>
        <translation>Das Beispieldokument kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>GitHeadReader</name>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation>Das Dokument wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>git is not installed (no “git” command on the PATH).</source>
        <translation>git ist nicht installiert (kein Befehl „git“ im PATH).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not in a git repository.</source>
        <translation>„%1“ liegt in keinem git-Repository.</translation>
    </message>
    <message>
        <source>git could not look at the folder: %1</source>
        <translation>git konnte den Ordner nicht untersuchen: %1</translation>
    </message>
    <message>
        <source>The repository has no commits yet.</source>
        <translation>Das Repository hat noch keine Commits.</translation>
    </message>
    <message>
        <source>“%1” is not committed at HEAD.</source>
        <translation>„%1“ ist in HEAD nicht eingecheckt.</translation>
    </message>
    <message>
        <source>git could not read “%1” at HEAD: %2</source>
        <translation>git konnte „%1“ in HEAD nicht lesen: %2</translation>
    </message>
    <message>
        <source>git did not answer in time</source>
        <translation>git hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>LlmsTxtParser</name>
    <message>
        <source>a level-%1 heading: llms.txt uses only `# ` (the title) and `## ` (sections); read as text</source>
        <translation>eine Überschrift der Ebene %1: llms.txt verwendet nur `# ` (den Titel) und `## ` (Abschnitte); als Text gelesen</translation>
    </message>
    <message>
        <source>a second `# ` title (the first is on line %1); read as text</source>
        <translation>ein zweiter `# `-Titel (der erste steht in Zeile %1); als Text gelesen</translation>
    </message>
    <message>
        <source>the `# ` title comes after the first section; read as text</source>
        <translation>der `# `-Titel kommt nach dem ersten Abschnitt; als Text gelesen</translation>
    </message>
    <message>
        <source>text before the `# ` title</source>
        <translation>Text vor dem `# `-Titel</translation>
    </message>
    <message>
        <source>a list item that is not a `- [name](url)` link; left out</source>
        <translation>ein Listenpunkt, der kein `- [Name](URL)`-Link ist; weggelassen</translation>
    </message>
    <message>
        <source>text in a section that is not a `- [name](url)` link item; left out</source>
        <translation>Text in einem Abschnitt, der kein `- [Name](URL)`-Linkpunkt ist; weggelassen</translation>
    </message>
    <message>
        <source>the same link as line %1: %2</source>
        <translation>derselbe Link wie in Zeile %1: %2</translation>
    </message>
    <message>
        <source>no `# ` title: an llms.txt starts with `# Title`</source>
        <translation>kein `# `-Titel: eine llms.txt beginnt mit `# Titel`</translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; has no links</source>
        <translation>der Abschnitt „%1“ hat keine Links</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export: %1 characters · %2</source>
        <translation>Export: %1 Zeichen · %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 empty · %4 %5 · %6 unanswered</source>
        <translation>%1 von %2 beantwortet · %3 leer · %4 %5 · %6 unbeantwortet</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>%1[*] — Quire</source>
        <translation>%1[*] — Quire</translation>
    </message>
    <message>
        <source>This link cannot be opened outside Quire, so nothing happened: %1</source>
        <translation>Dieser Link kann nicht außerhalb von Quire geöffnet werden; es ist nichts geschehen: %1</translation>
    </message>
    <message>
        <source>(an empty or unsafe address)</source>
        <translation>(eine leere oder unsichere Adresse)</translation>
    </message>
    <message>
        <source> · %1 %2</source>
        <translation> · %1 %2</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Testfrage</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>Testfragen</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message bar</source>
        <translation>Meldungsleiste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OrphanPanel</name>
    <message>
        <source>Orphaned Reviews</source>
        <translation>Verwaiste Prüfungen</translation>
    </message>
    <message>
        <source>Orphaned reviews</source>
        <translation>Verwaiste Prüfungen</translation>
    </message>
    <message>
        <source>These reviews belong to questions that are no longer in the document. Re-attach one to the current entry, or delete it.</source>
        <translation>Diese Prüfungen gehören zu Fragen, die nicht mehr im Dokument stehen. Hängen Sie eine an den aktuellen Eintrag an oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Current Entry</source>
        <translation>An aktuellen Eintrag anh&amp;ängen</translation>
    </message>
    <message>
        <source>Re-attach to the current entry</source>
        <translation>An den aktuellen Eintrag anhängen</translation>
    </message>
    <message>
        <source>&amp;Delete Review…</source>
        <translation>Prüfung lös&amp;chen…</translation>
    </message>
    <message>
        <source>Delete the review</source>
        <translation>Die Prüfung löschen</translation>
    </message>
    <message>
        <source>Orphaned Reviews (%1)</source>
        <translation>Verwaiste Prüfungen (%1)</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Prüfung löschen</translation>
    </message>
    <message>
        <source>Delete this review and its note for good?

%1</source>
        <translation>Diese Prüfung und ihre Notiz endgültig löschen?

%1</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Click a part of a bar (or focus a bar and press Return) to list those entries.</source>
        <translation>Klicken Sie auf einen Teil eines Balkens (oder fokussieren Sie einen Balken und drücken Sie Eingabe), um diese Einträge aufzulisten.</translation>
    </message>
    <message>
        <source>Answers in the whole document</source>
        <translation>Antworten im ganzen Dokument</translation>
    </message>
    <message>
        <source>Reviews in the whole document</source>
        <translation>Prüfungen im ganzen Dokument</translation>
    </message>
    <message>
        <source>Export: being measured…</source>
        <translation>Export: wird gemessen…</translation>
    </message>
    <message>
        <source>Export (llms_ctx.txt): %1 characters · %2 words · %3</source>
        <translation>Export (llms_ctx.txt): %1 Zeichen · %2 Wörter · %3</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(vor dem ersten Abschnitt)</translation>
    </message>
    <message>
        <source>%1 — text, no questions</source>
        <translation>%1 — Text, keine Fragen</translation>
    </message>
    <message>
        <source>%1
%2 of %3 answered</source>
        <translation>%1
%2 von %3 beantwortet</translation>
    </message>
    <message>
        <source>Answers in %1</source>
        <translation>Antworten in %1</translation>
    </message>
    <message>
        <source>Reviews in %1</source>
        <translation>Prüfungen in %1</translation>
    </message>
    <message>
        <source>Whole document
%1 of %2 answered (%3%)</source>
        <translation>Ganzes Dokument
%1 von %2 beantwortet (%3 %)</translation>
    </message>
    <message>
        <source>%1 questions: %2 answered · %3 placeholder · %4 empty · %5 unanswered</source>
        <translation>%1 Fragen: %2 beantwortet · %3 Platzhalter · %4 leer · %5 unbeantwortet</translation>
    </message>
    <message>
        <source>Reviews: %1 approved · %2 need work · %3 unreviewed</source>
        <translation>Prüfungen: %1 freigegeben · %2 zu überarbeiten · %3 ungeprüft</translation>
    </message>
    <message>
        <source>Section overview</source>
        <translation>Abschnittsübersicht</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Testfrage</translation>
    </message>
    <message>
        <source> · %1 probes</source>
        <translation> · %1 Testfragen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Rehearsals in %1</source>
        <translation>Probeläufe in %1</translation>
    </message>
    <message>
        <source>Rehearsal (last run): %1 good · %2 partial · %3 wrong · %4 no answer</source>
        <translation>Probelauf (letzter Lauf): %1 gut · %2 teilweise · %3 falsch · %4 ohne Antwort</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Open Link in Browser</source>
        <translation>Link im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ProbeController</name>
    <message>
        <source>Mark as &amp;Probe</source>
        <translation>Als &amp;Testfrage markieren</translation>
    </message>
    <message>
        <source>A probe is a question the model should decline or redirect: without an answer it is not a gap</source>
        <translation>Eine Testfrage soll das Modell ablehnen oder umlenken: ohne Antwort ist sie keine Lücke</translation>
    </message>
    <message>
        <source>Mark &amp;Section as Probe</source>
        <translation>&amp;Abschnitt als Testfragen markieren</translation>
    </message>
    <message>
        <source>Every question of this section, and every one added to it later, is a probe, but for those unmarked one by one</source>
        <translation>Jede Frage dieses Abschnitts, auch jede später hinzugefügte, ist eine Testfrage, außer den einzeln abgewählten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 an Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;quire-review&quot;</source>
        <translation>„format“ ist nicht „quire-review“</translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation>keine gültige „version“</translation>
    </message>
    <message>
        <source>written by a newer Quire (format version %1)</source>
        <translation>von einem neueren Quire geschrieben (Formatversion %1)</translation>
    </message>
    <message>
        <source>&quot;records&quot; is not a list</source>
        <translation>„records“ ist keine Liste</translation>
    </message>
    <message>
        <source>record %1 has no valid &quot;question&quot; and &quot;status&quot;</source>
        <translation>Datensatz %1 hat keine gültigen Felder „question“ und „status“</translation>
    </message>
    <message>
        <source>record %1 has an invalid &quot;reviewed_at&quot;</source>
        <translation>Datensatz %1 hat ein ungültiges „reviewed_at“</translation>
    </message>
    <message>
        <source>&quot;dismissed_similar&quot; is not a list</source>
        <translation>„dismissed_similar“ ist keine Liste</translation>
    </message>
    <message>
        <source>a dismissed pair has no &quot;a&quot; and &quot;b&quot;</source>
        <translation>einem verworfenen Paar fehlen „a“ und „b“</translation>
    </message>
    <message>
        <source>record %1 has a &quot;probe&quot; that is not true or false</source>
        <translation>Eintrag %1 hat ein &quot;probe&quot;, das weder true noch false ist</translation>
    </message>
    <message>
        <source>&quot;probe_sections&quot; is not a list</source>
        <translation>&quot;probe_sections&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>a probe section is not a text</source>
        <translation>ein Testfragen-Abschnitt ist kein Text</translation>
    </message>
</context>
<context>
    <name>QaDocument</name>
    <message>
        <source>%1: contains a NUL byte at byte offset %2 (binary file?)</source>
        <translation>%1: enthält ein NUL-Byte an Byte-Position %2 (Binärdatei?)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2</source>
        <translation>%1: kein gültiges UTF-8 an Byte-Position %2</translation>
    </message>
</context>
<context>
    <name>QaModel</name>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation>Eintrag verschieben</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <source>Merge Questions</source>
        <translation>Fragen zusammenführen</translation>
    </message>
</context>
<context>
    <name>ReadAsController</name>
    <message>
        <source>Not read again: %1</source>
        <translation>Nicht neu gelesen: %1</translation>
    </message>
    <message>
        <source>Read &amp;As</source>
        <translation>&amp;Lesen als</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Read every dialect the document is written in</source>
        <translation>Jeden Dialekt lesen, in dem das Dokument geschrieben ist</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before reading the document again as %2?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem erneuten Lesen als %2 speichern?</translation>
    </message>
    <message>
        <source>Reading %1 as %2…</source>
        <translation>%1 wird als %2 gelesen…</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery copy (%2)</source>
        <translation>%1: die Wiederherstellungskopie kann nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the lock is taken</source>
        <translation>die Sperre ist vergeben</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>larger than the %1 Quire reads</source>
        <translation>größer als die %1, die Quire liest</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>ist eine benannte Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a character device, not a regular file</source>
        <translation>ist ein zeichenorientiertes Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a block device, not a regular file</source>
        <translation>ist ein blockorientiertes Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is %1 bytes, %2</source>
        <translation>ist %1 Bytes groß, %2</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>the server&apos;s response is not a JSON object</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the server reported an error: %1</source>
        <translation>der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>the server&apos;s response holds no answer</source>
        <translation>die Antwort des Servers enthält keine Antwort</translation>
    </message>
    <message>
        <source>the server sent a line longer than 16 MB</source>
        <translation>der Server schickte eine Zeile über 16 MB</translation>
    </message>
    <message>
        <source>the answer stopped before the server said it was complete</source>
        <translation>die Antwort brach ab, bevor der Server sie für vollständig erklärte</translation>
    </message>
    <message>
        <source>the judge&apos;s output is not a JSON object</source>
        <translation>die Ausgabe des Bewerters ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the judge&apos;s verdict is not one the rubric allows</source>
        <translation>das Urteil des Bewerters ist keines, das die Vorgabe erlaubt</translation>
    </message>
    <message>
        <source>the judge&apos;s score is not a number from 0 to 1</source>
        <translation>die Wertung des Bewerters ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>the judge gave no reason</source>
        <translation>der Bewerter nannte keinen Grund</translation>
    </message>
    <message>
        <source>the server sent more after saying it was done</source>
        <translation>der Server schickte weiter, nachdem er fertig gemeldet hatte</translation>
    </message>
    <message>
        <source>the server sent a line that is not a JSON object</source>
        <translation>der Server schickte eine Zeile, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the server sent an event that is not a JSON object</source>
        <translation>der Server schickte ein Ereignis, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text at byte offset %2</source>
        <translation>%1: kein gültiger UTF-8-Text bei Byte-Position %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n question(s))</source>
        <translation>
            <numerusform>(%n Frage)</numerusform>
            <numerusform>(%n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: %1</source>
        <translation>Bewerter: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>the prompt (%1 tokens) and the answer&apos;s budget (%2 tokens) do not fit the model&apos;s context window of %3 tokens: the server may cut the context</source>
        <translation>der Prompt (%1 Tokens) und das Budget der Antwort (%2 Tokens) passen nicht in das Kontextfenster des Modells von %3 Tokens: der Server schneidet den Kontext womöglich ab</translation>
    </message>
    <message>
        <source>context was cut by the server (it read %1 prompt tokens of about %2 sent)</source>
        <translation>der Kontext wurde vom Server abgeschnitten (er las %1 Prompt-Tokens von etwa %2 gesendeten)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer from the server within %1 s</source>
        <translation>keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the server does not know the model &quot;%1&quot; or the endpoint %2 (HTTP 404)</source>
        <translation>der Server kennt das Modell „%1“ oder den Endpunkt %2 nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>the server is rate limiting (HTTP 429): %1</source>
        <translation>der Server drosselt die Anfragen (HTTP 429): %1</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1): %2</source>
        <translation>der Server ist gescheitert (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the response was cut: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message numerus="yes">
        <source>(gave up after %n retries)</source>
        <translation>
            <numerusform>(nach %n Wiederholung aufgegeben)</numerusform>
            <numerusform>(nach %n Wiederholungen aufgegeben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalController</name>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Ask About the Current &amp;Entry</source>
        <translation>Zum aktuellen &amp;Eintrag fragen</translation>
    </message>
    <message>
        <source>Ask About the Current &amp;Section</source>
        <translation>Zum aktuellen &amp;Abschnitt fragen</translation>
    </message>
    <message>
        <source>Ask About the &amp;Listed Entries</source>
        <translation>Zu den &amp;gelisteten Einträgen fragen</translation>
    </message>
    <message>
        <source>Ask About the &amp;Whole Document</source>
        <translation>Zum &amp;ganzen Dokument fragen</translation>
    </message>
    <message>
        <source>&amp;Cancel Rehearsal</source>
        <translation>Probelauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Model &amp;Endpoints…</source>
        <translation>Modell-E&amp;ndpunkte…</translation>
    </message>
    <message>
        <source>Rehearsal &amp;Panel</source>
        <translation>Probelauf-&amp;Leiste</translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>This section has no questions.</source>
        <translation>Dieser Abschnitt hat keine Fragen.</translation>
    </message>
    <message>
        <source>The entry list shows no entries.</source>
        <translation>Die Eintragsliste zeigt keine Einträge.</translation>
    </message>
    <message>
        <source>The document has no questions.</source>
        <translation>Das Dokument hat keine Fragen.</translation>
    </message>
    <message>
        <source>A rehearsal is running: cancel it first.</source>
        <translation>Ein Probelauf läuft: brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Add a model endpoint first (Tools → Rehearse → Model Endpoints…).</source>
        <translation>Legen Sie zuerst einen Modell-Endpunkt an (Werkzeuge → Probelauf → Modell-Endpunkte…).</translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation>Der API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The document is not saved yet: this run is not kept.</source>
        <translation>Das Dokument ist noch nicht gespeichert: dieser Lauf wird nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>The rehearsal stopped: %1</source>
        <translation>Der Probelauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>The question is no longer in the document.</source>
        <translation>Die Frage steht nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>model answers</source>
        <translation>Modellantworten</translation>
    </message>
    <message>
        <source>Asking without a key (set QUIRE_API_KEY if the server needs one).</source>
        <translation>Es wird ohne Schlüssel gefragt (setzen Sie QUIRE_API_KEY, wenn der Server einen braucht).</translation>
    </message>
    <message>
        <source>Preparing the context…</source>
        <translation>Der Kontext wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Model endpoint</source>
        <translation>Modell-Endpunkt</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>Endpunkte…</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Was gefragt wird</translation>
    </message>
    <message>
        <source>Current entry</source>
        <translation>Aktueller Eintrag</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Aktueller Abschnitt</translation>
    </message>
    <message>
        <source>Listed entries</source>
        <translation>Gelistete Einträge</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>(none: add one with Endpoints…)</source>
        <translation>(keiner: mit „Endpunkte…“ anlegen)</translation>
    </message>
    <message>
        <source>probe…</source>
        <translation>Probe…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Ask the Model</source>
        <translation>Das Modell fragen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Different from</source>
        <translation>Anders als</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Different from:</source>
        <translation>Anders als:</translation>
    </message>
    <message>
        <source>(no other run)</source>
        <translation>(kein anderer Lauf)</translation>
    </message>
    <message>
        <source>(the run in progress)</source>
        <translation>(der laufende Lauf)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) changed between the two runs.</source>
        <translation>
            <numerusform>%n Frage hat sich zwischen den beiden Läufen geändert.</numerusform>
            <numerusform>%n Fragen haben sich zwischen den beiden Läufen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
</context>
<context>
    <name>RemoteFetcher</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP 304 without a cached copy</source>
        <translation>HTTP 304 ohne gespeicherte Kopie</translation>
    </message>
    <message>
        <source>larger than the %1 MB Quire fetches</source>
        <translation>größer als die %1 MB, die Quire abruft</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
    <message>
        <source>✔ Approved</source>
        <translation>✔ Freigegeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>✎ Needs work</source>
        <translation>✎ Überarbeiten</translation>
    </message>
    <message>
        <source>Mark as needing work</source>
        <translation>Als zu überarbeiten markieren</translation>
    </message>
    <message>
        <source>⚠ Changed since approval</source>
        <translation>⚠ Seit der Freigabe geändert</translation>
    </message>
    <message>
        <source>The answer changed since it was approved</source>
        <translation>Die Antwort wurde seit der Freigabe geändert</translation>
    </message>
    <message>
        <source>The answer was edited after it was approved. Approve it again when it is right.</source>
        <translation>Die Antwort wurde nach der Freigabe bearbeitet. Geben Sie sie erneut frei, wenn sie stimmt.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Review note: what is wrong or missing, what to check…</source>
        <translation>Prüfnotiz: was falsch ist oder fehlt, was zu prüfen ist…</translation>
    </message>
    <message>
        <source>Approve this answer (%1)</source>
        <translation>Diese Antwort freigeben (%1)</translation>
    </message>
    <message>
        <source>This answer needs work (%1)</source>
        <translation>Diese Antwort muss überarbeitet werden (%1)</translation>
    </message>
    <message>
        <source>Not reviewed yet (%1)</source>
        <translation>Noch nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Review filter</source>
        <translation>Prüffilter</translation>
    </message>
    <message>
        <source>Review: all</source>
        <translation>Prüfung: alle</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Seit der Freigabe geändert</translation>
    </message>
    <message>
        <source>Review re-attached to this entry.</source>
        <translation>Prüfung an diesen Eintrag angehängt.</translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation>&amp;Prüfmodus</translation>
    </message>
    <message>
        <source>Review mode: judge each answer, with a status and a note (Ctrl+Shift+R)</source>
        <translation>Prüfmodus: jede Antwort mit Status und Notiz beurteilen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Orphaned Reviews</source>
        <translation>&amp;Verwaiste Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Needs Work</source>
        <translation>&amp;Überarbeiten</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Als &amp;ungeprüft markieren</translation>
    </message>
    <message>
        <source>Approve and &amp;Next Unreviewed</source>
        <translation>Freigeben und &amp;nächster ungeprüfter</translation>
    </message>
    <message>
        <source>Next Un&amp;reviewed</source>
        <translation>Nächster unge&amp;prüfter</translation>
    </message>
    <message>
        <source>Edit Review N&amp;ote</source>
        <translation>Prüfnoti&amp;z bearbeiten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Review tool bar</source>
        <translation>Prüf-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Choose an entry to review.</source>
        <translation>Wählen Sie einen Eintrag zum Prüfen.</translation>
    </message>
    <message>
        <source>Every entry has been reviewed.</source>
        <translation>Jeder Eintrag ist geprüft.</translation>
    </message>
    <message>
        <source>Review: %1 approved · %2 needs work · %3 unreviewed</source>
        <translation>Prüfung: %1 freigegeben · %2 zu überarbeiten · %3 ungeprüft</translation>
    </message>
    <message>
        <source> · %1 changed since approval</source>
        <translation> · %1 seit der Freigabe geändert</translation>
    </message>
    <message>
        <source> · %1 orphaned</source>
        <translation> · %1 verwaist</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reviews not saved: %1</source>
        <translation>Prüfungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Prüfungen werden geladen…</translation>
    </message>
</context>
<context>
    <name>SectionTabBar</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1
No questions: a prose section</source>
        <translation>%1
Keine Fragen: ein Prosa-Abschnitt</translation>
    </message>
    <message>
        <source>%1
%2 entries, %3 need attention</source>
        <translation>%1
%2 Einträge, %3 mit Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>SessionNotices</name>
    <message>
        <source>Unsaved changes cannot be protected against a crash: %1. Save to keep them safe.</source>
        <translation>Ungespeicherte Änderungen können nicht gegen einen Absturz geschützt werden: %1. Speichern Sie, um sie zu sichern.</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <source>Unsaved work from an untitled document (%1) was recovered after Quire stopped unexpectedly.</source>
        <translation>Ungespeicherte Arbeit aus einem unbenannten Dokument (%1) wurde wiederhergestellt, nachdem Quire unerwartet beendet wurde.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were recovered after Quire stopped unexpectedly.</source>
        <translation>Ungespeicherte Änderungen an %1 vom %2 wurden wiederhergestellt, nachdem Quire unerwartet beendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source> %n older copies stay in %1.</source>
        <translation>
            <numerusform> %n ältere Kopie bleibt in %1.</numerusform>
            <numerusform> %n ältere Kopien bleiben in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Wiederherstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recovered text restored; it is not saved yet.</source>
        <translation>Wiederhergestellter Text übernommen; er ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ve&amp;rwerfen</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 changed on disk and cannot be read: %2</source>
        <translation>%1 wurde auf der Festplatte geändert und kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Your version stays; saving will replace the one on disk.</source>
        <translation>Ihre Version bleibt; Speichern ersetzt die auf der Festplatte.</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Ihre (ungespeichert)</translation>
    </message>
    <message>
        <source>On disk now</source>
        <translation>Jetzt auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your text is still here.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben. Ihr Text ist noch hier.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Save Here Again</source>
        <translation>Hier erneut &amp;speichern</translation>
    </message>
    <message>
        <source>%1 can no longer be read (%2): changes other programs make to it are not noticed.</source>
        <translation>%1 kann nicht mehr gelesen werden (%2): Änderungen anderer Programme daran werden nicht bemerkt.</translation>
    </message>
    <message>
        <source>Another running Quire (process %1) holds unsaved changes to this document in %2. They are left to it: close that Quire to save or recover them.</source>
        <translation>Ein anderes laufendes Quire (Prozess %1) hält ungespeicherte Änderungen an diesem Dokument in %2. Sie bleiben ihm überlassen: Schließen Sie jenes Quire, um sie zu speichern oder wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>SidecarOutcome</name>
    <message>
        <source>Reviews are read-only: %1 could not be read, so changes would not be saved.</source>
        <translation>Prüfungen sind schreibgeschützt: %1 konnte nicht gelesen werden, Änderungen würden also nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1; review changes will not be saved</source>
        <translation>%1; Änderungen an Prüfungen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Reviews are read-only: %1 was written by a newer version of Quire.</source>
        <translation>Prüfungen sind schreibgeschützt: %1 wurde von einer neueren Version von Quire geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2; reviews are not shown and not saved</source>
        <translation>%1: %2; Prüfungen werden weder gezeigt noch gespeichert</translation>
    </message>
    <message>
        <source>%1: cannot be parsed: %2</source>
        <translation>%1: kann nicht geparst werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2). It was kept as %3; reviews start afresh.</source>
        <translation>%1 konnte nicht geparst werden (%2). Die Datei wurde als %3 aufbewahrt; die Prüfungen beginnen neu.</translation>
    </message>
    <message>
        <source>Reviews are read-only: %1 could not be parsed nor set aside.</source>
        <translation>Prüfungen sind schreibgeschützt: %1 konnte weder geparst noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2) nor set aside; review changes will not be saved</source>
        <translation>%1 konnte weder geparst (%2) noch beiseitegelegt werden; Änderungen an Prüfungen werden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SimilarQuestionsPanel</name>
    <message>
        <source>Similar question pairs</source>
        <translation>Paare ähnlicher Fragen</translation>
    </message>
    <message>
        <source>First question and answer</source>
        <translation>Erste Frage und Antwort</translation>
    </message>
    <message>
        <source>Second question and answer</source>
        <translation>Zweite Frage und Antwort</translation>
    </message>
    <message>
        <source>Go to the first question</source>
        <translation>Zur ersten Frage gehen</translation>
    </message>
    <message>
        <source>Go to the second question</source>
        <translation>Zur zweiten Frage gehen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusa&amp;mmenführen</translation>
    </message>
    <message>
        <source>Merge the two entries</source>
        <translation>Die beiden Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Keep the First, Remove the Second</source>
        <translation>Die erste behalten, die zweite entfernen</translation>
    </message>
    <message>
        <source>Keep the Second, Remove the First</source>
        <translation>Die zweite behalten, die erste entfernen</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Kein Duplikat</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Kein Duplikat</translation>
    </message>
    <message>
        <source>Remembered in the review file beside the document; the pair is not listed again</source>
        <translation>Wird in der Prüfdatei neben dem Dokument vermerkt; das Paar wird nicht wieder aufgeführt</translation>
    </message>
    <message>
        <source>%1% · #%2 %3  ↔  #%4 %5</source>
        <translation>%1 % · #%2 %3  ↔  #%4 %5</translation>
    </message>
    <message>
        <source>No similar questions.</source>
        <translation>Keine ähnlichen Fragen.</translation>
    </message>
    <message>
        <source> %1 pairs marked as not duplicates.</source>
        <translation> %1 Paare als kein Duplikat markiert.</translation>
    </message>
    <message>
        <source>%1 pairs of similar questions, most similar first.</source>
        <translation>%1 Paare ähnlicher Fragen, ähnlichste zuerst.</translation>
    </message>
    <message>
        <source> %1 marked as not duplicates are hidden.</source>
        <translation> %1 als kein Duplikat markierte sind ausgeblendet.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Go to #%1</source>
        <translation>Zu #%1 gehen</translation>
    </message>
    <message>
        <source>Keep #%1, Remove #%2</source>
        <translation>#%1 behalten, #%2 entfernen</translation>
    </message>
    <message>
        <source>Go to Fir&amp;st</source>
        <translation>Zur &amp;ersten</translation>
    </message>
    <message>
        <source>Go to Se&amp;cond</source>
        <translation>Zur &amp;zweiten</translation>
    </message>
    <message>
        <source>Looking for similar questions…</source>
        <translation>Ähnliche Fragen werden gesucht…</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Rechtschreibung &amp;prüfen</translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation>Keine Wörterbücher installiert</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionaries installed.</source>
        <translation>Die Rechtschreibprüfung ist aus: keine Wörterbücher installiert.</translation>
    </message>
</context>
<context>
    <name>StackedBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>%1: %2 — click to list them</source>
        <translation>%1: %2 — klicken, um sie aufzulisten</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Von der Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to &amp;Section…</source>
        <translation>In &amp;Abschnitt verschieben…</translation>
    </message>
    <message>
        <source>Add Sec&amp;tion…</source>
        <translation>Abschnitt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>Abschnitt u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>&amp;Next Needing Attention</source>
        <translation>&amp;Nächster mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Previous Needing Attention</source>
        <translation>&amp;Vorheriger mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Next &amp;Entry</source>
        <translation>Nächster &amp;Eintrag</translation>
    </message>
    <message>
        <source>Previous E&amp;ntry</source>
        <translation>Vorheri&amp;ger Eintrag</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>Nächster &amp;Abschnitt</translation>
    </message>
    <message>
        <source>Previous Se&amp;ction</source>
        <translation>Vorheriger A&amp;bschnitt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation>Ü&amp;ber Quire</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation>Über Quire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Author, review and export a markdown question-and-answer document as context for an LLM.&lt;/p&gt;&lt;p&gt;Qt %2 · cmark %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Ein Markdown-Dokument mit Fragen und Antworten schreiben, prüfen und als Kontext für ein LLM exportieren.&lt;/p&gt;&lt;p&gt;Qt %2 · cmark %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Token &amp;Encoding</source>
        <translation>Token-&amp;Kodierung</translation>
    </message>
    <message>
        <source>%1 (GPT-4o and later)</source>
        <translation>%1 (GPT-4o und neuer)</translation>
    </message>
    <message>
        <source>%1 (GPT-4, GPT-3.5)</source>
        <translation>%1 (GPT-4, GPT-3.5)</translation>
    </message>
</context>
<context>
    <name>WindowNavigation</name>
    <message>
        <source>This document has no sections yet. Use Edit → Add Section.</source>
        <translation>Dieses Dokument hat noch keine Abschnitte. Verwenden Sie Bearbeiten → Abschnitt hinzufügen.</translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation>Abschnitt %1 von %2</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <source> · line %1</source>
        <translation> · Zeile %1</translation>
    </message>
    <message>
        <source>No entry needs attention.</source>
        <translation>Kein Eintrag hat Handlungsbedarf.</translation>
    </message>
    <message>
        <source>Continued from the start.</source>
        <translation>Am Anfang fortgesetzt.</translation>
    </message>
    <message>
        <source>Continued from the end.</source>
        <translation>Am Ende fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author, review and export a markdown Q&amp;A document.</source>
        <translation>Ein Markdown-Dokument mit Fragen und Antworten schreiben, prüfen und exportieren.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The document to open.</source>
        <translation>Das zu öffnende Dokument.</translation>
    </message>
</context>
</TS>
