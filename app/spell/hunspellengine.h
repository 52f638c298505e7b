#pragma once

#include "app/spell/spelldictionary.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

class Hunspell;

// One Hunspell dictionary, loaded, and spoken to in its own encoding:
// UTF-8, ISO8859-1, or one of the rare others (KOI8-R, ISO8859-15,
// microsoft-cp1251, ...) through glibc's iconv, which knows them all.
class HunspellEngine
{
public:
    explicit HunspellEngine(const SpellDictionary &dictionary);
    ~HunspellEngine();

    // Whether the dictionary knows `word`; nothing when the word cannot be
    // written in the dictionary's alphabet (then it is not its language).
    std::optional<bool> spell(const QString &word);
    // The dictionary's suggestions, best first; none when `word` cannot be
    // written in its alphabet. One that cannot be decoded is empty.
    QStringList suggest(const QString &word);
    // Knows `word` from now on (the personal words), if it can be written
    // in the dictionary's alphabet.
    void add(const QString &word);

private:
    enum class Encoding { Utf8, Latin1, Other };

    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const std::string &bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_encodingName;
    Encoding m_encoding = Encoding::Utf8;
};
