#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// Word-level differences between two texts, for showing two answers side by
// side. Texts are split into tokens (runs of letters and digits, runs of
// whitespace, single punctuation characters; a run longer than
// maxTokenLength is cut into pieces) so that joining the tokens of one side
// gives its text back exactly. The diff is Myers' algorithm (MyersDiff) on
// those tokens, within limits: past them the texts are compared line by line
// (and the changed lines word by word where they are short), and past those
// limits too as a whole. Any two texts are compared in bounded time, and
// Equal plus Removed always spell `before`, Equal plus Inserted `after`.
class WordDiff
{
public:
    enum class Kind { Equal, Removed, Inserted };
    struct Segment
    {
        Kind kind = Kind::Equal;
        QString text;
        bool operator==(const Segment &o) const { return kind == o.kind && text == o.text; }
    };
    // How finely the texts were compared.
    enum class Level { Words, Lines, Whole };
    struct Result
    {
        QList<Segment> segments;
        Level level = Level::Words;
        bool cancelled = false; // segments are then empty
    };

    // A pasted log line or a base64 blob is many tokens, not one (cut where
    // its content says, see endsLongToken): the diff can then find the part
    // that changed, and no token is huge.
    static constexpr int maxTokenLength = 64;

    static QStringList tokenize(const QString &text);
    // Segments in order; consecutive tokens of one kind are joined.
    static QList<Segment> compare(const QString &before, const QString &after);
    // The same, with how fine the comparison was; stops soon after `cancel`
    // is set (for a worker thread).
    static Result compareBounded(const QString &before, const QString &after,
                                 const std::atomic<bool> *cancel = nullptr);

    static QString textOf(const QList<Segment> &segments, Kind side); // Removed: before, Inserted: after
    static int changedSegments(const QList<Segment> &segments);

private:
    static QList<Segment> joinAcrossSeparators(const QList<Segment> &segments);
};
