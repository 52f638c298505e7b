#include "app/rehearsal/verdict.h"

namespace Verdicts {

QString name(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Agrees: return QStringLiteral("agrees");
    case Verdict::Partial: return QStringLiteral("partial");
    case Verdict::Differs: return QStringLiteral("differs");
    case Verdict::Declined: return QStringLiteral("declined");
    case Verdict::Answered: return QStringLiteral("answered");
    case Verdict::Unscored: return QStringLiteral("unscored");
    case Verdict::Invalid: return QStringLiteral("invalid");
    case Verdict::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

std::optional<Verdict> fromName(const QString &text)
{
    for (Verdict v : {Verdict::Agrees, Verdict::Partial, Verdict::Differs, Verdict::Declined, Verdict::Answered,
                      Verdict::Unscored, Verdict::Invalid, Verdict::Error}) {
        if (name(v) == text)
            return v;
    }
    return std::nullopt;
}

bool isGood(Verdict verdict)
{
    return verdict == Verdict::Agrees || verdict == Verdict::Declined || verdict == Verdict::Unscored;
}

} // namespace Verdicts
