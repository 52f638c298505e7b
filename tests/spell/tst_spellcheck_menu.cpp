// The spelling menu: suggestions replacing the word, Add to Dictionary (the
// personal word list), Ignore for this session, and switching checking off
// and on.

#include "tests/spell/spellfixture.h"

#include "ui/editor/markdowneditor.h"
#include "app/spell/spellchecker.h"
#include "ui/spell/spellmenu.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestSpellCheckMenu : public SpellFixture
{
    Q_OBJECT

private slots:
    void suggestionsAndReplacingTheWord()
    {
        const QStringList suggestions = spell()->suggestions(QStringLiteral("recieve"));
        QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(',')));
        QVERIFY(suggestions.size() <= 6);
        QVERIFY(spell()->suggestions(QStringLiteral("dont’")).size() <= 6);

        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("We recieve letters."));
        const int typo = 3;
        // At the word, right after it, and not on a correct word.
        QVERIFY(!editor.misspelledWordAt(typo + 7).isNull());
        QVERIFY(editor.misspelledWordAt(0).isNull());
        std::unique_ptr<QMenu> menu(editor.createContextMenu(typo + 2));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->objectName(), QStringLiteral("spellSuggestion"));
        QAction *receive = nullptr;
        int suggestionCount = 0;
        for (QAction *a : actions) {
            if (a->objectName() == QLatin1String("spellSuggestion")) {
                ++suggestionCount;
                if (a->text() == QLatin1String("receive"))
                    receive = a;
            }
        }
        QVERIFY(receive);
        QVERIFY(suggestionCount <= 6);
        QVERIFY(findAction(menu.get(), QStringLiteral("spellAddToDictionary")));
        QVERIFY(findAction(menu.get(), QStringLiteral("spellIgnore")));
        // The standard entries are still there, below.
        QVERIFY(actions.size() > suggestionCount + 4);

        QSignalSpy edited(&editor, &MarkdownEditor::userEdited);
        receive->trigger();
        QCOMPARE(editor.toPlainText(), QStringLiteral("We receive letters."));
        QCOMPARE(edited.count(), 1); // one edit for the model
        QCOMPARE(edited.first().first().toString(), QStringLiteral("We receive letters."));
        QVERIFY(underlinedWords(&editor).isEmpty());

        // A correct word: only the standard menu.
        std::unique_ptr<QMenu> plain(editor.createContextMenu(1));
        QVERIFY(!findAction(plain.get(), QStringLiteral("spellSuggestion")));
        QVERIFY(!findAction(plain.get(), QStringLiteral("spellAddToDictionary")));
    }

    void addToDictionaryWritesThePersonalList()
    {
        const QString path = spell()->personalWordListPath();
        QCOMPARE(path, qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Quire/words.txt"));
        QFile::remove(path);
        spell()->reload();

        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("Quirkle writes.\n\nAnother Quirkle here."));
        MarkdownEditor other; // every editor re-underlines
        other.setTextQuietly(QStringLiteral("quirkle"));
        QCOMPARE(underlinedWords(&editor), (QStringList{QStringLiteral("Quirkle"), QStringLiteral("Quirkle")}));
        QCOMPARE(underlinedWords(&other), QStringList{QStringLiteral("quirkle")});
        QSignalSpy edited(&editor, &MarkdownEditor::userEdited);
        std::unique_ptr<QMenu> menu(editor.createContextMenu(2));
        QAction *add = findAction(menu.get(), QStringLiteral("spellAddToDictionary"));
        QVERIFY(add);
        add->trigger();
        QVERIFY(underlinedWords(&editor).isEmpty()); // at once, without an edit
        QCOMPARE(edited.count(), 0);                  // re-underlining is not an edit
        QCOMPARE(TestSupport::readFile(path), QByteArray("Quirkle\n"));
        // Added with a capital: the lower-case word is still unknown.
        QCOMPARE(underlinedWords(&other), QStringList{QStringLiteral("quirkle")});

        QVERIFY(spell()->addToPersonalDictionary(QStringLiteral("zorbly")));
        QCOMPARE(TestSupport::readFile(path), QByteArray("Quirkle\nzorbly\n"));
        other.setTextQuietly(QStringLiteral("zorbly and Zorbly"));
        QVERIFY(underlinedWords(&other).isEmpty()); // a capital at a sentence start is fine

        // Kept for the next session.
        spell()->reload();
        QVERIFY(spell()->isCorrect(QStringLiteral("Quirkle")));
        QVERIFY(spell()->personalWords().contains(QStringLiteral("zorbly")));
        QVERIFY(underlinedWords(&editor).isEmpty());
        QFile::remove(path);
        spell()->reload();
        QCOMPARE(underlinedWords(&editor).size(), 2);
    }

    void ignoreIsForThisSessionOnly()
    {
        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("Frobnicate it."));
        QCOMPARE(underlinedWords(&editor), QStringList{QStringLiteral("Frobnicate")});
        std::unique_ptr<QMenu> menu(editor.createContextMenu(0));
        findAction(menu.get(), QStringLiteral("spellIgnore"))->trigger();
        QVERIFY(underlinedWords(&editor).isEmpty());
        QVERIFY(!QFile::exists(spell()->personalWordListPath()));
        spell()->reload(); // a new session
        QCOMPARE(underlinedWords(&editor), QStringList{QStringLiteral("Frobnicate")});
    }

    void switchingOffAndOnIsRemembered()
    {
        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral("A tpyo."));
        QCOMPARE(underlinedWords(&editor).size(), 1);
        SpellMenu menu;
        QAction *check = findAction(&menu, QStringLiteral("spellCheckAction"));
        QVERIFY(check && check->isEnabled() && check->isChecked());
        QAction *english = findAction(&menu, QStringLiteral("spellLanguage_en_US"));
        QVERIFY(english && english->isChecked());
        check->trigger();
        QVERIFY(!spell()->isEnabled());
        QVERIFY(underlinedWords(&editor).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("spelling/enabled")).toBool(), false);
        spell()->reload();
        QVERIFY(!spell()->isActive());
        QVERIFY(!check->isChecked());
        check->trigger();
        QVERIFY(spell()->isActive());
        QCOMPARE(underlinedWords(&editor).size(), 1);
    }
};

int main(int argc, char *argv[])
{
    return SpellFixture::exec<TestSpellCheckMenu>(argc, argv);
}

#include "tst_spellcheck_menu.moc"
