#pragma once

#include "generatorvocabulary.h"

#include <QtGlobal>

// The pieces DocumentGenerator builds a document with (GeneratorParts).

namespace GeneratorParts {

namespace V = GeneratorVocabulary;

// splitmix64: tiny, fast, and the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    const char *pick(const V::List &list) { return list[below(list.size)]; }

private:
    quint64 m_state;
};

} // namespace GeneratorParts
