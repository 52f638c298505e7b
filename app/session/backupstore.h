#pragma once

#include <QString>
#include <QStringList>

// Keeps the previous versions of a document before it is overwritten, so a
// bad save can be undone from outside the app: the last `keep` versions of
// each document, in
//   ~/.local/share/Quire/backups/<file name>-<hash of its folder>/<yyyyMMdd-HHmmss-zzz>.md

class BackupStore
{
public:
    static constexpr int keep = 5;

    // Copies the current file (if any) into the backup folder and prunes old
    // copies. Returns false and sets `error` when the copy could not be made.
    static bool backUp(const QString &documentPath, QString *error = nullptr);
    static QString folderFor(const QString &documentPath);
    static QStringList backupsOf(const QString &documentPath); // newest first
};
