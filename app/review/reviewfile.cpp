#include "app/review/reviewfile.h"

#include "app/base/jsonreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cstdio>

namespace {

// The inside of a JSON string literal, from UTF-8.
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    // Most texts need no escape: copy them whole.
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    if (plain) {
        out += utf8;
        return;
    }
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
}

// A JSON string literal, any text. Non-ASCII text stays readable UTF-8. An
// unpaired surrogate (only a hand-written escape such as \ud800 gives one)
// has no UTF-8 form: it is written as that escape again, so it reads back as read.
void appendEscapedString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            appendEscaped(out, QStringView(text).mid(from, i - from).toUtf8());
            out += "\\u" + QByteArray::number(text[i].unicode(), 16);
            from = i + 1;
        }
    }
    appendEscaped(out, from == 0 ? text.toUtf8() : QStringView(text).mid(from).toUtf8());
    out += '"';
}

// The same, straight into the buffer in one pass for the usual text (plain
// ASCII): no temporary UTF-8 copy of each of 200,000 strings.
void appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80 || u < 0x20 || u == '"' || u == '\\') {
            out.truncate(start);
            appendEscapedString(out, text);
            return;
        }
        *cursor++ = char(u);
    }
    *cursor = '"';
}

void appendKey(QByteArray &out, const char *key, bool first)
{
    if (!first)
        out += ", ";
    out += '"';
    out += key;
    out += "\": ";
}

void appendField(QByteArray &out, const char *key, const QString &value, bool first = false)
{
    appendKey(out, key, first);
    appendString(out, value);
}

// A field whose value needs no escaping (a status name, a hash, a time).
void appendPlainField(QByteArray &out, const char *key, QByteArrayView value)
{
    appendKey(out, key, false);
    out += '"';
    out += value;
    out += '"';
}

// "2026-11-27T21:30:05Z", as Qt::ISODate writes a UTC time, without its
// general formatter: a sidecar of 100,000 reviews writes 100,000 of them.
QByteArray timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QByteArray();
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODate).toLatin1();
    char text[24];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                                date.day(), clock.hour(), clock.minute(), clock.second());
    return QByteArray(text, n);
}

// A time read from the file as the writer would write it back (UTC, whole
// seconds), so what is read survives a write; invalid where the writer
// could not write it.
QDateTime asWritten(const QDateTime &time)
{
    return QDateTime::fromString(timeText(time), Qt::ISODate);
}

} // namespace

QString ReviewFile::sidecarPath(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".review.json"));
}

QByteArray ReviewFile::serialize(const Content &content)
{
    QByteArray out;
    serialize(content, [&out](const QByteArray &piece) {
        out += piece;
        return true;
    });
    return out;
}

void ReviewFile::serialize(const Content &content, const std::function<bool(const QByteArray &)> &sink)
{
    // Pieces of about a megabyte, each handed on as it fills: a sidecar of
    // 70 MB is never held whole (allocating and zeroing that much memory
    // took longer than writing it).
    constexpr qsizetype pieceBytes = 1 << 20;
    QByteArray out;
    out.reserve(pieceBytes + (pieceBytes >> 2));
    const auto handOn = [&out, &sink](bool last) {
        if (out.size() < pieceBytes && !last)
            return true;
        const bool ok = sink(out);
        out.truncate(0); // keeps the buffer
        return ok;
    };
    out += "{\n  \"format\": \"quire-review\",\n  \"version\": ";
    out += QByteArray::number(formatVersion);
    out += ",\n  \"records\": [";
    bool first = true;
    for (const ReviewRecord &record : content.records) {
        out += first ? "\n    {" : ",\n    {";
        first = false;
        appendField(out, "question", record.question, true);
        appendPlainField(out, "status", reviewStatusName(record.status).toLatin1());
        appendField(out, "note", record.note);
        appendPlainField(out, "reviewed_at", timeText(record.reviewedAt));
        if (!record.approvedHash.isEmpty())
            appendField(out, "approved_hash", QString::fromLatin1(record.approvedHash)); // read from the file: escaped
        if (record.probe)
            out += ", \"probe\": true";
        else if (record.notProbe)
            out += ", \"probe\": false"; // an exception to its section's mark
        out += '}';
        if (!handOn(false))
            return;
    }
    out += first ? "],\n" : "\n  ],\n";
    out += "  \"dismissed_similar\": [";
    first = true;
    for (const Pair &pair : content.dismissed) {
        out += first ? "\n    {" : ",\n    {";
        first = false;
        appendField(out, "a", pair.first, true);
        appendField(out, "b", pair.second);
        out += '}';
        if (!handOn(false))
            return;
    }
    out += first ? "]" : "\n  ]";
    if (!content.probeSections.empty()) {
        out += ",\n  \"probe_sections\": [";
        first = true;
        for (const QString &key : content.probeSections) {
            out += first ? "\n    " : ",\n    ";
            first = false;
            appendString(out, key);
        }
        out += "\n  ]";
    }
    out += "\n}\n";
    handOn(true);
}

