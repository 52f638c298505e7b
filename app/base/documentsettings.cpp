#include "app/base/documentsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace {

QString group(const QString &area, const QString &absolutePath)
{
    return area + QStringLiteral("/documents/") + QString::number(qHash(absolutePath), 16);
}

} // namespace

bool DocumentSettings::beginRead(QSettings &settings, const QString &area, const QString &documentPath)
{
    const QString path = QFileInfo(documentPath).absoluteFilePath();
    settings.beginGroup(group(area, path));
    return settings.value(QStringLiteral("document")).toString() == path;
}

void DocumentSettings::beginWrite(QSettings &settings, const QString &area, const QString &documentPath)
{
    const QString path = QFileInfo(documentPath).absoluteFilePath();
    settings.beginGroup(group(area, path));
    settings.setValue(QStringLiteral("document"), path);
}

void DocumentSettings::forget(const QString &area, const QString &documentPath)
{
    QSettings().remove(group(area, QFileInfo(documentPath).absoluteFilePath()));
}
