#include "app/spell/spelldictionary.h"

#include <QLocale>

QString SpellDictionary::displayName() const
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    return QStringLiteral("%1 (%2)").arg(name, language);
}
