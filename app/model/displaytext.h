#pragma once

#include <QString>

// How a question or a section title reads in one line of the entry list or
// a tab: inline HTML tags (`<code>`, `<b>`, `<a name="…">`, common in
// `<details>` summaries and README headings) left out, white space
// simplified. The text itself (edits, search, exports) keeps them.
namespace DisplayText {

QString oneLine(const QString &text);

} // namespace DisplayText
