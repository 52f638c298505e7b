#include "llmstxtchecks.h"

#include "app/context/contextxml.h"
#include "app/context/llmstxtparser.h"

#include <QXmlStreamReader>

namespace {

bool sameWarnings(const QList<ContextWarning> &a, const QList<ContextWarning> &b)
{
    return a == b;
}

bool same(const LlmsTxt &a, const LlmsTxt &b)
{
    if (a.title != b.title || a.titleLine != b.titleLine || a.summary != b.summary || a.prose != b.prose
        || a.sections.size() != b.sections.size() || !sameWarnings(a.warnings, b.warnings))
        return false;
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const LlmsSection &x = a.sections[s];
        const LlmsSection &y = b.sections[s];
        if (x.name != y.name || x.line != y.line || x.optional != y.optional || x.links.size() != y.links.size())
            return false;
        for (qsizetype l = 0; l < x.links.size(); ++l)
            if (x.links[l].name != y.links[l].name || x.links[l].url != y.links[l].url
                || x.links[l].notes != y.links[l].notes || x.links[l].line != y.links[l].line)
                return false;
    }
    return true;
}

bool oneLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

bool hasWarningAt(const LlmsTxt &llms, int line)
{
    for (const ContextWarning &warning : llms.warnings)
        if (warning.line == line)
            return true;
    return false;
}

QString xmlProblem(const LlmsTxt &llms, int *docs)
{
    QByteArray out;
    ContextXml::openProject(out, llms.title, llms.summary);
    ContextXml::text(out, llms.prose.toUtf8());
    for (const LlmsSection &section : llms.sections) {
        ContextXml::openSection(out, section.name);
        for (const LlmsLink &link : section.links)
            ContextXml::doc(out, link.name, link.notes, (link.url + QLatin1Char(' ') + link.notes).toUtf8());
        ContextXml::closeSection(out, section.name);
    }
    ContextXml::closeProject(out);
    QXmlStreamReader reader(out);
    *docs = 0;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("doc"))
            ++*docs;
    if (reader.hasError())
        return QStringLiteral("the context is not well-formed XML: line %1: %2\n%3")
            .arg(reader.lineNumber()).arg(reader.errorString(), QString::fromUtf8(out.left(2000)));
    return {};
}

} // namespace

QString LlmsTxtChecks::check(const QByteArray &input)
{
    const LlmsTxt llms = LlmsTxtParser::parse(input);
    if (!same(llms, LlmsTxtParser::parse(input)))
        return QStringLiteral("two parses of the same bytes differ");
    // Lines as CommonMark counts them: CRLF, LF or a lone CR ends one.
    QByteArray normalized = input;
    normalized.replace("\r\n", "\n");
    const int lines = int(normalized.count('\n') + normalized.count('\r')) + 1;
    auto inside = [lines](int line) { return line >= 1 && line <= lines; };
    if (llms.titleLine != 0 && !inside(llms.titleLine))
        return QStringLiteral("title line %1 outside 1..%2").arg(llms.titleLine).arg(lines);
    if (llms.titleLine == 0 && !hasWarningAt(llms, 1))
        return QStringLiteral("no title and no warning on line 1");
    if (!oneLine(llms.title) || !oneLine(llms.summary))
        return QStringLiteral("a line break in the title or summary");
    int previous = 0;
    for (const ContextWarning &warning : llms.warnings) {
        if (!inside(warning.line))
            return QStringLiteral("warning line %1 outside 1..%2: %3").arg(warning.line).arg(lines).arg(warning.message);
        if (warning.line < previous)
            return QStringLiteral("warnings out of line order at line %1").arg(warning.line);
        if (warning.message.isEmpty())
            return QStringLiteral("an empty warning on line %1").arg(warning.line);
        previous = warning.line;
    }
    for (qsizetype s = 0; s < llms.sections.size(); ++s) {
        const LlmsSection &section = llms.sections[s];
        const int next = s + 1 < llms.sections.size() ? llms.sections[s + 1].line : lines + 1;
        if (!inside(section.line) || section.line >= next)
            return QStringLiteral("section \"%1\" at line %2 out of order").arg(section.name).arg(section.line);
        if (!oneLine(section.name))
            return QStringLiteral("a line break in section name on line %1").arg(section.line);
        if (section.optional != (section.name.compare(QLatin1String("Optional"), Qt::CaseInsensitive) == 0))
            return QStringLiteral("section \"%1\": optional is %2").arg(section.name).arg(section.optional);
        if (section.links.isEmpty() && !hasWarningAt(llms, section.line))
            return QStringLiteral("empty section on line %1 without a warning").arg(section.line);
        for (const LlmsLink &link : section.links) {
            if (link.line <= section.line || link.line >= next)
                return QStringLiteral("link on line %1 outside its section (%2..%3)").arg(link.line).arg(section.line).arg(next);
            if (link.name.isEmpty() || link.url.isEmpty())
                return QStringLiteral("a link without a name or url on line %1").arg(link.line);
            if (!oneLine(link.name) || !oneLine(link.url) || !oneLine(link.notes))
                return QStringLiteral("a line break in the link on line %1").arg(link.line);
        }
    }
    int docs = 0;
    const QString problem = xmlProblem(llms, &docs);
    if (!problem.isEmpty())
        return problem;
    int links = 0;
    for (const LlmsSection &section : llms.sections)
        links += int(section.links.size());
    if (docs != links)
        return QStringLiteral("%1 <doc> elements for %2 links").arg(docs).arg(links);
    return {};
}
