#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <functional>

// Reading a document's file: the checks and messages that every way of
// opening one shares (QaDocument::fromFile, DocumentLoader) before the bytes
// are parsed. What the bytes must be (UTF-8, no NUL) is
// QaDocument::fromBytes' to check.
class DocumentFileReader
{
public:
    enum class Outcome { Read, Failed, Canceled };
    // Bytes read so far and the file's size (0 when unknown, as in /proc);
    // returning false cancels the read.
    using Progress = std::function<bool(qint64 read, qint64 size)>;

    // Reads the whole file at `path` into `bytes`, 8 MB at a time. When it
    // Failed, `error` names the file and says why: no such file, a
    // directory, or what the system said when opening or reading it.
    static Outcome read(const QString &path, QByteArray *bytes, QString *error, const Progress &progress = {});
};
