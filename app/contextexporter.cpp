#include "contextexporter.h"

#include "qadocument.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Characters XML 1.0 does not allow at all are dropped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF)
            continue;
        out.append(text.at(i));
    }
    return out;
}

QString questionAnswerMarkdown(const QaEntry &entry, bool withAnswer)
{
    QString out = QStringLiteral("**Question:** ") + entry.question().trimmed() + QStringLiteral("\n");
    if (withAnswer)
        out += QStringLiteral("\n**Answer:** ") + entry.answer().trimmed() + QStringLiteral("\n");
    return out;
}

struct Selection
{
    QList<EntryRef> answered;
    QList<EntryRef> open; // included only with includeUnanswered
};

Selection select(const QaDocument &document, int section, const ExportOptions &options)
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

QString sectionBody(const QaDocument &document, const Selection &selection)
{
    QStringList blocks;
    for (const EntryRef &ref : selection.answered)
        blocks.append(questionAnswerMarkdown(document.entry(ref), true));
    for (const EntryRef &ref : selection.open)
        blocks.append(questionAnswerMarkdown(document.entry(ref), false));
    return blocks.join(QLatin1Char('\n'));
}

QString description(const Selection &selection)
{
    QString desc = QStringLiteral("%1 questions and answers").arg(selection.answered.size());
    if (!selection.open.isEmpty())
        desc += QStringLiteral(", %1 unanswered questions").arg(selection.open.size());
    return desc;
}

QString exportCtx(const QaDocument &document, const ExportOptions &options)
{
    QString out = QStringLiteral("<project title=\"%1\"").arg(ContextExporter::escapeAttribute(document.title()));
    const QString summary = document.summary();
    if (!summary.isEmpty())
        out += QStringLiteral(" summary=\"%1\"").arg(ContextExporter::escapeAttribute(summary));
    out += QStringLiteral(">\n");
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        if (section.isProse()) {
            if (!options.includeProse || !section.hasHeading())
                continue;
            const QString text = document.proseText(s);
            if (text.isEmpty())
                continue;
            out += QStringLiteral("<doc title=\"%1\" desc=\"notes\">\n%2\n</doc>\n")
                       .arg(ContextExporter::escapeAttribute(section.title()),
                            ContextExporter::escapeText(text));
            continue;
        }
        const Selection selection = select(document, s, options);
        if (selection.answered.isEmpty() && selection.open.isEmpty())
            continue;
        out += QStringLiteral("<doc title=\"%1\" desc=\"%2\">\n")
                   .arg(ContextExporter::escapeAttribute(section.title()),
                        ContextExporter::escapeAttribute(description(selection)));
        out += ContextExporter::escapeText(sectionBody(document, selection));
        out += QStringLiteral("</doc>\n");
    }
    out += QStringLiteral("</project>\n");
    return out;
}

QString exportMarkdown(const QaDocument &document, const ExportOptions &options)
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
        QStringList blocks;
        for (const EntryRef &ref : selection.answered)
            blocks.append(questionAnswerMarkdown(document.entry(ref), true));
        for (const EntryRef &ref : selection.open)
            blocks.append(questionAnswerMarkdown(document.entry(ref), false));
        parts.append(heading + QLatin1Char('\n') + blocks.join(QStringLiteral("\n---\n\n")));
    }
    return parts.join(QLatin1Char('\n'));
}

// A stable id per question: a short hash of its normalized text, with a
// suffix when the same question appears twice.
QString stableId(const QString &question, QHash<QString, int> &seen)
{
    const QByteArray normalized = question.simplified().toLower().toUtf8();
    const QString base = QStringLiteral("q-")
        + QString::fromLatin1(QCryptographicHash::hash(normalized, QCryptographicHash::Sha1).toHex().left(10));
    const int count = ++seen[base];
    return count == 1 ? base : base + QLatin1Char('-') + QString::number(count);
}

QString exportJsonl(const QaDocument &document, const ExportOptions &options)
{
    QString out;
    QHash<QString, int> seen;
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        const Selection selection = select(document, s, options);
        auto writeLine = [&](const EntryRef &ref, bool withAnswer) {
            const QaEntry &entry = document.entry(ref);
            QJsonObject object; // QJsonObject orders keys: deterministic output
            object.insert(QStringLiteral("id"), stableId(entry.question(), seen));
            object.insert(QStringLiteral("input"), entry.question().trimmed());
            object.insert(QStringLiteral("target"), withAnswer ? entry.answer().trimmed() : QString());
            object.insert(QStringLiteral("section"), section.title());
            out += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            out += QLatin1Char('\n');
        };
        for (const EntryRef &ref : selection.answered)
            writeLine(ref, true);
        for (const EntryRef &ref : selection.open)
            writeLine(ref, false);
    }
    return out;
}

} // namespace

QString ContextExporter::escapeText(const QString &text)
{
    QString out = xmlSafe(text);
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1String("]]>"), QLatin1String("]]&gt;"));
    return out;
}

QString ContextExporter::escapeAttribute(const QString &text)
{
    QString out = escapeText(text);
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    out.replace(QLatin1Char('\n'), QLatin1String("&#10;"));
    out.replace(QLatin1Char('\t'), QLatin1String("&#9;"));
    return out;
}

QString ContextExporter::exportText(const QaDocument &document, const ExportOptions &options)
{
    switch (options.format) {
    case ExportOptions::Format::Ctx: return exportCtx(document, options);
    case ExportOptions::Format::Markdown: return exportMarkdown(document, options);
    case ExportOptions::Format::Jsonl: return exportJsonl(document, options);
    case ExportOptions::Format::Source: return QString::fromUtf8(document.toBytes());
    }
    return {};
}

QByteArray ContextExporter::exportBytes(const QaDocument &document, const ExportOptions &options)
{
    if (options.format == ExportOptions::Format::Source)
        return document.toBytes(); // exact bytes, not through QString
    return exportText(document, options).toUtf8();
}
