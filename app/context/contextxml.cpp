#include "app/context/contextxml.h"

#include "app/export/exportescaper.h"

#include <QRegularExpression>
#include <QStringList>

QByteArray ContextXml::attribute(const QString &value)
{
    QByteArray escaped;
    ExportEscaper::appendXmlText(escaped, value.toUtf8());
    QByteArray out;
    out.reserve(escaped.size());
    for (char c : std::as_const(escaped)) {
        switch (c) {
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\n': out.append("&#10;"); break;
        case '\r': out.append("&#13;"); break;
        case '\t': out.append("&#9;"); break;
        default: out.append(c);
        }
    }
    return out;
}

void ContextXml::openProject(QByteArray &out, const QString &title, const QString &summary)
{
    out.append("<project title=\"" + attribute(title) + '"');
    if (!summary.isEmpty())
        out.append(" summary=\"" + attribute(summary) + '"');
    out.append(">\n");
}

void ContextXml::closeProject(QByteArray &out)
{
    out.append("</project>\n");
}

void ContextXml::text(QByteArray &out, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return;
    ExportEscaper::appendXmlText(out, utf8);
    if (!out.endsWith('\n'))
        out.append('\n');
}

QString ContextXml::sectionTag(const QString &name)
{
    static const QRegularExpression xmlName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (!xmlName.match(name).hasMatch() || name.startsWith(QLatin1String("xml"), Qt::CaseInsensitive))
        return {};
    static const QStringList ours = {QStringLiteral("project"), QStringLiteral("doc"), QStringLiteral("section")};
    return ours.contains(name, Qt::CaseInsensitive) ? QString() : name;
}

void ContextXml::openSection(QByteArray &out, const QString &name)
{
    const QString tag = sectionTag(name);
    out.append(tag.isEmpty() ? "<section name=\"" + attribute(name) + "\">\n" : '<' + tag.toUtf8() + ">\n");
}

void ContextXml::closeSection(QByteArray &out, const QString &name)
{
    const QString tag = sectionTag(name);
    out.append(tag.isEmpty() ? QByteArray("</section>\n") : "</" + tag.toUtf8() + ">\n");
}

void ContextXml::doc(QByteArray &out, const QString &title, const QString &notes, QByteArrayView utf8Content)
{
    out.append("<doc title=\"" + attribute(title) + '"');
    if (!notes.isEmpty())
        out.append(" desc=\"" + attribute(notes) + '"');
    out.append(">\n");
    text(out, utf8Content);
    out.append("</doc>\n");
}
