#include "app/session/readaspreference.h"

#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace {

QString group(const QString &documentPath)
{
    // As ContextPreferences: the path is a value under a key made from its hash.
    return QStringLiteral("readAs/documents/") + QString::number(qHash(QFileInfo(documentPath).absoluteFilePath()), 16);
}

} // namespace

std::optional<QaLabel::Dialect> ReadAsPreference::load(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(group(documentPath));
    if (settings.value(QStringLiteral("document")).toString() != QFileInfo(documentPath).absoluteFilePath())
        return std::nullopt; // nothing saved, or a hash collision
    return dialectNamed(settings.value(QStringLiteral("dialect")).toString());
}

void ReadAsPreference::save(const QString &documentPath, std::optional<QaLabel::Dialect> dialect)
{
    if (documentPath.isEmpty())
        return;
    QSettings settings;
    if (!dialect) {
        settings.remove(group(documentPath));
        return;
    }
    settings.beginGroup(group(documentPath));
    settings.setValue(QStringLiteral("document"), QFileInfo(documentPath).absoluteFilePath());
    settings.setValue(QStringLiteral("dialect"), QaLabel::dialectName(*dialect));
}

std::optional<QaLabel::Dialect> ReadAsPreference::dialectNamed(const QString &name)
{
    for (int i = 0; i < QaLabel::dialectCount; ++i) {
        const auto dialect = QaLabel::Dialect(i);
        if (QaLabel::dialectName(dialect) == name)
            return dialect;
    }
    return std::nullopt;
}

QString ReadAsPreference::dialectNames()
{
    QStringList names;
    for (int i = 0; i < QaLabel::dialectCount; ++i)
        names << QaLabel::dialectName(QaLabel::Dialect(i));
    return names.join(QStringLiteral(", "));
}
