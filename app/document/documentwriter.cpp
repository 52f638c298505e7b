#include "app/document/documentwriter.h"

#include "app/document/admonitionwriter.h"
#include "app/document/boldquestion.h"
#include "app/document/boldquestionwriter.h"
#include "app/document/detailswriter.h"
#include "app/document/entrytext.h"
#include "app/document/fencetracker.h"
#include "app/document/followingtext.h"
#include "app/document/headingscope.h"
#include "app/document/headingwriter.h"
#include "app/document/labelwriter.h"
#include "app/document/markdownlines.h"
#include "app/document/qasection.h"

#include <algorithm>
#include <limits>

namespace {

using EntryText::joinLines;
using EntryText::lineEndAfter;
using EntryText::oneParagraph;

bool endsWithBlankLine(const QByteArray &out)
{
    return out.endsWith("\n\n") || out.endsWith("\n\r\n");
}

// A carriage return that ends the text already ends its last line (see
// MarkdownLines::lineAt): it only gets its line feed.
void ensureLineEnd(QByteArray &out, const QByteArray &eol)
{
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += out.endsWith('\r') ? QByteArray("\n") : eol;
}

void ensureBlankLine(QByteArray &out, const QByteArray &eol)
{
    if (out.isEmpty() || endsWithBlankLine(out))
        return;
    ensureLineEnd(out, eol);
    out += eol;
}

QByteArray slice(const QaEntry &entry, qsizetype begin, qsizetype end)
{
    return entry.source().mid(begin, end - begin);
}

QByteArray labelled(const char *label, const QString &text, const QByteArray &eol)
{
    QByteArray out(label);
    const QByteArray body = joinLines(text, eol);
    if (!body.isEmpty())
        out += ' ' + body;
    return out;
}

// The label and its text as a line of its own, with its line ending.
QByteArray labelledLine(const char *label, const QString &text, const QByteArray &eol)
{
    const QByteArray line = labelled(label, text, eol);
    return line + lineEndAfter(line, eol);
}

// A loaded entry that stays where it was.
void writeLoadedEntry(QByteArray &out, const QaEntry &entry, const QByteArray &eol, FenceTracker &fences,
                      const HeadingWriter::Context &context)
{
    if (entry.isBlock() && !entry.questionEdited() && !entry.answerEdited()) {
        const QaEntry::Layout &l = entry.layout();
        out += slice(entry, l.questionStart, std::max(l.questionEnd, l.answerEnd));
        return;
    }
    if (entry.form() == QaEntry::Form::Details) {
        out += DetailsWriter::loaded(entry, eol);
        return;
    }
    if (entry.form() == QaEntry::Form::Admonition) {
        out += AdmonitionWriter::loaded(entry, eol);
        return;
    }
    const QaEntry::Layout &l = entry.layout();
    if (!entry.questionEdited() && !entry.answerEdited()) {
        const qsizetype end = l.answerStart >= 0 ? l.answerEnd : l.questionEnd;
        out += slice(entry, l.questionStart, end);
        return;
    }
    if (entry.form() == QaEntry::Form::BoldLine) {
        BoldQuestionWriter::writeEdited(out, entry, eol);
        return;
    }
    if (entry.form() == QaEntry::Form::Heading) {
        HeadingWriter::writeEdited(out, entry, eol, context);
        return;
    }
    out += LabelWriter::questionPart(entry, eol);
    if (l.answerStart >= 0) {
        out += slice(entry, l.questionEnd, l.answerStart); // blank lines between
        out += LabelWriter::answerPart(entry, eol);
    } else if (entry.hasAnswerField()) {
        // A bold question that had no answer paragraph gets one, outside
        // any code block the question left open.
        ensureLineEnd(out, eol);
        fences.closeOpenFence(out, eol);
        ensureBlankLine(out, eol);
        const QByteArray answer = labelled(QaLabel::answerText(entry.spelling()), entry.answer(), eol);
        const QByteArray line = l.questionQuoted ? "> " + LabelWriter::quotedAfterFirst(answer) : answer; // quoted like its question
        out += line + lineEndAfter(line, eol);
    }
}

bool isGenerated(const DocumentPiece &piece)
{
    const QaEntry &e = piece.entry;
    return piece.placed || !e.isLoaded()
        || (e.form() == QaEntry::Form::Numbered && e.hasAnswerField());
}

// Ends what an edit wrote before pieces[index + 1, ...): with a `---` when
// the next piece that is not blank lines needs one (`needsBreak`), else with
// a blank line unless what follows starts with one.
void separateFromNext(QByteArray &out, const std::vector<DocumentPiece> &pieces, int index,
                      const QByteArray &eol, bool needsBreak)
{
    const bool nextIsBlank = index + 1 < int(pieces.size()) && !pieces[index + 1].isEntry()
        && (pieces[index + 1].isBlank() || pieces[index + 1].raw.startsWith('\n')
            || pieces[index + 1].raw.startsWith("\r\n"));
    if (needsBreak) {
        out += eol + "---" + eol;
        if (!nextIsBlank)
            out += eol;
    } else if (index + 1 < int(pieces.size()) && !nextIsBlank) {
        out += eol;
    }
}

QaLabel::Spelling spellingNear(const std::vector<DocumentPiece> &pieces, int index, QaLabel::Spelling fallback)
{
    auto labelled = [](const DocumentPiece &p) {
        return p.isEntry() && p.entry.isLoaded() && p.entry.form() != QaEntry::Form::Numbered
            && p.entry.form() != QaEntry::Form::BoldLine; // what a bold question cannot hold takes Quire's labels
    };
    for (int i = index - 1; i >= 0; --i) {
        if (labelled(pieces[size_t(i)]))
            return pieces[size_t(i)].entry.spelling();
    }
    for (int i = index + 1; i < int(pieces.size()); ++i) {
        if (labelled(pieces[size_t(i)]))
            return pieces[size_t(i)].entry.spelling();
    }
    return fallback;
}

// The bytes of an entry an edit placed, ending with a line ending.
QByteArray generatedBlock(const QaEntry &entry, const QByteArray &eol, bool listMayStart, QaLabel::Spelling spelling,
                          const HeadingWriter::Context &context)
{
    QByteArray out;
    FenceTracker fences; // of the block alone
    if (entry.isLoaded() && entry.form() == QaEntry::Form::Heading)
        return HeadingWriter::moved(entry, eol, context);
    if (entry.isLoaded() && entry.form() != QaEntry::Form::Numbered) {
        writeLoadedEntry(out, entry, eol, fences, context);
        ensureLineEnd(out, eol);
        return out;
    }
    if (entry.isLoaded() && !entry.hasAnswerField() && listMayStart) {
        // An unanswered numbered question that moved keeps its list form
        // where a list may start; elsewhere (the start of the preamble) it
        // would be read as prose, so it becomes a bold question without
        // answer.
        writeLoadedEntry(out, entry, eol, fences, context);
        ensureLineEnd(out, eol);
        return out;
    }
    // Beside `<details>` or admonition entries, one more of them.
    if (spelling == QaLabel::Spelling::Details)
        return DetailsWriter::fresh(entry.question(), entry.hasAnswerField(), entry.answer(), eol);
    if (spelling == QaLabel::Spelling::Admonition)
        return AdmonitionWriter::fresh(entry.question(), entry.hasAnswerField(), entry.answer(), eol);
    out += labelledLine(QaLabel::questionText(spelling), oneParagraph(entry.question()), eol);
    fences.closeOpenFence(out, eol); // the answer label must not be code
    if (entry.hasAnswerField()) {
        out += eol;
        out += labelledLine(QaLabel::answerText(spelling), entry.answer(), eol);
    }
    return out;
}

// Whether a question list may start after `before` (the piece before it
// that is not blank lines, or none): after a heading, or after a `---` with
// only blank lines between (in the preamble only once an entry came before:
// `entryBefore`).
bool listMayFollow(const QaSection &section, const DocumentPiece *before, bool entryBefore)
{
    if (!before)
        return section.hasHeading();
    return !before->isEntry() && FollowingText::endsWithBreak(before->raw) && (section.hasHeading() || entryBefore);
}

// A loaded numbered question that an edit left where its list cannot start
// (the answer or `---` before it was removed or moved): read again, it would
// be prose. Never so in a loaded document.
bool isStranded(const QaSection &section, int index, bool entryBefore)
{
    const DocumentPiece &piece = section.pieces()[size_t(index)];
    if (piece.entry.form() != QaEntry::Form::Numbered || isGenerated(piece))
        return false;
    const DocumentPiece *before = FollowingText::neighbour(section.pieces(), index, -1);
    if (before && before->isEntry()) // the list goes on, ends an answer, or follows a generated `---`
        return !(before->entry.form() == QaEntry::Form::Numbered
                 || (!before->entry.isBlock() && before->entry.hasAnswerField())
                 || isGenerated(*before));
    return !listMayFollow(section, before, entryBefore);
}

void writeGeneratedEntry(QByteArray &out, const QaSection &section, int index, const QByteArray &eol,
                         FenceTracker &fences, bool entryBefore, QaLabel::Spelling fallback,
                         const HeadingWriter::Context &context)
{
    const std::vector<DocumentPiece> &pieces = section.pieces();
    const DocumentPiece *before = FollowingText::neighbour(pieces, index, -1);
    ensureLineEnd(out, eol);
    fences.closeOpenFence(out, eol);
    ensureBlankLine(out, eol);
    if (before && before->isEntry())
        out += "---" + eol + eol;
    // After the `---` above a question list may start too.
    bool listMayStart = (before && before->isEntry()) || listMayFollow(section, before, entryBefore);
    const QaEntry &entry = pieces[index].entry;
    if (!listMayStart && entry.isLoaded() && entry.form() == QaEntry::Form::Numbered && !entry.hasAnswerField()
        && (section.hasHeading() || entryBefore)) {
        // A numbered question after prose: a `---` lets its list start.
        out += "---" + eol + eol;
        listMayStart = true;
    }
    const int headingLevel = HeadingWriter::newEntryLevel(pieces, index);
    QaLabel::Spelling spelling = spellingNear(pieces, index, fallback);
    // An admonition's title is one line: a question of more lines (a moved
    // numbered one) takes the document's labels, where they are read.
    const QString &question = entry.question();
    if (spelling == QaLabel::Spelling::Admonition && fallback != spelling
        && (question.contains(QLatin1Char('\n')) || question.contains(QLatin1Char('\r'))))
        spelling = fallback;
    // A `<details>` block trims its texts: one that starts or ends with a
    // carriage return takes the document's labels, which keep it.
    auto crAtEdge = [](const QString &t) { return t.startsWith(QLatin1Char('\r')) || t.endsWith(QLatin1Char('\r')); };
    if (spelling == QaLabel::Spelling::Details && fallback != spelling && (crAtEdge(question) || crAtEdge(entry.answer())))
        spelling = fallback;
    const QByteArray inFaqPart = HeadingWriter::movedIntoFaqPart(entry, eol, context);
    if (!inFaqPart.isEmpty())
        out += inFaqPart;
    else if (BoldQuestionWriter::writesNewEntry(pieces, index))
        out += BoldQuestionWriter::newEntry(entry, eol);
    else if (headingLevel > 0)
        out += HeadingWriter::newEntry(entry, headingLevel, eol, context.forced);
    else
        out += generatedBlock(entry, eol, listMayStart, spelling, context);
    fences.closeOpenFence(out, eol);
    const bool listForm = entry.isLoaded() && entry.form() == QaEntry::Form::Numbered
        && !entry.hasAnswerField() && listMayStart;
    // Loaded entries after it are set apart by a `---`, except more of the
    // same list after a question written in list form.
    const DocumentPiece *after = FollowingText::neighbour(pieces, index, +1);
    const bool afterIsEntry = after && after->isEntry() && !isGenerated(*after);
    const bool listGoesOn = listForm && afterIsEntry && after->entry.form() == QaEntry::Form::Numbered;
    if (listGoesOn && after == &pieces[size_t(index) + 1])
        return; // the next item, right below
    separateFromNext(out, pieces, index, eol, (afterIsEntry && !listGoesOn) || FollowingText::isProse(after));
}

// Whether pieces[index] is a loaded numbered question written where it was,
// in list form.
bool isListItem(const QaSection &section, int index, bool entryBefore)
{
    const DocumentPiece &piece = section.pieces()[size_t(index)];
    return piece.isEntry() && piece.entry.form() == QaEntry::Form::Numbered && !isGenerated(piece)
        && !isStranded(section, index, entryBefore);
}

// Whether the numbered questions right after the answer of pieces[index]
// (a loaded bold-label entry) would, read again, not be a question list
// but more of the answer (MarkdownLines::answerEndsWithList): what follows
// the answer, as it will be written, up to where the answer ends at the
// latest (the next piece that starts with `**Question:**` or a `---`, a
// `---` in the text, the end of the section). In a loaded document they
// are a list; an edit that removes or moves some of them, or what ended the
// answer after them, may leave a list that starts at 1 or has prose after
// it.
bool listAfterAnswerFails(const QaSection &section, int index, const QByteArray &eol)
{
    const std::vector<DocumentPiece> &pieces = section.pieces();
    const DocumentPiece *next = FollowingText::neighbour(pieces, index, +1);
    if (!next || !isListItem(section, int(next - pieces.data()), true))
        return false; // prose (see isProse), or an entry that starts with `**Question:**` or a `---`
    QByteArray rest;
    for (int i = index + 1; i < int(pieces.size()); ++i) {
        const DocumentPiece &piece = pieces[size_t(i)];
        if (!piece.isEntry()) {
            if (pieces[size_t(i) - 1].isEntry() && FollowingText::textContinuesItem(pieces, i - 1))
                break; // a `---` goes before it
            rest += piece.raw;
            continue;
        }
        if (!isListItem(section, i, true))
            break; // written after a `---`, or in bold form
        FenceTracker unused; // a numbered question without answer field needs none
        writeLoadedEntry(rest, piece.entry, eol, unused, HeadingWriter::Context());
    }
    return !MarkdownLines::answerEndsWithList(rest, &BoldQuestionWriter::startsEntry);
}

// Hands what was written so far to the sink but its last bytes, which what
// comes next looks at (ensureLineEnd, ensureBlankLine, and whether anything
// was written at all), and any line not complete yet (the fence tracker
// reads whole lines).
bool handOver(QByteArray &out, FenceTracker &fences, const DocumentWriter::Sink &sink)
{
    // BoldQuestion::startsParagraph reads back from the end, too.
    const qsizetype cut = std::min({fences.readCompleteLines(out), out.size() - 3, BoldQuestion::lookBackStart(out)});
    if (cut <= 0)
        return true;
    if (!sink(out.left(cut)))
        return false;
    out.remove(0, cut);
    fences.dropped(cut);
    return true;
}

} // namespace

