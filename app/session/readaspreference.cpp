#include "app/session/readaspreference.h"

#include "app/base/documentsettings.h"

#include <QSettings>

namespace {
const QString area = QStringLiteral("readAs");
}

std::optional<QaLabel::Dialect> ReadAsPreference::load(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return std::nullopt;
    QSettings settings;
    if (!DocumentSettings::beginRead(settings, area, documentPath))
        return std::nullopt; // nothing saved, or a hash collision
    return QaLabel::dialectNamed(settings.value(QStringLiteral("dialect")).toString());
}

void ReadAsPreference::save(const QString &documentPath, std::optional<QaLabel::Dialect> dialect)
{
    if (documentPath.isEmpty())
        return;
    if (!dialect) {
        DocumentSettings::forget(area, documentPath);
        return;
    }
    QSettings settings;
    DocumentSettings::beginWrite(settings, area, documentPath);
    settings.setValue(QStringLiteral("dialect"), QaLabel::dialectName(*dialect));
}
