#pragma once

#include <QtGlobal>

#include <thread>

// Faults in the pages of a fresh buffer on another core while this thread
// fills it. Reading a 65 MB document into new memory spends about half its
// time taking page faults (on the 2-core test machine: 105 ms, 50 ms with
// this). The pages' contents are not touched (Linux's MADV_POPULATE_WRITE),
// so the filling may overtake the helper at any time. Where that call does
// not exist (older kernels, other systems) this does nothing.
class PagePopulator
{
public:
    // Buffers smaller than this are not worth a thread.
    static constexpr qsizetype minimumBytes = qsizetype(8) << 20;

    PagePopulator(void *data, qsizetype size);
    ~PagePopulator(); // waits for the helper
    PagePopulator(const PagePopulator &) = delete;
    PagePopulator &operator=(const PagePopulator &) = delete;

private:
    std::thread m_helper;
};
