#include "app/base/pagepopulator.h"

#include <cstdint>
#include <system_error>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
// In steps, front to back: the filling starts at the front too.
void populate(std::uintptr_t begin, std::uintptr_t end)
{
    constexpr std::uintptr_t step = std::uintptr_t(1) << 20;
    for (std::uintptr_t at = begin; at < end; at += step) {
        const std::uintptr_t length = end - at < step ? end - at : step;
        if (madvise(reinterpret_cast<void *>(at), length, MADV_POPULATE_WRITE) != 0)
            return; // not supported here: the filling faults the pages itself
    }
}
#endif

} // namespace

PagePopulator::PagePopulator(void *data, qsizetype size)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    if (size < minimumBytes || std::thread::hardware_concurrency() < 2)
        return;
    // Whole pages inside the buffer only.
    const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) / page * page;
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + std::uintptr_t(size)) / page * page;
    if (end <= begin)
        return;
    try {
        m_helper = std::thread(populate, begin, end);
    } catch (const std::system_error &) {
        // No thread: the filling faults the pages itself.
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

PagePopulator::~PagePopulator()
{
    if (m_helper.joinable())
        m_helper.join();
}
