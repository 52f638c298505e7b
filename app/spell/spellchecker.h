#pragma once

#include "app/spell/dictionarylocator.h"
#include "app/spell/personalwordlist.h"
#include "app/spell/spelldictionary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class HunspellEngine;

// Spell checking for the editors with Hunspell, shared by all of them.
//
// Dictionaries are Debian's hunspell-* packages, found at run time in the
// folders of dictionarySearchPaths() (DictionaryLocator); the language is
// the saved choice, else the system locale's, else en_US, else the first one
// found. Words the dictionary does not know are accepted when they hold a
// digit or an underscore, are ALL-CAPS (also "APIs"), are camelCase /
// PascalCase names, are one letter, are in the personal word list
// (PersonalWordList) or were ignored in this session. Results are cached per
// word, so Hunspell (HunspellEngine) is only asked about words it has not
// seen since the last change.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    // The application's checker (created on first use, owned by qApp).
    static SpellChecker *instance();

    // The dictionary folders and choice of language: see DictionaryLocator.
    // After setDictionarySearchPaths() or resetDictionarySearchPaths() (for
    // tests), call reload().
    static QStringList dictionarySearchPaths() { return DictionaryLocator::searchPaths(); }
    static void setDictionarySearchPaths(const QStringList &paths) { DictionaryLocator::setSearchPaths(paths); }
    static void resetDictionarySearchPaths() { DictionaryLocator::resetSearchPaths(); }
    static QList<SpellDictionary> findDictionaries(const QStringList &folders)
    {
        return DictionaryLocator::find(folders);
    }
    static QString preferredLanguage(const QStringList &available, const QString &localeName)
    {
        return DictionaryLocator::preferredLanguage(available, localeName);
    }

    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // Rescans the folders, reloads the language and the personal words.
    void reload();

    QList<SpellDictionary> dictionaries() const { return m_dictionaries; }
    bool isAvailable() const { return m_engine != nullptr; } // a dictionary is loaded
    bool isEnabled() const { return m_enabled; }             // the user's switch (saved)
    bool isActive() const { return m_enabled && m_engine; }  // underlines are shown
    void setEnabled(bool enabled);
    QString language() const { return m_language; }
    bool setLanguage(const QString &language); // saved in QSettings when it loads

    bool isCorrect(QStringView word);
    // Up to `max` suggestions, best first ("’" kept if the word used it).
    QStringList suggestions(const QString &word, int max = 6);
    // Appends to the personal word list and re-underlines everything.
    bool addToPersonalDictionary(const QString &word);
    void ignoreWord(const QString &word); // for this session only
    QString personalWordListPath() const { return PersonalWordList::path(); }
    QSet<QString> personalWords() const { return m_personal.words(); }

    // For tests and benchmarks: how often Hunspell itself was asked.
    qint64 dictionaryLookups() const { return m_lookups; }
    int cachedWords() const { return int(m_cache.size()); }
    void clearCache() { m_cache.clear(); }

signals:
    // The language, the switch, the personal words or the ignored words
    // changed: underlines must be redone.
    void changed();

private:
    bool loadLanguage(const QString &language);
    bool lookUp(const QString &word);
    static bool acceptedWithoutDictionary(const QString &word);

    QList<SpellDictionary> m_dictionaries;
    std::unique_ptr<HunspellEngine> m_engine;
    QString m_language;
    bool m_enabled = true;
    PersonalWordList m_personal;
    QSet<QString> m_ignored;
    QHash<QString, bool> m_cache;
    qint64 m_lookups = 0;
};
