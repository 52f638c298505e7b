#pragma once

// The fixture of the spell-check suites (tst_spellcheck_*): real Hunspell
// dictionaries from Debian's hunspell-en-us (and hunspell-de-de when
// installed), a real MarkdownEditor and a real MainWindow, checked through the
// formats the highlighter gives the text layout (what is painted). Each suite
// is a subclass adding its test functions; its main() is exec<Suite>().

#include "app/spell/spellchecker.h"

#include <QApplication>
#include <QFile>
#include <QList>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class QAction;
class QMenu;
class QPlainTextEdit;

class SpellFixture : public QObject
{
    Q_OBJECT

public:
    template<class Suite>
    static int exec(int argc, char *argv[])
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
        Suite test;
        return QTest::qExec(&test, argc, argv);
    }

protected:
    struct Underline
    {
        int position; // in the document
        QString word;
    };

    // The words painted with the spell-check wave, from the blocks' layouts.
    static QList<Underline> underlines(const QPlainTextEdit *editor);
    static QStringList underlinedWords(const QPlainTextEdit *editor);
    static QString firstAnswerOfSample();
    static QAction *findAction(QMenu *menu, const QString &objectName);

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
};
