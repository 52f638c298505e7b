#pragma once

#include <QByteArray>
#include <QString>

// Question and answer text as the writer puts it into a document.
namespace EntryText {

// `text` with the document's line ending (and `indent` after each line
// break), without trailing line breaks.
QByteArray joinLines(const QString &text, const QByteArray &eol, const QByteArray &indent = {});
// A question as one paragraph that nothing in it ends (see the .cpp).
QString oneParagraph(const QString &text);

} // namespace EntryText
