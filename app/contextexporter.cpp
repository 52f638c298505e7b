#include "contextexporter.h"

#include "qadocument.h"
#include "questionkey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Exports are written as UTF-8 bytes in one pass, straight from the loaded
// file's bytes where an entry is unedited: a 60,000-entry document exports in
// well under the 0.3 s target, where going through QString per entry (and
// QJsonDocument per line) took seconds. The output is the same as the plain
// QString formulation in the comments below; tests/tst_export.cpp holds both
// to it.

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace for ASCII
}

// An entry's question or answer as exports use it: the markdown with \n line
// endings (a numbered question's continuation lines unindented), trimmed as
// QString::trimmed() does. That is `entry.question().trimmed()` (or answer),
// without decoding the text when it is plain bytes of the loaded file.
QByteArray exportedText(const QaEntry &entry, bool question)
{
    const bool edited = question ? entry.questionEdited() : entry.answerEdited();
    auto slowPath = [&] {
        return (question ? entry.question() : entry.answer()).trimmed().toUtf8();
    };
    if (edited)
        return slowPath();
    const QByteArray raw = question ? entry.questionUtf8() : entry.answerUtf8(); // no copy
    const char *begin = raw.constData();
    const char *end = begin + raw.size();
    while (begin < end && isAsciiSpace(*begin))
        ++begin;
    while (end > begin && isAsciiSpace(end[-1]))
        --end;
    if (begin == end)
        return {};
    // A non-ASCII character at either end may be Unicode white space.
    if (uchar(*begin) >= 0x80 || uchar(end[-1]) >= 0x80)
        return slowPath();
    QByteArray text = QByteArray::fromRawData(begin, end - begin);
    if (text.contains('\r'))
        text.replace("\r\n", "\n"); // detaches: copies only this text
    const bool stripIndent = question && entry.form() == QaEntry::Form::Numbered;
    if (stripIndent && text.contains('\n')) {
        QByteArray out;
        out.reserve(text.size());
        bool lineStart = false;
        for (char c : std::as_const(text)) {
            if (lineStart && (c == ' ' || c == '\t'))
                continue;
            lineStart = (c == '\n');
            out.append(c);
        }
        text = out;
    }
    return text;
}

// The escapers look for the few bytes that need care; the long runs between
// them are appended whole. With SSE2 (every x86-64) 16 bytes are tested at a
// time.
#if defined(__SSE2__)
__m128i isControl(__m128i bytes) // bytes below 0x20
{
    const __m128i limit = _mm_set1_epi8(0x1F);
    return _mm_cmpeq_epi8(_mm_max_epu8(bytes, limit), limit);
}
#endif

// Next byte that XML character data cannot take as it is: a control
// character other than tab and newline, `&`, `<`, `>`, or 0xEF (which may
// start U+FFFE/U+FFFF).
const char *nextXmlSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i allowedControl = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
        __m128i hit = _mm_andnot_si128(allowedControl, isControl(x));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('&')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('>')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xEF))));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; p < end; ++p) {
        const uchar c = uchar(*p);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == '&' || c == '<' || c == '>' || c == 0xEF)
            return p;
    }
    return end;
}

// Next byte a JSON string cannot hold as it is: a control character, `"`, `\`.
const char *nextJsonSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = isControl(x);
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; p < end; ++p) {
        const uchar c = uchar(*p);
        if (c < 0x20 || c == '"' || c == '\\')
            return p;
    }
    return end;
}

// Appends UTF-8 text escaped for XML character data: characters XML 1.0 does
// not allow (controls other than tab and newline, U+FFFE, U+FFFF) are
// dropped, `&` and `<` escaped, and `>` after `]]` (the CDATA end) escaped.
void appendXmlText(QByteArray &out, QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *special = nextXmlSpecial(p, end);
        out.append(p, special - p);
        if (special == end)
            break;
        const uchar c = uchar(*special);
        p = special + 1;
        if (c == '&') {
            out.append("&amp;");
        } else if (c == '<') {
            out.append("&lt;");
        } else if (c == '>') {
            out.append(out.endsWith("]]") ? "&gt;" : ">");
        } else if (c == 0xEF) {
            // EF BF BE / EF BF BF are U+FFFE / U+FFFF: dropped. Other
            // characters starting with EF are kept.
            if (end - special >= 3 && uchar(special[1]) == 0xBF
                && (uchar(special[2]) == 0xBE || uchar(special[2]) == 0xBF))
                p = special + 3;
            else
                out.append(char(c));
        }
        // else: a control character, dropped
    }
}

