#pragma once

#include <QString>

class QSettings;

// Choices remembered per document in QSettings (the context project, Read
// As…). QSettings keys cannot hold every character a path can, so each
// document's values live in a group named after a hash of its absolute
// path, with the path itself stored as the value "document" to tell a hash
// collision from the document.
namespace DocumentSettings {

// Enters `area`'s group for `documentPath` for reading: false when nothing
// is stored for this document (or another one shares the hash).
bool beginRead(QSettings &settings, const QString &area, const QString &documentPath);
// Enters the group for writing and records whose it is.
void beginWrite(QSettings &settings, const QString &area, const QString &documentPath);
// Forgets everything `area` stored for `documentPath`.
void forget(const QString &area, const QString &documentPath);

} // namespace DocumentSettings
