#pragma once

// The exports written the plain way: per entry through QString
// (question().trimmed(), ...), XML escaping by replace(), and jsonl through
// QJsonDocument. ContextExporter writes UTF-8 bytes in one pass for speed;
// tst_export holds it to produce exactly what this formulation produces.

#include "app/export/exportoptions.h"
#include "app/document/qadocument.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ReferenceExporter {

inline QString xmlSafe(const QString &text)
{
    QString out;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF)
            continue;
        out.append(ch);
    }
    return out;
}

inline QString escapeText(const QString &text)
{
    QString out = xmlSafe(text);
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1String("]]>"), QLatin1String("]]&gt;"));
    return out;
}

inline QString escapeAttribute(const QString &text)
{
    QString out = escapeText(text);
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    out.replace(QLatin1Char('\n'), QLatin1String("&#10;"));
    out.replace(QLatin1Char('\t'), QLatin1String("&#9;"));
    return out;
}

inline QString entryMarkdown(const QaEntry &entry, bool withAnswer)
{
    QString out = QStringLiteral("**Question:** ") + entry.question().trimmed() + QStringLiteral("\n");
    if (withAnswer)
        out += QStringLiteral("\n**Answer:** ") + entry.answer().trimmed() + QStringLiteral("\n");
    return out;
}

struct Selection
{
    QList<EntryRef> answered, open;
};

inline Selection select(const QaDocument &document, int section, const ExportOptions &options)
{
    Selection selection;
    const QaSection &s = document.section(section);
    for (int i = 0; i < s.entryCount(); ++i) {
        if (options.entryFilter && !options.entryFilter(s.entry(i)))
            continue;
        if (s.entry(i).status() == EntryStatus::Answered)
            selection.answered.append({section, i});
        else if (options.includeUnanswered)
            selection.open.append({section, i});
    }
    return selection;
}

inline QStringList blocks(const QaDocument &document, const Selection &selection)
{
    QStringList out;
    for (const EntryRef &ref : selection.answered)
        out.append(entryMarkdown(document.entry(ref), true));
    for (const EntryRef &ref : selection.open)
        out.append(entryMarkdown(document.entry(ref), false));
    return out;
}

inline QString ctx(const QaDocument &document, const ExportOptions &options)
{
    QString out = QStringLiteral("<project title=\"%1\"").arg(escapeAttribute(document.title()));
    if (!document.summary().isEmpty())
        out += QStringLiteral(" summary=\"%1\"").arg(escapeAttribute(document.summary()));
    out += QStringLiteral(">\n");
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        if (section.isProse()) {
            if (!options.includeProse || !section.hasHeading() || document.proseText(s).isEmpty())
                continue;
            out += QStringLiteral("<doc title=\"%1\" desc=\"notes\">\n%2\n</doc>\n")
                       .arg(escapeAttribute(section.title()), escapeText(document.proseText(s)));
            continue;
        }
        const Selection selection = select(document, s, options);
        if (selection.answered.isEmpty() && selection.open.isEmpty())
            continue;
        QString desc = QStringLiteral("%1 questions and answers").arg(selection.answered.size());
        if (!selection.open.isEmpty())
            desc += QStringLiteral(", %1 unanswered questions").arg(selection.open.size());
        out += QStringLiteral("<doc title=\"%1\" desc=\"%2\">\n")
                   .arg(escapeAttribute(section.title()), escapeAttribute(desc));
        out += escapeText(blocks(document, selection).join(QLatin1Char('\n')));
        out += QStringLiteral("</doc>\n");
    }
    return out + QStringLiteral("</project>\n");
}

inline QString markdown(const QaDocument &document, const ExportOptions &options)
{
    QStringList parts;
    parts.append(QStringLiteral("# ") + document.title() + QLatin1Char('\n'));
    if (!document.summary().isEmpty())
        parts.append(QStringLiteral("> ") + document.summary() + QLatin1Char('\n'));
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        const QString heading = QStringLiteral("## ") + section.title() + QLatin1Char('\n');
        if (section.isProse()) {
            if (options.includeProse && section.hasHeading() && !document.proseText(s).isEmpty())
                parts.append(heading + QLatin1Char('\n') + document.proseText(s) + QLatin1Char('\n'));
            continue;
        }
        const Selection selection = select(document, s, options);
        if (selection.answered.isEmpty() && selection.open.isEmpty())
            continue;
        parts.append(heading + QLatin1Char('\n') + blocks(document, selection).join(QStringLiteral("\n---\n\n")));
    }
    return parts.join(QLatin1Char('\n'));
}

inline QString jsonl(const QaDocument &document, const ExportOptions &options)
{
    QString out;
    QHash<QString, int> seen;
    for (int s = 0; s < document.sectionCount(); ++s) {
        const Selection selection = select(document, s, options);
        auto line = [&](const EntryRef &ref, bool withAnswer) {
            const QaEntry &entry = document.entry(ref);
            const QByteArray normalized = entry.question().simplified().toLower().toUtf8();
            const QString base = QStringLiteral("q-")
                + QString::fromLatin1(QCryptographicHash::hash(normalized, QCryptographicHash::Sha1).toHex().left(10));
            const int count = ++seen[base];
            QJsonObject object;
            object.insert(QStringLiteral("id"), count == 1 ? base : base + QLatin1Char('-') + QString::number(count));
            object.insert(QStringLiteral("input"), entry.question().trimmed());
            object.insert(QStringLiteral("target"), withAnswer ? entry.answer().trimmed() : QString());
            object.insert(QStringLiteral("section"), document.section(s).title());
            out += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        };
        for (const EntryRef &ref : selection.answered)
            line(ref, true);
        for (const EntryRef &ref : selection.open)
            line(ref, false);
    }
    return out;
}

inline QByteArray exportBytes(const QaDocument &document, const ExportOptions &options)
{
    switch (options.format) {
    case ExportOptions::Format::Ctx: return ctx(document, options).toUtf8();
    case ExportOptions::Format::Markdown: return markdown(document, options).toUtf8();
    case ExportOptions::Format::Jsonl: return jsonl(document, options).toUtf8();
    case ExportOptions::Format::Source: return document.toBytes();
    }
    return {};
}

} // namespace ReferenceExporter
