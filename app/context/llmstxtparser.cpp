#include "app/context/llmstxtparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace {

struct Heading
{
    int level = 0;
    QString text;
};

int leadingSpaces(const QString &line)
{
    int n = 0;
    while (n < line.size() && line[n] == QLatin1Char(' '))
        ++n;
    return n;
}

// A CommonMark ATX heading: up to three spaces, 1-6 `#`, then a space, a tab
// or the end of the line; a closing run of `#` is not part of the text.
std::optional<Heading> atxHeading(const QString &line)
{
    const int indent = leadingSpaces(line);
    if (indent > 3)
        return std::nullopt;
    int hashes = 0;
    while (indent + hashes < line.size() && line[indent + hashes] == QLatin1Char('#'))
        ++hashes;
    if (hashes == 0 || hashes > 6)
        return std::nullopt;
    const int after = indent + hashes;
    if (after < line.size() && line[after] != QLatin1Char(' ') && line[after] != QLatin1Char('\t'))
        return std::nullopt;
    QString text = line.mid(after).trimmed();
    int end = text.size();
    while (end > 0 && text[end - 1] == QLatin1Char('#'))
        --end;
    if (end == 0 || text[end - 1] == QLatin1Char(' ') || text[end - 1] == QLatin1Char('\t'))
        text = text.left(end).trimmed();
    return Heading{hashes, text};
}

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return leadingSpaces(line) <= 3 && (t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~")));
}

// `- `, `* ` or `+ ` (CommonMark's bullet markers): the item's text, or
// nothing when the line is not a bullet item.
std::optional<QString> bulletItem(const QString &line)
{
    const int indent = leadingSpaces(line);
    if (indent > 3 || indent + 1 > line.size())
        return std::nullopt;
    const QChar marker = line[indent];
    if (marker != QLatin1Char('-') && marker != QLatin1Char('*') && marker != QLatin1Char('+'))
        return std::nullopt;
    if (indent + 1 < line.size() && line[indent + 1] != QLatin1Char(' ') && line[indent + 1] != QLatin1Char('\t'))
        return std::nullopt;
    return line.mid(indent + 1).trimmed();
}

// `[name](url)` then optionally `: notes`. The name may hold balanced
// brackets, the url balanced parentheses; `<url>` and `(url "title")` are
// read as CommonMark reads them.
std::optional<LlmsLink> parseLink(const QString &item)
{
    if (!item.startsWith(QLatin1Char('[')))
        return std::nullopt;
    int depth = 0;
    int nameEnd = -1;
    for (int i = 0; i < item.size(); ++i) {
        if (item[i] == QLatin1Char('\\')) {
            ++i;
        } else if (item[i] == QLatin1Char('[')) {
            ++depth;
        } else if (item[i] == QLatin1Char(']') && --depth == 0) {
            nameEnd = i;
            break;
        }
    }
    if (nameEnd < 0 || nameEnd + 1 >= item.size() || item[nameEnd + 1] != QLatin1Char('('))
        return std::nullopt;
    depth = 0;
    int urlEnd = -1;
    for (int i = nameEnd + 1; i < item.size(); ++i) {
        if (item[i] == QLatin1Char('(')) {
            ++depth;
        } else if (item[i] == QLatin1Char(')') && --depth == 0) {
            urlEnd = i;
            break;
        }
    }
    if (urlEnd < 0)
        return std::nullopt;
    LlmsLink link;
    link.name = item.mid(1, nameEnd - 1).trimmed();
    QString url = item.mid(nameEnd + 2, urlEnd - nameEnd - 2).trimmed();
    if (url.startsWith(QLatin1Char('<')) && url.contains(QLatin1Char('>')))
        url = url.mid(1, url.indexOf(QLatin1Char('>')) - 1);
    else if (const auto space = std::find_if(url.cbegin(), url.cend(), [](QChar c) { return c.isSpace(); }); space != url.cend())
        url = url.left(space - url.cbegin()); // `(url "title")`
    link.url = url.trimmed();
    QString rest = item.mid(urlEnd + 1).trimmed();
    if (rest.startsWith(QLatin1Char(':')))
        rest = rest.mid(1).trimmed();
    link.notes = rest;
    if (link.name.isEmpty() || link.url.isEmpty())
        return std::nullopt;
    return link;
}

class Parser
{
public:
    explicit Parser(QByteArrayView bytes)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        // Line endings as CommonMark has them: CRLF, LF, and a lone CR.
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        m_lines = text.split(QLatin1Char('\n'));
    }

    LlmsTxt run()
    {
        bool inFence = false;
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString &line = m_lines[i];
            const int number = i + 1;
            if (isFence(line))
                inFence = !inFence;
            const std::optional<Heading> heading = inFence ? std::nullopt : atxHeading(line);
            if (heading && heading->level == 1)
                title(*heading, number);
            else if (heading && heading->level == 2)
                section(*heading, number);
            else if (heading)
                warn(number, QCoreApplication::translate("LlmsTxtParser", "a level-%1 heading: llms.txt uses only `# ` (the title) and `## ` (sections); read as text")
                                 .arg(heading->level));
            if (heading && heading->level <= 2)
                continue;
            if (m_result.sections.isEmpty())
                preamble(line, number);
            else if (!heading)
                sectionLine(line, number);
        }
        finish();
        return m_result;
    }

