#include "documentchecks.h"

#include "bytechecks.h"
#include "expectedentries.h"
#include "documentfacts.h"
#include "editchoices.h"

#include "app/lint/linter.h"
#include "app/document/boldquestionwriter.h"
#include "app/document/detailsblock.h"
#include "app/document/documentwriter.h"
#include "app/document/headingquestion.h"
#include "app/document/headingwriter.h"
#include "app/document/qadocument.h"
#include "app/document/questionkey.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace DocumentChecks {

namespace {

// ---------------------------------------------------------------------------
// One edit

enum class EditKind {
    SetAnswer,
    SetQuestion,
    AddEntry,
    RemoveEntry,
    MoveEntry,
    AddSection,
    RenameSection,
    SetProseText,
    Count
};

// A section title from the input; no FAQ name, and a FAQ name (`current`) is
// not renamed: either changes which headings below it are questions (the rule).
QString sectionTitle(const QByteArray &input, Choices &choices, const QString &current = QString())
{
    const QString title = safeText(input, choices);
    return HeadingQuestion::isFaqName(current) ? current : HeadingQuestion::isFaqName(title) ? QStringLiteral("Fuzz") : title;
}

QString checkEdit(const QByteArray &input, QaDocument doc, QByteArray *written)
{
    Choices choices(input);
    const int entries = doc.entryCount();
    const int sections = doc.sectionCount();
    std::vector<EntryFacts> expected = entryFacts(doc);
    std::vector<SectionFacts> expectedSections = sectionFacts(doc);

    QString edit;                                         // what was done, for messages
    std::function<QString(const QByteArray &)> checkBytes; // on the written bytes
    std::function<QString(const QaDocument &)> checkReloaded = [](const QaDocument &) { return QString(); };
    std::function<void()> undo;                           // as the undo stack would do it

    auto kind = EditKind(choices.below(int(EditKind::Count)));
    const bool needsEntry = kind == EditKind::SetAnswer || kind == EditKind::SetQuestion
        || kind == EditKind::RemoveEntry || kind == EditKind::MoveEntry;
    if (needsEntry && entries == 0)
        kind = EditKind::AddEntry;
    if (sections == 0 && kind != EditKind::AddSection)
        kind = EditKind::AddSection; // no listed section: nothing else applies
    // Open (tests/fuzz/README.md, "Open findings"): an entry with a heading
    // line that no block holds (HeadingWriter::asBlock), or read as one
    // dialect, moved into a FAQ part reads back split: removed instead.
    if (kind == EditKind::MoveEntry && entries > 0) {
        const QaEntry &candidate = doc.entry(doc.entryRef(1 + Choices(choices).below(entries)));
        if (holdsHeadingLine(candidate) && (doc.parseOptions().forced || HeadingWriter::asBlock(candidate, "\n").isEmpty()))
            kind = EditKind::RemoveEntry;
    }
    int proseSection = -1;
    int becomesBold = -1;    // a numbered question that may be written as a bold question
    int blockWithoutAnswer = -1; // a new `<details>` or admonition entry with an empty answer
    int headingToBlock = -1; // a heading question edited to end in a CR: a block may hold it trimmed
    bool extraLists = false; // see compareEntries
    // Removing or moving the entry whose answer (or `---`) a question list
    // follows can leave the list where a list cannot start: its first item is
    // then written as a bold question (same words).
    bool strandedLists = false;
    if (kind == EditKind::SetProseText) {
        const int first = choices.below(sections);
        for (int k = 0; k < sections && proseSection < 0; ++k) {
            // Prose holding a heading may open or close a FAQ part: replaced,
            // the headings after it change (the rule, as for a renamed FAQ section).
            if (doc.section((first + k) % sections).isProse() && !holdsHeadingLine(doc.proseText((first + k) % sections)))
                proseSection = (first + k) % sections;
        }
        if (proseSection < 0)
            kind = EditKind::RenameSection;
    }

    switch (kind) {
    case EditKind::SetAnswer:
    case EditKind::SetQuestion: {
        const EntryRef ref = doc.entryRef(1 + choices.below(entries));
        const size_t n = size_t(doc.entryNumber(ref) - 1);
        const bool answer = kind == EditKind::SetAnswer;
        QString text = choices.oneIn(6) ? QString() : safeText(input, choices);
        const QaEntry old = doc.entry(ref);
        // A bold-line or heading question keeps its form only for a question
        // that ends in `?`: half of them get one (from the text, not a
        // choice, so the choices of older inputs stay theirs).
        if (!answer && isOpenQuestion(old) && text.size() % 2 == 1)
            text += QLatin1Char('?');
        // A third end in a carriage return, which is text (EntryText::lineEndAfter), but not
        // a `<details>` text (which trims it) or an admonition's title (where it is a space). A
        // heading's question may have to go there (HeadingWriter: its answer needs a block).
        const bool trims = old.form() == QaEntry::Form::Details || (!answer && old.form() == QaEntry::Form::Admonition);
        if (text.size() % 3 == 2 && !trims) {
            text += QLatin1Char('\r');
            if (!answer && old.form() == QaEntry::Form::Heading)
                headingToBlock = int(n);
        }
        edit = QStringLiteral("%1 on entry %2 (%3, line %4) to %5")
                   .arg(answer ? QStringLiteral("setAnswer") : QStringLiteral("setQuestion"))
                   .arg(n + 1)
                   .arg(QaLabel::dialectName(old.dialect()))
                   .arg(old.line()).arg(shown(text));
        EntryFacts &e = expected[n];
        if (answer) {
            extraLists = !e.hasAnswerField && !text.isEmpty();
            doc.setAnswer(ref, text);
            // A block (`<details>`, admonition) or a heading has no empty answer: blank content is none.
            e.hasAnswerField = old.isBlock() || old.form() == QaEntry::Form::Heading ? !text.trimmed().isEmpty()
                                                                                     : e.hasAnswerField || !text.isEmpty();
            e.answer = text;
            if (old.form() == QaEntry::Form::Numbered && e.hasAnswerField)
                becomesBold = int(n);
        } else {
            doc.setQuestion(ref, text);
            e.question = text;
            // Read as headings only, a heading rewritten with labels escapes headings in its answer.
            e.headingsEscaped = doc.parseOptions().forced && old.form() == QaEntry::Form::Heading;
        }
        e.status = expectedStatus(e);
        // Only the edited entry's bytes may change (an answered numbered
        // question is rewritten in place with separators around it).
        checkBytes = [&input, old](const QByteArray &out) {
            if (changedOnlyWithin(input, out, entryBegin(old), entryEnd(old)))
                return QString();
            return QStringLiteral("bytes outside the edited entry [%1, %2) changed: common prefix %3, "
                                  "common suffix %4 of %5")
                .arg(entryBegin(old)).arg(entryEnd(old)).arg(commonPrefix(input, out))
                .arg(commonSuffix(input, out)).arg(input.size());
        };
        undo = [&doc, ref, old] { doc.replaceEntry(ref, old); };
        break;
    }
    case EditKind::AddEntry: {
        const int s = choices.below(sections);
        const int index = choices.below(doc.section(s).entryCount() + 1);
        QString question = safeText(input, choices);
        const QString answer = choices.oneIn(4) ? QString() : safeText(input, choices);
        const QaSection snapshot = doc.sectionSnapshot(s);
        extraLists = true;
        if (nextToOpenQuestion(doc.section(s), index) && question.size() % 2 == 1)
            question += QLatin1Char('?'); // as for setQuestion above
        const EntryRef ref = doc.addEntry(s, index, question, answer);
        const int n = doc.entryNumber(ref) - 1;
        // A new entry takes the labels of its nearest labelled neighbour.
        const QaLabel::Spelling spelling = DocumentWriter::spellingFor(doc.section(ref.section), ref.index,
                                                                       doc.parseOptions().fallbackSpelling());
        edit = QStringLiteral("addEntry in section %1 at %2 (entry %3, labels %6) %4 / %5")
                   .arg(s).arg(index).arg(n + 1).arg(shown(question), shown(answer))
                   .arg(QLatin1String(QaLabel::questionText(spelling)));
        EntryFacts e{question, answer, true, EntryStatus::Answered};
        e.status = expectedStatus(e);
        expected.insert(expected.begin() + n, e);
        ++expectedSections[size_t(s)].entries;
        // Next to bold-line questions, a question and answer their form holds.
        const bool boldLine = BoldQuestionWriter::writesNewEntry(doc.section(ref.section), ref.index);
        const int headingLevel = HeadingWriter::newEntryLevel(doc.section(ref.section), ref.index);
        QList<QByteArray> entryLines;
        if (boldLine) {
            entryLines = {"**" + question.toUtf8() + "**", answer.toUtf8()};
            edit += QStringLiteral(" as a bold line");
        } else if (headingLevel > 0) {
            entryLines = {QByteArray(headingLevel, '#') + ' ' + question.toUtf8(), answer.toUtf8()};
            edit += QStringLiteral(" as a heading");
        } else {
            entryLines = newEntryLines(spelling, question, answer);
        }
        const QList<QByteArray> lines = sorted(wordLines(input) + entryLines);
        if (!boldLine && QaLabel::isBlock(spelling) && answer.isEmpty())
            blockWithoutAnswer = n; // reads back unanswered
        checkBytes = [&input, lines](const QByteArray &out) {
            if (!isOneInsertion(input, out))
                return QStringLiteral("not a single insertion: common prefix %1, suffix %2 of %3")
                    .arg(commonPrefix(input, out)).arg(commonSuffix(input, out)).arg(input.size());
            return compareWordLines(QStringLiteral("sorted"), lines, sorted(wordLines(out)));
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::RemoveEntry: {
        const EntryRef ref = doc.entryRef(1 + choices.below(entries));
        const int n = doc.entryNumber(ref) - 1;
        const QaEntry old = doc.entry(ref);
        const QaSection snapshot = doc.sectionSnapshot(ref.section);
        edit = QStringLiteral("removeEntry %1 (line %2)").arg(n + 1).arg(old.line());
        extraLists = true;
        doc.removeEntry(ref);
        expected.erase(expected.begin() + n);
        --expectedSections[size_t(ref.section)].entries;
        // The entry goes, with at most blank lines and a `---` around it;
        // where the answer before it would now meet prose, a `---` comes,
        // and a numbered question it leaves where a list cannot start is
        // written as a bold question (see strandedLists below).
        const QList<QByteArray> lines =
            withoutMarkers(wordLines(input.left(entryBegin(old)) + input.mid(entryEnd(old))));
        checkBytes = [lines](const QByteArray &out) {
            return compareWordLines(QStringLiteral("in order, without list markers and labels"), lines,
                                    withoutMarkers(wordLines(out)));
        };
        strandedLists = true;
        const int s = ref.section;
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::MoveEntry: {
        const EntryRef from = doc.entryRef(1 + choices.below(entries));
        const int n = doc.entryNumber(from) - 1;
        const int toSection = choices.below(sections);
        const int room = doc.section(toSection).entryCount() - (toSection == from.section ? 1 : 0);
        const int toIndex = choices.below(room + 1);
        extraLists = true;
        strandedLists = true;
        const QaSection fromSnapshot = doc.sectionSnapshot(from.section);
        const QaSection toSnapshot = doc.sectionSnapshot(toSection);
        const int fromLine = doc.entry(from).line();
        const QaEntry::Form movedForm = doc.entry(from).form();
        const EntryRef at = doc.moveEntry(from, toSection, toIndex);
        const int m = doc.entryNumber(at) - 1;
        edit = QStringLiteral("moveEntry %1 (line %2) to section %3 at %4 (entry %5)")
                   .arg(n + 1).arg(fromLine).arg(toSection).arg(toIndex).arg(m + 1);
        const EntryFacts moved = expected[size_t(n)];
        expected.erase(expected.begin() + n);
        expected.insert(expected.begin() + m, moved);
        if (movedForm == QaEntry::Form::Numbered)
            becomesBold = m; // where a list cannot start
        --expectedSections[size_t(from.section)].entries;
        ++expectedSections[size_t(toSection)].entries;
        // A numbered question written as an admonition has its lines joined
        // in the one-line title: then words are compared, not lines.
        const bool joined = movedForm == QaEntry::Form::Numbered
            && DocumentWriter::spellingFor(doc.section(at.section), at.index, doc.parseOptions().fallbackSpelling())
                == QaLabel::Spelling::Admonition;
        auto shape = [joined](const QByteArray &bytes) {
            const QList<QByteArray> lines = withoutMarkers(wordLines(bytes));
            return sorted(joined ? lines.join(' ').simplified().split(' ') : lines);
        };
        const QList<QByteArray> lines = shape(input);
        checkBytes = [lines, shape](const QByteArray &out) {
            return compareWordLines(QStringLiteral("sorted, without list markers and labels"), lines, shape(out));
        };
        const int fromSection = from.section;
        undo = [&doc, fromSection, toSection, fromSnapshot, toSnapshot] {
            doc.restoreSection(fromSection, fromSnapshot);
            if (toSection != fromSection)
                doc.restoreSection(toSection, toSnapshot);
        };
        break;
    }
    case EditKind::AddSection: {
        const int index = choices.below(sections + 1);
        const QString title = sectionTitle(input, choices);
        const QByteArray headingLine = doc.headingLineFor(title);
        const int at = doc.addSection(index, title);
        edit = QStringLiteral("addSection at %1 (now section %2) %3").arg(index).arg(at).arg(shown(title));
        expectedSections.insert(expectedSections.begin() + at, SectionFacts{true, title.simplified(), 0});
        const QList<QByteArray> lines =
            sorted(wordLines(input) + QList<QByteArray>{headingLine});
        checkBytes = [&input, lines](const QByteArray &out) {
            if (!isOneInsertion(input, out))
                return QStringLiteral("not a single insertion: common prefix %1, suffix %2 of %3")
                    .arg(commonPrefix(input, out)).arg(commonSuffix(input, out)).arg(input.size());
            return compareWordLines(QStringLiteral("sorted"), lines, sorted(wordLines(out)));
        };
        undo = [&doc, at] { doc.removeSection(at); };
        break;
    }
    case EditKind::RenameSection: {
        const int s = choices.below(sections);
        const QString title = sectionTitle(input, choices, doc.section(s).title());
        const QaSection &section = doc.section(s);
        const QaSection snapshot = section;
        const bool renames = section.hasHeading();
        const qsizetype begin = renames ? headingOffset(input, section.line()) : 0;
        const qsizetype end = renames ? begin + section.headingRaw().size() : 0;
        edit = QStringLiteral("renameSection %1 (line %2) to %3").arg(s).arg(section.line()).arg(shown(title));
        // Renaming to the title it has, spacing and all, changes nothing.
        if (renames && section.title() != title)
            expectedSections[size_t(s)].title = title.simplified();
        doc.renameSection(s, title);
        checkBytes = [&input, begin, end](const QByteArray &out) {
            if (changedOnlyWithin(input, out, begin, end))
                return QString();
            return QStringLiteral("bytes outside the heading [%1, %2) changed").arg(begin).arg(end);
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::SetProseText: {
        const int s = proseSection;
        const QString text = safeText(input, choices);
        const QaSection &section = doc.section(s);
        const QaSection snapshot = section;
        const qsizetype begin = (section.hasHeading() ? headingOffset(input, section.line()) : lineOffset(input, section.line()))
            + section.headingRaw().size();
        const qsizetype end = s + 1 < sections ? headingOffset(input, doc.section(s + 1).line()) : input.size();
        edit = QStringLiteral("setProseText on section %1 (line %2) to %3").arg(s).arg(section.line()).arg(shown(text));
        doc.setProseText(s, text);
        checkBytes = [&input, begin, end](const QByteArray &out) {
            if (changedOnlyWithin(input, out, begin, end))
                return QString();
            return QStringLiteral("bytes outside the section body [%1, %2) changed").arg(begin).arg(end);
        };
        checkReloaded = [s, text](const QaDocument &reloaded) {
            if (reloaded.proseText(s) == text)
                return QString();
            return QStringLiteral("prose text reads back as %1").arg(shown(reloaded.proseText(s)));
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::Count:
        break;
    }

    auto failed = [&edit](const QString &what) { return QStringLiteral("after %1:\n%2").arg(edit, what); };

    QString problem = compareEntries(QStringLiteral("in memory"), expected, entryFacts(doc));
    if (problem.isEmpty())
        problem = compareSections(QStringLiteral("in memory"), expectedSections, sectionFacts(doc));
    if (!problem.isEmpty())
        return failed(problem);

    const QByteArray out = doc.toBytes();
    if (written)
        *written = out;
    problem = checkBytes(out);
    if (!problem.isEmpty())
        return failed(problem);
    // A save streams the same bytes in pieces: cut them small and at odd
    // places, so every hand-over meets fences, line endings and the BOM.
    QByteArray streamed;
    doc.writeTo([&streamed](const QByteArray &piece) {
        streamed += piece;
        return true;
    }, 1 + out.size() % 97);
    if (streamed != out)
        return failed(firstDifference(QStringLiteral("the streamed bytes differ from the written ones"), out, streamed));

    LoadError error;
    const std::optional<QaDocument> reloaded =
        QaDocument::fromBytes(out, QStringLiteral("fuzz.md"), doc.parseOptions(), &error);
    if (!reloaded)
        return failed(QStringLiteral("the written bytes are refused: ") + error.message);
    if (reloaded->toBytes() != out)
        return failed(firstDifference(QStringLiteral("written bytes do not round-trip"), out, reloaded->toBytes()));
    std::vector<EntryFacts> expectedOnDisk = expected;
    if (becomesBold >= 0)
        expectedOnDisk[size_t(becomesBold)].questionWordsOnly = true;
    if (blockWithoutAnswer >= 0) {
        expectedOnDisk[size_t(blockWithoutAnswer)].hasAnswerField = false;
        expectedOnDisk[size_t(blockWithoutAnswer)].status = EntryStatus::Unanswered;
    }
    if (headingToBlock >= 0 && headingToBlock < reloaded->entryCount()
        && reloaded->entry(reloaded->entryRef(headingToBlock + 1)).isBlock())
        expectedOnDisk[size_t(headingToBlock)].questionWordsOnly = true;
    for (EntryFacts &e : expectedOnDisk) {
        if (strandedLists && e.numbered)
            e.questionWordsOnly = true;
    }
    problem = compareEntries(QStringLiteral("written and loaded again"), expectedOnDisk, entryFacts(*reloaded),
                             extraLists);
    if (problem.isEmpty())
        problem = compareSections(QStringLiteral("written and loaded again"), expectedSections,
                                  sectionFacts(*reloaded), extraLists);
    if (problem.isEmpty())
        problem = checkReloaded(*reloaded);
    if (!problem.isEmpty())
        return failed(problem);

    undo();
    const QByteArray undone = doc.toBytes();
    if (undone != input)
        return failed(firstDifference(QStringLiteral("undo"), input, undone));
    return {};
}

} // namespace

bool independentlyValid(const QByteArray &bytes)
{
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return false;
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    // Replacement characters or a dropped byte order mark would show here.
    return text.toUtf8() == bytes;
}

namespace {

QString checkWith(const QByteArray &input, const DocumentParser::Options &options, QByteArray *written)
{
    LoadError error;
    const std::optional<QaDocument> doc = QaDocument::fromBytes(input, QStringLiteral("fuzz.md"), options, &error);
    const bool valid = independentlyValid(input);
    if (!doc) {
        if (valid)
            return QStringLiteral("valid UTF-8 refused: ") + error.message;
        const qsizetype at = error.offset;
        if (at < 0 || at >= input.size())
            return QStringLiteral("refused with offset %1 outside the input (%2 bytes)").arg(at).arg(input.size());
        // The reported byte is the first bad one: everything before it is
        // fine, and no character starts cleanly at it.
        if (!independentlyValid(input.left(at)))
            return QStringLiteral("refused at offset %1, but the bytes before it are bad already").arg(at);
        for (qsizetype k = 1; k <= 4 && at + k <= input.size(); ++k) {
            if (independentlyValid(input.mid(at, k)))
                return QStringLiteral("refused at offset %1, but a valid character starts there").arg(at);
        }
        if (!error.message.contains(QString::number(at)))
            return QStringLiteral("the refusal does not name the offset %1: %2").arg(at).arg(error.message);
        return {};
    }
    if (!valid)
        return QStringLiteral("accepted bytes that are not valid UTF-8 or hold a NUL byte");
    const QByteArray saved = doc->toBytes();
    if (saved != input)
        return firstDifference(QStringLiteral("load and save without an edit"), input, saved);
    // What writers of UTF-8 (quire check --json) take for the question.
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &e = doc->entry(ref);
        if (e.questionTextUtf8() != e.question().toUtf8())
            return QStringLiteral("entry at line %1: questionTextUtf8 is not question() as UTF-8").arg(e.line());
        // The similar-questions key, taken from the bytes where it can be.
        if (QuestionKey::of(e) != QuestionKey::ofQuestion(e.question()).toUtf8())
            return QStringLiteral("entry at line %1: its question key is not that of question()").arg(e.line());
    }
    return checkEdit(input, *doc, written);
}

} // namespace

QString check(const QByteArray &input, QByteArray *written)
{
    const QString failure = checkWith(input, DocumentParser::Options(), written);
    if (!failure.isEmpty())
        return failure;
    // Read as any one dialect, every input saves unchanged (cheap: a load
    // and a save each; a bold line ending an entry of another dialect broke
    // this under two dialects and no input of the size one in eight showed).
    for (int d = 0; d < QaLabel::dialectCount; ++d) {
        DocumentParser::Options one;
        one.forced = QaLabel::Dialect(d);
        const std::optional<QaDocument> doc = QaDocument::fromBytes(input, QStringLiteral("fuzz.md"), one);
        if (doc && doc->toBytes() != input)
            return QStringLiteral("read as %1 only: ").arg(QaLabel::dialectName(*one.forced))
                + firstDifference(QStringLiteral("load and save without an edit"), input, doc->toBytes());
    }
    if (input.size() % 8 != 0)
        return failure;
    // One input in eight is read again as one forced dialect (the user's
    // View → Read As…), chosen by its size: the choices at its end stay the
    // edit's.
    DocumentParser::Options forced;
    forced.forced = QaLabel::Dialect(input.size() / 8 % QaLabel::dialectCount);
    const QString problem = checkWith(input, forced, written);
    if (problem.isEmpty())
        return problem;
    return QStringLiteral("read as %1 only: %2").arg(QaLabel::dialectName(*forced.forced), problem);
}

} // namespace DocumentChecks
