#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// One answer proposed from elsewhere (a model's output, a colleague's
// draft) for a question.
struct CandidateAnswer
{
    QString question;
    QString answer;
    int line = 0; // 1-based line in the candidates file where it starts
};

// Reads candidate answers from a file:
// - JSONL: one object per line with `question` and `answer`, or `input`
//   with `target` or `output` as evaluation tools write them (the first
//   present of answer, target, output is the answer);
// - CSV with a header row (RFC 4180: quoted fields, "" for a quote,
//   line breaks inside quotes); columns question/input and
//   answer/target/output, case-insensitive;
// - a Q&A markdown document (read with QaDocument): entries with an answer.
// Bad input is refused as a whole with a message naming the line.
class CandidateReader
{
    Q_DECLARE_TR_FUNCTIONS(CandidateReader)

public:
    enum class Format { Detect, Jsonl, Csv, Markdown };

    static std::optional<QList<CandidateAnswer>> fromFile(const QString &path, QString *error);
    static std::optional<QList<CandidateAnswer>> fromBytes(const QByteArray &bytes, Format format,
                                                           const QString &name, QString *error);
    // By the file name's extension, else by the first character of the content.
    static Format detect(const QString &name, const QByteArray &bytes);

private:
    static std::optional<QList<CandidateAnswer>> readJsonl(const QByteArray &bytes, QString *error);
    static std::optional<QList<CandidateAnswer>> readCsv(const QByteArray &bytes, QString *error);
    static std::optional<QList<CandidateAnswer>> readMarkdown(const QByteArray &bytes, const QString &name,
                                                              QString *error);
};