// Appends UTF-8 text as the inside of a JSON string, escaped exactly as Qt's
// compact QJsonDocument writes it (so ids and files stay stable).
void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *special = nextJsonSpecial(p, end);
        out.append(p, special - p);
        if (special == end)
            break;
        const uchar c = uchar(*special);
        p = special + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
}

// The hash part of a question's stable id: the first 40 bits of the SHA-1 of
// question().simplified().toLower(), shown as 10 hex digits.
quint64 questionHash(const QaEntry &entry, QCryptographicHash &sha1)
{
    const QByteArray normalized = QuestionKey::of(entry);
    sha1.reset();
    sha1.addData(normalized);
    const QByteArrayView digest = sha1.resultView();
    quint64 hash = 0;
    for (int i = 0; i < 5; ++i)
        hash = (hash << 8) | uchar(digest[i]);
    return hash;
}

// Question hashes of `entries`, on two threads when there are many: SHA-1
// of 60,000 questions was most of a jsonl export's time. (Waiting on a
// QtConcurrent::run future that has not started runs it here, so this is
// safe from a pool thread too.)
std::vector<quint64> questionHashes(const std::vector<const QaEntry *> &entries)
{
    std::vector<quint64> hashes(entries.size());
    auto range = [&entries, &hashes](size_t from, size_t to) {
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (size_t i = from; i < to; ++i)
            hashes[i] = questionHash(*entries[i], sha1);
    };
    if (entries.size() < 4096 || QThread::idealThreadCount() < 2) {
        range(0, entries.size());
        return hashes;
    }
    const size_t half = entries.size() / 2;
    QFuture<void> firstHalf = QtConcurrent::run(range, size_t(0), half);
    range(half, entries.size());
    firstHalf.waitForFinished();
    return hashes;
}

// "q-" and the hash in hex, with a suffix when the same question appears again.
QByteArray stableId(quint64 hash, QHash<quint64, int> &seen)
{
    static const char hex[] = "0123456789abcdef";
    char id[12] = {'q', '-'};
    for (int i = 0; i < 10; ++i)
        id[2 + i] = hex[(hash >> (36 - 4 * i)) & 0xF];
    const int count = ++seen[hash];
    QByteArray result(id, sizeof id);
    if (count > 1)
        result += '-' + QByteArray::number(count);
    return result;
}

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
                appendXmlText(m_out, text);
            else
                m_out.append(text);
        };
        m_out.append("**Question:** ");
        append(exportedText(entry, true));
        m_out.append('\n');
        if (withAnswer) {
            m_out.append("\n**Answer:** ");
            append(exportedText(entry, false));
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
                appendXmlText(m_out, text.toUtf8());
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
        const std::vector<quint64> hashes = questionHashes(entries);

        QHash<quint64, int> seen;
        seen.reserve(qsizetype(lines.size()));
        int section = -1;
        QByteArray sectionTitle;
        for (size_t i = 0; i < lines.size(); ++i) {
            const Line &line = lines[i];
            if (line.section != section) {
                section = line.section;
                sectionTitle = m_document.section(section).title().toUtf8();
            }
            m_out.append("{\"id\":\"");
            m_out.append(stableId(hashes[i], seen));
            m_out.append("\",\"input\":\"");
            appendJsonString(m_out, exportedText(*line.entry, true));
            m_out.append("\",\"section\":\"");
            appendJsonString(m_out, sectionTitle);
            m_out.append("\",\"target\":\"");
            if (line.withAnswer)
                appendJsonString(m_out, exportedText(*line.entry, false));
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
    appendXmlText(out, text.toUtf8());
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
