#pragma once

#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/overriderecord.h"
#include "app/rehearsal/runrecord.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// NAME.runs.jsonl beside the document: every rehearsal run, appended line by
// line. Each line is written with one write(), then flushed to disk
// (fsync) before the next answer is taken, so a Quire killed mid-run keeps
// every answer it had recorded; a line torn by the kill is skipped when the
// file is read, and the next append starts on a line of its own.
class RunsFile
{
public:
    struct Run
    {
        RunRecord run;
        std::vector<AnswerRecord> answers;
    };
    struct Content
    {
        std::vector<Run> runs; // in file order
        std::vector<OverrideRecord> overrides; // of answers above, in file order
        int skippedLines = 0;  // not JSON, or not a line Quire writes (a torn last line)
        // The user's verdict for that answer, the last override wins.
        std::optional<Verdict> overrideFor(const QString &run, const QString &questionKey) const;
        // The answer's verdict with the user's override applied.
        Verdict verdictOf(const AnswerRecord &answer) const;
    };

    explicit RunsFile(const QString &path);
    ~RunsFile();
    RunsFile(const RunsFile &) = delete;
    RunsFile &operator=(const RunsFile &) = delete;

    // "notes.md" -> "notes.runs.jsonl" in the same folder.
    static QString pathFor(const QString &documentPath);

    // Appends one line (ending in "\n") and syncs it; false with `error`
    // (naming the file) when it could not be written.
    bool append(const QByteArray &line, QString *error);
    QString path() const { return m_path; }

    static Content read(const QString &path, QString *error = nullptr);
    static Content parse(const QByteArray &bytes);

private:
    bool open(QString *error);
    QString m_path;
    int m_fd = -1;
};
