#include "app/spell/dictionarylocator.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace {

bool s_pathsOverridden = false;
QStringList s_overriddenPaths;

} // namespace

QStringList DictionaryLocator::searchPaths()
{
    if (s_pathsOverridden)
        return s_overriddenPaths;
    if (qEnvironmentVariableIsSet("QUIRE_DICTIONARY_PATH"))
        return qEnvironmentVariable("QUIRE_DICTIONARY_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    QStringList paths = qEnvironmentVariable("DICPATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // XDG_DATA_HOME first, then XDG_DATA_DIRS (/usr/local/share, /usr/share).
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths << data + QStringLiteral("/hunspell");
    paths << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
          << QStringLiteral("/usr/share/myspell");
    paths.removeDuplicates();
    return paths;
}

void DictionaryLocator::setSearchPaths(const QStringList &paths)
{
    s_pathsOverridden = true;
    s_overriddenPaths = paths;
}

void DictionaryLocator::resetSearchPaths()
{
    s_pathsOverridden = false;
    s_overriddenPaths.clear();
}

QList<SpellDictionary> DictionaryLocator::find(const QStringList &folders)
{
    QList<SpellDictionary> found;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList dics = dir.entryList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &dic : dics) {
            const QString language = dic.chopped(4);
            // hyph_*.dic and th_*.dic (hyphenation, thesaurus) have no .aff.
            const QString aff = dir.filePath(language + QStringLiteral(".aff"));
            if (seen.contains(language) || !QFileInfo(aff).isReadable())
                continue;
            seen.insert(language);
            found.append({language, aff, dir.filePath(dic)});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const SpellDictionary &a, const SpellDictionary &b) { return a.language < b.language; });
    return found;
}

QString DictionaryLocator::preferredLanguage(const QStringList &available, const QString &localeName)
{
    if (available.isEmpty())
        return {};
    QString name = localeName;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0); // de_DE.UTF-8@euro
    if (available.contains(name))
        return name;
    const QString prefix = name.section(QLatin1Char('_'), 0, 0);
    if (!prefix.isEmpty() && prefix != QLatin1String("C")) {
        // de_AT -> de_DE (the language's "own" country first), else any de_*.
        const QString own = prefix + QLatin1Char('_') + prefix.toUpper();
        if (available.contains(own))
            return own;
        for (const QString &language : available) {
            if (language == prefix || language.startsWith(prefix + QLatin1Char('_')))
                return language;
        }
    }
    if (available.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    return available.first();
}
