#pragma once

#include <system_error>
#include <thread>

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
