#include "ui/spell/spellchecker.h"

#include "app/base/apppaths.h"
#include "app/base/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <hunspell.hxx>
#include <iconv.h>


namespace {

const char *const enabledKey = "spelling/enabled";
const char *const languageKey = "spelling/language";

bool s_pathsOverridden = false;
QStringList s_overriddenPaths;

// The rare dictionaries in neither UTF-8 nor ISO8859-1 (KOI8-R, ISO8859-15,
// microsoft-cp1251, ...) go through glibc's iconv, which knows them all.
QByteArray iconvConvert(const QByteArray &in, const char *to, const char *from, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    char *inPtr = const_cast<char *>(in.constData());
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1) || inLeft != 0)
        return {};
    out.truncate(out.size() - qsizetype(outLeft));
    *ok = true;
    return out;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

QString normalized(const QString &word)
{
    QString w = word;
    for (QChar &c : w) {
        if (isApostrophe(c))
            c = QLatin1Char('\'');
    }
    return w;
}

} // namespace

QString SpellDictionary::displayName() const
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    return QStringLiteral("%1 (%2)").arg(name, language);
}

SpellChecker *SpellChecker::instance()
{
    static QPointer<SpellChecker> checker;
    if (!checker)
        checker = new SpellChecker(QCoreApplication::instance());
    return checker;
}

QStringList SpellChecker::dictionarySearchPaths()
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

void SpellChecker::setDictionarySearchPaths(const QStringList &paths)
{
    s_pathsOverridden = true;
    s_overriddenPaths = paths;
}

void SpellChecker::resetDictionarySearchPaths()
{
    s_pathsOverridden = false;
    s_overriddenPaths.clear();
}

QList<SpellDictionary> SpellChecker::findDictionaries(const QStringList &folders)
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

QString SpellChecker::preferredLanguage(const QStringList &available, const QString &localeName)
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

SpellChecker::SpellChecker(QObject *parent) : QObject(parent)
{
    reload();
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::reload()
{
    m_dictionaries = findDictionaries(dictionarySearchPaths());
    QStringList languages;
    for (const SpellDictionary &d : std::as_const(m_dictionaries))
        languages << d.language;
    const QSettings settings;
    m_enabled = settings.value(QLatin1String(enabledKey), true).toBool();
    QString language = settings.value(QLatin1String(languageKey)).toString();
    if (!languages.contains(language))
        language = preferredLanguage(languages, QLocale::system().name());
    m_hunspell.reset();
    m_language.clear();
    m_cache.clear();
    m_ignored.clear();
    loadPersonalWords();
    if (!language.isEmpty())
        loadLanguage(language);
    emit changed();
}

bool SpellChecker::loadLanguage(const QString &language)
{
    for (const SpellDictionary &d : std::as_const(m_dictionaries)) {
        if (d.language != language)
            continue;
        auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(d.affPath).constData(),
                                                   QFile::encodeName(d.dicPath).constData());
        m_encodingName = QByteArray::fromStdString(hunspell->get_dict_encoding()).trimmed();
        const QByteArray upper = m_encodingName.toUpper();
        if (upper == "UTF-8" || upper == "UTF8")
            m_encoding = Encoding::Utf8;
        else if (upper == "ISO8859-1" || upper == "ISO-8859-1" || upper == "LATIN1")
            m_encoding = Encoding::Latin1;
        else
            m_encoding = Encoding::Other;
        m_hunspell = std::move(hunspell);
        m_language = language;
        m_cache.clear();
        for (const QString &word : std::as_const(m_personal)) {
            bool ok = false;
            const QByteArray bytes = encode(word, &ok);
            if (ok)
                m_hunspell->add(bytes.toStdString());
        }
        return true;
    }
    return false;
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language != m_language || !m_hunspell) {
        if (!loadLanguage(language))
            return false;
        emit changed();
    }
    QSettings().setValue(QLatin1String(languageKey), language);
    return true;
}

void SpellChecker::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(QLatin1String(enabledKey), enabled);
    emit changed();
}

QString SpellChecker::personalWordListPath() const
{
    return AppPaths::dataFile(QStringLiteral("words.txt"));
}

