#include "app/export/contextexporter.h"

#include "app/export/exportescaper.h"
#include "app/export/exporttext.h"
#include "app/document/qadocument.h"
#include "app/export/stableids.h"

#include <vector>

// Exports are written as UTF-8 bytes in one pass, straight from the loaded
// file's bytes where an entry is unedited: a 60,000-entry document exports in
// well under the 0.3 s target, where going through QString per entry (and
// QJsonDocument per line) took seconds. The pieces: ExportText (an entry's
// text from the file's bytes), ExportEscaper (XML and JSON escaping),
// StableIds (jsonl ids). The output is the same as the plain QString
// formulation in tests/referenceexporter.h; tst_export holds both to it.

namespace {

struct Selection
{
    QList<EntryRef> answered;
    QList<EntryRef> open; // included only with includeUnanswered
    bool isEmpty() const { return answered.isEmpty() && open.isEmpty(); }
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

QString description(const Selection &selection)
{
    QString desc = QStringLiteral("%1 questions and answers").arg(selection.answered.size());
    if (!selection.open.isEmpty())
        desc += QStringLiteral(", %1 unanswered questions").arg(selection.open.size());
    return desc;
}

// Writes one export into a buffer; with a sink, hands the buffer over in
// chunks (after whole entries) so that the full text is never held at once.
class ExportWriter
{
public:
    ExportWriter(const QaDocument &document, const ExportOptions &options,
                 const ContextExporter::ChunkSink &sink)
        : m_document(document), m_options(options), m_sink(sink)
    {
        // Exports are about the size of the file; escaping and jsonl's keys
        // add a little. Reserved pages that stay unused cost nothing.
        m_out.reserve(sink ? ChunkSize + 64 * 1024 : document.loadedSize() + document.loadedSize() / 4 + 4096);
    }

    QByteArray run()
    {
        switch (m_options.format) {
        case ExportOptions::Format::Ctx: writeCtx(); break;
        case ExportOptions::Format::Markdown: writeMarkdown(); break;
        case ExportOptions::Format::Jsonl: writeJsonl(); break;
        case ExportOptions::Format::Source: m_out = m_document.toBytes(); break;
        }
        if (m_sink) {
            if (!m_out.isEmpty())
                m_sink(m_out);
            return {};
        }
        return m_out;
    }

private:
    static constexpr qsizetype ChunkSize = 1 << 20;

    // Called only where the output ends with a newline, so the `]]>` check
    // of appendXmlText never needs bytes from an earlier chunk.
    void chunkBoundary()
    {
        if (m_sink && m_out.size() >= ChunkSize) {
            m_sink(m_out);
            m_out.resize(0); // keeps the capacity
        }
    }

    // `**Question:** Q\n` and, with the answer, `\n**Answer:** A\n`.
    void appendEntryMarkdown(const QaEntry &entry, bool withAnswer, bool xml)
    {
        auto append = [&](QByteArrayView text) {
            if (xml)
                ExportEscaper::appendXmlText(m_out, text);
            else
                m_out.append(text);
        };
        m_out.append("**Question:** ");
        append(ExportText::of(entry, ExportText::Part::Question));
        m_out.append('\n');
        if (withAnswer) {
            m_out.append("\n**Answer:** ");
            append(ExportText::of(entry, ExportText::Part::Answer));
            m_out.append('\n');
        }
    }

    // Entries of a selection, answered ones first, `separator` between them.
    void appendEntries(const Selection &selection, const char *separator, bool xml)
    {
        bool first = true;
        auto one = [&](const EntryRef &ref, bool withAnswer) {
            if (!first)
                m_out.append(separator);
            first = false;
            appendEntryMarkdown(m_document.entry(ref), withAnswer, xml);
            chunkBoundary();
        };
        for (const EntryRef &ref : selection.answered)
            one(ref, true);
        for (const EntryRef &ref : selection.open)
            one(ref, false);
    }

