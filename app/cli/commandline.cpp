#include "app/cli/commandline.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/backupstore.h"
#include "app/export/contextexporter.h"
#include "app/lint/linter.h"
#include "app/document/qadocument.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/base/utf8validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Arguments after the command: the file plus options, some with a value.
struct Arguments
{
    QString file;
    QStringList flags;
    QMap<QString, QString> values;
    QString error;
};

Arguments parseArguments(const QStringList &args, const QStringList &flagNames,
                         const QStringList &valueNames)
{
    Arguments parsed;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            inlineValue = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }
        if (flagNames.contains(arg)) {
            parsed.flags.append(arg);
        } else if (valueNames.contains(arg)) {
            if (!hasInline && i + 1 >= args.size()) {
                parsed.error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(arg);
                return parsed;
            }
            parsed.values.insert(arg, hasInline ? inlineValue : args[++i]);
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            parsed.error = QCoreApplication::translate("CommandLine", "unknown option %1").arg(arg);
            return parsed;
        } else if (parsed.file.isEmpty()) {
            parsed.file = arg;
        } else {
            parsed.error = QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(arg);
            return parsed;
        }
    }
    if (parsed.file.isEmpty())
        parsed.error = QCoreApplication::translate("CommandLine", "no FILE given");
    return parsed;
}

std::optional<QaDocument> load(const QString &path, QTextStream &err)
{
    LoadError error;
    std::optional<QaDocument> document = QaDocument::fromFile(path, &error);
    if (!document)
        err << "quire: " << error.message << Qt::endl;
    return document;
}

// The document's reviews, read only: the CLI never creates or renames a
// sidecar. A sidecar that cannot be used is reported on stderr.
bool loadReviews(const QString &path, const QaDocument &document, ReviewStore &store, QTextStream &err)
{
    if (store.load(path, &document, ReviewStore::Mode::ReadOnly))
        return true;
    err << "quire: " << store.problem() << Qt::endl;
    return false;
}

QString reviewCountsJson(const ReviewCounts &c)
{
    return QStringLiteral("{\"approved\":%1,\"needs_work\":%2,\"unreviewed\":%3,\"changed_since_approval\":%4}")
        .arg(c.approved)
        .arg(c.needsWork)
        .arg(c.unreviewed)
        .arg(c.changedSinceApproval);
}

int usage(QTextStream &err, const QString &message)
{
    err << "quire: " << QCoreApplication::translate("CommandLine", "%1 (see quire --help)").arg(message) << Qt::endl;
    return CommandLine::UsageError;
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 90 ? line.left(89) + QStringLiteral("…") : line;
}

