#pragma once

#include <QDir>
#include <QStandardPaths>
#include <QString>

// Where Quire keeps its own files: ~/.local/share/Quire on Linux (recovery/,
// backups/, the first-run copy of the sample, the personal word list).
// Not AppDataLocation, which would add the organization name a second time
// (~/.local/share/Quire/Quire).
class AppPaths
{
public:
    static QString dataFolder()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Quire"));
    }
    static QString dataFile(const QString &name) { return QDir(dataFolder()).filePath(name); }
};
