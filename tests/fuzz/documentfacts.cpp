#include "documentfacts.h"

#include "bytechecks.h"

#include "app/document/markdownlines.h"
#include "app/lint/linter.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>

namespace DocumentChecks {

// ---------------------------------------------------------------------------
// What a document says, for comparing

// `actual` is `expected`, or `expected` with a line closing a code fence
// added: the writer closes a fence that text before an edit left open (the
// document ended inside a code block), so that what the edit adds is not
// read as code. That closing line joins the text before it.
bool sameText(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return true;
    if (!actual.startsWith(expected + QLatin1Char('\n')))
        return false;
    const QString closer = actual.mid(expected.size() + 1);
    if (closer.size() < 3 || (closer[0] != QLatin1Char('`') && closer[0] != QLatin1Char('~')))
        return false;
    return closer.count(closer[0]) == closer.size() && expected.contains(closer.left(3));
}

// For a numbered question written as a bold question (when it gets an
// answer, or moves where a list cannot start): the same words in the same
// order. The writer makes it one paragraph (blank lines go, lines that would
// end it are indented) and may add a line closing a code fence.
QString withoutHeadingEscapes(const QString &text)
{
    static const QRegularExpression escaped(QStringLiteral("(^|\\n)([ \\t]*)\\\\(#|<[hH][1-6])"));
    QString out = text;
    out.replace(escaped, QStringLiteral("\\1\\2\\3"));
    return out;
}

bool sameWords(const QString &expected, const QString &actual)
{
    const QString e = expected.simplified();
    const QString a = actual.simplified();
    if (e == a)
        return true;
    const qsizetype cut = a.lastIndexOf(QLatin1Char(' '));
    const QString last = a.mid(cut + 1);
    const bool closer = last.size() >= 3 && (last[0] == QLatin1Char('`') || last[0] == QLatin1Char('~'))
        && last.count(last[0]) == last.size();
    return cut >= 0 && closer && a.left(cut) == e && e.contains(last.left(3));
}



std::vector<EntryFacts> entryFacts(const QaDocument &doc)
{
    std::vector<EntryFacts> facts;
    for (const EntryRef &ref : doc.allEntries()) {
        const QaEntry &e = doc.entry(ref);
        EntryFacts f{e.question(), e.answer(), e.hasAnswerField(), e.status()};
        f.numbered = e.form() == QaEntry::Form::Numbered;
        facts.push_back(f);
    }
    return facts;
}

// A preamble without entries is listed only when it held entries when
// loaded; such a leading empty, untitled section is left out.
std::vector<SectionFacts> sectionFacts(const QaDocument &doc)
{
    std::vector<SectionFacts> facts;
    for (int s = 0; s < doc.sectionCount(); ++s) {
        const QaSection &section = doc.section(s);
        facts.push_back({section.hasHeading(), section.title(), section.entryCount()});
    }
    return facts;
}

std::vector<SectionFacts> normalised(std::vector<SectionFacts> facts)
{
    if (!facts.empty() && !facts.front().hasHeading && facts.front().entries == 0)
        facts.erase(facts.begin());
    return facts;
}

bool holdsHeadingLine(const QaEntry &entry)
{
    if (entry.form() != QaEntry::Form::BoldLabel && entry.form() != QaEntry::Form::BoldLine)
        return false;
    return holdsHeadingLine(QString::fromUtf8(entry.source().mid(entryBegin(entry), entryEnd(entry) - entryBegin(entry))));
}

bool holdsHeadingLine(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    bool found = false;
    MarkdownLines::eachLine(bytes, [&](const MarkdownLines::Line &line, bool code) {
        found = found || (!code && MarkdownLines::unindentedHeading(bytes.constData(), line).found);
    });
    return found;
}

EntryStatus expectedStatus(const EntryFacts &e)
{
    if (!e.hasAnswerField)
        return EntryStatus::Unanswered;
    return Linter::classify(QaEntry(e.question, e.answer));
}

QString shown(const QString &text)
{
    QString s = text.left(160);
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + s + (text.size() > 160 ? QLatin1String("\"...") : QLatin1String("\""));
}

QString shown(const EntryFacts &e)
{
    return QStringLiteral("question %1 answer %2 field %3 status %4")
        .arg(shown(e.question), shown(e.answer), e.hasAnswerField ? QStringLiteral("yes") : QStringLiteral("no"),
             entryStatusName(e.status));
}

// A known limit of the format, not a bug: an ordered list that is prose only
// because an unanswered bold question or a question block stands right
// before it (`27. x` after a question paragraph is not a question list)
// may become a question list when the writer must put a `---` before it:
// to keep it out of a new answer (the question gets one, or a new or moved
// entry is placed before it), or when the question before it is removed. With `extraLists` such extra
// unanswered numbered entries are allowed; every expected entry must still be
// there, in order and unchanged.
QString compareEntries(const QString &when, const std::vector<EntryFacts> &expected,
                       const std::vector<EntryFacts> &actual, bool extraLists)
{
    if (!extraLists && expected.size() != actual.size()) {
        return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
    }
    auto isExtra = [](const EntryFacts &e) { return e.numbered && !e.hasAnswerField; };
    // An extra item (`2.` alone) can look like an empty unanswered entry
    // expected next; an entry that was not numbered never reads back as a
    // list item, so it is skipped then too.
    auto skippable = [&isExtra](const EntryFacts &want, const EntryFacts &got) {
        return isExtra(got) && (!(want == got) || !want.numbered);
    };
    size_t j = 0;
    for (size_t i = 0; i < expected.size(); ++i, ++j) {
        while (extraLists && j < actual.size() && skippable(expected[i], actual[j]))
            ++j;
        if (j >= actual.size())
            return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
        if (!(expected[i] == actual[j])) {
            return QStringLiteral("%1: entry %2 differs\n  expected %3\n  got      %4")
                .arg(when).arg(i + 1).arg(shown(expected[i]), shown(actual[j]));
        }
    }
    for (; j < actual.size(); ++j) {
        if (!isExtra(actual[j]))
            return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
    }
    return {};
}

QString compareSections(const QString &when, const std::vector<SectionFacts> &expected,
                        const std::vector<SectionFacts> &actual, bool extraLists)
{
    std::vector<SectionFacts> e = normalised(expected);
    const std::vector<SectionFacts> a = normalised(actual);
    if (extraLists && e.size() + 1 == a.size() && !a.front().hasHeading && (e.empty() || e.front().hasHeading))
        e.insert(e.begin(), SectionFacts{false, QString(), 0}); // a preamble that got a list
    if (e.size() != a.size())
        return QStringLiteral("%1: %2 sections, expected %3").arg(when).arg(a.size()).arg(e.size());
    for (size_t i = 0; i < e.size(); ++i) {
        const bool fine = e[i] == a[i]
            || (extraLists && e[i].hasHeading == a[i].hasHeading && e[i].title == a[i].title
                && a[i].entries > e[i].entries);
        if (!fine) {
            return QStringLiteral("%1: section %2 differs: expected %3 (%4 entries), got %5 (%6 entries)")
                .arg(when).arg(i + 1).arg(shown(e[i].title)).arg(e[i].entries).arg(shown(a[i].title))
                .arg(a[i].entries);
        }
    }
    return {};
}

} // namespace DocumentChecks
