#include "app/cli/command.h"

#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QTextStream>

#include <vector>

int Command::usage(QTextStream &err, const QString &message)
{
    err << "quire: " << QCoreApplication::translate("CommandLine", "%1 (see quire --help)").arg(message) << Qt::endl;
    return UsageError;
}

std::optional<QaDocument> Command::load(const QString &path, QTextStream &err, const DocumentParser::Options &options)
{
    LoadError error;
    std::optional<QaDocument> document = QaDocument::fromFile(path, options, &error);
    if (!document)
        err << "quire: " << error.message << Qt::endl;
    return document;
}

bool Command::loadReviews(const QString &path, const QaDocument &document, ReviewStore &store, QTextStream &err)
{
    if (store.load(path, &document, ReviewStore::Mode::ReadOnly))
        return true;
    err << "quire: " << store.problem() << Qt::endl;
    return false;
}

void Command::writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device()) {
        device->write(bytes);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
        return;
    }
    out << QString::fromUtf8(bytes); // a stream on a string (tests)
    out.flush();
}

bool Command::encodingOption(const QString &name, TokenEncoding *encoding, QTextStream &err)
{
    if (name.isNull()) {
        *encoding = TokenEncodings::defaultEncoding;
        return true;
    }
    const std::optional<TokenEncoding> known = TokenEncodings::fromName(name);
    if (!known) {
        usage(err, QCoreApplication::translate("CommandLine", "unknown encoding %1 (o200k_base or cl100k_base)").arg(name));
        return false;
    }
    *encoding = *known;
    return true;
}

bool Command::readAsOption(const QString &name, DocumentParser::Options *options, QTextStream &err)
{
    if (name.isNull())
        return true;
    options->forced = QaLabel::dialectNamed(name);
    if (!options->forced) {
        usage(err, QCoreApplication::translate("CommandLine", "unknown dialect %1 for --read-as (%2)")
                       .arg(name, QaLabel::dialectNames()));
        return false;
    }
    return true;
}

void Command::keepUntilExit(QaDocument &&document)
{
    static std::vector<QaDocument *> kept; // pointers: nothing to free at exit
    kept.push_back(new QaDocument(std::move(document)));
}