void SpellChecker::loadPersonalWords()
{
    m_personal.clear();
    QFile file(personalWordListPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    QString line;
    while (in.readLineInto(&line)) {
        const QString word = normalized(line.trimmed());
        if (!word.isEmpty())
            m_personal.insert(word);
    }
}

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString w = normalized(word.trimmed());
    if (w.isEmpty() || w.contains(QLatin1Char('\n')))
        return false;
    if (!m_personal.contains(w)) {
        const QString path = personalWordListPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        // Start on a line of its own even if the file was edited by hand.
        QByteArray bytes;
        if (file.size() > 0) {
            QFile reader(path);
            if (reader.open(QIODevice::ReadOnly) && reader.seek(file.size() - 1) && reader.read(1) != "\n")
                bytes += '\n';
        }
        bytes += w.toUtf8() + '\n';
        if (file.write(bytes) != bytes.size() || !file.flush())
            return false;
        m_personal.insert(w);
        if (m_hunspell) {
            bool ok = false;
            const QByteArray encoded = encode(w, &ok);
            if (ok)
                m_hunspell->add(encoded.toStdString());
        }
    }
    m_cache.clear();
    emit changed();
    return true;
}

void SpellChecker::ignoreWord(const QString &word)
{
    const QString w = normalized(word);
    if (w.isEmpty() || m_ignored.contains(w))
        return;
    m_ignored.insert(w);
    m_cache.clear();
    emit changed();
}

QByteArray SpellChecker::encode(const QString &word, bool *ok) const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        *ok = true;
        return word.toUtf8();
    case Encoding::Latin1:
        for (QChar c : word) {
            if (c.unicode() > 0xff) {
                *ok = false;
                return {};
            }
        }
        *ok = true;
        return word.toLatin1();
    case Encoding::Other:
        return iconvConvert(word.toUtf8(), m_encodingName.constData(), "UTF-8", ok);
    }
    *ok = false;
    return {};
}

QString SpellChecker::decode(const std::string &bytes) const
{
    const QByteArray in = QByteArray::fromStdString(bytes);
    switch (m_encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(in);
    case Encoding::Latin1:
        return QString::fromLatin1(in);
    case Encoding::Other: {
        bool ok = false;
        const QByteArray utf8 = iconvConvert(in, "UTF-8", m_encodingName.constData(), &ok);
        return ok ? QString::fromUtf8(utf8) : QString();
    }
    }
    return {};
}

bool SpellChecker::acceptedWithoutDictionary(const QString &word)
{
    int letters = 0;
    int upper = 0;
    int lower = 0;
    bool innerCapital = false;
    QChar previous;
    for (QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('_'))
            return true; // v2, 3D, snake_case
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) {
                ++upper;
                if (previous.isLower())
                    innerCapital = true; // camelCase, GitHub, iPhone
            } else if (c.isLower()) {
                ++lower;
            }
        }
        previous = c;
    }
    if (letters < 2)
        return true;
    if (upper >= 2 && lower == 0)
        return true; // HTML, R&D parts, ALL-CAPS
    if (upper >= 2 && lower == 1 && word.endsWith(QLatin1Char('s')))
        return true; // APIs, LLMs
    return innerCapital;
}

bool SpellChecker::lookUp(const QString &word)
{
    if (acceptedWithoutDictionary(word))
        return true;
    if (m_personal.contains(word) || m_ignored.contains(word))
        return true;
    // "Receive" at the start of a sentence is the listed "receive".
    const QString lower = word.toLower();
    if (lower != word && word.mid(1) == lower.mid(1)
        && (m_personal.contains(lower) || m_ignored.contains(lower)))
        return true;
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (!ok)
        return true; // not writable in the dictionary's alphabet: not its language
    ++m_lookups;
    return m_hunspell->spell(bytes.toStdString());
}

bool SpellChecker::isCorrect(QStringView word)
{
    if (!m_hunspell)
        return true;
    // Looked up without copying the characters: this runs for every word of
    // the edited paragraph on every keystroke.
    const QString key = QString::fromRawData(word.data(), word.size());
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return it.value();
    if (m_cache.size() > 200000)
        m_cache.clear(); // a bound for very long sessions
    const QString copy = word.toString();
    const bool correct = lookUp(normalized(copy));
    m_cache.insert(copy, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    if (!m_hunspell)
        return {};
    bool ok = false;
    const QString w = normalized(word);
    const QByteArray bytes = encode(w, &ok);
    if (!ok)
        return {};
    const bool curly = word.contains(QChar(0x2019));
    QStringList result;
    for (const std::string &s : m_hunspell->suggest(bytes.toStdString())) {
        QString suggestion = decode(s);
        if (curly)
            suggestion.replace(QLatin1Char('\''), QChar(0x2019));
        if (!suggestion.isEmpty() && !result.contains(suggestion))
            result.append(suggestion);
        if (result.size() >= max)
            break;
    }
    return result;
}
