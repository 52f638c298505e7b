// What is underlined as the user types, read from what is painted: a typo in
// the sample's answer, markdown that is not prose, accepted words, the
// tokenizer, the words sent to Hunspell, and the real window's answer editor.

#include "tests/spell/spellfixture.h"

#include "ui/editor/entryeditor.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/markdownhighlighter.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"
#include "app/spell/spellchecker.h"
#include "ui/spell/spellmenu.h"
#include "app/spell/spelltext.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

class TestSpellCheckUnderlines : public SpellFixture
{
    Q_OBJECT

private slots:
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
    return SpellFixture::exec<TestSpellCheckUnderlines>(argc, argv);
}

#include "tst_spellcheck_underlines.moc"
