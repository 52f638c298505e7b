#pragma once

#include <QList>
#include <QString>

// A problem found in an llms.txt, at its 1-based line (0: the whole file).
struct ContextWarning
{
    int line = 0;
    QString message;
    bool operator==(const ContextWarning &other) const { return line == other.line && message == other.message; }
};

// One `- [name](url): notes` item of a link section.
struct LlmsLink
{
    QString name;
    QString url;
    QString notes;
    int line = 0;
};

// One `## Name` section and its links, in file order.
struct LlmsSection
{
    QString name;
    int line = 0;
    bool optional = false; // the section named `Optional`: left out unless asked for
    QList<LlmsLink> links;
};

// What an llms.txt says (https://llmstxt.org): `# Title`, an optional
// `> summary`, free prose, then `## Section` lists of links. Parsed by
// LlmsTxtParser, which never fails: what it cannot use becomes a warning.
struct LlmsTxt
{
    QString title;
    int titleLine = 0; // 0: the file has no `# ` title
    QString summary;
    QString prose; // the text between the summary and the first section, trimmed of blank lines
    QList<LlmsSection> sections;
    QList<ContextWarning> warnings; // in line order
};
