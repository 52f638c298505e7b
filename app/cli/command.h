#pragma once

#include "app/document/qadocument.h"
#include "app/tokens/tokenencoding.h"

#include <QString>
#include <optional>

class QTextStream;
class ReviewStore;

// What the `quire` commands share (CheckCommand, ExportCommand, SetCommand):
// their exit codes, how they read a document and its reviews, and how they
// report a problem on stderr ("quire: …").
class Command
{
public:
    enum ExitCode {
        Ok = 0,
        NeedsAttention = 1, // check: some entry is empty, a placeholder or unanswered
        FileError = 2,      // the file cannot be read, parsed or written
        UsageError = 64,    // wrong arguments (sysexits' EX_USAGE)
    };

    // Says what is wrong with the arguments; returns UsageError.
    static int usage(QTextStream &err, const QString &message);
    // The document at `path`, or nothing after saying why not.
    static std::optional<QaDocument> load(const QString &path, QTextStream &err,
                                          const DocumentParser::Options &options = {});
    // The document's reviews, read only: the CLI never creates or renames a
    // sidecar. A sidecar that cannot be used is reported (false).
    static bool loadReviews(const QString &path, const QaDocument &document, ReviewStore &store, QTextStream &err);
    // Writes UTF-8 bytes as they are where `out` writes (stdout), after
    // what `out` holds: large outputs skip QTextStream's conversions.
    static void writeBytes(QTextStream &out, const QByteArray &bytes);
    // Keeps a document, still reachable, until the process exits: a command
    // that is done with a large one leaves freeing it to the system.
    static void keepUntilExit(QaDocument &&document);
    // --encoding NAME (default o200k_base): false, with a usage error on
    // err, when NAME is not an encoding Quire counts with.
    static bool encodingOption(const QString &name, TokenEncoding *encoding, QTextStream &err);
    // --read-as DIALECT (default: every dialect, as the document is written):
    // false, with a usage error naming the wrong value, when DIALECT is not
    // a dialect's name.
    static bool readAsOption(const QString &name, DocumentParser::Options *options, QTextStream &err);
};
