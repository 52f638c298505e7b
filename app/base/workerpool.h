#pragma once

#include <QThreadPool>

// The threads Quire's own background work runs in (QtConcurrent::run
// (WorkerPool::instance(), …), disposeInBackground). Never Qt's global pool:
// Qt Gui 6.4 splits large raster fills (QRasterPaintEngine::fillRect) over
// QThreadPool::globalInstance() and blocks the GUI thread until the pieces
// are done, so a long job of ours there (reading a 70 MB review sidecar,
// counting an export's tokens) held a paint, and the window, up to 100 ms
// until it ended. As many threads as cores; jobs queue beyond that.
class WorkerPool
{
public:
    static QThreadPool *instance();

    // For the window, before the first instance(): the pool's threads run
    // below the GUI thread (nice +10 on Linux). With two busy workers on two
    // cores the GUI thread otherwise waited up to 45 ms for a core to paint
    // or answer a key. Background work still gets every idle cycle.
    static void yieldToTheWindow();
    // The nice value the pool's threads run at (0 unless yielding).
    static int threadNiceness();
};
