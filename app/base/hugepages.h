#pragma once

#include <QtGlobal>

// Asks Linux to back the 2 MB-aligned part of a large fresh buffer with
// transparent huge pages (MADV_HUGEPAGE; the system's default, "madvise",
// gives them only to memory that asks). One fault then maps 2 MB instead of
// 4 KB: on the 2-core test VM, where a page fault costs about 25 µs,
// writing 65 MB of fresh memory takes 12 ms instead of 220 ms. The rest of
// the buffer (and one with no whole aligned 2 MB inside) keeps 4 KB pages;
// on other systems nothing happens. Call it before the memory is touched.
void adviseHugePages(void *data, qsizetype size);
