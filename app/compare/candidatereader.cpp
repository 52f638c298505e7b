#include "app/compare/candidatereader.h"

#include "app/base/jsonreader.h"
#include "app/base/regularfile.h"

#include "app/document/qadocument.h"
#include "app/base/utf8validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// An escape such as \ud800 without its pair reads as half a character: no
// UTF-8 form, so it would not survive being shown, compared or saved.
bool hasUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

// A JSON value as answer text: a string, or the strings of an array (some
// tools write several reference answers; the first is taken). Not text: any
// other value, or a string with an unpaired surrogate.
std::optional<QString> textOf(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty() || !array.first().isString())
            return std::nullopt;
        text = array.first().toString();
    } else {
        return std::nullopt;
    }
    if (hasUnpairedSurrogate(text))
        return std::nullopt;
    return text;
}

// Column names as written in candidate files, lower case.
const QStringList questionNames = {QStringLiteral("question"), QStringLiteral("input")};
const QStringList answerNames = {QStringLiteral("answer"), QStringLiteral("target"), QStringLiteral("output")};

} // namespace

CandidateReader::Format CandidateReader::detect(const QString &name, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
        return Format::Jsonl;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    const QByteArray start = bytes.left(4096).trimmed();
    if (start.startsWith('{'))
        return Format::Jsonl;
    if (start.contains("**Question:**") || start.startsWith('#'))
        return Format::Markdown;
    return Format::Csv;
}

std::optional<QList<CandidateAnswer>> CandidateReader::fromFile(const QString &path, QString *error)
{
    QByteArray bytes;
    QString why;
    if (!RegularFile::readAll(path, &bytes, &why)) {
        fail(error, tr("Cannot read %1").arg(why));
        return std::nullopt;
    }
    return fromBytes(bytes, Format::Detect, path, error);
}

std::optional<QList<CandidateAnswer>> CandidateReader::fromBytes(const QByteArray &bytes, Format format,
                                                                 const QString &name, QString *error)
{
    if (format == Format::Detect)
        format = detect(name, bytes);
    QString why;
    std::optional<QList<CandidateAnswer>> result;
    if (format != Format::Markdown) { // QaDocument checks its own input
        const Utf8Validator::Result check = Utf8Validator::check(bytes);
        if (!check.ok()) {
            fail(error, (check.problem == Utf8Validator::Problem::NulByte
                             ? tr("%1: a NUL byte at byte offset %2; not a text file")
                             : tr("%1: not valid UTF-8 at byte offset %2"))
                            .arg(QFileInfo(name).fileName()).arg(check.offset));
            return std::nullopt;
        }
    }
    switch (format) {
    case Format::Jsonl: result = readJsonl(bytes, &why); break;
    case Format::Csv: result = readCsv(bytes, &why); break;
    case Format::Markdown:
    case Format::Detect: result = readMarkdown(bytes, name, &why); break;
    }
    if (!result)
        fail(error, QFileInfo(name).fileName() + QStringLiteral(": ") + why);
    return result;
}

std::optional<QList<CandidateAnswer>> CandidateReader::readJsonl(const QByteArray &bytes, QString *error)
{
    QList<CandidateAnswer> out;
    int lineNumber = 0;
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.mid(pos, end - pos).trimmed();
        pos = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = JsonReader::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(error, tr("line %1: not valid JSON (%2 at column %3)")
                            .arg(lineNumber).arg(parseError.errorString()).arg(parseError.offset + 1));
            return std::nullopt;
        }
        if (!json.isObject()) {
            fail(error, tr("line %1: expected a JSON object").arg(lineNumber));
            return std::nullopt;
        }
        const QJsonObject object = json.object();
        CandidateAnswer candidate;
        candidate.line = lineNumber;
        bool hasQuestion = false, hasAnswer = false;
        for (const QString &key : questionNames) {
            if (object.contains(key)) {
                const std::optional<QString> text = textOf(object.value(key));
                if (!text) {
                    fail(error, tr("line %1: \"%2\" is not text").arg(lineNumber).arg(key));
                    return std::nullopt;
                }
                candidate.question = *text;
                hasQuestion = true;
                break;
            }
        }
        for (const QString &key : answerNames) {
            if (object.contains(key)) {
                const std::optional<QString> text = textOf(object.value(key));
                if (!text) {
                    fail(error, tr("line %1: \"%2\" is not text").arg(lineNumber).arg(key));
                    return std::nullopt;
                }
                candidate.answer = *text;
                hasAnswer = true;
                break;
            }
        }
        if (!hasQuestion) {
            fail(error, tr("line %1: no \"question\" or \"input\" field").arg(lineNumber));
            return std::nullopt;
        }
        if (!hasAnswer) {
            fail(error, tr("line %1: no \"answer\", \"target\" or \"output\" field").arg(lineNumber));
            return std::nullopt;
        }
        if (candidate.question.trimmed().isEmpty()) {
            fail(error, tr("line %1: the question is empty").arg(lineNumber));
            return std::nullopt;
        }
        out.append(candidate);
    }
    if (out.isEmpty()) {
        fail(error, tr("no candidate answers in the file"));
        return std::nullopt;
    }
    return out;
}

