#pragma once

#include <QByteArray>
#include <QString>

// Question and answer text as the writer puts it into a document.
namespace EntryText {

// Entry text (QaEntry) breaks lines with "\n" only; any other carriage
// return is text, as a document's "\r\r\n" is text "\r" and a line ending.
// `text` as bytes the parser reads back as it, lines ending in "\n": one
// after a carriage return that is text ends in "\r\n".
QByteArray encoded(const QString &text);
// The inverse: a document's bytes of entry text (lines ending in "\n" or
// "\r\n") as the text, a U+FEFF at its start kept (MarkdownLines::decoded).
QString decoded(QByteArray bytes);
// `text` with the document's line ending (and `indent` after each line
// break), without trailing line breaks; a line whose text ends in a
// carriage return ends in "\r\n" whatever the document's line ending.
QByteArray joinLines(const QString &text, const QByteArray &eol, const QByteArray &indent = {});
// The line ending to write after `written`, which ends with entry text:
// `ending` (the document's, the loaded one, or none at the end of the
// file), but "\r\n" after a carriage return that is text, in any document
// and at the end of the file too: "\r" then "\n" would read as one line
// ending, and so would a lone "\r" that ends the file.
QByteArray lineEndAfter(const QByteArray &written, const QByteArray &ending);
// A question as one paragraph that nothing in it ends (see the .cpp).
QString oneParagraph(const QString &text);

} // namespace EntryText
