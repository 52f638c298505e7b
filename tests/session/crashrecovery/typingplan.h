#pragma once

// What one run of tst_crashrecovery types and when it kills quire: words from
// a small vocabulary typed in bursts at human speed, and the moment of the
// kill, while typing or after the last key. Made from a seeded generator, so
// that QUIRE_CRASH_SEED replays the same runs.

#include <QChar>
#include <QList>
#include <QString>

#include <random>

// One character to type and how long to wait before typing it.
struct Keystroke
{
    QChar character;
    int delayMs;
};

// What one run types and when it kills quire.
struct Plan
{
    QList<Keystroke> keys;
    bool whileTyping = false;
    // The kill comes killDelayMs after key number killAfterKeys: in the gap
    // before the next key, or after the last one.
    int killAfterKeys = 0;
    int killDelayMs = 0;
};

// Words typed in bursts of a few words at human speed, with pauses between.
Plan makePlan(std::mt19937 &rng, bool whileTyping);

// The first `count` characters the plan types.
QString typedText(const Plan &plan, int count);