private:
    void warn(int line, const QString &message) { m_result.warnings.append({line, message}); }

    void title(const Heading &heading, int line)
    {
        if (m_result.titleLine != 0) {
            warn(line, QCoreApplication::translate("LlmsTxtParser", "a second `# ` title (the first is on line %1); read as text").arg(m_result.titleLine));
            if (m_result.sections.isEmpty())
                m_prose.append(m_lines[line - 1]);
            return;
        }
        if (!m_result.sections.isEmpty()) {
            warn(line, QCoreApplication::translate("LlmsTxtParser", "the `# ` title comes after the first section; read as text"));
            return;
        }
        m_result.title = heading.text;
        m_result.titleLine = line;
        if (!m_prose.join(QString()).trimmed().isEmpty())
            warn(line, QCoreApplication::translate("LlmsTxtParser", "text before the `# ` title"));
    }

    void section(const Heading &heading, int line)
    {
        LlmsSection section;
        section.name = heading.text;
        section.line = line;
        section.optional = heading.text.compare(QLatin1String("Optional"), Qt::CaseInsensitive) == 0;
        m_result.sections.append(section);
    }

    void preamble(const QString &line, int number)
    {
        const bool quote = line.trimmed().startsWith(QLatin1Char('>'));
        const bool summaryPlace = m_result.titleLine != 0 && m_prose.join(QString()).trimmed().isEmpty();
        if (quote && summaryPlace && (m_summaryLine == 0 || m_summaryLine == number - 1)) {
            QString text = line.trimmed().mid(1).trimmed();
            m_result.summary = m_result.summary.isEmpty() ? text : m_result.summary + QLatin1Char(' ') + text;
            m_summaryLine = number;
            return;
        }
        if (m_summaryLine != 0 || m_result.titleLine != 0 || !line.trimmed().isEmpty() || !m_prose.isEmpty())
            m_prose.append(line);
    }

    void sectionLine(const QString &line, int number)
    {
        if (line.trimmed().isEmpty())
            return;
        LlmsSection &section = m_result.sections.last();
        const std::optional<QString> item = bulletItem(line);
        const std::optional<LlmsLink> link = item ? parseLink(*item) : std::nullopt;
        if (!link) {
            warn(number, item ? QCoreApplication::translate("LlmsTxtParser", "a list item that is not a `- [name](url)` link; left out")
                              : QCoreApplication::translate("LlmsTxtParser", "text in a section that is not a `- [name](url)` link item; left out"));
            return;
        }
        LlmsLink found = *link;
        found.line = number;
        const QString key = LlmsTxtParser::linkKey(found.url);
        if (const int first = m_linkLines.value(key); first != 0)
            warn(number, QCoreApplication::translate("LlmsTxtParser", "the same link as line %1: %2").arg(first).arg(found.url));
        else
            m_linkLines.insert(key, number);
        section.links.append(found);
    }

    void finish()
    {
        if (m_result.titleLine == 0)
            warn(1, QCoreApplication::translate("LlmsTxtParser", "no `# ` title: an llms.txt starts with `# Title`"));
        while (!m_prose.isEmpty() && m_prose.first().trimmed().isEmpty())
            m_prose.removeFirst();
        while (!m_prose.isEmpty() && m_prose.last().trimmed().isEmpty())
            m_prose.removeLast();
        m_result.prose = m_prose.join(QLatin1Char('\n'));
        for (const LlmsSection &section : std::as_const(m_result.sections))
            if (section.links.isEmpty())
                warn(section.line, QCoreApplication::translate("LlmsTxtParser", "the section \"%1\" has no links").arg(section.name));
        std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(),
                         [](const ContextWarning &a, const ContextWarning &b) { return a.line < b.line; });
    }

    QStringList m_lines;
    QStringList m_prose;
    int m_summaryLine = 0;
    QHash<QString, int> m_linkLines;
    LlmsTxt m_result;
};

} // namespace

LlmsTxt LlmsTxtParser::parse(QByteArrayView bytes)
{
    return Parser(bytes).run();
}

QString LlmsTxtParser::linkKey(const QString &url)
{
    // Resolved against a made-up base, so relative spellings of one file meet.
    QUrl resolved = QUrl(QStringLiteral("file:///llms-txt-base/")).resolved(QUrl(url));
    resolved.setFragment(QString());
    return resolved.toString(QUrl::NormalizePathSegments);
}
