#include "app/spell/spellchecker.h"

#include "app/spell/hunspellengine.h"
#include "app/spell/spelltext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSettings>

#include <optional>

namespace {

const char *const enabledKey = "spelling/enabled";
const char *const languageKey = "spelling/language";

} // namespace

SpellChecker *SpellChecker::instance()
{
    static QPointer<SpellChecker> checker;
    if (!checker)
        checker = new SpellChecker(QCoreApplication::instance());
    return checker;
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
    m_engine.reset();
    m_language.clear();
    m_cache.clear();
    m_ignored.clear();
    m_personal.load();
    if (!language.isEmpty())
        loadLanguage(language);
    emit changed();
}

bool SpellChecker::loadLanguage(const QString &language)
{
    for (const SpellDictionary &d : std::as_const(m_dictionaries)) {
        if (d.language != language)
            continue;
        m_engine = std::make_unique<HunspellEngine>(d);
        m_language = language;
        m_cache.clear();
        for (const QString &word : m_personal.words())
            m_engine->add(word);
        return true;
    }
    return false;
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language != m_language || !m_engine) {
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

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString w = SpellText::withPlainApostrophes(word.trimmed());
    if (w.isEmpty() || w.contains(QLatin1Char('\n')))
        return false;
    if (!m_personal.contains(w)) {
        if (!m_personal.add(w))
            return false;
        if (m_engine)
            m_engine->add(w);
    }
    m_cache.clear();
    emit changed();
    return true;
}

void SpellChecker::ignoreWord(const QString &word)
{
    const QString w = SpellText::withPlainApostrophes(word);
    if (w.isEmpty() || m_ignored.contains(w))
        return;
    m_ignored.insert(w);
    m_cache.clear();
    emit changed();
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
    const std::optional<bool> known = m_engine->spell(word);
    if (!known)
        return true; // not writable in the dictionary's alphabet: not its language
    ++m_lookups;
    return *known;
}

bool SpellChecker::isCorrect(QStringView word)
{
    if (!m_engine)
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
    const bool correct = lookUp(SpellText::withPlainApostrophes(copy));
    m_cache.insert(copy, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    if (!m_engine)
        return {};
    const bool curly = word.contains(QChar(0x2019));
    QStringList result;
    for (QString suggestion : m_engine->suggest(SpellText::withPlainApostrophes(word))) {
        if (curly)
            suggestion.replace(QLatin1Char('\''), QChar(0x2019));
        if (!suggestion.isEmpty() && !result.contains(suggestion))
            result.append(suggestion);
        if (result.size() >= max)
            break;
    }
    return result;
}
