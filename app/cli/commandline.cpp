#include "app/cli/commandline.h"

#include "app/base/apptranslations.h"
#include "app/cli/checkcommand.h"
#include "app/cli/command.h"
#include "app/cli/exportcommand.h"
#include "app/cli/setcommand.h"
#include "app/document/qalabel.h"

#include <QCoreApplication>
#include <QTextStream>

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {
        QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("set"), QStringLiteral("context"),
        QStringLiteral("rehearse"),
        QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v"),
    };
    return !arguments.isEmpty() && commands.contains(arguments.first());
}

bool CommandLine::isOnlineCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    return command == QLatin1String("context") || command == QLatin1String("rehearse");
}

QStringList CommandLine::arguments(int argc, char *argv[])
{
    QStringList out;
    for (int i = 1; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}

void CommandLine::setUp(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("Quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    AppTranslations::install(&app);
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate("CommandLine",
        "Usage:\n"
        "  quire [FILE]                 open FILE in the editor window\n"
        "  quire check FILE [--json] [--encoding ENC] [--read-as DIALECT]\n"
        "                               report entries that need attention and similar questions\n"
        "  quire export FILE [--format ctx|markdown|jsonl|source] [-o OUT] [--encoding ENC]\n"
        "               [--include-prose] [--include-unanswered] [--only-approved] [--read-as DIALECT]\n"
        "  quire set FILE --entry N (--answer TEXT | --answer-file PATH) [--question TEXT] [-o OUT]\n"
        "  quire context LLMS_TXT [-o OUT] [--optional] [--only-approved] [--fetch]\n"
        "               [--timeout S] [--encoding o200k_base|cl100k_base] [--json]\n"
        "                               build the whole context from an llms.txt\n"
        "  quire rehearse FILE --base-url URL --model NAME [--api openai|ollama]\n"
        "               [--entry N]... [--section N] [--probes-only] [--expect decline]\n"
        "               [--context CTX] [--only-approved] [--optional] [--system-prompt FILE]\n"
        "               [--judge-model NAME] [--concurrency N] [--timeout S] [-o RUNS.jsonl] [--json]\n"
        "  quire --help | --version\n"
        "\n"
        "check exits 0 when no entry needs attention, 1 when some do, 2 when the file\n"
        "cannot be read or parsed, 64 on wrong arguments. export writes to standard output\n"
        "without -o. Every file is written atomically. Tokens are counted exactly with\n"
        "ENC: o200k_base (default, GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5).\n"
        "context exits 0 when clean, 1 when built with warnings (lint, remote links not\n"
        "fetched), 2 when a linked file is missing (nothing is written), 64 on wrong\n"
        "arguments. Remote links are fetched only with --fetch (cached; the cached copy\n"
        "is used offline; --timeout S per document, default 20). --json writes the report\n"
        "to standard output instead.\n"
        "rehearse asks a model the document's questions with its context (the llms_ctx.txt\n"
        "of its context project when an llms.txt links to it, else its own ctx export;\n"
        "--only-approved and --optional as for context) and appends the run to\n"
        "NAME.runs.jsonl (the API key is read from QUIRE_API_KEY); it exits 0 when every\n"
        "answer agrees and every probe is declined, 1 when some do not, 2 when an error\n"
        "stopped the run.\n",
        "keep the command names and options in English")
        + QCoreApplication::translate("CommandLine",
              "check and export read every dialect a document is written in; --read-as DIALECT\n"
              "reads only that one (the labels of the others are prose). DIALECT: %1.\n",
              "keep the option name in English; %1 lists the dialect names, which stay English")
              .arg(QaLabel::dialectNames());
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << helpText();
        out.flush();
        return Command::Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "quire " << QCoreApplication::applicationVersion() << "\n";
        out.flush();
        return Command::Ok;
    }
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest, out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(rest, out, err);
    if (command == QLatin1String("set"))
        return SetCommand::run(rest, out, err);
    if (isOnlineCommand(arguments)) { // main.cpp hands them to quire-online first
        err << "quire: " << command << " runs in quire-online\n";
        return Command::FileError;
    }
    return Command::usage(err, command.startsWith(QLatin1Char('-')) ? QCoreApplication::translate("CommandLine", "unknown option %1").arg(command)
                                                           : QCoreApplication::translate("CommandLine", "unknown command %1").arg(command));
}
