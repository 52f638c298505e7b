#include "app/rehearsal/chatreply.h"

QString ChatReply::errorName(Error error)
{
    switch (error) {
    case Error::None: return QString();
    case Error::ConnectionRefused: return QStringLiteral("connection_refused");
    case Error::Timeout: return QStringLiteral("timeout");
    case Error::Unauthorized: return QStringLiteral("unauthorized");
    case Error::ModelNotFound: return QStringLiteral("model_not_found");
    case Error::RateLimited: return QStringLiteral("rate_limited");
    case Error::ServerError: return QStringLiteral("server_error");
    case Error::Malformed: return QStringLiteral("malformed");
    case Error::Cut: return QStringLiteral("cut");
    case Error::Cancelled: return QStringLiteral("cancelled");
    case Error::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}
