#include "app/context/contextresult.h"

QString ContextResult::kindName(ContextDoc::Kind kind)
{
    switch (kind) {
    case ContextDoc::Kind::Qa: return QStringLiteral("qa");
    case ContextDoc::Kind::File: return QStringLiteral("file");
    case ContextDoc::Kind::Remote: return QStringLiteral("remote");
    }
    return {};
}

QString ContextResult::statusName(ContextDoc::Status status)
{
    switch (status) {
    case ContextDoc::Status::Ok: return QStringLiteral("ok");
    case ContextDoc::Status::Missing: return QStringLiteral("missing");
    case ContextDoc::Status::Skipped: return QStringLiteral("skipped");
    case ContextDoc::Status::Cached: return QStringLiteral("cached");
    }
    return {};
}
