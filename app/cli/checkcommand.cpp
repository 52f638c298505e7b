#include "app/cli/checkcommand.h"

#include "app/base/workerpool.h"
#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/export/contextexporter.h"
#include "app/export/exportescaper.h"
#include "app/export/exportsize.h"
#include "app/tokens/tokencountstream.h"
#include "app/lint/linter.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>
#include <QtConcurrent>

#include <array>
#include <charconv>

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
    const CommandArguments a = CommandArguments::parse(args, {QStringLiteral("--json")}, {QStringLiteral("--encoding"), QStringLiteral("--read-as")});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);
    TokenEncoding encoding;
    if (!Command::encodingOption(a.values.value(QStringLiteral("--encoding")), &encoding, err))
        return Command::UsageError;
    DocumentParser::Options readAs;
    if (!Command::readAsOption(a.values.value(QStringLiteral("--read-as")), &readAs, err))
        return Command::UsageError;
    std::optional<QaDocument> document = Command::load(a.file, err, readAs);
    if (!document)
        return Command::FileError;
    // The search for similar questions is the longest step: it runs on
    // another core while the rest is counted, read and written.
    QFuture<std::vector<SimilarityFinder::Pair>> similarSearch
        = QtConcurrent::run(WorkerPool::instance(), [&document] { return Linter::similarQuestions(*document); });
    // Without a sidecar every entry is unreviewed: no question is keyed.
    const bool anyReviews = QFileInfo::exists(ReviewFile::sidecarPath(a.file));
    ReviewStore reviews;
    const bool reviewsOk = !anyReviews || Command::loadReviews(a.file, *document, reviews, err);
    // Probes (marked in the sidecar) without an answer are not gaps.
    const StatusCounts counts = reviews.withProbes(Linter::count(*document));
    auto isProbe = [&](EntryRef ref) { return anyReviews && reviews.isProbe(ref); };
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
        // A key and a number (or a score, with its format), written in
        // place: the entries and similar pairs are 60,000 and more.
        char digits[32];
        auto number = [&json, &digits](const char *key, auto value, auto... format) {
            json += key;
            json.append(digits, std::to_chars(digits, digits + sizeof digits, value, format...).ptr - digits);
        };
        auto jsonString = [](const QString &text) {
            QByteArray quoted = "\"";
            ExportEscaper::appendJsonString(quoted, text.toUtf8());
            return quoted + '"';
        };
        auto string = [&json, &jsonString](const char *key, const QString &text) {
            json += key;
            json += jsonString(text);
        };
        string("{\"file\":", a.file);
        number(",\"counts\":{\"entries\":", counts.entries);
        number(",\"answered\":", counts.answered);
        number(",\"empty\":", counts.empty);
        number(",\"placeholder\":", counts.placeholder);
        number(",\"unanswered\":", counts.unanswered);
        number(",\"probes\":", counts.probes);
        json += "},\"review_counts\":" + reviewCountsJson(reviewCounts).toUtf8();
        number(",\"orphaned_reviews\":", anyReviews ? qint64(reviews.orphans().size()) : 0);
        // Entries per dialect (README, "Dialects"), every dialect named.
        const std::array<int, QaLabel::dialectCount> dialects = document->dialectCounts();
        for (int d = 0; d < QaLabel::dialectCount; ++d) {
            json += d ? ",\"" : ",\"dialects\":{\"";
            json += QaLabel::dialectName(QaLabel::Dialect(d)).toUtf8() + "\":" + QByteArray::number(dialects[size_t(d)]);
        }
        json += '}';
        if (!reviewsOk)
            string(",\"review_problem\":", reviews.problem());
        json += ",\"sections\":[";
        // Each title escaped once, then written with each of its entries.
        std::vector<QByteArray> sectionTitles;
        sectionTitles.reserve(size_t(document->sectionCount()));
        for (int s = 0; s < document->sectionCount(); ++s) {
            const QaSection &section = document->section(s);
            sectionTitles.push_back(jsonString(section.title()));
            json += s ? ",{\"title\":" : "{\"title\":";
            json += sectionTitles.back();
            number(",\"line\":", section.line());
            number(",\"entries\":", section.entryCount());
            const ReviewCounts sectionCounts = anyReviews ? reviews.sectionCounts(s) : unreviewed(section.entryCount());
            json += ",\"review_counts\":" + reviewCountsJson(sectionCounts).toUtf8() + '}';
        }
        json += "],\"entries\":[";
        // Names written 60,000 times, converted once.
        std::array<QByteArray, QaLabel::dialectCount> dialectNames;
        for (int d = 0; d < QaLabel::dialectCount; ++d)
            dialectNames[size_t(d)] = QaLabel::dialectName(QaLabel::Dialect(d)).toUtf8();
        QHash<int, QByteArray> statusNames;
        auto statusName = [&statusNames](EntryStatus status) -> const QByteArray & {
            auto it = statusNames.find(int(status));
            if (it == statusNames.end())
                it = statusNames.insert(int(status), entryStatusName(status).toUtf8());
            return *it;
        };
        const ReviewRecord noReview;
        bool first = true;
        for (const EntryRef &ref : document->allEntries()) {
            const QaEntry &entry = document->entry(ref);
            number(first ? "{\"number\":" : ",{\"number\":", document->entryNumber(ref));
            json += ",\"section\":";
            json += sectionTitles[size_t(ref.section)];
            number(",\"line\":", entry.line());
            json += ",\"dialect\":\"";
            json += dialectNames[size_t(entry.dialect())];
            json += "\",\"status\":\"";
            json += statusName(entry.status());
            json += '"';
            if (isProbe(ref))
                json += ",\"probe\":true";
            json += ",\"question\":\"";
            ExportEscaper::appendJsonString(json, entry.questionTextUtf8());
            // Without a sidecar every entry is unreviewed: nothing to look up.
            const ReviewRecord review = anyReviews ? reviews.record(entry) : noReview;
            json += "\",\"review\":{\"status\":\"";
            json += reviewStatusName(review.status).toUtf8();
            json += "\",\"note\":\"";
            ExportEscaper::appendJsonString(json, review.note.toUtf8());
            json += review.changedSinceApproval(entry) ? "\",\"changed_since_approval\":true}}"
                                                       : "\",\"changed_since_approval\":false}}";
            first = false;
            if (json.size() > (1 << 20)) { // written as it goes: memory stays flat
                Command::writeBytes(out, json);
                json.resize(0); // keeps the buffer: no fresh pages per megabyte
            }
        }
        const std::vector<SimilarityFinder::Pair> similar = similarSearch.result();
        json += "],\"similar\":[";
        for (size_t i = 0; i < similar.size(); ++i) {
            number(i ? ",{\"a\":" : "{\"a\":", similar[i].a);
            number(",\"b\":", similar[i].b);
            number(",\"score\":", similar[i].score, std::chars_format::fixed, 3);
            json += '}';
        }
        json += "]}\n";
        Command::writeBytes(out, json);
    } else {
        out << QCoreApplication::translate("CommandLine", "%1: %2 entries in %3 sections · %4 answered · %5 empty · "
                                           "%6 placeholder · %7 unanswered\n")
                   .arg(a.file, QString::number(counts.entries), QString::number(document->sectionCount()),
                        QString::number(counts.answered), QString::number(counts.empty),
                        QString::number(counts.placeholder), QString::number(counts.unanswered));
        if (counts.probes)
            out << QCoreApplication::translate("CommandLine", "Probes (questions the model should decline, not gaps): %1\n")
                       .arg(counts.probes);
        // What `quire export` writes by default, counted exactly (the rank
        // table loads here, only in this report: --json stays fast on 65 MB),
        // chunk by chunk: the export is never held whole.
        TokenCountStream tokens(encoding);
        ContextExporter::exportInChunks(*document, ExportOptions(),
                                        [&tokens](QByteArrayView chunk) { tokens.add(chunk); });
        ExportSize size;
        size.tokens = tokens.total();
        size.encoding = encoding;
        out << QCoreApplication::translate("CommandLine", "Export (ctx): %1\n").arg(size.tokensText());
        if (anyReviews) {
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
            if (!needsAttention(entry.status()) || isProbe(ref))
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
    // The process ends after this: the system takes the memory back at
    // once, faster than 60,000 entries freed one by one.
    Command::keepUntilExit(std::move(*document));
    return counts.needingAttention() > 0 ? Command::NeedsAttention : Command::Ok;
}
