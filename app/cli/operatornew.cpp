// The C++ allocation functions of the `quire` program, replaced (as the
// standard allows) to ask for transparent huge pages for every allocation
// of 2 MB or more (adviseHugePages): the similar-question indexes and the
// parse of a 65 MB document allocate some hundred MB of std::vector and
// std::string memory, and on the 2-core test VM each 4 KB page fault costs
// about 25 µs (`quire check --json` of the 60,000-entry admonition
// document: 0.43 s instead of 0.53 s, with the file buffer's own advice).
// Smaller allocations are plain malloc; Qt's containers call malloc
// themselves and are not affected. Only this program: the window keeps
// the system's allocator.

#include "app/base/hugepages.h"

#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t hugeAdviceBytes = std::size_t(2) << 20;

} // namespace

void *operator new(std::size_t size)
{
    for (;;) {
        if (void *memory = std::malloc(size ? size : 1)) {
            if (size >= hugeAdviceBytes)
                adviseHugePages(memory, qsizetype(size));
            return memory;
        }
        const std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

void *operator new[](std::size_t size)
{
    return operator new(size);
}

void operator delete(void *memory) noexcept
{
    std::free(memory);
}

void operator delete[](void *memory) noexcept
{
    std::free(memory);
}

void operator delete(void *memory, std::size_t) noexcept
{
    std::free(memory);
}

void operator delete[](void *memory, std::size_t) noexcept
{
    std::free(memory);
}
