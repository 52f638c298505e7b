#include "app/compare/diffelider.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using Kind = WordDiff::Kind;
using Piece = DiffElider::Piece;

// What is kept of a long run without spaces, and around changes in a huge answer.
constexpr qsizetype runHead = 600;
constexpr qsizetype runTail = 200;
constexpr qsizetype contextLength = 1500;
constexpr qsizetype changeHead = 15'000;
constexpr qsizetype changeTail = 1'000;

QString leftOutNote(qsizetype characters)
{
    return QCoreApplication::translate("DiffElider", " [… %1 characters not shown …] ")
        .arg(QLocale().toString(characters));
}

// Appends `text` with every run of non-space characters longer than
// maxRunLength cut in the middle.
void appendWithRunsCut(QList<Piece> &out, Kind kind, const QString &text, bool *elided)
{
    qsizetype written = 0, runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text[i].isSpace())
            continue;
        if (i - runStart > DiffElider::maxRunLength) {
            const qsizetype cutFrom = runStart + runHead, cutTo = i - runTail;
            out.append({kind, text.mid(written, cutFrom - written), false});
            out.append({kind, leftOutNote(cutTo - cutFrom), true});
            written = cutTo;
            *elided = true;
        }
        runStart = i + 1;
    }
    if (written < text.size())
        out.append({kind, text.mid(written), false});
}

// Keeps `head` characters and `tail` characters of `text`, with a note for the middle.
void appendCut(QList<Piece> &out, Kind kind, const QString &text, qsizetype head, qsizetype tail, bool *elided)
{
    if (text.size() <= head + tail + 200) {
        appendWithRunsCut(out, kind, text, elided);
        return;
    }
    appendWithRunsCut(out, kind, text.left(head), elided);
    out.append({kind, leftOutNote(text.size() - head - tail), true});
    *elided = true;
    appendWithRunsCut(out, kind, text.right(tail), elided);
}

qsizetype shownLength(const QList<Piece> &pieces, qsizetype from)
{
    qsizetype length = 0;
    for (qsizetype i = from; i < pieces.size(); ++i)
        length += pieces[i].isNote ? 0 : pieces[i].text.size();
    return length;
}

} // namespace

QList<DiffElider::Piece> DiffElider::side(const QList<WordDiff::Segment> &diff, WordDiff::Kind side, bool *elided)
{
    bool cut = false;
    qsizetype total = 0;
    for (const WordDiff::Segment &segment : diff) {
        if (segment.kind == Kind::Equal || segment.kind == side)
            total += segment.text.size();
    }
    const bool huge = total > displayBudget;
    QList<Piece> out;
    qsizetype shown = 0;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        const WordDiff::Segment &segment = diff[i];
        if (segment.kind != Kind::Equal && segment.kind != side)
            continue;
        if (huge && shown > displayBudget) {
            qsizetype rest = 0;
            for (qsizetype j = i; j < diff.size(); ++j) {
                if (diff[j].kind == Kind::Equal || diff[j].kind == side)
                    rest += diff[j].text.size();
            }
            out.append({Kind::Equal, leftOutNote(rest), true});
            cut = true;
            break;
        }
        const qsizetype before = out.size();
        if (!huge)
            appendWithRunsCut(out, segment.kind, segment.text, &cut);
        else if (segment.kind == Kind::Equal)
            appendCut(out, segment.kind, segment.text, contextLength, contextLength, &cut);
        else
            appendCut(out, segment.kind, segment.text, changeHead, changeTail, &cut);
        shown += shownLength(out, before);
    }
    if (elided)
        *elided = cut;
    return out;
}
