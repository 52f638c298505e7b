#include "app/spell/personalwordlist.h"

#include "app/base/apppaths.h"
#include "app/spell/spelltext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

QString PersonalWordList::path()
{
    return AppPaths::dataFile(QStringLiteral("words.txt"));
}

void PersonalWordList::load()
{
    m_words.clear();
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    QString line;
    while (in.readLineInto(&line)) {
        const QString word = SpellText::withPlainApostrophes(line.trimmed());
        if (!word.isEmpty())
            m_words.insert(word);
    }
}

bool PersonalWordList::add(const QString &word)
{
    if (m_words.contains(word))
        return true;
    const QString file = path();
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // Start on a line of its own even if the file was edited by hand.
    QByteArray bytes;
    if (out.size() > 0) {
        QFile reader(file);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(out.size() - 1) && reader.read(1) != "\n")
            bytes += '\n';
    }
    bytes += word.toUtf8() + '\n';
    if (out.write(bytes) != bytes.size() || !out.flush())
        return false;
    m_words.insert(word);
    return true;
}
