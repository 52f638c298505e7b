#pragma once

// How the parser suites (tst_parser_*) load a document and write down what
// it parsed into: its entries and its sections as lines of text, compared as
// lists.

#include "app/document/qadocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace ParserDescriptions {

// A document parsed from `bytes` (the suite stops if it is refused).
inline QaDocument loaded(const QByteArray &bytes, const DocumentParser::Options &options = {})
{
    LoadError error;
    std::optional<QaDocument> doc = QaDocument::fromBytes(bytes, QStringLiteral("t.md"), options, &error);
    if (!doc)
        qFatal("not loaded: %s", qPrintable(error.message));
    return *doc;
}

// The bytes of a test file (the suite stops if it cannot be read).
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Options that read one dialect only (View → Read As).
inline DocumentParser::Options forced(QaLabel::Dialect dialect)
{
    DocumentParser::Options options;
    options.forced = dialect;
    return options;
}

// One line per entry: "status@line Q[question]" plus " A[answer]" when the
// entry has an answer field. Exact texts, so a test sees every byte the parser
// assigns to a question or an answer.
inline QStringList describeEntries(const QaDocument &doc)
{
    QStringList out;
    for (const EntryRef &ref : doc.allEntries()) {
        const QaEntry &e = doc.entry(ref);
        QString line = QStringLiteral("%1@%2 Q[%3]").arg(entryStatusName(e.status())).arg(e.line()).arg(e.question());
        if (e.hasAnswerField())
            line += QStringLiteral(" A[%1]").arg(e.answer());
        out.append(line);
    }
    return out;
}

// The entries without their line numbers (an edit may move the lines).
inline QStringList texts(const QaDocument &doc)
{
    QStringList out = describeEntries(doc);
    static const QRegularExpression lineNumber(QStringLiteral("^(\\w+)@\\d+ "));
    for (QString &line : out)
        line.replace(lineNumber, QStringLiteral("\\1 "));
    return out;
}

// What the writer leaves, as it reads back.
inline QStringList reloadedEntries(const QaDocument &doc)
{
    return texts(loaded(doc.toBytes(), doc.parseOptions()));
}

// Each entry of `original` removed, and moved to every place of every
// section: the first of these edits after which the entries do not read
// back as they are in memory, described, or an empty string.
inline QString firstRemovalOrMoveNotReadBack(const QaDocument &original)
{
    const auto differs = [](const QaDocument &doc, const QString &edit) {
        const QStringList back = reloadedEntries(doc);
        const QStringList kept = texts(doc);
        return back == kept ? QString()
                            : edit + QStringLiteral(": read back\n") + back.join(QLatin1Char('\n'))
                + QStringLiteral("\nin memory\n") + kept.join(QLatin1Char('\n'));
    };
    for (int n = 1; n <= original.entryCount(); ++n) {
        QaDocument doc = original;
        doc.removeEntry(doc.entryRef(n));
        QString problem = differs(doc, QStringLiteral("entry %1 removed").arg(n));
        for (int s = 0; problem.isEmpty() && s < original.sectionCount(); ++s) {
            const int room = original.section(s).entryCount() - (original.entryRef(n).section == s ? 1 : 0);
            for (int to = 0; problem.isEmpty() && to <= room; ++to) {
                QaDocument moved = original;
                moved.moveEntry(moved.entryRef(n), s, to);
                problem = differs(moved, QStringLiteral("entry %1 moved to section %2, place %3").arg(n).arg(s).arg(to));
            }
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// One line per listed section: "title@line:entries".
inline QStringList describeSections(const QaDocument &doc)
{
    QStringList out;
    for (int s = 0; s < doc.sectionCount(); ++s) {
        const QaSection &section = doc.section(s);
        out.append(QStringLiteral("%1@%2:%3").arg(section.title()).arg(section.line()).arg(section.entryCount()));
    }
    return out;
}

} // namespace ParserDescriptions
