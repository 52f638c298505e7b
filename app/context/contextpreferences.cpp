#include "app/context/contextpreferences.h"

#include "app/base/documentsettings.h"

#include <QSettings>

namespace {
const QString area = QStringLiteral("context");
}

ContextPreferences ContextPreferences::load(const QString &documentPath)
{
    ContextPreferences prefs;
    if (documentPath.isEmpty())
        return prefs;
    QSettings settings;
    if (!DocumentSettings::beginRead(settings, area, documentPath))
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
    DocumentSettings::beginWrite(settings, area, documentPath);
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
