#pragma once

#include "app/context/contextoptions.h"
#include "app/context/contextresult.h"

#include <QString>
#include <QStringList>

// Expands an llms.txt into the whole context (llms_ctx.txt), in
// llms_txt2ctx's vocabulary but always well-formed XML:
//
//   <project title="…" summary="…">
//   prose
//   <SectionName>            (or <section name="…"> when the name is no XML name)
//   <doc title="NAME" desc="NOTES">
//   content
//   </doc>
//   </SectionName>
//   </project>
//
// A linked Q&A document contributes its answered entries as markdown (the
// selection `quire export --format ctx` makes), local or a remote copy, by
// one rule: it parses as a Q&A document with at least one entry. Other
// files and remote copies go in as they are, escaped. Remote documents come only from the
// RemoteCache: fetching is RemoteFetcher's, done before. Same inputs, same
// bytes. Reads files: call it off the GUI thread.
class ContextBuilder
{
public:
    static ContextResult build(const QString &llmsTxtPath, const ContextOptions &options);
    // A section's element name: the name itself where it is a safe XML name
    // (as llms_txt2ctx writes it), otherwise empty (then <section name="…">).
    static QString sectionTag(const QString &name);
    // The remote URLs an llms.txt links to (Optional's too when asked), in
    // file order, once each: what to fetch before building.
    static QStringList remoteUrls(const QString &llmsTxtPath, bool includeOptional);
};
