#pragma once

// Asks the processor to bring the memory at `address` into the cache before
// it is read: a hint for loops that know their next scattered reads early.
// GCC and Clang have the builtin; elsewhere it compiles to nothing (the
// results are the same, only slower).
inline void prefetchMemory(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}
