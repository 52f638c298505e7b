#include "app/cli/checkcommand.h"

#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/export/exportescaper.h"
#include "app/lint/linter.h"
#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

// A JSON string, escaped as the jsonl export escapes its strings.
QString jsonString(const QString &text)
{
    QByteArray json = "\"";
    ExportEscaper::appendJsonString(json, text.toUtf8());
    json += '"';
    return QString::fromUtf8(json);
}

QString reviewCountsJson(const ReviewCounts &c)
{
    return QStringLiteral("{\"approved\":%1,\"needs_work\":%2,\"unreviewed\":%3,\"changed_since_approval\":%4}")
        .arg(c.approved)
        .arg(c.needsWork)
        .arg(c.unreviewed)
        .arg(c.changedSinceApproval);
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 90 ? line.left(89) + QStringLiteral("…") : line;
}

} // namespace

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArguments a = CommandArguments::parse(args, {QStringLiteral("--json")}, {});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);
    const std::optional<QaDocument> document = Command::load(a.file, err);
    if (!document)
        return Command::FileError;
    const StatusCounts counts = Linter::count(*document);
    const auto similar = Linter::similarQuestions(*document);
    ReviewStore reviews;
    const bool reviewsOk = Command::loadReviews(a.file, *document, reviews, err);
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
    return counts.needingAttention() > 0 ? Command::NeedsAttention : Command::Ok;
}
