#include "app/review/sidecaroutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

// The context lupdate files these messages under (they are tr() calls
// inside SidecarOutcome's functions).
QString tr(const char *text)
{
    return QCoreApplication::translate("SidecarOutcome", text);
}

} // namespace

QString SidecarOutcome::setAside(const QString &sidecar)
{
    const QString base = sidecar + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);
    return QFile::rename(sidecar, aside) ? aside : QString();
}

SidecarOutcome SidecarOutcome::of(const SidecarLoader::Result &result, bool mayRename)
{
    using Outcome = SidecarLoader::Result::Outcome;
    const QString &sidecar = result.sidecar;
    SidecarOutcome outcome;
    switch (result.outcome) {
    case Outcome::NoFile:
    case Outcome::Loaded:
    case Outcome::Kept:
        break;
    case Outcome::Unreadable:
        // Unread reviews must not be overwritten by an empty list.
        outcome.ok = false;
        outcome.lock = tr("Reviews are read-only: %1 could not be read, so changes would not be saved.").arg(sidecar);
        outcome.report = tr("%1; review changes will not be saved").arg(result.reason);
        break;
    case Outcome::TooNew:
        outcome.ok = false;
        outcome.lock = tr("Reviews are read-only: %1 was written by a newer version of Quire.").arg(sidecar);
        outcome.report = tr("%1: %2; reviews are not shown and not saved").arg(sidecar, result.reason);
        break;
    case Outcome::Corrupt: {
        outcome.ok = false;
        if (!mayRename) {
            outcome.report = tr("%1: cannot be parsed: %2").arg(sidecar, result.reason);
            break;
        }
        const QString aside = setAside(sidecar);
        if (!aside.isEmpty()) {
            outcome.report = tr("%1 could not be parsed (%2). It was kept as %3; reviews start afresh.")
                                 .arg(sidecar, result.reason, aside);
        } else {
            outcome.lock = tr("Reviews are read-only: %1 could not be parsed nor set aside.").arg(sidecar);
            outcome.report = tr("%1 could not be parsed (%2) nor set aside; review changes will not be saved")
                                 .arg(sidecar, result.reason);
        }
        break;
    }
    }
    return outcome;
}
