#include "app/document/headingwriter.h"

#include "app/document/admonitionwriter.h"
#include "app/document/boldquestion.h"
#include "app/document/detailsblock.h"
#include "app/document/detailswriter.h"
#include "app/document/entrytext.h"
#include "app/document/followingtext.h"
#include "app/document/headingquestion.h"
#include "app/document/qasection.h"

namespace HeadingWriter {

namespace {

using namespace MarkdownLines;

QByteArray slice(const QaEntry &entry, qsizetype begin, qsizetype end)
{
    return entry.source().mid(begin, end - begin);
}

// The line ending that ends the loaded bytes [.., end), if any.
QByteArray lineEndingBefore(const QaEntry &entry, qsizetype end)
{
    const QByteArray &s = entry.source();
    if (end <= 0 || s.at(end - 1) != '\n')
        return {};
    return end >= 2 && s.at(end - 2) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

int levelOf(const QaEntry &entry)
{
    return HeadingQuestion::levelAt(entry.source(), entry.layout().questionStart);
}

bool loadedByOwnWords(const QaEntry &entry)
{
    const QaEntry::Layout &l = entry.layout();
    return isQuestionHeadingText(entry.source().constData(), l.questionTextBegin, l.questionTextEnd);
}

// Whether the entry, written where it was loaded, stays a heading: its
// question is not edited, or the edit is still a question there (in an
// HTML heading no `</`: it could close the heading early).
bool keepsHeading(const QaEntry &entry)
{
    if (!entry.questionEdited())
        return true;
    const QString question = entry.question();
    if (entry.source().at(entry.layout().questionStart) == '<' && question.contains(QLatin1String("</")))
        return false;
    return HeadingQuestion::canWrite(question)
        || (!loadedByOwnWords(entry) && HeadingQuestion::canWriteInFaqPart(question));
}

// An answer typed by the user, as a heading's answer: a line that would end
// it early (another entry's first line, a `---`, a heading of the entry's
// level or above) gets a backslash (DetailsBlock::escapeStops).
// With `faqLevel` >= 0 it is written after an answer label instead: only a
// heading that such an answer would not keep as text gets one (a `## `, a
// question by its own words, one a level below the FAQ heading `faqLevel`).
// Read as headings only (`forced`), no block or bold question is read: only
// the lines that end any answer are escaped.
QByteArray escapedAnswer(const QString &answer, int level, const QByteArray &eol, bool forced, int faqLevel = -1)
{
    const QByteArray stopsEscaped = DetailsBlock::escapeStops(EntryText::joinLines(answer, eol), !forced);
    QByteArray out;
    out.reserve(stopsEscaped.size() + 8);
    const char *d = stopsEscaped.constData();
    eachLine(stopsEscaped, [&](const Line &line, bool code) {
        const Heading heading = code ? Heading() : unindentedHeading(d, line);
        const bool ends = faqLevel < 0 ? heading.level <= level
                                       : heading.level == 2 || (faqLevel > 0 && heading.level == faqLevel + 1)
                || (heading.level > 2 && isQuestionHeadingText(d, heading.textBegin, heading.textEnd));
        if (heading.found && ends) {
            const qsizetype p = skipSpaces(d, line.begin, line.contentEnd);
            out += stopsEscaped.mid(line.begin, p - line.begin) + '\\' + stopsEscaped.mid(p, line.end - p);
        } else {
            out += stopsEscaped.mid(line.begin, line.end - line.begin);
        }
    });
    return out;
}

// The answer's text as it is written.
QByteArray answerBody(const QaEntry &entry, const QByteArray &eol, bool forced)
{
    if (!entry.hasAnswerField())
        return {};
    if (entry.answerEdited())
        return escapedAnswer(entry.answer(), levelOf(entry), eol, forced);
    const QaEntry::Layout &l = entry.layout();
    return slice(entry, l.answerTextBegin, l.answerTextEnd);
}

// Quire's own labels, the answer from the line after its label.
QByteArray withLabels(const QaEntry &entry, const QByteArray &body, const QByteArray &eol)
{
    const QByteArray question = EntryText::joinLines(EntryText::oneParagraph(entry.question()), eol);
    QByteArray out = QaLabel::questionText(QaLabel::Spelling::Question);
    if (!question.isEmpty())
        out += ' ' + question;
    if (entry.hasAnswerField())
        out += EntryText::lineEndAfter(out, eol) + eol + QaLabel::answerText(QaLabel::Spelling::Question) + eol + body;
    return out;
}

// Whether an answer, after an answer label, would not read back as it is:
// it ends with a numbered list that would be read as a question list
// (MarkdownLines::AnswerList, as the parser reads an answer's lines), or it
// holds a heading, which may be a question there (a FAQ part's level).
bool labelsWouldChange(const QByteArray &body, bool listsRead)
{
    const char *d = body.constData();
    AnswerList list;
    Fence fence;
    for (qsizetype pos = 0; pos < body.size();) {
        const Line line = lineAt(body, pos);
        pos = line.end;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
            list.read(d, line, Kind::Text, true);
            continue;
        }
        const Kind kind = classify(d, line);
        if (kind == Kind::FenceOpen)
            fence = fenceOf(d, line);
        else if (HeadingQuestion::levelAt(body, line.begin) > 0)
            return true;
        list.read(d, line, kind, false);
    }
    return listsRead && list.isOpen();
}

// What the heading cannot hold: Quire's labels; where the answer would not
// read back after a label (labelsWouldChange: a heading's answer takes such
// a list or heading, a labelled one would not) a `<details>` block (its
// answer is read without the spaces that start it, its tags must be
// balanced), else an admonition. The answer decides: a block's question is
// read without white space at its edges, a carriage return too, and an
// admonition's title is one line (README, "Dialects").
// No line ending at the end.
QByteArray otherForm(const QaEntry &entry, const QByteArray &body, const QByteArray &eol, const Context &context)
{
    if (!entry.hasAnswerField() || !labelsWouldChange(body, !context.forced))
        return withLabels(entry, body, eol);
    if (context.forced) // read as headings only: no block would be read, a heading would
        return withLabels(entry, escapedAnswer(entry.answer(), 0, eol, true, context.faqLevel), eol);
    QByteArray block;
    // A `<details>` answer is read without the white space around it, a
    // carriage return too.
    const bool spaced = body.startsWith(' ') || body.startsWith('\t') || body.startsWith('\r') || body.endsWith(' ')
        || body.endsWith('\t') || body.endsWith('\r');
    // A loaded answer goes as its bytes (a CR in it stays); an edited one as text.
    const bool loaded = !entry.answerEdited();
    if (!spaced && DetailsBlock::balanced(body))
        block = loaded ? DetailsWriter::freshFromMarkdown(entry.question(), body, eol)
                       : DetailsWriter::fresh(entry.question(), true, entry.answer(), eol);
    else // its title is one line: a line break or carriage return in the question reads as a space
        block = loaded ? AdmonitionWriter::freshFromMarkdown(entry.question(), body, eol)
                       : AdmonitionWriter::fresh(entry.question(), true, entry.answer(), eol);
    block.chop(block.endsWith("\r\n") ? 2 : 1); // eol, or "\r\n" after a text carriage return
    return block;
}

bool isBlankLine(const QByteArray &text, const Line &line)
{
    return isBlankText(text.constData(), line.begin, line.contentEnd);
}

} // namespace

void writeEdited(QByteArray &out, const QaEntry &entry, const QByteArray &eol, const Context &context)
{
    const QaEntry::Layout &l = entry.layout();
    const bool loadedAnswer = l.answerStart >= 0;
    const QByteArray ending = lineEndingBefore(entry, loadedAnswer ? l.answerEnd : l.questionEnd);
    const QByteArray body = answerBody(entry, eol, context.forced);
    if (!keepsHeading(entry)) {
        const QByteArray other = otherForm(entry, body, eol, context);
        out += other + EntryText::lineEndAfter(other, ending);
        return;
    }
    // The heading line as it was but for its text: `#`s, closing `#`s, spaces kept.
    const qsizetype questionLineEnd = l.questionEnd - lineEndingBefore(entry, l.questionEnd).size();
    out += slice(entry, l.questionStart, l.questionTextBegin);
    out += entry.questionEdited() ? entry.question().toUtf8() : slice(entry, l.questionTextBegin, l.questionTextEnd);
    out += slice(entry, l.questionTextEnd, questionLineEnd);
    if (entry.hasAnswerField()) {
        // The blank lines before a loaded answer stay; a new one gets one.
        out += loadedAnswer ? slice(entry, questionLineEnd, l.answerStart) : eol + eol;
        out += body;
    }
    out += EntryText::lineEndAfter(out, ending);
}

QByteArray moved(const QaEntry &entry, const QByteArray &eol, const Context &context)
{
    QByteArray out;
    if (!HeadingQuestion::canWrite(entry.question())) {
        out = otherForm(entry, answerBody(entry, eol, context.forced), eol, context);
        return out + EntryText::lineEndAfter(out, eol); // it ends with entry text
    }
    if (entry.questionEdited() || entry.answerEdited()) {
        writeEdited(out, entry, eol, context);
    } else {
        const QaEntry::Layout &l = entry.layout();
        out = slice(entry, l.questionStart, l.answerStart >= 0 ? l.answerEnd : l.questionEnd);
    }
    // A loaded carriage return that ends the file ends its line: it only
    // gets its line feed (writeEdited ended its text's line already).
    if (!out.endsWith('\n'))
        out += out.endsWith('\r') ? QByteArray("\n") : eol;
    return out;
}

bool answerTakesNext(const std::vector<DocumentPiece> &pieces, int index)
{
    const QaEntry &entry = pieces[size_t(index)].entry;
    if (!keepsHeading(entry))
        return FollowingText::isProse(FollowingText::neighbour(pieces, index, +1));
    const int level = levelOf(entry);
    const bool detailsOpen = HeadingQuestion::leavesDetailsOpen(answerBody(entry, "\n", false));
    // Numbered questions right after it would be its answer's list, and a
    // deeper heading that is a question only as part of a FAQ its subheading.
    const DocumentPiece *next = FollowingText::neighbour(pieces, index, +1);
    if (next && next->isEntry() && next->entry.form() == QaEntry::Form::Numbered)
        return true;
    if (next && next->isEntry() && next->entry.form() == QaEntry::Form::Heading && next->entry.isLoaded()
        && !loadedByOwnWords(next->entry) && levelOf(next->entry) > level)
        return true;
    for (int i = index + 1; i < int(pieces.size()) && !pieces[size_t(i)].isEntry(); ++i) {
        const QByteArray &raw = pieces[size_t(i)].raw;
        for (qsizetype pos = 0; pos < raw.size();) {
            const Line line = lineAt(raw, pos);
            if (isBlankLine(raw, line)) {
                pos = line.end;
                continue;
            }
            // Right below the entry a bold line starts a paragraph only
            // after a heading line that is a heading by its own words.
            const bool boldShape = BoldQuestion::shapeAt(raw.constData(), line).found;
            if (pos == 0 && boldShape && classify(raw.constData(), line) == Kind::Text) {
                const bool ownWords =
                    entry.questionEdited() ? HeadingQuestion::canWrite(entry.question()) : loadedByOwnWords(entry);
                return entry.hasAnswerField() || !ownWords;
            }
            // What ends an answer in every reading. A `<details>` or an
            // admonition line is left to a `---`: such a block is an entry
            // only when it is closed, or read, so here it may be prose.
            const Kind kind = classify(raw.constData(), line);
            if (kind == Kind::Heading2 || kind == Kind::ThematicBreak || kind == Kind::QuestionLabel
                || kind == Kind::QuestionHeading || BoldQuestion::at(raw, line).found)
                return false;
            const Heading heading = unindentedHeading(raw.constData(), line);
            return !(heading.found && heading.level <= level && !detailsOpen);
        }
    }
    return false;
}

int newEntryLevel(const std::vector<DocumentPiece> &pieces, int index)
{
    const QaEntry &entry = pieces[size_t(index)].entry;
    if (entry.isLoaded() || !HeadingQuestion::canWrite(entry.question()) || entry.answer().trimmed().isEmpty())
        return 0;
    auto paragraphForm = [](const DocumentPiece &p) {
        return p.isEntry() && p.entry.isLoaded() && p.entry.form() != QaEntry::Form::Numbered;
    };
    auto levelIfHeading = [](const QaEntry &e) { return e.form() == QaEntry::Form::Heading ? levelOf(e) : 0; };
    for (int i = index - 1; i >= 0; --i) {
        if (paragraphForm(pieces[size_t(i)]))
            return levelIfHeading(pieces[size_t(i)].entry);
    }
    for (int i = index + 1; i < int(pieces.size()); ++i) {
        if (paragraphForm(pieces[size_t(i)]))
            return levelIfHeading(pieces[size_t(i)].entry);
    }
    return 0;
}

int newEntryLevel(const QaSection &section, int entryIndex)
{
    const std::vector<DocumentPiece> &pieces = section.pieces();
    int seen = -1;
    for (int i = 0; i < int(pieces.size()); ++i) {
        if (pieces[size_t(i)].isEntry() && ++seen == entryIndex)
            return newEntryLevel(pieces, i);
    }
    return 0;
}

QByteArray movedIntoFaqPart(const QaEntry &entry, const QByteArray &eol, const Context &context)
{
    if (context.forced || context.faqLevel <= 0 || !entry.isLoaded() || entry.form() != QaEntry::Form::BoldLabel)
        return {};
    const QaEntry::Layout &l = entry.layout();
    const QByteArray bytes = slice(entry, l.questionStart, l.answerStart >= 0 ? l.answerEnd : l.questionEnd);
    bool split = false;
    eachLine(bytes, [&](const Line &line, bool code) {
        const Heading heading = code ? Heading() : unindentedHeading(bytes.constData(), line);
        split = split || (heading.found && heading.level == context.faqLevel + 1);
    });
    return split ? asBlock(entry, eol) : QByteArray();
}

QByteArray asBlock(const QaEntry &entry, const QByteArray &eol)
{
    const QString question = entry.question();
    const QString answer = entry.answer();
    if (entry.form() != QaEntry::Form::BoldLabel || (entry.hasAnswerField() && answer.trimmed().isEmpty())
        || question != question.trimmed())
        return {};
    const QByteArray body = EntryText::joinLines(answer, eol);
    if (answer == answer.trimmed() && DetailsBlock::balanced(body))
        return DetailsWriter::fresh(question, entry.hasAnswerField(), answer, eol);
    if (!question.contains(QLatin1Char('\n')) && !question.contains(QLatin1Char('\r')))
        return AdmonitionWriter::fresh(question, entry.hasAnswerField(), answer, eol);
    return {};
}

QByteArray newEntry(const QaEntry &entry, int level, const QByteArray &eol, bool forced)
{
    const QByteArray answer = escapedAnswer(entry.answer(), level, eol, forced);
    return QByteArray(level, '#') + ' ' + entry.question().toUtf8() + eol + eol + answer
        + EntryText::lineEndAfter(answer, eol);
}

} // namespace HeadingWriter
