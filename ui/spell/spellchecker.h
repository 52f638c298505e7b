#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

// One installed Hunspell dictionary: LANG.aff + LANG.dic in a dictionary folder.
struct SpellDictionary
{
    QString language; // file name without extension, e.g. "en_US", "de_DE"
    QString affPath;
    QString dicPath;
    QString displayName() const; // e.g. "American English (en_US)"
};

// Spell checking for the editors with Hunspell, shared by all of them.
//
// Dictionaries are Debian's hunspell-* packages, found at run time in the
// folders of dictionarySearchPaths(); the language is the saved choice, else
// the system locale's, else en_US, else the first one found. Words the
// dictionary does not know are accepted when they hold a digit or an
// underscore, are ALL-CAPS (also "APIs"), are camelCase / PascalCase names,
// are one letter, are in the personal word list (~/.local/share/Quire/words.txt,
// see AppPaths) or were ignored in this session. Results are cached per word, so
// Hunspell is only asked about words it has not seen since the last change.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    // The application's checker (created on first use, owned by qApp).
    static SpellChecker *instance();

    // Folders searched for dictionaries, first match of a language wins:
    // $QUIRE_DICTIONARY_PATH (a ':'-separated list) if set, replacing all
    // others; else $DICPATH, <XDG data dirs>/hunspell (so ~/.local/share/hunspell
    // first), /usr/share/hunspell, /usr/share/myspell/dicts, /usr/share/myspell.
    static QStringList dictionarySearchPaths();
    // Tests: replaces the search path (an empty folder = no dictionaries);
    // resetDictionarySearchPaths() goes back to the default. Call reload() after.
    static void setDictionarySearchPaths(const QStringList &paths);
    static void resetDictionarySearchPaths();
    static QList<SpellDictionary> findDictionaries(const QStringList &folders);
    // The dictionary for a locale name like "de_AT": exact, else same
    // language, else en_US, else the first; empty if there is none.
    static QString preferredLanguage(const QStringList &available, const QString &localeName);

    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // Rescans the folders, reloads the language and the personal words.
    void reload();

    QList<SpellDictionary> dictionaries() const { return m_dictionaries; }
    bool isAvailable() const { return m_hunspell != nullptr; } // a dictionary is loaded
    bool isEnabled() const { return m_enabled; }               // the user's switch (saved)
    bool isActive() const { return m_enabled && m_hunspell; }  // underlines are shown
    void setEnabled(bool enabled);
    QString language() const { return m_language; }
    bool setLanguage(const QString &language); // saved in QSettings when it loads

    bool isCorrect(QStringView word);
    // Up to `max` suggestions, best first ("’" kept if the word used it).
    QStringList suggestions(const QString &word, int max = 6);
    // Appends to the personal word list and re-underlines everything.
    bool addToPersonalDictionary(const QString &word);
    void ignoreWord(const QString &word); // for this session only
    QString personalWordListPath() const;
    QSet<QString> personalWords() const { return m_personal; }

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
    void loadPersonalWords();
    bool lookUp(const QString &word);
    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const std::string &bytes) const;
    static bool acceptedWithoutDictionary(const QString &word);

    enum class Encoding { Utf8, Latin1, Other };

    QList<SpellDictionary> m_dictionaries;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QByteArray m_encodingName;
    Encoding m_encoding = Encoding::Utf8;
    bool m_enabled = true;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
    QHash<QString, bool> m_cache;
    qint64 m_lookups = 0;
};
