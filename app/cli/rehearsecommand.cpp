#include "app/cli/rehearsecommand.h"

#include "app/base/displaypath.h"
#include "app/base/regularfile.h"
#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/cli/rehearsalprogress.h"
#include "app/rehearsal/rehearsalcontext.h"
#include "app/rehearsal/rehearsalrun.h"
#include "app/rehearsal/runsfile.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <set>
#include <unistd.h>

namespace {

bool positiveNumber(const QString &text, int *number)
{
    bool ok = false;
    *number = text.toInt(&ok);
    return ok && *number > 0;
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray summaryJson(const RehearsalRun &run, const RehearsalContext::Context &context)
{
    const RehearsalRun::Summary &s = run.summary();
    QByteArray json = "{\"run\":\"" + run.record().id.toUtf8() + "\",\"questions\":" + QByteArray::number(s.questions)
        + ",\"verdicts\":{";
    bool first = true;
    for (Verdict v : {Verdict::Agrees, Verdict::Partial, Verdict::Differs, Verdict::Declined, Verdict::Answered,
                      Verdict::Unscored, Verdict::Invalid, Verdict::Error}) {
        json += (first ? "\"" : ",\"") + Verdicts::name(v).toUtf8() + "\":" + QByteArray::number(s.verdicts.value(v));
        first = false;
    }
    json += "},\"errors\":" + QByteArray::number(s.errors)
        + ",\"context_tokens\":" + QByteArray::number(run.record().contextTokens)
        + ",\"context_source\":" + jsonString(RehearsalContext::sourceName(context.source))
        + ",\"llms_txt\":" + (context.llmsTxt.isEmpty() ? QByteArray("null") : jsonString(context.llmsTxt)) + "}\n";
    return json;
}

} // namespace

int RehearseCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString baseUrlOption = QStringLiteral("--base-url"), modelOption = QStringLiteral("--model"),
                  apiOption = QStringLiteral("--api"), entryOption = QStringLiteral("--entry"),
                  sectionOption = QStringLiteral("--section"), expectOption = QStringLiteral("--expect"),
                  contextOption = QStringLiteral("--context"), promptOption = QStringLiteral("--system-prompt"),
                  judgeOption = QStringLiteral("--judge-model"), concurrencyOption = QStringLiteral("--concurrency"),
                  timeoutOption = QStringLiteral("--timeout");
    const CommandArguments a = CommandArguments::parse(
        args, {QStringLiteral("--probes-only"), QStringLiteral("--json"), QStringLiteral("--only-approved"), QStringLiteral("--optional")},
        {baseUrlOption, modelOption, apiOption, entryOption, sectionOption, expectOption, contextOption, promptOption,
         judgeOption, concurrencyOption, timeoutOption, QStringLiteral("-o"), QStringLiteral("--output")});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);

    RehearsalRun::Setup setup;
    EndpointProfile &profile = setup.profile;
    if (!a.values.contains(baseUrlOption) || !a.values.contains(modelOption))
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--base-url URL and --model NAME are required"));
    const std::optional<QUrl> base = EndpointProfile::cleanBaseUrl(a.values.value(baseUrlOption));
    if (!base)
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--base-url needs an http:// or https:// URL"));
    profile.baseUrl = *base;
    profile.name = QStringLiteral("command line");
    profile.model = a.values.value(modelOption);
    if (a.values.contains(apiOption)) {
        const std::optional<EndpointProfile::ApiStyle> api = EndpointProfile::apiFromName(a.values.value(apiOption));
        if (!api)
            return Command::usage(err, QCoreApplication::translate("CommandLine", "unknown API style %1 (openai or ollama)").arg(a.values.value(apiOption)));
        profile.api = *api;
    }
    if (a.values.contains(concurrencyOption) && !positiveNumber(a.values.value(concurrencyOption), &profile.concurrency))
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--concurrency needs a whole number above 0"));
    if (a.values.contains(timeoutOption) && !positiveNumber(a.values.value(timeoutOption), &profile.timeoutSeconds))
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--timeout needs a number of seconds above 0"));
    const bool expectDecline = a.values.contains(expectOption);
    if (expectDecline && a.values.value(expectOption) != QLatin1String("decline"))
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--expect takes only \"decline\""));
    if (a.values.contains(judgeOption)) {
        EndpointProfile judge = profile;
        judge.name = QStringLiteral("judge");
        judge.model = a.values.value(judgeOption);
        judge.temperature = 0;
        setup.judge = judge;
    }
    std::vector<int> entryNumbers;
    std::vector<int> sectionNumbers;
    for (const auto &[name, value] : a.allValues) {
        int number = 0;
        if (name != entryOption && name != sectionOption)
            continue;
        if (!positiveNumber(value, &number))
            return Command::usage(err, QCoreApplication::translate("CommandLine", "%1 needs a number from 1 on").arg(name));
        (name == entryOption ? entryNumbers : sectionNumbers).push_back(number);
    }

    const std::optional<QaDocument> document = Command::load(a.file, err);
    if (!document)
        return Command::FileError;
    std::set<int> chosen; // entry numbers, in document order
    for (int number : entryNumbers) {
        if (!document->entryRef(number).isValid())
            return Command::usage(err, QCoreApplication::translate("CommandLine", "%1: no entry %2 (the document has %3)")
                                           .arg(a.file).arg(number).arg(document->entryCount()));
        chosen.insert(number);
    }
    for (int number : sectionNumbers) {
        if (number > document->sectionCount())
            return Command::usage(err, QCoreApplication::translate("CommandLine", "%1: no section %2 (the document has %3)")
                                           .arg(a.file).arg(number).arg(document->sectionCount()));
        for (int i = 0; i < document->section(number - 1).entryCount(); ++i)
            chosen.insert(document->entryNumber(EntryRef{number - 1, i}));
    }
    if (entryNumbers.empty() && sectionNumbers.empty()) {
        for (int n = 1; n <= document->entryCount(); ++n)
            chosen.insert(n);
    }
    // Probes marked in the review sidecar (an entry, or its whole section);
    // --expect decline makes every chosen question one for this run. An
    // unreadable sidecar is reported and the run goes on without its marks.
    ReviewStore reviews;
    bool reviewsRead = false;
    if (QFileInfo::exists(ReviewFile::sidecarPath(a.file)))
        reviewsRead = Command::loadReviews(a.file, *document, reviews, err);
    const bool probesOnly = a.flags.contains(QStringLiteral("--probes-only"));
    for (int number : chosen) {
        const bool probe = expectDecline || reviews.isProbe(document->entryRef(number));
        if (probesOnly && !probe)
            continue;
        setup.questions.push_back(RehearsalQuestion::of(*document, document->entryRef(number), probe));
    }

    QString error;
    RehearsalContext::Context context;
    if (a.values.contains(contextOption)) {
        const std::optional<QByteArray> bytes = RehearsalContext::fromFile(a.values.value(contextOption), &error);
        if (!bytes) {
            err << "quire: " << error << Qt::endl;
            return Command::FileError;
        }
        context.source = RehearsalContext::Source::File;
        context.bytes = *bytes;
    } else {
        // The context project's llms_ctx.txt when the document belongs to
        // one, else the document's own ctx export; the same options for both.
        RehearsalContext::Choice choice;
        choice.onlyApproved = a.flags.contains(QStringLiteral("--only-approved"));
        choice.includeOptional = a.flags.contains(QStringLiteral("--optional"));
        if (choice.onlyApproved) {
            if (!reviewsRead && !Command::loadReviews(a.file, *document, reviews, err))
                return Command::FileError;
            choice.documentOptions.entryFilter = [&reviews](const QaEntry &entry) { return reviews.isApprovedAsIs(entry); };
        }
        context = RehearsalContext::forDocumentFile(a.file, *document, choice);
        for (const ContextWarning &warning : context.warnings)
            err << displayPath(context.llmsTxt) << ':' << warning.line << ": " << warning.message << Qt::endl;
        if (!context.error.isEmpty()) {
            err << "quire: " << QCoreApplication::translate("CommandLine", "the context project cannot be built, nothing was asked: %1 (--context CTX sends a context file instead)")
                                    .arg(context.error) << Qt::endl;
            return Command::FileError;
        }
        if (context.source == RehearsalContext::Source::Document && choice.onlyApproved && !QFileInfo::exists(reviews.sidecarPath()))
            err << "quire: " << QCoreApplication::translate("CommandLine", "%1: no reviews yet, so no answer is approved").arg(reviews.sidecarPath())
                << Qt::endl;
    }
    setup.context = context.bytes;
    if (a.values.contains(promptOption)) {
        const std::optional<QByteArray> prompt = RehearsalContext::fromFile(a.values.value(promptOption), &error);
        if (!prompt) {
            err << "quire: " << error << Qt::endl;
            return Command::FileError;
        }
        profile.systemPromptTemplate = QString::fromUtf8(*prompt);
    }
    setup.apiKey = qgetenv("QUIRE_API_KEY");
    setup.runsPath = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output"), RunsFile::pathFor(a.file)));

    if (setup.questions.empty()) {
        err << "quire: " << QCoreApplication::translate("CommandLine", "no question to ask (--probes-only without probes?)") << Qt::endl;
        return Command::UsageError;
    }
    const int total = int(setup.questions.size());
    RehearsalRun run(std::move(setup));
    RehearsalProgress progress(err, total, ::isatty(STDERR_FILENO) == 1);
    QObject::connect(&run, &RehearsalRun::answerRecorded, &run,
                     [&progress](int, const AnswerRecord &answer) { progress.answered(answer); });
    QObject::connect(&run, &RehearsalRun::warning, &run, [&progress](const QString &message) { progress.warning(message); });
    QEventLoop loop;
    QObject::connect(&run, &RehearsalRun::finished, &loop, &QEventLoop::quit);
    if (!run.start(&error)) {
        err << "quire: " << error << Qt::endl;
        return Command::FileError;
    }
    loop.exec();
    progress.done();

    const RehearsalRun::Summary &summary = run.summary();
    if (summary.stopped)
        err << "quire: " << QCoreApplication::translate("CommandLine", "the run stopped: %1").arg(summary.stopReason) << Qt::endl;
    if (a.flags.contains(QStringLiteral("--json"))) {
        Command::writeBytes(out, summaryJson(run, context));
    } else {
        out << QCoreApplication::translate("CommandLine", "run %1: %2 questions").arg(run.record().id).arg(summary.questions);
        for (auto it = summary.verdicts.cbegin(); it != summary.verdicts.cend(); ++it)
            out << " · " << it.value() << " " << Verdicts::name(it.key());
        out << "\n";
        switch (context.source) {
        case RehearsalContext::Source::Project:
            out << QCoreApplication::translate("CommandLine", "context: the context project %1").arg(context.llmsTxt) << "\n";
            break;
        case RehearsalContext::Source::Document:
            out << QCoreApplication::translate("CommandLine", "context: the document's own ctx export (no llms.txt links to it)") << "\n";
            break;
        case RehearsalContext::Source::File:
            out << QCoreApplication::translate("CommandLine", "context: %1").arg(a.values.value(contextOption)) << "\n";
            break;
        }
        out.flush();
    }
    if (summary.stopped)
        return Command::FileError;
    return summary.allGood() ? Command::Ok : Command::NeedsAttention;
}
