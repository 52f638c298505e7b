#include "app/model/entrynavigator.h"

int EntryNavigator::entriesBefore(const QaDocument &document, int section)
{
    int count = 0;
    for (int s = 0; s < section && s < document.sectionCount(); ++s)
        count += document.section(s).entryCount();
    return count;
}

EntryRef EntryNavigator::nextNeedingAttention(const QaDocument &document, int afterNumber, bool *wrapped, const Skip &isProbe)
{
    const int total = document.entryCount();
    if (wrapped)
        *wrapped = false;
    for (int step = 1; step <= total; ++step) {
        int number = afterNumber + step;
        if (number > total) {
            number -= total;
            if (wrapped)
                *wrapped = true;
        }
        const EntryRef ref = document.entryRef(number);
        if (ref.isValid() && needsAttention(document.entry(ref).status()) && !(isProbe && isProbe(ref)))
            return ref;
    }
    return {};
}

EntryRef EntryNavigator::previousNeedingAttention(const QaDocument &document, int beforeNumber, bool *wrapped, const Skip &isProbe)
{
    const int total = document.entryCount();
    if (wrapped)
        *wrapped = false;
    for (int step = 1; step <= total; ++step) {
        int number = beforeNumber - step;
        if (number < 1) {
            number += total;
            if (wrapped)
                *wrapped = true;
        }
        const EntryRef ref = document.entryRef(number);
        if (ref.isValid() && needsAttention(document.entry(ref).status()) && !(isProbe && isProbe(ref)))
            return ref;
    }
    return {};
}
