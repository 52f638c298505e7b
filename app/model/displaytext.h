#pragma once

#include <QString>

// How a question or a section title reads in one line of the entry list or
// a tab: inline HTML tags (`<code>`, `<b>`, `<a name="…">`, common in
// `<details>` summaries and README headings) left out, white space
// simplified. The text itself (edits, search, exports) keeps them.
namespace DisplayText {

// The text without its inline HTML tags (white space simplified where some
// were left out; the text as it is when it has none).
QString withoutTags(const QString &text);
// The same in one line: white space simplified.
QString oneLine(const QString &text);

} // namespace DisplayText
