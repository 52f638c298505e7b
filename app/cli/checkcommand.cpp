#include "app/cli/checkcommand.h"

#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/export/exportescaper.h"
#include "app/lint/linter.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QtConcurrent>

namespace {

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
    // The search for similar questions is the longest step: it runs on
    // another core while the rest is counted, read and written.
    QFuture<std::vector<SimilarityFinder::Pair>> similarSearch
        = QtConcurrent::run([&document] { return Linter::similarQuestions(*document); });
    const StatusCounts counts = Linter::count(*document);
    // Without a sidecar every entry is unreviewed: no question is keyed.
    const bool anyReviews = QFileInfo::exists(ReviewFile::sidecarPath(a.file));
    ReviewStore reviews;
    const bool reviewsOk = !anyReviews || Command::loadReviews(a.file, *document, reviews, err);
    auto unreviewed = [](int entries) {
        ReviewCounts none;
        none.unreviewed = entries;
        return none;
    };
    const ReviewCounts reviewCounts = anyReviews ? reviews.counts() : unreviewed(counts.entries);

    if (a.flags.contains(QStringLiteral("--json"))) {
        // Built as UTF-8 bytes and written at once: 60,000 entries make
        // 20 MB, which a QTextStream would convert twice.
        QByteArray json;
        json.reserve((1 << 20) + 4096);
        auto number = [&json](qint64 n) { json += QByteArray::number(n); };
        auto string = [&json](const QString &text) {
            json += '"';
            ExportEscaper::appendJsonString(json, text.toUtf8());
            json += '"';
        };
        json += "{\"file\":";
        string(a.file);
        json += ",\"counts\":{\"entries\":";
        number(counts.entries);
        json += ",\"answered\":";
        number(counts.answered);
        json += ",\"empty\":";
        number(counts.empty);
        json += ",\"placeholder\":";
        number(counts.placeholder);
        json += ",\"unanswered\":";
        number(counts.unanswered);
        json += "},\"review_counts\":" + reviewCountsJson(reviewCounts).toUtf8() + ",\"orphaned_reviews\":";
        number(anyReviews ? qint64(reviews.orphans().size()) : 0);
        if (!reviewsOk) {
            json += ",\"review_problem\":";
            string(reviews.problem());
        }
        json += ",\"sections\":[";
        for (int s = 0; s < document->sectionCount(); ++s) {
            const QaSection &section = document->section(s);
            json += s ? ",{\"title\":" : "{\"title\":";
            string(section.title());
            json += ",\"line\":";
            number(section.line());
            json += ",\"entries\":";
            number(section.entryCount());
            const ReviewCounts sectionCounts = anyReviews ? reviews.sectionCounts(s) : unreviewed(section.entryCount());
            json += ",\"review_counts\":" + reviewCountsJson(sectionCounts).toUtf8() + '}';
        }
        json += "],\"entries\":[";
        bool first = true;
        for (const EntryRef &ref : document->allEntries()) {
            const QaEntry &entry = document->entry(ref);
            json += first ? "{\"number\":" : ",{\"number\":";
            number(document->entryNumber(ref));
            json += ",\"section\":";
            string(document->section(ref.section).title());
            json += ",\"line\":";
            number(entry.line());
            json += ",\"status\":\"";
            json += entryStatusName(entry.status()).toUtf8();
            json += "\",\"question\":";
            string(entry.question());
            const ReviewRecord review = anyReviews ? reviews.record(entry) : ReviewRecord();
            json += ",\"review\":{\"status\":\"";
            json += reviewStatusName(review.status).toUtf8();
            json += "\",\"note\":";
            string(review.note);
            json += ",\"changed_since_approval\":";
            json += review.changedSinceApproval(entry.answer()) ? "true}}" : "false}}";
            first = false;
            if (json.size() > (1 << 20)) { // written as it goes: memory stays flat
                Command::writeBytes(out, json);
                json.clear();
            }
        }
        const std::vector<SimilarityFinder::Pair> similar = similarSearch.result();
        json += "],\"similar\":[";
        for (size_t i = 0; i < similar.size(); ++i) {
            json += i ? ",{\"a\":" : "{\"a\":";
            number(similar[i].a);
            json += ",\"b\":";
            number(similar[i].b);
            json += ",\"score\":" + QByteArray::number(similar[i].score, 'f', 3) + '}';
        }
        json += "]}\n";
        Command::writeBytes(out, json);
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
        const std::vector<SimilarityFinder::Pair> similar = similarSearch.result();
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