QaLabel::Spelling DocumentWriter::spellingFor(const QaSection &section, int entryIndex, QaLabel::Spelling fallback)
{
    const std::vector<DocumentPiece> &pieces = section.pieces();
    int seen = -1;
    for (int i = 0; i < int(pieces.size()); ++i) {
        if (pieces[size_t(i)].isEntry() && ++seen == entryIndex)
            return spellingNear(pieces, i, fallback);
    }
    return fallback;
}

QByteArray DocumentWriter::write(const std::vector<QaSection> &sections, qsizetype sizeHint,
                                 const QByteArray &eol, QaLabel::Spelling fallback, bool forced)
{
    QByteArray all;
    all.reserve(sizeHint + sizeHint / 16 + 64);
    // One piece: nothing is handed over before the end.
    write(sections, eol, [&all](const QByteArray &piece) {
        all += piece;
        return true;
    }, std::numeric_limits<qsizetype>::max(), fallback, forced);
    return all;
}

bool DocumentWriter::write(const std::vector<QaSection> &sections, const QByteArray &eol, const Sink &sink,
                           qsizetype pieceSize, QaLabel::Spelling fallback, bool forced)
{
    QByteArray out;
    if (pieceSize < std::numeric_limits<qsizetype>::max())
        out.reserve(pieceSize + pieceSize / 4);
    FenceTracker fences;
    bool lastGenerated = false; // what was written last was generated by an edit
    // The FAQ part an entry is written in (which the text outside entries
    // opens and closes): read as one dialect, a heading question may have to
    // be written with labels, whose answer may hold less there; an entry
    // moved into one may have to be a block (HeadingWriter::movedIntoFaqPart).
    HeadingWriter::Context context{forced, 0};
    HeadingScope scope;
    for (const QaSection &section : sections) {
        if (section.hasHeading())
            scope.readRaw(section.headingRaw());
        if (section.hasHeading()) {
            // A new heading, or one after generated text, gets a blank line
            // before it like the document's own headings.
            if (section.headingPlaced()) {
                ensureLineEnd(out, eol);
                fences.closeOpenFence(out, eol);
            }
            if (section.headingPlaced() || lastGenerated)
                ensureBlankLine(out, eol);
            out += section.headingRaw();
            lastGenerated = section.headingPlaced();
        }
        const std::vector<DocumentPiece> &pieces = section.pieces();
        // An entry written where it was loaded, as it will be written; a
        // generated one gets a blank line before it (writeGeneratedEntry).
        const auto asWritten = [&section, &eol, &context](int index) {
            const DocumentPiece &next = section.pieces()[size_t(index)];
            QByteArray bytes;
            FenceTracker unused;
            if (!isGenerated(next) && !isStranded(section, index, true))
                writeLoadedEntry(bytes, next.entry, eol, unused, context);
            return bytes;
        };
        bool entryBefore = false; // in this section
        for (int i = 0; i < int(pieces.size()); ++i) {
            const DocumentPiece &piece = pieces[i];
            const bool hadEntry = entryBefore;
            entryBefore = entryBefore || piece.isEntry();
            lastGenerated = piece.isEntry() && (isGenerated(piece) || isStranded(section, i, hadEntry));
            if (piece.isEntry())
                context.faqLevel = scope.faqLevel();
            else
                scope.readRaw(piece.raw);
            if (!piece.isEntry()) {
                out += piece.raw;
                if (FollowingText::closesOpenDetails(pieces, i, forced, asWritten)) { // a `---` keeps them apart
                    ensureLineEnd(out, eol);
                    fences.closeOpenFence(out, eol);
                    out += eol + "---" + eol + eol;
                }
            } else if (lastGenerated) {
                writeGeneratedEntry(out, section, i, eol, fences, hadEntry, fallback, context);
            } else {
                // A bold question is one only where a paragraph starts: glued
                // to a line that ended a block (`</details>`, an admonition),
                // it needs a blank line once an edit changed or took that line.
                if (piece.entry.form() == QaEntry::Form::BoldLine && !BoldQuestion::startsParagraph(out, out.size()))
                    ensureBlankLine(out, eol);
                const qsizetype written = out.size();
                writeLoadedEntry(out, piece.entry, eol, fences, context);
                // An answer never has prose right after it in a loaded
                // document (it would be part of it), nor numbered questions
                // that would be (see listAfterAnswerFails); when an edit
                // puts some there (a new answer, or the entry between them
                // removed or moved), a `---` keeps them out. The same for
                // text that would go on with a numbered question.
                // A bold question's answer is what follows it: with none,
                // prose after it would become one.
                // A bold question right below ends it whether read or not.
                const QaEntry &e = piece.entry;
                const auto prose = [&] {
                    return !FollowingText::startsWithGluedBoldQuestion(pieces, i, out);
                };
                const bool separate = e.isBlock() ? FollowingText::joinsAdmonitionBody(pieces, i)
                    : e.form() == QaEntry::Form::Heading
                    ? HeadingWriter::answerTakesNext(pieces, i) && prose()
                    : e.form() == QaEntry::Form::Numbered
                    ? FollowingText::textContinuesItem(pieces, i) && prose()
                    : ((e.hasAnswerField() || e.form() == QaEntry::Form::BoldLine)
                       && FollowingText::isProse(FollowingText::neighbour(pieces, i, +1)) && prose())
                        || (e.hasAnswerField() && listAfterAnswerFails(section, i, eol))
                        || (e.form() == QaEntry::Form::BoldLabel && !e.hasAnswerField()
                            && FollowingText::joinsQuestion(pieces, i, context.forced) && prose());
                // Nor what follows it closing a `<details>` its lines left open
                // (read as one dialect, an entry holding one is no block's).
                if (separate
                    || (!context.forced && !e.isBlock()
                        && FollowingText::detailsInEntryCloseInNext(out, written, pieces, i, asWritten))) {
                    // Not inside a code block the entry's text left open
                    // (an answer that ended the file in one, an entry moved after it).
                    if (fences.leavesOpen(out)) {
                        ensureLineEnd(out, eol);
                        fences.closeOpenFence(out, eol);
                    }
                    separateFromNext(out, pieces, i, eol, true);
                }
            }
            if (out.size() >= pieceSize && !handOver(out, fences, sink))
                return false;
        }
    }
    return out.isEmpty() || sink(out);
}
