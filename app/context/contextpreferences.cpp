#include "app/context/contextpreferences.h"

#include <QFileInfo>
#include <QSettings>

namespace {

QString group(const QString &documentPath)
{
    // QSettings keys cannot hold every character a path can: the path is
    // stored as a value under a key made from its hash.
    return QStringLiteral("context/documents/") + QString::number(qHash(QFileInfo(documentPath).absoluteFilePath()), 16);
}

} // namespace

ContextPreferences ContextPreferences::load(const QString &documentPath)
{
    ContextPreferences prefs;
    if (documentPath.isEmpty())
        return prefs;
    QSettings settings;
    settings.beginGroup(group(documentPath));
    if (settings.value(QStringLiteral("document")).toString() != QFileInfo(documentPath).absoluteFilePath())
        return prefs; // nothing saved, or a hash collision
    prefs.chosenLlmsTxt = settings.value(QStringLiteral("llmsTxt")).toString();
    prefs.writeOnSave = settings.value(QStringLiteral("writeOnSave"), false).toBool();
    prefs.onlyApproved = settings.value(QStringLiteral("onlyApproved"), false).toBool();
    return prefs;
}

void ContextPreferences::save(const QString &documentPath) const
{
    if (documentPath.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(group(documentPath));
    settings.setValue(QStringLiteral("document"), QFileInfo(documentPath).absoluteFilePath());
    settings.setValue(QStringLiteral("llmsTxt"), chosenLlmsTxt);
    settings.setValue(QStringLiteral("writeOnSave"), writeOnSave);
    settings.setValue(QStringLiteral("onlyApproved"), onlyApproved);
}

qsizetype ContextPreferences::budget()
{
    const qsizetype tokens = QSettings().value(QStringLiteral("context/budget"), qlonglong(defaultBudget)).toLongLong();
    return tokens > 0 ? tokens : defaultBudget;
}

void ContextPreferences::setBudget(qsizetype tokens)
{
    QSettings().setValue(QStringLiteral("context/budget"), qlonglong(tokens));
}
