#pragma once

#include "app/base/workerpool.h"

#include <memory>
#include <utility>

// Frees a large value (a replaced document, 60,000 keys) in a worker thread:
// releasing tens of thousands of strings takes the GUI thread milliseconds
// it should spend showing what replaced them. The value must be no longer
// used by anyone; whatever it shares (implicitly shared Qt data) is counted
// atomically, so the last owner may be on either thread.
template<typename T>
void disposeInBackground(T &&value)
{
    auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    WorkerPool::instance()->start([held]() mutable { held.reset(); });
}