    void writeCtx()
    {
        m_out.append("<project title=\"");
        m_out.append(ContextExporter::escapeAttribute(m_document.title()).toUtf8());
        m_out.append('"');
        const QString summary = m_document.summary();
        if (!summary.isEmpty()) {
            m_out.append(" summary=\"");
            m_out.append(ContextExporter::escapeAttribute(summary).toUtf8());
            m_out.append('"');
        }
        m_out.append(">\n");
        for (int s = 0; s < m_document.sectionCount(); ++s) {
            const QaSection &section = m_document.section(s);
            const QByteArray title = ContextExporter::escapeAttribute(section.title()).toUtf8();
            if (section.isProse()) {
                if (!m_options.includeProse || !section.hasHeading())
                    continue;
                const QString text = m_document.proseText(s);
                if (text.isEmpty())
                    continue;
                m_out.append("<doc title=\"" + title + "\" desc=\"notes\">\n");
                ExportEscaper::appendXmlText(m_out, text.toUtf8());
                m_out.append("\n</doc>\n");
                continue;
            }
            const Selection selection = select(m_document, s, m_options);
            if (selection.isEmpty())
                continue;
            m_out.append("<doc title=\"" + title + "\" desc=\""
                         + ContextExporter::escapeAttribute(description(selection)).toUtf8() + "\">\n");
            appendEntries(selection, "\n", true);
            m_out.append("</doc>\n");
        }
        m_out.append("</project>\n");
    }

    // Parts (title, summary, sections) joined by a blank line; entries
    // separated by `---`.
    void writeMarkdown()
    {
        m_out.append("# " + m_document.title().toUtf8() + '\n');
        if (!m_document.summary().isEmpty())
            m_out.append("\n> " + m_document.summary().toUtf8() + '\n');
        for (int s = 0; s < m_document.sectionCount(); ++s) {
            const QaSection &section = m_document.section(s);
            const QByteArray heading = "\n## " + section.title().toUtf8() + "\n\n";
            if (section.isProse()) {
                if (m_options.includeProse && section.hasHeading()) {
                    const QString text = m_document.proseText(s);
                    if (!text.isEmpty())
                        m_out.append(heading + text.toUtf8() + '\n');
                }
                continue;
            }
            const Selection selection = select(m_document, s, m_options);
            if (selection.isEmpty())
                continue;
            m_out.append(heading);
            appendEntries(selection, "\n---\n\n", false);
        }
    }

    // {"id":…,"input":…,"section":…,"target":…} per line: Qt's key order.
    void writeJsonl()
    {
        struct Line
        {
            const QaEntry *entry;
            int section;
            bool withAnswer;
        };
        std::vector<Line> lines;
        for (int s = 0; s < m_document.sectionCount(); ++s) {
            const Selection selection = select(m_document, s, m_options);
            for (const EntryRef &ref : selection.answered)
                lines.push_back({&m_document.entry(ref), s, true});
            for (const EntryRef &ref : selection.open)
                lines.push_back({&m_document.entry(ref), s, false});
        }
        std::vector<const QaEntry *> entries;
        entries.reserve(lines.size());
        for (const Line &line : lines)
            entries.push_back(line.entry);
        StableIds ids(entries);
        int section = -1;
        QByteArray sectionTitle;
        for (size_t i = 0; i < lines.size(); ++i) {
            const Line &line = lines[i];
            if (line.section != section) {
                section = line.section;
                sectionTitle = m_document.section(section).title().toUtf8();
            }
            m_out.append("{\"id\":\"");
            m_out.append(ids.next());
            m_out.append("\",\"input\":\"");
            ExportEscaper::appendJsonString(m_out, ExportText::of(*line.entry, ExportText::Part::Question));
            m_out.append("\",\"section\":\"");
            ExportEscaper::appendJsonString(m_out, sectionTitle);
            m_out.append("\",\"target\":\"");
            if (line.withAnswer)
                ExportEscaper::appendJsonString(m_out, ExportText::of(*line.entry, ExportText::Part::Answer));
            m_out.append("\"}\n");
            chunkBoundary();
        }
    }

    const QaDocument &m_document;
    const ExportOptions &m_options;
    const ContextExporter::ChunkSink &m_sink;
    QByteArray m_out;
};

} // namespace

QString ContextExporter::escapeText(const QString &text)
{
    QByteArray out;
    ExportEscaper::appendXmlText(out, text.toUtf8());
    return QString::fromUtf8(out);
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

QByteArray ContextExporter::exportBytes(const QaDocument &document, const ExportOptions &options)
{
    return ExportWriter(document, options, {}).run();
}

QString ContextExporter::exportText(const QaDocument &document, const ExportOptions &options)
{
    return QString::fromUtf8(exportBytes(document, options));
}

void ContextExporter::exportInChunks(const QaDocument &document, const ExportOptions &options,
                                     const ChunkSink &sink)
{
    ExportWriter(document, options, sink).run();
}
