#include "candidatechecks.h"
#include "quotedtext.h"

#include "app/compare/candidatereader.h"
#include "app/document/qadocument.h"
#include "app/export/contextexporter.h"
#include "app/export/exportescaper.h"

#include <array>
#include <optional>

namespace {

using Candidates = QList<CandidateAnswer>;
using Format = CandidateReader::Format;

const QString fileName = QStringLiteral("candidates");

QString formatName(Format format)
{
    switch (format) {
    case Format::Detect: return QStringLiteral("detect");
    case Format::Jsonl: return QStringLiteral("jsonl");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Markdown: return QStringLiteral("markdown");
    }
    return QStringLiteral("?");
}

std::optional<Candidates> read(const QByteArray &bytes, Format format, QString *error)
{
    return CandidateReader::fromBytes(bytes, format, fileName, error);
}

// Where two lists differ (question and answer; lines too when `lines`).
QString difference(const Candidates &a, const Candidates &b, bool lines)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 candidates, then %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].question != b[i].question)
            return QStringLiteral("candidate %1: question %2, then %3")
                .arg(i + 1).arg(quotedText(a[i].question), quotedText(b[i].question));
        if (a[i].answer != b[i].answer)
            return QStringLiteral("candidate %1: answer %2, then %3")
                .arg(i + 1).arg(quotedText(a[i].answer), quotedText(b[i].answer));
        if (lines && a[i].line != b[i].line)
            return QStringLiteral("candidate %1: line %2, then %3").arg(i + 1).arg(a[i].line).arg(b[i].line);
    }
    return {};
}

// Lines as any of the readers may count them: \n, \r\n and a lone \r each
// end one.
int lineCount(const QByteArray &bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

QString invariants(const Candidates &candidates, const QByteArray &bytes)
{
    if (candidates.isEmpty())
        return QStringLiteral("accepted with no candidates");
    const int lines = lineCount(bytes);
    int previous = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const CandidateAnswer &c = candidates[i];
        if (c.question.trimmed().isEmpty())
            return QStringLiteral("candidate %1 (line %2): a blank question %3")
                .arg(i + 1).arg(c.line).arg(quotedText(c.question));
        if (c.line < 1 || c.line > lines)
            return QStringLiteral("candidate %1: line %2 outside the file's %3 lines").arg(i + 1).arg(c.line).arg(lines);
        if (c.line <= previous)
            return QStringLiteral("candidate %1: line %2 after line %3").arg(i + 1).arg(c.line).arg(previous);
        previous = c.line;
    }
    return {};
}

// One line per candidate in the jsonl export's shape, escaped by the
// export's own JSON writer.
QByteArray asJsonl(const Candidates &candidates)
{
    QByteArray out;
    int id = 0;
    for (const CandidateAnswer &c : candidates) {
        out += "{\"id\":\"c" + QByteArray::number(++id) + "\",\"input\":\"";
        ExportEscaper::appendJsonString(out, c.question.toUtf8());
        out += "\",\"section\":\"\",\"target\":\"";
        ExportEscaper::appendJsonString(out, c.answer.toUtf8());
        out += "\"}\n";
    }
    return out;
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    field.replace("\"", "\"\"");
    return '"' + field + '"';
}

QByteArray asCsv(const Candidates &candidates)
{
    QByteArray out = "question,answer\r\n";
    for (const CandidateAnswer &c : candidates)
        out += csvField(c.question) + ',' + csvField(c.answer) + "\r\n";
    return out;
}

Candidates numbered(Candidates candidates, int firstLine)
{
    for (CandidateAnswer &c : candidates)
        c.line = firstLine++;
    return candidates;
}

QString rereadAs(const QByteArray &written, Format format, const Candidates &expected, bool lines,
                 const QString &what)
{
    QString error;
    const std::optional<Candidates> reread = read(written, format, &error);
    if (!reread)
        return QStringLiteral("%1, read again: refused (%2); written:\n%3")
            .arg(what, error, QString::fromUtf8(written));
    if (const QString diff = difference(expected, *reread, lines); !diff.isEmpty())
        return QStringLiteral("%1, read again: %2").arg(what, diff);
    return {};
}

// The markdown file's answered entries through the jsonl export.
QString markdownRoundTrip(const QByteArray &bytes, const Candidates &candidates)
{
    LoadError loadError;
    const std::optional<QaDocument> document = QaDocument::fromBytes(bytes, fileName, &loadError);
    if (!document)
        return QStringLiteral("the reader accepted markdown the document refuses: ") + loadError.message;
    ExportOptions options;
    options.format = ExportOptions::Format::Jsonl;
    const QByteArray exported = ContextExporter::exportBytes(*document, options);
    Candidates expected = candidates;
    for (CandidateAnswer &c : expected) {
        c.question = c.question.trimmed();
        c.answer = c.answer.trimmed();
    }
    return rereadAs(exported, Format::Jsonl, numbered(expected, 1), true,
                    QStringLiteral("exported as jsonl"));
}

} // namespace

QString CandidateChecks::check(const QByteArray &input)
{
    if (input.isEmpty())
        return {};
    const Format chosen = std::array{Format::Detect, Format::Jsonl, Format::Csv, Format::Markdown}[uchar(input[0]) & 3];
    const QByteArray bytes = input.mid(1);
    const Format format = chosen == Format::Detect ? CandidateReader::detect(fileName, bytes) : chosen;
    const QString as = QStringLiteral("read as %1 (%2): ").arg(formatName(format), formatName(chosen));

    QString error;
    const std::optional<Candidates> result = read(bytes, chosen, &error);
    QString errorAgain;
    const std::optional<Candidates> again = read(bytes, chosen, &errorAgain);
    if (bool(result) != bool(again) || error != errorAgain)
        return as + QStringLiteral("read twice: %1, then %2").arg(result ? QStringLiteral("accepted") : error,
                                                                  again ? QStringLiteral("accepted") : errorAgain);
    if (!result) {
        if (!error.startsWith(fileName + QStringLiteral(": ")) || error.size() <= fileName.size() + 2)
            return as + QStringLiteral("refused with a message that does not name the file: ") + quotedText(error);
        return {};
    }
    if (const QString diff = difference(*result, *again, true); !diff.isEmpty())
        return as + QStringLiteral("read twice: ") + diff;
    if (const QString broken = invariants(*result, bytes); !broken.isEmpty())
        return as + broken;

    QString failure;
    switch (format) {
    case Format::Jsonl:
        failure = rereadAs(asJsonl(*result), Format::Jsonl, numbered(*result, 1), true,
                           QStringLiteral("written as jsonl"));
        break;
    case Format::Csv:
        // Lines are not compared: a field's line breaks are kept in quotes.
        failure = rereadAs(asCsv(*result), Format::Csv, *result, false,
                           QStringLiteral("written as RFC 4180 csv"));
        break;
    case Format::Markdown:
    case Format::Detect:
        failure = markdownRoundTrip(bytes, *result);
        break;
    }
    return failure.isEmpty() ? QString() : as + failure;
}
