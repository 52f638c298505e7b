#include "app/export/exportpreferences.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

QString groupFor(const QString &documentPath)
{
    return QStringLiteral("export/")
        + QString::fromLatin1(QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                       QCryptographicHash::Sha1).toHex());
}

} // namespace

ExportPreferences ExportPreferences::load(const QString &documentPath)
{
    ExportPreferences prefs;
    if (documentPath.isEmpty())
        return prefs;
    QSettings settings;
    settings.beginGroup(groupFor(documentPath));
    ExportOptions::parseFormat(settings.value(QStringLiteral("format"), QStringLiteral("ctx")).toString(),
                               &prefs.options.format);
    prefs.options.includeProse = settings.value(QStringLiteral("includeProse"), false).toBool();
    prefs.options.includeUnanswered = settings.value(QStringLiteral("includeUnanswered"), false).toBool();
    prefs.outputPath = settings.value(QStringLiteral("outputPath")).toString();
    prefs.exportOnSave = settings.value(QStringLiteral("exportOnSave"), false).toBool();
    prefs.onlyApproved = settings.value(QStringLiteral("onlyApproved"), false).toBool();
    return prefs;
}

void ExportPreferences::save(const QString &documentPath) const
{
    if (documentPath.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(groupFor(documentPath));
    settings.setValue(QStringLiteral("document"), QFileInfo(documentPath).absoluteFilePath());
    settings.setValue(QStringLiteral("format"), ExportOptions::formatName(options.format));
    settings.setValue(QStringLiteral("includeProse"), options.includeProse);
    settings.setValue(QStringLiteral("includeUnanswered"), options.includeUnanswered);
    settings.setValue(QStringLiteral("outputPath"), outputPath);
    settings.setValue(QStringLiteral("exportOnSave"), exportOnSave);
    settings.setValue(QStringLiteral("onlyApproved"), onlyApproved);
}

QString ExportPreferences::resolvedOutputPath(const QString &documentPath) const
{
    if (!outputPath.isEmpty())
        return outputPath;
    const QFileInfo info(documentPath);
    const QString dir = documentPath.isEmpty() ? QDir::currentPath() : info.absolutePath();
    return QDir(dir).filePath(ExportOptions::defaultFileName(options.format, info.completeBaseName()));
}

ExportOptions ExportPreferences::optionsWith(const ExportOptions::EntryFilter &approved) const
{
    ExportOptions result = options;
    if (onlyApproved)
        result.entryFilter = approved ? approved : [](const QaEntry &) { return false; };
    return result;
}
