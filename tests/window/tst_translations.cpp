// The German user interface: the window in-process with the translators that
// main.cpp installs, and the commands in a real process started with a German
// locale. Strings are compared with what a German user reads.

#include "app/base/apptranslations.h"
#include "ui/window/mainwindow.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList menuItems(const MainWindow &window, const QString &title)
{
    QStringList items;
    for (const QAction *action : window.menuBar()->actions()) {
        if (action->text() == title && action->menu()) {
            for (const QAction *item : action->menu()->actions())
                items.append(item->text());
        }
    }
    return items;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real binary with the environment a German desktop session gives it.
Run runQuire(const QStringList &arguments, const QMap<QString, QString> &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (auto it = locale.begin(); it != locale.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUIRE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QMap<QString, QString> german = {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                       {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Back to no translation between tests (C loads nothing).
    void cleanup() { AppTranslations::install(qApp, QLocale::c()); }

    void germanWindowHasTheGermanFileMenu()
    {
        const QStringList loaded = AppTranslations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(AppTranslations::resourceFolder() + QStringLiteral("/quire_de.qm")),
                 qPrintable(loaded.join(QLatin1Char(' '))));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        const QStringList file = menuItems(window, QStringLiteral("&Datei"));
        QVERIFY2(file.contains(QStringLiteral("&Speichern")), qPrintable(file.join(QLatin1Char(' '))));
        QVERIFY(file.contains(QStringLiteral("Ö&ffnen…")));
        QVERIFY(file.contains(QStringLiteral("&Zuletzt geöffnet")));
    }

    // Qt's own strings (standard buttons) come from Debian's qt6-translations-l10n.
    void germanStandardButtons()
    {
        const QStringList loaded = AppTranslations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        QVERIFY2(loaded.contains(qtbase), qPrintable(loaded.join(QLatin1Char(' '))));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    }

    void englishIsTheSourceLanguage()
    {
        AppTranslations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow window;
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        // quire_en.ts gives English its singular forms.
        QCOMPARE(QCoreApplication::translate("CompareDialog", "%n entries differ.", nullptr, 1),
                 QStringLiteral("1 entry differs."));
        QCOMPARE(QCoreApplication::translate("CompareDialog", "%n entries differ.", nullptr, 3),
                 QStringLiteral("3 entries differ."));
    }

    void languageWithoutTranslationStaysEnglish()
    {
        const QStringList loaded = AppTranslations::install(qApp, QLocale(QLocale::Japanese, QLocale::Japan));
        for (const QString &file : loaded)
            QVERIFY2(!file.startsWith(AppTranslations::resourceFolder()), qPrintable(file));
        MainWindow window;
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
    }

    void reinstallingReplacesTheTranslators()
    {
        AppTranslations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("WindowMenus", "&File"), QStringLiteral("&Datei"));
        AppTranslations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("WindowMenus", "&File"), QStringLiteral("&File"));
    }

    // A real process: main() reads the locale from the environment
    // (QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG), also when
    // de_DE is not a generated locale on this system.
    void commandsSpeakGermanInAGermanSession()
    {
        const Run help = runQuire({QStringLiteral("--help")}, german);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf:\n")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("DATEI im Editorfenster öffnen")));

        const Run check = runQuire({QStringLiteral("check"), QStringLiteral(QUIRE_SAMPLE)}, german);
        QCOMPARE(check.exitCode, 1); // entries need attention
        QVERIFY2(check.out.contains(QStringLiteral(": 45 Einträge in 4 Abschnitten · 28 beantwortet · 1 leer · "
                                                   "2 Platzhalter · 14 unbeantwortet\n")),
                 qPrintable(check.out));
        QVERIFY(check.out.contains(QStringLiteral("Ähnliche Fragen (ähnlichste zuerst):")));

        const Run wrong = runQuire({QStringLiteral("check")}, german);
        QCOMPARE(wrong.exitCode, 64);
        QCOMPARE(wrong.err, QStringLiteral("quire: keine DATEI angegeben (siehe quire --help)\n"));

        const Run missing = runQuire({QStringLiteral("check"), QStringLiteral("/nonexistent/q.md")}, german);
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err, QStringLiteral("quire: /nonexistent/q.md: Datei nicht gefunden\n"));
    }

    // LANGUAGE lists languages in order; the first one Quire has wins.
    void languageListFallsBackToGerman()
    {
        const Run help = runQuire({QStringLiteral("--help")},
                                  {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                                   {QStringLiteral("LANGUAGE"), QStringLiteral("fr:de")}});
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf:\n")), qPrintable(help.out));
    }

    void commandsSpeakEnglishOtherwise()
    {
        for (const QString &lang : {QStringLiteral("C.UTF-8"), QStringLiteral("en_US.UTF-8")}) {
            const Run help = runQuire({QStringLiteral("--help")}, {{QStringLiteral("LANG"), lang}});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage:\n")), qPrintable(lang + help.out));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
