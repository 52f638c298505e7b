// Spell checking in the markdown editors: real Hunspell dictionaries from
// Debian's hunspell-en-us (and hunspell-de-de when installed), a real
// MarkdownEditor and a real MainWindow, checked through the formats the
// highlighter gives the text layout (what is painted).

#include "ui/editor/entryeditor.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/markdownhighlighter.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"
#include "app/document/qaentry.h"
#include "app/spell/spellchecker.h"
#include "ui/spell/spellmenu.h"
#include "app/spell/spelltext.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

namespace {

struct Underline
{
    int position; // in the document
    QString word;
};

// The words painted with the spell-check wave, from the blocks' layouts.
QList<Underline> underlines(const QPlainTextEdit *editor)
{
    QList<Underline> result;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        QList<QTextLayout::FormatRange> ranges;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                QTextCharFormat f = r.format;
                if (f.underlineColor() != QColor(Qt::red))
                    qWarning() << "underline colour" << f.underlineColor();
                ranges << r;
            }
        }
        std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        for (int i = 0; i < ranges.size(); ++i) {
            int start = ranges[i].start;
            int end = start + ranges[i].length;
            while (i + 1 < ranges.size() && ranges[i + 1].start == end)
                end = ranges[++i].start + ranges[i].length;
            result.append({block.position() + start, block.text().mid(start, end - start)});
        }
    }
    return result;
}

QStringList underlinedWords(const QPlainTextEdit *editor)
{
    QStringList words;
    for (const Underline &u : underlines(editor))
        words << u.word;
    return words;
}

QString firstAnswerOfSample()
{
    const auto document = QaDocument::fromFile(TestSupport::samplePath());
    if (!document)
        return {};
    for (const EntryRef &ref : document->allEntries()) {
        const QString answer = document->entry(ref).answer();
        if (!answer.isEmpty())
            return answer;
    }
    return {};
}

QAction *findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

class TestSpellCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SpellChecker *spell() { return SpellChecker::instance(); }

    void useSystemDictionaries()
    {
        SpellChecker::resetDictionarySearchPaths();
        spell()->reload();
        QVERIFY2(spell()->isAvailable(), "no Hunspell dictionary: install hunspell-en-us");
        QVERIFY2(spell()->setLanguage(QStringLiteral("en_US")), "install hunspell-en-us");
        spell()->setEnabled(true);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // main() pointed XDG_DATA_HOME and XDG_CONFIG_HOME into a temporary folder.
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                    .startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
        useSystemDictionaries();
    }

    void init() { useSystemDictionaries(); }

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

    void typoTypedIntoTheSampleAnswerIsUnderlined()
    {
        const QString answer = firstAnswerOfSample();
        QVERIFY(answer.contains(QLatin1String("background in engineering")));
        MarkdownEditor editor;
        editor.resize(700, 400);
        editor.show();
        editor.setTextQuietly(answer);
        // Only the two names of the sample are unknown to en_US.
        for (const QString &word : underlinedWords(&editor))
            QVERIFY2(word == QLatin1String("Vishal") || word == QLatin1String("Bakshi"), qPrintable(word));
        QVERIFY(underlinedWords(&editor).contains(QStringLiteral("Bakshi")));

        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        QSignalSpy edited(&editor, &MarkdownEditor::userEdited);
        QTest::keyClicks(&editor, QStringLiteral(" We recieve it."));
        QVERIFY(edited.count() > 0);
        const QString text = editor.toPlainText();
        const int typo = int(text.indexOf(QLatin1String("recieve")));
        QVERIFY(typo > 0);
        bool found = false;
        for (const Underline &u : underlines(&editor)) {
            if (u.position == typo) {
                QCOMPARE(u.word, QStringLiteral("recieve")); // exactly the word
                found = true;
            } else {
                QVERIFY2(u.word == QLatin1String("Vishal") || u.word == QLatin1String("Bakshi"), qPrintable(u.word));
            }
        }
        QVERIFY(found);
        // The wave is red whatever the palette.
        const QTextBlock block = editor.document()->findBlock(typo);
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start == typo - block.position())
                QCOMPARE(r.format.underlineColor(), QColor(Qt::red));
        }
    }

    void markdownThatIsNotProseIsNotChecked()
    {
        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral(
            "Prose with a tpyo and `recieve` in code, ``a `recieve` b`` too.\n"
            "\n"
            "```\n"
            "recieve inside a fence\n"
            "```\n"
            "\n"
            "    recieve indented code\n"
            "\n"
            "See https://recieve.example.org/recieve?x=recieve and <https://example.org/recieve>.\n"
            "Write to someone@recieve.example.org or <someone@recieve.org>.\n"
            "A [link text with mispeling](https://example.org/recieve \"Title\") and ![alt](recieve.png).\n"
            "A [reference][recieve] and <span class=\"recieve\">text</span> <!-- recieve --> &nbsp;&mdash;&#8212;.\n"
            "[recieve]: https://example.org/recieve\n"
            "**Question:** **Answer:** labels; files like recieve.md and Answer.AI are names.\n"
            "- a list item\n"
            "\n"
            "    continued list paragraph with a tpyo\n"
            "\n"
            "# A heading with a tpyo\n"));
        const QStringList words = underlinedWords(&editor);
        QCOMPARE(words, (QStringList{QStringLiteral("tpyo"), QStringLiteral("mispeling"), QStringLiteral("tpyo"),
                                     QStringLiteral("tpyo")}));
    }

    void wordsThatAreAccepted()
    {
        MarkdownEditor editor;
        editor.setTextQuietly(QStringLiteral(
            "HTTP and NASA and APIs, v2 and 3D, snake_case, GitHub and iPhone; "
            "don't, don’t, it’s, the students' work; _emphasis_ and *teh* and **tehm**."));
        QCOMPARE(underlinedWords(&editor), (QStringList{QStringLiteral("teh"), QStringLiteral("tehm")}));
        QVERIFY(spell()->isCorrect(QStringLiteral("doesn’t")));
        QVERIFY(!spell()->isCorrect(QStringLiteral("doesn’tt")));
    }

    void tokenizerRanges()
    {
        using SpellText::Range;
        const QString line = QStringLiteral("It’s a `x` and [t](u) *b*");
        const QVector<Range> words = SpellText::words(line);
        QStringList texts;
        for (const Range &r : words)
            texts << line.mid(r.start, r.length);
        QCOMPARE(texts, (QStringList{QStringLiteral("It’s"), QStringLiteral("a"), QStringLiteral("and"),
                                     QStringLiteral("t"), QStringLiteral("b")}));
    }

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

    void onlyNewWordsGoToHunspell()
    {
        QString paragraph;
        const QStringList words = {QStringLiteral("reliable"), QStringLiteral("systems"), QStringLiteral("research"),
                                   QStringLiteral("evaluation"), QStringLiteral("models"), QStringLiteral("careful")};
        for (int i = 0; i < 3000; ++i)
            paragraph += words[i % words.size()] + QLatin1Char(' ');
        MarkdownEditor editor;
        editor.setTextQuietly(paragraph);
        QVERIFY(spell()->dictionaryLookups() > 0);
        const qint64 before = spell()->dictionaryLookups();
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("syst"));
        // "s", "sy", "sys", "syst" are new; the 3000 words are not asked again.
        QVERIFY2(spell()->dictionaryLookups() - before <= 4,
                 qPrintable(QString::number(spell()->dictionaryLookups() - before)));
        editor.highlighter()->rehighlight();
        QVERIFY(spell()->dictionaryLookups() - before <= 4);
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

    void typoInTheRealWindowsAnswerEditor()
    {
        const QString path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(path);
        QVERIFY(TestSupport::writeFile(path, TestSupport::sampleBytes()));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        // Tools → Spelling lists the dictionaries with en_US chosen.
        auto *spellingMenu = window.findChild<SpellMenu *>(QStringLiteral("spellingMenu"));
        QVERIFY(spellingMenu);
        QVERIFY(findAction(spellingMenu, QStringLiteral("spellLanguage_en_US"))->isChecked());

        for (const EntryRef &ref : window.model()->document().allEntries()) {
            if (window.model()->document().entry(ref).answer().contains(QLatin1String("background in engineering"))) {
                window.selectEntry(ref);
                break;
            }
        }
        MarkdownEditor *answer = window.editor()->answerEditor();
        QVERIFY(answer->toPlainText().contains(QLatin1String("background in engineering")));
        answer->setFocus();
        answer->moveCursor(QTextCursor::End);
        QTest::keyClicks(answer, QStringLiteral(" Models recieve data."));
        QVERIFY(window.model()->document().entry(window.currentEntry()).answer().endsWith(
            QLatin1String("Models recieve data.")));
        const int typo = int(answer->toPlainText().lastIndexOf(QLatin1String("recieve")));
        bool found = false;
        for (const Underline &u : underlines(answer))
            found = found || (u.position == typo && u.word == QLatin1String("recieve"));
        QVERIFY(found);
        // The question editor checks too.
        QVERIFY(underlinedWords(window.editor()->questionEditor()).contains(QStringLiteral("Bakshi")));

        if (!qEnvironmentVariableIsEmpty("QUIRE_SPELL_SCREENSHOT")) {
            window.resize(1280, 800);
            answer->setFocus();
            QTest::qWait(500);
            window.grab().save(qEnvironmentVariable("QUIRE_SPELL_SCREENSHOT"));
        }
        window.model()->undoStack()->setClean();
        window.close();
    }
};

int main(int argc, char *argv[])
{
    // Settings, the personal word list and ~/.local/share/hunspell in a
    // temporary home; the real system dictionary folders.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qunsetenv("QUIRE_DICTIONARY_PATH");
    qunsetenv("DICPATH");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // the window's preview; CI runs as root
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationName(QStringLiteral("Quire"));
    TestSpellCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spellcheck.moc"
