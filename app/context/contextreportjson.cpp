#include "app/context/contextreportjson.h"

#include "app/context/contextresult.h"
#include "app/export/exportescaper.h"

namespace {

void string(QByteArray &out, const char *key, const QString &value)
{
    out.append('"').append(key).append("\":\"");
    ExportEscaper::appendJsonString(out, value.toUtf8());
    out.append('"');
}

void number(QByteArray &out, const char *key, qsizetype value)
{
    out.append('"').append(key).append("\":").append(QByteArray::number(value));
}

void doc(QByteArray &out, const ContextDoc &doc)
{
    out.append('{');
    string(out, "title", doc.title);
    out.append(',');
    string(out, "url", doc.url);
    out.append(',');
    if (doc.path.isEmpty())
        out.append("\"path\":null");
    else
        string(out, "path", doc.path);
    out.append(',');
    string(out, "kind", ContextResult::kindName(doc.kind));
    out.append(',');
    number(out, "tokens", doc.tokens);
    out.append(',');
    string(out, "status", ContextResult::statusName(doc.status));
    out.append('}');
}

} // namespace

QByteArray ContextReportJson::toJson(const ContextResult &result)
{
    QByteArray out = "{";
    string(out, "file", result.file);
    out.append(',');
    string(out, "title", result.title);
    out.append(',');
    string(out, "encoding", TokenEncodings::name(result.encoding));
    out.append(',');
    number(out, "tokens", result.tokens);
    out.append(",\"sections\":[");
    bool firstSection = true;
    for (const ContextSection &section : result.sections) {
        if (!section.included)
            continue;
        if (!firstSection)
            out.append(',');
        firstSection = false;
        out.append('{');
        string(out, "name", section.name);
        out.append(section.optional ? ",\"optional\":true," : ",\"optional\":false,");
        number(out, "tokens", section.tokens);
        out.append(",\"docs\":[");
        for (int i = 0; i < section.docs.size(); ++i) {
            if (i > 0)
                out.append(',');
            doc(out, section.docs[i]);
        }
        out.append("]}");
    }
    out.append("],\"warnings\":[");
    for (int i = 0; i < result.warnings.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('{');
        number(out, "line", result.warnings[i].line);
        out.append(',');
        string(out, "message", result.warnings[i].message);
        out.append('}');
    }
    out.append("]}\n");
    return out;
}
