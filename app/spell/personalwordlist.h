#pragma once

#include <QSet>
#include <QString>

// The words the user added to the dictionary, kept across sessions in
// ~/.local/share/Quire/words.txt (see AppPaths): one word a line, UTF-8,
// editable by hand. Apostrophes are kept as plain ' (SpellText).
class PersonalWordList
{
public:
    static QString path();

    // Reads the file again (no file: no words).
    void load();
    bool contains(const QString &word) const { return m_words.contains(word); }
    QSet<QString> words() const { return m_words; }
    // Appends `word` (already plain) to the file unless it is listed; false
    // when the file cannot be written (the word is then not listed).
    bool add(const QString &word);

private:
    QSet<QString> m_words;
};
