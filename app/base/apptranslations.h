#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs the translations for a locale: Quire's own, embedded in the binary
// (:/i18n/quire_<language>.qm, built by lrelease from translations/*.ts), and
// Qt's own for its standard dialogs and buttons (qtbase_<language>.qm from
// Debian's qt6-translations-l10n, when it is installed). The window and the
// commands both call it, so both speak the user's language.
class AppTranslations
{
public:
    // Replaces the translators a previous call installed. Returns the files
    // loaded (e.g. ":/i18n/quire_de.qm"), empty for English or an unknown language.
    static QStringList install(QCoreApplication *app, const QLocale &locale = QLocale::system());

    // Where Quire's compiled translations live in the resources.
    static QString resourceFolder();
};
