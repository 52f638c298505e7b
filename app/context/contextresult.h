#pragma once

#include "app/context/llmstxt.h"
#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One linked document of a built context and what became of it.
struct ContextDoc
{
    enum class Kind { Qa, File, Remote };
    // Ok: read (or fetched now); Missing: a local file that is not there or
    // cannot be read, or a fetch that failed with no cached copy; Skipped: a
    // remote link never fetched; Cached: a remote link's cached copy.
    enum class Status { Ok, Missing, Skipped, Cached };
    QString title; // the link's name
    QString notes; // the link's notes (the <doc desc>)
    QString url;   // as the llms.txt writes it
    QString path;  // the local file, or the cached copy of a remote one; empty if none
    int line = 0;
    Kind kind = Kind::File;
    Status status = Status::Ok;
    // Its content is a Q&A document's export (every Qa one, and a Remote
    // one whose fetched copy Quire reads as Q&A).
    bool readAsQa = false;
    qsizetype tokens = 0; // the <doc> element as written; 0 when it is not
};

struct ContextSection
{
    QString name;
    int line = 0;
    bool optional = false;
    bool included = true; // false: Optional, not asked for (its docs are still read and counted)
    qsizetype tokens = 0; // the section's element, 0 when not included
    QList<ContextDoc> docs;
};

// A context built from an llms.txt (ContextBuilder): the text and the report
// on it. `errors` non-empty means it must not be written.
struct ContextResult
{
    QString file; // the llms.txt, absolute
    QString title;
    TokenEncoding encoding = TokenEncodings::defaultEncoding;
    QByteArray text;
    qsizetype tokens = 0;
    QList<ContextSection> sections;
    QList<ContextWarning> warnings; // lint and remote problems, by line
    QList<ContextWarning> errors;   // missing or unreadable local files, by line
    QString fatal;                  // the llms.txt itself cannot be read

    static QString kindName(ContextDoc::Kind kind);
    static QString statusName(ContextDoc::Status status);
};
