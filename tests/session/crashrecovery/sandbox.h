#pragma once

#include "tests/support/testsupport.h"
#include "tests/support/xtestsession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

// One run's world: a copy of the sample and fresh home, data, config and runtime folders.
struct Sandbox
{
    QTemporaryDir dir;
    QString document;
    QString home;
    int starts = 0;

    bool create()
    {
        if (!dir.isValid())
            return false;
        home = dir.filePath(QStringLiteral("home"));
        if (!XTestSession::createHome(home) || !QDir().mkpath(dir.filePath(QStringLiteral("docs"))))
            return false;
        document = dir.filePath(QStringLiteral("docs/portfolio-qa.md"));
        return QFile::copy(TestSupport::samplePath(), document);
    }

    QString dataHome() const { return dir.filePath(QStringLiteral("home/data")); }

    // Recovery files of any Quire session (<AppDataLocation>/recovery/*.md).
    QStringList recoveryFiles(const QString &pattern) const
    {
        QStringList found;
        QDirIterator it(dataHome(), {pattern}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).dir().dirName() == QLatin1String("recovery"))
                found.append(path);
        }
        return found;
    }
};