ReviewFile::ParseResult ReviewFile::parse(const QByteArray &bytes, Content *content, QString *reason)
{
    *content = Content();
    QJsonParseError error;
    const QJsonDocument json = JsonReader::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *reason = QObject::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return ParseResult::Corrupt;
    }
    if (!json.isObject()) {
        *reason = QObject::tr("not a JSON object");
        return ParseResult::Corrupt;
    }
    const QJsonObject root = json.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("quire-review")) {
        *reason = QObject::tr("\"format\" is not \"quire-review\"");
        return ParseResult::Corrupt;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        *reason = QObject::tr("no valid \"version\"");
        return ParseResult::Corrupt;
    }
    if (version.toInt() > formatVersion) {
        *reason = QObject::tr("written by a newer Quire (format version %1)").arg(version.toInt());
        return ParseResult::TooNew;
    }
    const QJsonValue records = root.value(QLatin1String("records"));
    if (!records.isArray()) {
        *reason = QObject::tr("\"records\" is not a list");
        return ParseResult::Corrupt;
    }
    int index = 0;
    for (const QJsonValue &value : records.toArray()) {
        ++index;
        const QJsonObject object = value.toObject();
        ReviewRecord record;
        const QJsonValue question = object.value(QLatin1String("question"));
        const QJsonValue status = object.value(QLatin1String("status"));
        if (!value.isObject() || !question.isString() || !status.isString()
            || !parseReviewStatus(status.toString(), &record.status)) {
            *reason = QObject::tr("record %1 has no valid \"question\" and \"status\"").arg(index);
            return ParseResult::Corrupt;
        }
        record.question = question.toString();
        record.note = object.value(QLatin1String("note")).toString();
        const QString at = object.value(QLatin1String("reviewed_at")).toString();
        if (!at.isEmpty()) {
            record.reviewedAt = asWritten(QDateTime::fromString(at, Qt::ISODate));
            if (!record.reviewedAt.isValid()) {
                *reason = QObject::tr("record %1 has an invalid \"reviewed_at\"").arg(index);
                return ParseResult::Corrupt;
            }
        }
        if (record.status == ReviewStatus::Approved)
            record.approvedHash = object.value(QLatin1String("approved_hash")).toString().toLatin1();
        const QJsonValue probe = object.value(QLatin1String("probe"));
        if (!probe.isUndefined() && !probe.isBool()) {
            *reason = QObject::tr("record %1 has a \"probe\" that is not true or false").arg(index);
            return ParseResult::Corrupt;
        }
        record.probe = probe.toBool();
        record.notProbe = probe.isBool() && !probe.toBool();
        content->records.push_back(record);
    }
    const QJsonValue dismissed = root.value(QLatin1String("dismissed_similar"));
    if (!dismissed.isUndefined() && !dismissed.isArray()) {
        *reason = QObject::tr("\"dismissed_similar\" is not a list");
        return ParseResult::Corrupt;
    }
    for (const QJsonValue &value : dismissed.toArray()) {
        const QString a = value.toObject().value(QLatin1String("a")).toString();
        const QString b = value.toObject().value(QLatin1String("b")).toString();
        if (a.isEmpty() || b.isEmpty()) {
            *reason = QObject::tr("a dismissed pair has no \"a\" and \"b\"");
            return ParseResult::Corrupt;
        }
        content->dismissed.emplace_back(a, b);
    }
    const QJsonValue probeSections = root.value(QLatin1String("probe_sections"));
    if (!probeSections.isUndefined() && !probeSections.isArray()) {
        *reason = QObject::tr("\"probe_sections\" is not a list");
        return ParseResult::Corrupt;
    }
    for (const QJsonValue &value : probeSections.toArray()) {
        if (!value.isString()) {
            *reason = QObject::tr("a probe section is not a text");
            return ParseResult::Corrupt;
        }
        content->probeSections.push_back(value.toString());
    }
    return ParseResult::Ok;
}
