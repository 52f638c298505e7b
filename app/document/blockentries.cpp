#include "app/document/blockentries.h"

#include "app/document/admonitionblock.h"
#include "app/document/detailsblock.h"

namespace BlockEntries {

Found at(const QByteArray &source, qsizetype lineBegin, int lineNumber, bool readsDetails, bool readsAdmonitions)
{
    // Most lines start with neither; this runs on every line.
    const char *d = source.constData();
    qsizetype p = lineBegin;
    while (p < source.size() && p - lineBegin < 3 && d[p] == ' ')
        ++p;
    if (p >= source.size())
        return {};
    Found found;
    QaEntry::Layout l;
    if (d[p] == '<' && readsDetails) {
        const DetailsBlock::Block b = DetailsBlock::read(source, lineBegin);
        if (!b.found)
            return {};
        l.questionStart = b.begin;
        l.questionTextBegin = b.questionTextBegin;
        l.questionTextEnd = b.questionTextEnd;
        l.questionEnd = b.questionEnd;
        l.answerStart = l.answerTextBegin = b.answerTextBegin;
        l.answerTextEnd = b.answerTextEnd;
        l.answerEnd = b.end; // the whole block, also without an answer
        found.entry = QaEntry(source, QaEntry::Form::Details, l, lineNumber, QaLabel::Spelling::Details);
        found.end = b.end;
        found.lines = b.lines;
    } else if ((d[p] == '!' || d[p] == '?') && p == lineBegin && readsAdmonitions) {
        const AdmonitionBlock::Block b = AdmonitionBlock::read(source, lineBegin);
        if (!b.found)
            return {};
        l.questionStart = b.begin;
        l.questionTextBegin = b.questionTextBegin;
        l.questionTextEnd = b.questionTextEnd;
        l.questionEnd = b.questionEnd;
        l.answerStart = b.answerStart;
        l.answerTextBegin = b.answerTextBegin;
        l.answerTextEnd = b.answerTextEnd;
        l.answerEnd = b.answerEnd;
        found.entry = QaEntry(source, QaEntry::Form::Admonition, l, lineNumber, QaLabel::Spelling::Admonition);
        found.end = b.answerStart >= 0 ? b.answerEnd : b.questionEnd;
        found.lines = b.lines;
    } else {
        return {};
    }
    found.found = true;
    return found;
}

} // namespace BlockEntries
