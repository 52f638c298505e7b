#include "app/compare/worddiff.h"

#include "app/compare/myersdiff.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

using Kind = WordDiff::Kind;
using Segment = WordDiff::Segment;
using Pieces = std::vector<QStringView>;

// Changed runs of lines up to this size are compared word by word after a
// line-by-line comparison, as long as the work spent on all of them stays
// within a budget of its own.
constexpr qsizetype wordDiffedHunkLimit = 50'000;
constexpr qint64 hunkWorkBudget = 30'000'000;

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

// Where a long run of letters is cut: after characters chosen by their
// content (about one place in 32), not by their distance from the start of
// the run, so that after an insertion in a pasted log line or a base64 blob
// the cuts fall in the same places again and the rest of the run still
// matches. Tokens shorter than 16 characters (words) are never cut.
bool endsLongToken(QStringView text, qsizetype start, qsizetype end)
{
    if (end - start < 16)
        return false;
    const quint32 last = quint32(text[end - 2].unicode()) * 31u + text[end - 1].unicode();
    return (last * 2654435761u) >> 27 == 0;
}

Pieces tokensOf(QStringView text)
{
    Pieces tokens;
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
            while (j < n && j - i < WordDiff::maxTokenLength && !endsLongToken(text, i, j)) {
                const bool nextPair = text[j].isHighSurrogate() && j + 1 < n && text[j + 1].isLowSurrogate();
                const CharClass next = nextPair ? CharClass::Word : classOf(text[j]);
                if (next != cls)
                    break;
                j += nextPair ? 2 : 1;
            }
        }
        tokens.push_back(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

Pieces linesOf(QStringView text)
{
    Pieces lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.push_back(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

// The pieces of both sides as small integers: equal pieces, equal numbers.
std::pair<std::vector<int>, std::vector<int>> numbered(const Pieces &a, const Pieces &b)
{
    QHash<QStringView, int> ids;
    ids.reserve(qsizetype(a.size() + b.size()) / 4);
    auto idsOf = [&ids](const Pieces &pieces) {
        std::vector<int> out;
        out.reserve(pieces.size());
        for (QStringView piece : pieces) {
            auto it = ids.constFind(piece);
            if (it == ids.constEnd())
                it = ids.insert(piece, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    std::vector<int> x = idsOf(a);
    return {std::move(x), idsOf(b)};
}

void append(QList<Segment> &out, Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text.toString()});
}

// Within a run of changes, removals before insertions, so that each side
// reads as whole phrases.
void appendSteps(QList<Segment> &out, const std::vector<MyersDiff::Step> &steps, const Pieces &a, const Pieces &b)
{
    QString removed, inserted;
    auto flush = [&] {
        append(out, Kind::Removed, removed);
        append(out, Kind::Inserted, inserted);
        removed.clear();
        inserted.clear();
    };
    for (const MyersDiff::Step &step : steps) {
        switch (step.op) {
        case MyersDiff::Op::Equal:
            flush();
            append(out, Kind::Equal, a[size_t(step.index)]);
            break;
        case MyersDiff::Op::Removed: removed += a[size_t(step.index)]; break;
        case MyersDiff::Op::Inserted: inserted += b[size_t(step.index)]; break;
        }
    }
    flush();
}

// Word by word, or nothing when past the limits (or cancelled).
std::optional<QList<Segment>> byWords(QStringView before, QStringView after, const MyersDiff::Limits &limits,
                                      const std::atomic<bool> *cancel, bool *cancelled, qint64 *work = nullptr)
{
    const Pieces a = tokensOf(before), b = tokensOf(after);
    const auto [x, y] = numbered(a, b);
    const MyersDiff::Result diff = MyersDiff::run(x, y, limits, cancel);
    *cancelled = diff.outcome == MyersDiff::Outcome::Cancelled;
    if (work)
        *work += diff.work;
    if (diff.outcome != MyersDiff::Outcome::Done)
        return std::nullopt;
    QList<Segment> out;
    appendSteps(out, diff.steps, a, b);
    return out;
}

// The common start and end (whole tokens) as they are, the rest as one
// removal and one insertion.
QList<Segment> asWhole(QStringView before, QStringView after)
{
    const Pieces a = tokensOf(before), b = tokensOf(after);
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    qsizetype head = 0, tailA = 0, tailB = 0;
    for (size_t i = 0; i < prefix; ++i)
        head += a[i].size();
    for (size_t i = 0; i < suffix; ++i) {
        tailA += a[a.size() - 1 - i].size();
        tailB += b[b.size() - 1 - i].size();
    }
    QList<Segment> out;
    append(out, Kind::Equal, before.left(head));
    append(out, Kind::Removed, before.mid(head, before.size() - head - tailA));
    append(out, Kind::Inserted, after.mid(head, after.size() - head - tailB));
    append(out, Kind::Equal, before.right(tailA));
    return out;
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    for (QStringView token : tokensOf(text))
        tokens.append(token.toString());
    return tokens;
}

QList<WordDiff::Segment> WordDiff::compare(const QString &before, const QString &after)
{
    return compareBounded(before, after).segments;
}

WordDiff::Result WordDiff::compareBounded(const QString &before, const QString &after, const std::atomic<bool> *cancel)
{
    Result result;
    const MyersDiff::Limits limits;
    if (auto words = byWords(before, after, limits, cancel, &result.cancelled)) {
        result.segments = joinAcrossSeparators(*words);
        return result;
    }
    if (result.cancelled)
        return result;

    // Too different word by word: line by line, and the changed lines
    // word by word where they are short.
    const Pieces a = linesOf(before), b = linesOf(after);
    const auto [x, y] = numbered(a, b);
    const MyersDiff::Result lines = MyersDiff::run(x, y, limits, cancel);
    if (lines.outcome == MyersDiff::Outcome::Cancelled) {
        result.cancelled = true;
        return result;
    }
    if (lines.outcome == MyersDiff::Outcome::OverLimit) {
        result.level = Level::Whole;
        result.segments = asWhole(before, after);
        return result;
    }
    result.level = Level::Lines;
    QList<Segment> out;
    // A hunk: the removed lines (contiguous in `before`), the inserted
    // lines (contiguous in `after`).
    qsizetype removedFrom = -1, removedTo = -1, insertedFrom = -1, insertedTo = -1;
    qint64 hunkWork = 0;
    auto flushHunk = [&]() -> bool {
        const QStringView removed = removedFrom < 0 ? QStringView() : QStringView(before).mid(removedFrom, removedTo - removedFrom);
        const QStringView inserted = insertedFrom < 0 ? QStringView() : QStringView(after).mid(insertedFrom, insertedTo - insertedFrom);
        removedFrom = insertedFrom = -1;
        std::optional<QList<Segment>> words;
        if (!removed.isEmpty() && !inserted.isEmpty() && removed.size() + inserted.size() <= wordDiffedHunkLimit
            && hunkWork < hunkWorkBudget) {
            MyersDiff::Limits hunkLimits = limits;
            hunkLimits.maxWork = hunkWorkBudget - hunkWork;
            words = byWords(removed, inserted, hunkLimits, cancel, &result.cancelled, &hunkWork);
        }
        if (result.cancelled)
            return false;
        if (words) {
            for (const Segment &s : *words)
                append(out, s.kind, s.text);
        } else {
            append(out, Kind::Removed, removed);
            append(out, Kind::Inserted, inserted);
        }
        return true;
    };
    auto offsetOf = [](const Pieces &pieces, QStringView text, int index) {
        return qsizetype(pieces[size_t(index)].data() - text.data());
    };
    for (const MyersDiff::Step &step : lines.steps) {
        if (step.op == MyersDiff::Op::Equal) {
            if (!flushHunk())
                return result;
            append(out, Kind::Equal, a[size_t(step.index)]);
        } else if (step.op == MyersDiff::Op::Removed) {
            if (removedFrom < 0)
                removedFrom = offsetOf(a, before, step.index);
            removedTo = offsetOf(a, before, step.index) + a[size_t(step.index)].size();
        } else {
            if (insertedFrom < 0)
                insertedFrom = offsetOf(b, after, step.index);
            insertedTo = offsetOf(b, after, step.index) + b[size_t(step.index)].size();
        }
    }
    if (!flushHunk())
        return result;
    result.segments = joinAcrossSeparators(out);
    return result;
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
