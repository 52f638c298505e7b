#include "app/compare/worddiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

void append(QList<WordDiff::Segment> &out, WordDiff::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        qsizetype j = i + 1;
        // A surrogate pair is one character.
        const bool pair = text[i].isHighSurrogate() && j < n && text[j].isLowSurrogate();
        const CharClass cls = pair ? CharClass::Word : classOf(text[i]);
        if (pair)
            ++j;
        if (cls != CharClass::Other) {
            while (j < n) {
                const bool nextPair = text[j].isHighSurrogate() && j + 1 < n && text[j + 1].isLowSurrogate();
                const CharClass next = nextPair ? CharClass::Word : classOf(text[j]);
                if (next != cls)
                    break;
                j += nextPair ? 2 : 1;
            }
        }
        tokens.append(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    // Tokens as small integers: comparisons in the inner loop are cheap.
    QHash<QString, int> ids;
    std::vector<int> x, y;
    x.reserve(size_t(a.size()));
    y.reserve(size_t(b.size()));
    auto idOf = [&ids](const QString &token) {
        auto it = ids.constFind(token);
        if (it == ids.constEnd())
            it = ids.insert(token, int(ids.size()));
        return it.value();
    };
    for (const QString &t : a)
        x.push_back(idOf(t));
    for (const QString &t : b)
        y.push_back(idOf(t));

    int prefix = 0;
    const int na = int(x.size()), nb = int(y.size());
    while (prefix < na && prefix < nb && x[size_t(prefix)] == y[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < na - prefix && suffix < nb - prefix
           && x[size_t(na - 1 - suffix)] == y[size_t(nb - 1 - suffix)])
        ++suffix;

    QList<Segment> out;
    for (int i = 0; i < prefix; ++i)
        append(out, Kind::Equal, a[i]);

    const int n = na - prefix - suffix, m = nb - prefix - suffix;
    const int *xs = x.data() + prefix;
    const int *ys = y.data() + prefix;
    // Myers: v[k] = furthest x on diagonal k; a copy of v per step d.
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && d <= maxEditDistance; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int px;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                px = v[size_t(offset + k + 1)]; // down: an insertion
            else
                px = v[size_t(offset + k - 1)] + 1; // right: a removal
            int py = px - k;
            while (px < n && py < m && xs[px] == ys[py]) {
                ++px;
                ++py;
            }
            v[size_t(offset + k)] = px;
            if (px >= n && py >= m) {
                found = d;
                break;
            }
        }
        // Only the band this step used, to keep the trace small.
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        if (found >= 0)
            break;
    }

    std::vector<std::pair<Kind, int>> ops; // backwards: kind and token index (in a or b)
    if (found >= 0) {
        int px = n, py = m;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &prev = trace[size_t(d - 1)]; // covers k in [-(d-1)-1, (d-1)+1]
            auto at = [&prev, d](int k) { return prev[size_t(k + d)]; };
            const int k = px - py;
            int prevK;
            if (k == -d || (k != d && at(k - 1) < at(k + 1)))
                prevK = k + 1;
            else
                prevK = k - 1;
            const int prevX = at(prevK);
            const int prevY = prevX - prevK;
            while (px > prevX && py > prevY) {
                --px;
                --py;
                ops.emplace_back(Kind::Equal, px);
            }
            if (px == prevX) {
                --py;
                ops.emplace_back(Kind::Inserted, py);
            } else {
                --px;
                ops.emplace_back(Kind::Removed, px);
            }
        }
        while (px > 0 && py > 0) {
            --px;
            --py;
            ops.emplace_back(Kind::Equal, px);
        }
    }
    if (found < 0) {
        for (int i = 0; i < n; ++i)
            append(out, Kind::Removed, a[prefix + i]);
        for (int j = 0; j < m; ++j)
            append(out, Kind::Inserted, b[prefix + j]);
    } else {
        // Within a run of changes, removals before insertions, so that each
        // side reads as whole phrases.
        QString removed, inserted;
        auto flush = [&] {
            append(out, Kind::Removed, removed);
            append(out, Kind::Inserted, inserted);
            removed.clear();
            inserted.clear();
        };
        for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
            switch (it->first) {
            case Kind::Equal:
                flush();
                append(out, Kind::Equal, a[prefix + it->second]);
                break;
            case Kind::Removed: removed += a[prefix + it->second]; break;
            case Kind::Inserted: inserted += b[prefix + it->second]; break;
            }
        }
        flush();
    }
    for (int i = na - suffix; i < na; ++i)
        append(out, Kind::Equal, a[i]);
    return joinAcrossSeparators(out);
}

QList<WordDiff::Segment> WordDiff::joinAcrossSeparators(const QList<Segment> &segments)
{
    // A change, a space, a change reads as one change: the space (or any run
    // without letters or digits) between two changes joins them, on both
    // sides, instead of cutting a rewritten phrase into single words.
    auto isSeparator = [](const QString &text) {
        return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    QList<Segment> out;
    QString removed, inserted;
    bool pending = false;
    auto flush = [&] {
        append(out, Kind::Removed, removed);
        append(out, Kind::Inserted, inserted);
        removed.clear();
        inserted.clear();
        pending = false;
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.kind == Kind::Removed) {
            removed += s.text;
            pending = true;
        } else if (s.kind == Kind::Inserted) {
            inserted += s.text;
            pending = true;
        } else if (pending && i + 1 < segments.size() && isSeparator(s.text)) {
            removed += s.text;
            inserted += s.text;
        } else {
            flush();
            append(out, Kind::Equal, s.text);
        }
    }
    flush();
    return out;
}

QString WordDiff::textOf(const QList<Segment> &segments, Kind side)
{
    QString text;
    for (const Segment &s : segments) {
        if (s.kind == Kind::Equal || s.kind == side)
            text += s.text;
    }
    return text;
}

int WordDiff::changedSegments(const QList<Segment> &segments)
{
    return int(std::count_if(segments.begin(), segments.end(),
                             [](const Segment &s) { return s.kind != Kind::Equal; }));
}
