#pragma once

#include <QString>

// Which context project a document belongs to: the llms.txt the user chose
// for it (ContextPreferences), or else the nearest llms.txt in its folder or
// a parent folder, up to the home folder, that links to it.
class ContextProjectFinder
{
public:
    // Empty when no llms.txt links to `documentPath`. Reads files: a worker's job.
    static QString find(const QString &documentPath, const QString &homeFolder);
    // Does the llms.txt at `llmsTxtPath` link to `documentPath` (any section)?
    static bool links(const QString &llmsTxtPath, const QString &documentPath);
};
