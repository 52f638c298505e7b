#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Word-level differences between two texts, for showing two answers side by
// side. Texts are split into tokens (runs of letters and digits, runs of
// whitespace, single punctuation characters) so that joining the tokens of
// one side gives its text back exactly. The diff is Myers' O(ND) algorithm
// on those tokens, after the common prefix and suffix are set aside.
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

    // Above this many differing tokens the texts are treated as wholly
    // different (one removal, one insertion): the trace Myers keeps grows
    // with its square, and word highlights on unrelated texts say nothing.
    static constexpr int maxEditDistance = 4000;

    static QStringList tokenize(const QString &text);
    // Segments in order; consecutive tokens of one kind are joined. The
    // Equal and Removed segments spell `before`, Equal and Inserted `after`.
    static QList<Segment> compare(const QString &before, const QString &after);

    static QString textOf(const QList<Segment> &segments, Kind side); // Removed: before, Inserted: after
    static int changedSegments(const QList<Segment> &segments);

private:
    static QList<Segment> joinAcrossSeparators(const QList<Segment> &segments);
};
