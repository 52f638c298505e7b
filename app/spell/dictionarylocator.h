#pragma once

#include "app/spell/spelldictionary.h"

#include <QList>
#include <QStringList>

// Where the installed Hunspell dictionaries are (Debian's hunspell-*
// packages), and which of them suits a locale.
class DictionaryLocator
{
public:
    // Folders searched for dictionaries, first match of a language wins:
    // $QUIRE_DICTIONARY_PATH (a ':'-separated list) if set, replacing all
    // others; else $DICPATH, <XDG data dirs>/hunspell (so ~/.local/share/hunspell
    // first), /usr/share/hunspell, /usr/share/myspell/dicts, /usr/share/myspell.
    static QStringList searchPaths();
    // Tests: replaces the search path (an empty folder = no dictionaries);
    // resetSearchPaths() goes back to the default.
    static void setSearchPaths(const QStringList &paths);
    static void resetSearchPaths();

    // The dictionaries in `folders` (a .dic with its .aff), by language.
    static QList<SpellDictionary> find(const QStringList &folders);
    // The dictionary for a locale name like "de_AT": exact, else same
    // language, else en_US, else the first; empty if there is none.
    static QString preferredLanguage(const QStringList &available, const QString &localeName);
};
