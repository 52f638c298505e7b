#include "app/compare/myersdiff.h"

#include <algorithm>

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

MyersDiff::Result MyersDiff::run(const std::vector<int> &a, const std::vector<int> &b, const Limits &limits,
                                 const std::atomic<bool> *cancel)
{
    Result result;
    const int na = int(a.size()), nb = int(b.size());
    // The common prefix and suffix need no search.
    int prefix = 0;
    while (prefix < na && prefix < nb && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < na - prefix && suffix < nb - prefix
           && a[size_t(na - 1 - suffix)] == b[size_t(nb - 1 - suffix)])
        ++suffix;

    const int n = na - prefix - suffix, m = nb - prefix - suffix;
    const int *xs = a.data() + prefix;
    const int *ys = b.data() + prefix;
    // v[k] = furthest x on diagonal k; the band of v each step used is kept.
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    qint64 work = 0;
    int found = -1;
    for (int d = 0; d <= max; ++d) {
        if (d > limits.maxEditDistance || work > limits.maxWork) {
            result.outcome = Outcome::OverLimit;
            result.work = work;
            return result;
        }
        if (cancelled(cancel)) {
            result.outcome = Outcome::Cancelled;
            result.work = work;
            return result;
        }
        for (int k = -d; k <= d; k += 2) {
            int px;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                px = v[size_t(offset + k + 1)]; // down: an insertion
            else
                px = v[size_t(offset + k - 1)] + 1; // right: a removal
            int py = px - k;
            const int start = px;
            while (px < n && py < m && xs[px] == ys[py]) {
                ++px;
                ++py;
            }
            work += 1 + (px - start);
            v[size_t(offset + k)] = px;
            if (px >= n && py >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        if (found >= 0)
            break;
    }

    result.work = work;
    // Walk back from the end, then reverse.
    std::vector<Step> &steps = result.steps;
    steps.reserve(size_t(na + nb - prefix - suffix));
    for (int i = na - 1; i >= na - suffix; --i)
        steps.push_back({Op::Equal, i});
    int px = n, py = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[size_t(d - 1)]; // covers k in [-d, d]
        auto at = [&prev, d](int k) { return prev[size_t(k + d)]; };
        const int k = px - py;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (px > prevX && py > prevY) {
            --px;
            --py;
            steps.push_back({Op::Equal, prefix + px});
        }
        if (px == prevX) {
            --py;
            steps.push_back({Op::Inserted, prefix + py});
        } else {
            --px;
            steps.push_back({Op::Removed, prefix + px});
        }
    }
    while (px > 0 && py > 0) {
        --px;
        --py;
        steps.push_back({Op::Equal, prefix + px});
    }
    for (int i = prefix - 1; i >= 0; --i)
        steps.push_back({Op::Equal, i});
    std::reverse(steps.begin(), steps.end());
    return result;
}
