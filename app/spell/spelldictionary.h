#pragma once

#include <QString>

// One installed Hunspell dictionary: LANG.aff + LANG.dic in a dictionary folder.
struct SpellDictionary
{
    QString language; // file name without extension, e.g. "en_US", "de_DE"
    QString affPath;
    QString dicPath;
    QString displayName() const; // e.g. "American English (en_US)"
};