int check(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parseArguments(args, {QStringLiteral("--json")}, {});
    if (!a.error.isEmpty())
        return usage(err, a.error);
    const std::optional<QaDocument> document = load(a.file, err);
    if (!document)
        return CommandLine::FileError;
    const StatusCounts counts = Linter::count(*document);
    const auto similar = Linter::similarQuestions(*document);
    ReviewStore reviews;
    const bool reviewsOk = loadReviews(a.file, *document, reviews, err);
    const ReviewCounts reviewCounts = reviews.counts();

    if (a.flags.contains(QStringLiteral("--json"))) {
        out << "{\"file\":" << jsonString(a.file) << ",\"counts\":{\"entries\":" << counts.entries
            << ",\"answered\":" << counts.answered << ",\"empty\":" << counts.empty
            << ",\"placeholder\":" << counts.placeholder << ",\"unanswered\":" << counts.unanswered
            << "},\"review_counts\":" << reviewCountsJson(reviewCounts)
            << ",\"orphaned_reviews\":" << reviews.orphans().size();
        if (!reviewsOk)
            out << ",\"review_problem\":" << jsonString(reviews.problem());
        out << ",\"sections\":[";
        for (int s = 0; s < document->sectionCount(); ++s) {
            const QaSection &section = document->section(s);
            out << (s ? "," : "") << "{\"title\":" << jsonString(section.title())
                << ",\"line\":" << section.line() << ",\"entries\":" << section.entryCount()
                << ",\"review_counts\":" << reviewCountsJson(reviews.sectionCounts(s)) << "}";
        }
        out << "],\"entries\":[";
        bool first = true;
        for (const EntryRef &ref : document->allEntries()) {
            const QaEntry &entry = document->entry(ref);
            out << (first ? "" : ",") << "{\"number\":" << document->entryNumber(ref)
                << ",\"section\":" << jsonString(document->section(ref.section).title())
                << ",\"line\":" << entry.line() << ",\"status\":\"" << entryStatusName(entry.status())
                << "\",\"question\":" << jsonString(entry.question());
            const ReviewRecord review = reviews.record(entry);
            out << ",\"review\":{\"status\":\"" << reviewStatusName(review.status)
                << "\",\"note\":" << jsonString(review.note) << ",\"changed_since_approval\":"
                << (review.changedSinceApproval(entry.answer()) ? "true" : "false") << "}}";
            first = false;
        }
        out << "],\"similar\":[";
        for (size_t i = 0; i < similar.size(); ++i) {
            out << (i ? "," : "") << "{\"a\":" << similar[i].a << ",\"b\":" << similar[i].b
                << ",\"score\":" << QString::number(similar[i].score, 'f', 3) << "}";
        }
        out << "]}\n";
    } else {
        out << QCoreApplication::translate("CommandLine", "%1: %2 entries in %3 sections · %4 answered · %5 empty · "
                                           "%6 placeholder · %7 unanswered\n")
                   .arg(a.file, QString::number(counts.entries), QString::number(document->sectionCount()),
                        QString::number(counts.answered), QString::number(counts.empty),
                        QString::number(counts.placeholder), QString::number(counts.unanswered));
        if (QFileInfo::exists(reviews.sidecarPath())) {
            out << QCoreApplication::translate("CommandLine", "Reviews: %1 approved").arg(reviewCounts.approved);
            if (reviewCounts.changedSinceApproval)
                out << QCoreApplication::translate("CommandLine", " (%1 changed since approval)").arg(reviewCounts.changedSinceApproval);
            out << QCoreApplication::translate("CommandLine", " · %1 needs work · %2 unreviewed")
                       .arg(reviewCounts.needsWork)
                       .arg(reviewCounts.unreviewed);
            if (!reviews.orphans().empty())
                out << QCoreApplication::translate("CommandLine", " · %1 orphaned").arg(reviews.orphans().size());
            out << "\n";
        }
        for (const EntryRef &ref : document->allEntries()) {
            const QaEntry &entry = document->entry(ref);
            if (!needsAttention(entry.status()))
                continue;
            out << QCoreApplication::translate("CommandLine", "  line %1  #%2  %3  %4\n", "the status stays an English keyword, as in --json")
                       .arg(entry.line(), 5)
                       .arg(document->entryNumber(ref), -4)
                       .arg(entryStatusName(entry.status()), -11)
                       .arg(firstLine(entry.question()));
        }
        if (!similar.empty()) {
            out << QCoreApplication::translate("CommandLine", "Similar questions (highest first):\n");
            for (const auto &pair : similar) {
                const QaEntry &ea = document->entry(document->entryRef(pair.a));
                const QaEntry &eb = document->entry(document->entryRef(pair.b));
                out << QCoreApplication::translate("CommandLine", "  %1  #%2 (line %3) ~ #%4 (line %5)\n")
                           .arg(QString::number(pair.score, 'f', 2))
                           .arg(pair.a).arg(ea.line()).arg(pair.b).arg(eb.line());
            }
        }
    }
    out.flush();
    return counts.needingAttention() > 0 ? CommandLine::NeedsAttention : CommandLine::Ok;
}

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parseArguments(args,
                                       {QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered"),
                                        QStringLiteral("--only-approved")},
                                       {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output")});
    if (!a.error.isEmpty())
        return usage(err, a.error);
    ExportOptions options;
    if (a.values.contains(QStringLiteral("--format"))
        && !ExportOptions::parseFormat(a.values.value(QStringLiteral("--format")), &options.format))
        return usage(err, QCoreApplication::translate("CommandLine", "unknown format %1 (ctx, markdown, jsonl or source)")
                              .arg(a.values.value(QStringLiteral("--format"))));
    options.includeProse = a.flags.contains(QStringLiteral("--include-prose"));
    options.includeUnanswered = a.flags.contains(QStringLiteral("--include-unanswered"));
    const std::optional<QaDocument> document = load(a.file, err);
    if (!document)
        return CommandLine::FileError;
    ReviewStore reviews;
    if (a.flags.contains(QStringLiteral("--only-approved"))) {
        // Without readable reviews nothing could be called approved: refuse
        // rather than write an export that silently lacks every answer.
        if (!loadReviews(a.file, *document, reviews, err))
            return CommandLine::FileError;
        if (!QFileInfo::exists(reviews.sidecarPath()))
            err << "quire: " << reviews.sidecarPath() << ": no reviews yet, so no answer is approved" << Qt::endl;
        options.entryFilter = [&reviews](const QaEntry &entry) { return reviews.isApprovedAsIs(entry); };
    }
    const QByteArray bytes = ContextExporter::exportBytes(*document, options);
    const QString output = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output")));
    if (output.isEmpty() || output == QLatin1String("-")) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(bytes);
        stdoutFile.flush();
        return CommandLine::Ok;
    }
    QString error;
    if (!AtomicFileWriter::write(output, bytes, &error)) {
        err << "quire: " << error << Qt::endl;
        return CommandLine::FileError;
    }
    return CommandLine::Ok;
}

int setCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parseArguments(args, {},
                                       {QStringLiteral("--entry"), QStringLiteral("--answer"),
                                        QStringLiteral("--answer-file"), QStringLiteral("--question"),
                                        QStringLiteral("-o"), QStringLiteral("--output")});
    if (!a.error.isEmpty())
        return usage(err, a.error);
    bool numberOk = false;
    const int number = a.values.value(QStringLiteral("--entry")).toInt(&numberOk);
    if (!numberOk)
        return usage(err, QCoreApplication::translate("CommandLine", "--entry N (a number) is required"));
    const bool hasAnswer = a.values.contains(QStringLiteral("--answer"));
    const bool hasAnswerFile = a.values.contains(QStringLiteral("--answer-file"));
    const bool hasQuestion = a.values.contains(QStringLiteral("--question"));
    if (hasAnswer && hasAnswerFile)
        return usage(err, QCoreApplication::translate("CommandLine", "give --answer or --answer-file, not both"));
    if (!hasAnswer && !hasAnswerFile && !hasQuestion)
        return usage(err, QCoreApplication::translate("CommandLine", "nothing to set: give --answer, --answer-file or --question"));

    std::optional<QaDocument> document = load(a.file, err);
    if (!document)
        return CommandLine::FileError;
    const EntryRef ref = document->entryRef(number);
    if (!ref.isValid()) {
        err << "quire: "
            << QCoreApplication::translate("CommandLine", "%1: no entry %2 (the document has %3)")
                   .arg(a.file, QString::number(number), QString::number(document->entryCount()))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    QString answer = a.values.value(QStringLiteral("--answer"));
    if (hasAnswerFile) {
        const QString path = a.values.value(QStringLiteral("--answer-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "quire: " << path << ": " << file.errorString() << Qt::endl;
            return CommandLine::FileError;
        }
        const QByteArray bytes = file.readAll();
        const Utf8Validator::Result valid = Utf8Validator::check(bytes);
        if (!valid.ok()) {
            err << "quire: " << QCoreApplication::translate("CommandLine", "%1: not valid UTF-8 text at byte offset %2").arg(path, QString::number(valid.offset))
                << Qt::endl;
            return CommandLine::FileError;
        }
        answer = QString::fromUtf8(bytes);
    }
    // A question changed here is a question changed in Quire: its review
    // goes with it (only an existing sidecar of the file edited in place).
    ReviewStore reviews;
    const QString target = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output"), a.file));
    const bool followReviews = hasQuestion && QFileInfo(target) == QFileInfo(a.file)
        && QFileInfo::exists(ReviewFile::sidecarPath(a.file));
    if (followReviews && !reviews.load(a.file, &*document))
        err << "quire: " << reviews.problem() << Qt::endl;
    if (hasQuestion) {
        document->setQuestion(ref, a.values.value(QStringLiteral("--question")));
        if (followReviews)
            reviews.followEdit(ref);
    }
    if (hasAnswer || hasAnswerFile)
        document->setAnswer(ref, answer);

    const QString output = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output"), a.file));
    QString error;
    const QByteArray bytes = document->toBytes();
    QFile current(output);
    const bool unchanged = current.open(QIODevice::ReadOnly) && current.readAll() == bytes;
    // Keep the previous version unless nothing changes (a copy would push a real one out).
    if ((!unchanged && !BackupStore::backUp(output, &error)) || !AtomicFileWriter::write(output, bytes, &error)) {
        err << "quire: " << error << Qt::endl;
        return CommandLine::FileError;
    }
    if (followReviews && !reviews.flush())
        err << "quire: " << reviews.problem() << Qt::endl;
    out << QCoreApplication::translate("CommandLine", "%1: entry %2 is now %3\n", "the status stays an English keyword, as in --json")
               .arg(output, QString::number(number), entryStatusName(document->entry(ref).status()));
    out.flush();
    return CommandLine::Ok;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {
        QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("set"),
        QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v"),
    };
    return !arguments.isEmpty() && commands.contains(arguments.first());
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate("CommandLine",
        "Usage:\n"
        "  quire [FILE]                 open FILE in the editor window\n"
        "  quire check FILE [--json]    report entries that need attention and similar questions\n"
        "  quire export FILE [--format ctx|markdown|jsonl|source] [-o OUT]\n"
        "               [--include-prose] [--include-unanswered] [--only-approved]\n"
        "  quire set FILE --entry N (--answer TEXT | --answer-file PATH) [--question TEXT] [-o OUT]\n"
        "  quire --help | --version\n"
        "\n"
        "check exits 0 when no entry needs attention, 1 when some do, 2 when the file\n"
        "cannot be read or parsed, 64 on wrong arguments. export writes to standard output\n"
        "without -o. Every file is written atomically.\n",
        "keep the command names and options in English");
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << helpText();
        out.flush();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "quire " << QCoreApplication::applicationVersion() << "\n";
        out.flush();
        return Ok;
    }
    if (command == QLatin1String("check"))
        return check(rest, out, err);
    if (command == QLatin1String("export"))
        return exportCommand(rest, out, err);
    if (command == QLatin1String("set"))
        return setCommand(rest, out, err);
    return usage(err, command.startsWith(QLatin1Char('-')) ? QCoreApplication::translate("CommandLine", "unknown option %1").arg(command)
                                                           : QCoreApplication::translate("CommandLine", "unknown command %1").arg(command));
}
