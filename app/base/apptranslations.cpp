#include "app/base/apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

// The translators of the last install(), removed by the next one.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QString AppTranslations::resourceFolder()
{
    return QStringLiteral(":/i18n");
}

QStringList AppTranslations::install(QCoreApplication *app, const QLocale &locale)
{
    for (const QPointer<QTranslator> &old : std::as_const(installedTranslators())) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installedTranslators().clear();

    // QTranslator::load(QLocale, ...) walks locale.uiLanguages(): on Unix that
    // is LANGUAGE (a list, e.g. "de:en"), then LC_ALL, LC_MESSAGES and LANG,
    // so the first language with a translation wins.
    const struct {
        const char *name;
        QString folder;
    } catalogs[] = {
        {"quire", resourceFolder()},
        {"qtbase", QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {"qtwebengine", QLibraryInfo::path(QLibraryInfo::TranslationsPath)}, // the preview's menu
    };
    QStringList loaded;
    for (const auto &catalog : catalogs) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, QString::fromLatin1(catalog.name), QStringLiteral("_"), catalog.folder)
            && !translator->isEmpty() && QCoreApplication::installTranslator(translator)) {
            installedTranslators().append(translator);
            loaded.append(translator->filePath());
        } else {
            delete translator;
        }
    }
    return loaded;
}
