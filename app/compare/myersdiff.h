#pragma once

#include <QtGlobal>

#include <atomic>
#include <vector>

// Myers' O(ND) shortest edit script between two sequences of integers (the
// caller maps tokens or lines to integers), bounded: it gives up when the
// edit distance or the work (comparisons, snakes included) passes a limit,
// and stops at once when the cancel flag is set. No input can make it run
// or allocate without bound; the caller then falls back to a coarser diff.
class MyersDiff
{
public:
    enum class Op : unsigned char { Equal, Removed, Inserted };
    struct Step
    {
        Op op;
        int index; // in `a` for Equal and Removed, in `b` for Inserted
    };
    enum class Outcome { Done, OverLimit, Cancelled };
    struct Limits
    {
        int maxEditDistance = 4000; // the trace kept grows with its square
        qint64 maxWork = 30'000'000;
    };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        std::vector<Step> steps; // in order; empty unless Done
        qint64 work = 0;         // spent, also when it gave up
    };

    static Result run(const std::vector<int> &a, const std::vector<int> &b, const Limits &limits,
                      const std::atomic<bool> *cancel = nullptr);
};
