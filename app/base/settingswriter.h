#pragma once

#include <functional>

class QSettings;

// Changes to the application's QSettings that the window need not wait for
// (the recent files, the last document), made in a worker thread, one after
// another in the order asked. A QSettings write on Linux locks the settings
// file and syncs it to disk (QLockFile, then QSaveFile: fdatasync each):
// 10–100 ms on a busy disk, which the window spent frozen on every file it
// opened. Other QSettings objects of this process see a change once it is
// made; every change asked for is on disk before the application object is
// destroyed.
class SettingsWriter
{
public:
    static void write(std::function<void(QSettings &settings)> change);
    // Blocks until every change asked for so far is on disk.
    static void waitForWrites();
};
