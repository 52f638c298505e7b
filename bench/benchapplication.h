#pragma once

#include "app/base/workerpool.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

// The application of a GUI benchmark. Its settings, data (recovery copies)
// and cache stay in a temporary folder of its own, so each run starts like a
// first run whatever the machine's own settings hold; the folder goes when
// the program ends.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv) : QApplication(withOwnUserFolders(argc), argv)
    {
        setApplicationName(QStringLiteral("QuireBench"));
        WorkerPool::yieldToTheWindow(); // as the window does (ui/window/main.cpp)
    }

    // The benchmark's folder: also a place for its documents.
    static QString home() { return folder().path(); }

private:
    static QTemporaryDir &folder()
    {
        static QTemporaryDir dir;
        return dir;
    }
    // Before QApplication exists: Qt reads these when it starts.
    static int &withOwnUserFolders(int &argc)
    {
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(variable, QDir(home()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return argc;
    }
};
