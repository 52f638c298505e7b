// The dictionaries: Debian's system folders, the user's folder and the
// environment override, the language from the locale, German and 8-bit
// dictionaries, and an editor that works as before without any.

#include "tests/spell/spellfixture.h"

#include "ui/editor/markdowneditor.h"
#include "app/spell/spellchecker.h"
#include "ui/spell/spellmenu.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestSpellCheckDictionaries : public SpellFixture
{
    Q_OBJECT

private slots:
    void findsDebianDictionaries()
    {
        const QStringList paths = SpellChecker::dictionarySearchPaths();
        QVERIFY(paths.contains(QStringLiteral("/usr/share/hunspell")));
        QVERIFY(paths.contains(QStringLiteral("/usr/share/myspell/dicts")));
        QVERIFY(paths.contains(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/hunspell")));
        bool found = false;
        for (const SpellDictionary &d : spell()->dictionaries()) {
            if (d.language == QLatin1String("en_US")) {
                found = true;
                QVERIFY(d.affPath.endsWith(QLatin1String("en_US.aff")));
                QVERIFY(QFileInfo::exists(d.dicPath));
            }
        }
        QVERIFY(found);
        QCOMPARE(spell()->language(), QStringLiteral("en_US"));
        QCOMPARE(QSettings().value(QStringLiteral("spelling/language")).toString(), QStringLiteral("en_US"));
    }

    void userDictionaryFolderAndEnvironmentOverride()
    {
        // ~/.local/share/hunspell (XDG_DATA_HOME) is searched before the system's.
        const QString user = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/hunspell");
        QVERIFY(QDir().mkpath(user));
        QVERIFY(TestSupport::writeFile(user + QStringLiteral("/xx_XX.aff"), "SET UTF-8\n"));
        QVERIFY(TestSupport::writeFile(user + QStringLiteral("/xx_XX.dic"), "1\nquirk\n"));
        spell()->reload();
        QStringList languages;
        for (const SpellDictionary &d : spell()->dictionaries())
            languages << d.language;
        QVERIFY(languages.contains(QStringLiteral("xx_XX")));
        QVERIFY(languages.contains(QStringLiteral("en_US")));

        // QUIRE_DICTIONARY_PATH replaces every other folder.
        qputenv("QUIRE_DICTIONARY_PATH", user.toLocal8Bit());
        QCOMPARE(SpellChecker::dictionarySearchPaths(), QStringList{user});
        spell()->reload();
        QCOMPARE(spell()->dictionaries().size(), 1);
        QCOMPARE(spell()->language(), QStringLiteral("xx_XX")); // the only one
        QVERIFY(spell()->isCorrect(QStringLiteral("quirk")));
        QVERIFY(!spell()->isCorrect(QStringLiteral("receive")));
        qunsetenv("QUIRE_DICTIONARY_PATH");
        QVERIFY(QDir(user).removeRecursively());
        useSystemDictionaries();
    }

    void languageFromTheLocale()
    {
        const QStringList available = {QStringLiteral("de_BE"), QStringLiteral("de_DE"), QStringLiteral("en_US")};
        QCOMPARE(SpellChecker::preferredLanguage(available, QStringLiteral("de_DE")), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::preferredLanguage(available, QStringLiteral("de_AT")), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::preferredLanguage(available, QStringLiteral("de_BE.UTF-8")), QStringLiteral("de_BE"));
        QCOMPARE(SpellChecker::preferredLanguage(available, QStringLiteral("fr_FR")), QStringLiteral("en_US"));
        QCOMPARE(SpellChecker::preferredLanguage(available, QStringLiteral("C")), QStringLiteral("en_US"));
        QCOMPARE(SpellChecker::preferredLanguage({QStringLiteral("nl_NL")}, QStringLiteral("C")), QStringLiteral("nl_NL"));
        QCOMPARE(SpellChecker::preferredLanguage({}, QStringLiteral("en_US")), QString());

        // Without a saved choice the system locale decides (en_US here when
        // the locale has no dictionary); a saved choice wins on the next start.
        QSettings().remove(QStringLiteral("spelling/language"));
        spell()->reload();
        QStringList languages;
        for (const SpellDictionary &d : spell()->dictionaries())
            languages << d.language;
        QCOMPARE(spell()->language(), SpellChecker::preferredLanguage(languages, QLocale::system().name()));
        if (languages.contains(QStringLiteral("de_DE"))) {
            QVERIFY(spell()->setLanguage(QStringLiteral("de_DE")));
            spell()->reload();
            QCOMPARE(spell()->language(), QStringLiteral("de_DE"));
        }
    }

    void germanDictionaryAndItsLetters()
    {
        bool haveGerman = false;
        for (const SpellDictionary &d : spell()->dictionaries())
            haveGerman = haveGerman || d.language == QLatin1String("de_DE");
        if (!haveGerman)
            QSKIP("hunspell-de-de is not installed");
        SpellMenu menu;
        findAction(&menu, QStringLiteral("spellLanguage_de_DE"))->trigger();
        QCOMPARE(spell()->language(), QStringLiteral("de_DE"));
        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("Die Größe der Straße ist schön, aber die Grösse nicht immer."));
        QCOMPARE(underlinedWords(&editor), QStringList{QStringLiteral("Grösse")});
        QVERIFY(spell()->suggestions(QStringLiteral("Grösse")).contains(QStringLiteral("Größe")));
    }

    // Dictionaries in an 8-bit encoding (the .aff's SET line) get bytes in it.
    void eightBitDictionaries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("xl_XL.aff")), "SET ISO8859-1\nTRY \xf6\xdf" "aeo\n"));
        QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("xl_XL.dic")), "2\nGr\xf6\xdf" "e\nStra\xdf" "e\n"));
        QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("xf_XF.aff")), "SET ISO8859-15\nTRY ru\n"));
        QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("xf_XF.dic")), "1\nc\xbdur\n")); // cœur
        SpellChecker::setDictionarySearchPaths({dir.path()});
        spell()->reload();
        QVERIFY(spell()->setLanguage(QStringLiteral("xl_XL")));
        QVERIFY(spell()->isCorrect(QStringLiteral("Größe")));
        QVERIFY(spell()->isCorrect(QStringLiteral("Straße")));
        QVERIFY(!spell()->isCorrect(QStringLiteral("Grösse")));
        QVERIFY(spell()->isCorrect(QStringLiteral("Жук"))); // not in its alphabet: not its language
        QVERIFY(spell()->suggestions(QStringLiteral("Gröse")).contains(QStringLiteral("Größe")));
        QVERIFY(spell()->setLanguage(QStringLiteral("xf_XF")));
        QVERIFY(spell()->isCorrect(QStringLiteral("cœur")));
        QVERIFY(!spell()->isCorrect(QStringLiteral("cœut")));
        QVERIFY(spell()->suggestions(QStringLiteral("cœut")).contains(QStringLiteral("cœur")));
        useSystemDictionaries();
    }

    void withoutDictionariesTheEditorWorksAsBefore()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        SpellChecker::setDictionarySearchPaths({empty.path()});
        spell()->reload();
        QVERIFY(!spell()->isAvailable());
        QVERIFY(!spell()->isActive());
        QVERIFY(spell()->dictionaries().isEmpty());
        QVERIFY(spell()->isCorrect(QStringLiteral("recieve")));
        QVERIFY(spell()->suggestions(QStringLiteral("recieve")).isEmpty());

        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("We recieve a tpyo."));
        editor.moveCursor(QTextCursor::End);
        QSignalSpy edited(&editor, &MarkdownEditor::userEdited);
        QTest::keyClicks(&editor, QStringLiteral(" Anothr."));
        QCOMPARE(editor.toPlainText(), QStringLiteral("We recieve a tpyo. Anothr."));
        QCOMPARE(edited.count(), 8);
        QVERIFY(underlines(&editor).isEmpty());
        std::unique_ptr<QMenu> menu(editor.createContextMenu(4));
        QVERIFY(!findAction(menu.get(), QStringLiteral("spellSuggestion")));
        QVERIFY(!menu->actions().isEmpty()); // the standard menu

        // Said quietly: a disabled menu entry and one status-bar message.
        SpellMenu spellMenu;
        QAction *none = findAction(&spellMenu, QStringLiteral("noDictionariesAction"));
        QVERIFY(none);
        QVERIFY(!none->isEnabled());
        QVERIFY(!findAction(&spellMenu, QStringLiteral("spellCheckAction"))->isEnabled());
        QStatusBar bar;
        SpellMenu::announceIfUnavailable(&bar);
        QTRY_VERIFY(bar.currentMessage().contains(QLatin1String("Spell check is off")));

        useSystemDictionaries();
        QCOMPARE(underlinedWords(&editor),
                 (QStringList{QStringLiteral("recieve"), QStringLiteral("tpyo"), QStringLiteral("Anothr")}));
        QStatusBar quiet;
        SpellMenu::announceIfUnavailable(&quiet);
        QTest::qWait(20);
        QVERIFY(quiet.currentMessage().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    return SpellFixture::exec<TestSpellCheckDictionaries>(argc, argv);
}

#include "tst_spellcheck_dictionaries.moc"
