#include "app/cli/setcommand.h"

#include "app/base/regularfile.h"

#include "app/base/utf8validator.h"
#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsaver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int SetCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArguments a = CommandArguments::parse(args, {},
                                                       {QStringLiteral("--entry"), QStringLiteral("--answer"),
                                                        QStringLiteral("--answer-file"), QStringLiteral("--question"),
                                                        QStringLiteral("-o"), QStringLiteral("--output")});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);
    bool numberOk = false;
    const int number = a.values.value(QStringLiteral("--entry")).toInt(&numberOk);
    if (!numberOk)
        return Command::usage(err, QCoreApplication::translate("CommandLine", "--entry N (a number) is required"));
    const bool hasAnswer = a.values.contains(QStringLiteral("--answer"));
    const bool hasAnswerFile = a.values.contains(QStringLiteral("--answer-file"));
    const bool hasQuestion = a.values.contains(QStringLiteral("--question"));
    if (hasAnswer && hasAnswerFile)
        return Command::usage(err, QCoreApplication::translate("CommandLine", "give --answer or --answer-file, not both"));
    if (!hasAnswer && !hasAnswerFile && !hasQuestion)
        return Command::usage(err, QCoreApplication::translate("CommandLine", "nothing to set: give --answer, --answer-file or --question"));

    std::optional<QaDocument> document = Command::load(a.file, err);
    if (!document)
        return Command::FileError;
    const EntryRef ref = document->entryRef(number);
    if (!ref.isValid()) {
        err << "quire: "
            << QCoreApplication::translate("CommandLine", "%1: no entry %2 (the document has %3)")
                   .arg(a.file, QString::number(number), QString::number(document->entryCount()))
            << Qt::endl;
        return Command::UsageError;
    }
    QString answer = a.values.value(QStringLiteral("--answer"));
    if (hasAnswerFile) {
        const QString path = a.values.value(QStringLiteral("--answer-file"));
        QByteArray bytes;
        QString why;
        if (!RegularFile::readAll(path, &bytes, &why)) {
            err << "quire: " << why << Qt::endl;
            return Command::FileError;
        }
        const Utf8Validator::Result valid = Utf8Validator::check(bytes);
        if (!valid.ok()) {
            err << "quire: " << QCoreApplication::translate("CommandLine", "%1: not valid UTF-8 text at byte offset %2").arg(path, QString::number(valid.offset))
                << Qt::endl;
            return Command::FileError;
        }
        // The file's line endings are line breaks (read as a document's).
        answer = QString::fromUtf8(bytes.replace("\r\n", "\n"));
    }
    // A question changed here is a question changed in Quire: its review
    // goes with it (only an existing sidecar of the file edited in place).
    ReviewStore reviews;
    const QString output = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output"), a.file));
    const bool followReviews = hasQuestion && QFileInfo(output) == QFileInfo(a.file)
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

    QString error;
    if (!DocumentSaver::save(output, document->toBytes(), &error)) {
        err << "quire: " << error << Qt::endl;
        return Command::FileError;
    }
    if (followReviews && !reviews.flush())
        err << "quire: " << reviews.problem() << Qt::endl;
    out << QCoreApplication::translate("CommandLine", "%1: entry %2 is now %3\n", "the status stays an English keyword, as in --json")
               .arg(output, QString::number(number), entryStatusName(document->entry(ref).status()));
    out.flush();
    return Command::Ok;
}