std::optional<QList<CandidateAnswer>> CandidateReader::readCsv(const QByteArray &bytes, QString *error)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Records as fields, each with the line it starts on.
    struct Record
    {
        QStringList fields;
        int line = 0;
    };
    QList<Record> records;
    Record current{{}, 1};
    QString field;
    int line = 1;
    bool inQuotes = false, quotedField = false, afterQuote = false;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        quotedField = false;
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records.append(current);
        current = Record{{}, line};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Line breaks inside a field become \n whatever the file uses.
                if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                    continue;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || quotedField) {
                fail(error, tr("line %1: a quote inside a field that does not start with one "
                               "(write the field in quotes and double the quote)").arg(line));
                return std::nullopt;
            }
            inQuotes = true;
            quotedField = true;
            quoteLine = line;
        } else {
            if (afterQuote) {
                fail(error, tr("line %1: text after the closing quote of a field").arg(line));
                return std::nullopt;
            }
            field += c;
        }
    }
    if (inQuotes) {
        fail(error, tr("line %1: a quoted field is never closed").arg(quoteLine));
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || quotedField)
        endRecord();

    if (records.isEmpty()) {
        fail(error, tr("the file is empty; expected a header row such as question,answer"));
        return std::nullopt;
    }
    const Record &header = records.first();
    int questionColumn = -1, answerColumn = -1, answerRank = answerNames.size();
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields[c].trimmed().toLower();
        if (questionColumn < 0 && questionNames.contains(name))
            questionColumn = c;
        const int rank = int(answerNames.indexOf(name));
        if (rank >= 0 && rank < answerRank) {
            answerColumn = c;
            answerRank = rank;
        }
    }
    if (questionColumn < 0 || answerColumn < 0) {
        fail(error, tr("line %1: the header row needs a question (or input) column and an answer "
                       "(or target, output) column; it has: %2")
                        .arg(header.line).arg(header.fields.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QList<CandidateAnswer> out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        if (record.fields.size() != header.fields.size()) {
            fail(error, tr("line %1: %2 fields, but the header has %3")
                            .arg(record.line).arg(record.fields.size()).arg(header.fields.size()));
            return std::nullopt;
        }
        const QString question = record.fields[questionColumn];
        if (question.trimmed().isEmpty()) {
            fail(error, tr("line %1: the question is empty").arg(record.line));
            return std::nullopt;
        }
        out.append({question, record.fields[answerColumn], record.line});
    }
    if (out.isEmpty()) {
        fail(error, tr("no candidate answers after the header row"));
        return std::nullopt;
    }
    return out;
}

std::optional<QList<CandidateAnswer>> CandidateReader::readMarkdown(const QByteArray &bytes, const QString &name,
                                                                    QString *error)
{
    LoadError loadError;
    const std::optional<QaDocument> document = QaDocument::fromBytes(bytes, name, &loadError);
    if (!document) {
        fail(error, loadError.message);
        return std::nullopt;
    }
    QList<CandidateAnswer> out;
    for (const EntryRef &ref : document->allEntries()) {
        const QaEntry &entry = document->entry(ref);
        if (entry.status() != EntryStatus::Answered)
            continue;
        // As in JSONL and CSV: a candidate without a question matches nothing.
        if (entry.question().trimmed().isEmpty()) {
            fail(error, tr("line %1: the question is empty").arg(entry.line()));
            return std::nullopt;
        }
        out.append({entry.question(), entry.answer(), entry.line()});
    }
    if (out.isEmpty()) {
        fail(error, tr("no answered **Question:** / **Answer:** entries in the document"));
        return std::nullopt;
    }
    return out;
}
