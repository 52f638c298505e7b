#pragma once

#include "app/context/llmstxt.h"

#include <QByteArrayView>

// Reads an llms.txt into an LlmsTxt and lints it on the way: a missing or
// second `# ` title, headings other than `#` and `##`, a list item that is
// not a `- [name](url)` link, the same link twice, a section without links.
// Any bytes are accepted (invalid UTF-8 is decoded with replacement
// characters); lines end as in CommonMark (CRLF, LF or a lone CR), and line
// numbers count them so. The result never depends on anything but `bytes`.
class LlmsTxtParser
{
public:
    static LlmsTxt parse(QByteArrayView bytes);
    // `url` made comparable: `./a.md`, `a.md` and `a.md#part` are one link.
    static QString linkKey(const QString &url);
};
