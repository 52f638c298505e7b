#pragma once

#include <QtGlobal>

#include <system_error>
#include <thread>

// Whether `count` items are worth a second thread: enough of them (below
// `minimum` the thread costs more than it saves) and a second core.
inline bool twoPartsPay(qsizetype count, qsizetype minimum = 4096)
{
    return count >= minimum && std::thread::hardware_concurrency() >= 2;
}

// Runs `work(0)` and `work(1)`: in two threads when `parallel` and a second
// thread can be started, else one after the other. The results must not
// depend on which: each part writes only its own data.
template<typename Work>
void runInTwoParts(bool parallel, Work work)
{
    if (parallel) {
        try {
            std::thread helper([&] { work(1); });
            work(0);
            helper.join();
            return;
        } catch (const std::system_error &) {
            // No thread: do it all here.
        }
    }
    work(0);
    work(1);
}
