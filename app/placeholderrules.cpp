#include "placeholderrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

inline bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (static_cast<unsigned char>(c) >= 0x80);
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0, e = text.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (b < e && space(text[b]))
        ++b;
    while (e > b && space(text[e - 1]))
        --e;
    return text.sliced(b, e - b);
}

// ASCII case-insensitive search for a lower-case needle.
bool containsFolded(QByteArrayView hay, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0 || hay.size() < n)
        return false;
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    const char *d = hay.data();
    const qsizetype last = hay.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        if (d[i] != first && d[i] != firstUpper)
            continue;
        qsizetype k = 1;
        while (k < n && lower(d[i + k]) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

bool containsWord(QByteArrayView hay, const QByteArray &word)
{
    const qsizetype n = word.size();
    const char *d = hay.data();
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        const void *hit = std::memchr(d + i, word[0], size_t(hay.size() - i));
        if (!hit)
            return false;
        i = static_cast<const char *>(hit) - d;
        if (i + n > hay.size())
            return false;
        if (std::memcmp(d + i, word.constData(), size_t(n)) == 0
            && (i == 0 || !isWordByte(d[i - 1]))
            && (i + n == hay.size() || !isWordByte(d[i + n])))
            return true;
    }
    return false;
}

bool equalsFolded(QByteArrayView text, const QByteArray &lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowerWord[i])
            return false;
    }
    return true;
}

int wordCountUpTo(QByteArrayView text, int limit)
{
    int words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && !inWord && ++words > limit)
            return words;
        inWord = !space;
    }
    return words;
}

QList<QByteArray> listOf(const QJsonObject &root, const char *key, bool toLower)
{
    QList<QByteArray> out;
    const QJsonArray list = root.value(QLatin1String(key)).toObject().value(QLatin1String("list")).toArray();
    for (const QJsonValue &v : list) {
        QByteArray item = v.toString().toUtf8();
        if (toLower)
            item = item.toLower();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace

const PlaceholderRules &PlaceholderRules::builtIn()
{
    static const PlaceholderRules rules = [] {
        Q_INIT_RESOURCE(core);
        QFile file(QStringLiteral(":/quire/placeholder-rules.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll());
    }();
    return rules;
}

PlaceholderRules PlaceholderRules::fromJson(const QByteArray &json, QString *error)
{
    PlaceholderRules rules;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return rules;
    }
    const QJsonObject root = doc.object();
    rules.m_phrases = listOf(root, "phrases", true);
    rules.m_markers = listOf(root, "markers", false);
    rules.m_standIns = listOf(root, "standIns", true);
    const QJsonObject notes = root.value(QLatin1String("notesToSelf")).toObject();
    rules.m_maxNoteWords = notes.value(QLatin1String("maxWords")).toInt(40);
    for (const QJsonValue &v : notes.value(QLatin1String("openers")).toArray())
        rules.m_openers.append(v.toString().toUtf8().toLower());
    return rules;
}

bool PlaceholderRules::matches(QByteArrayView answer) const
{
    const QByteArrayView text = trimmed(answer);
    if (text.isEmpty())
        return false; // that is "empty", not a placeholder
    for (const QByteArray &standIn : m_standIns) {
        if (equalsFolded(text, standIn))
            return true;
    }
    for (const QByteArray &phrase : m_phrases) {
        if (containsFolded(text, phrase))
            return true;
    }
    for (const QByteArray &marker : m_markers) {
        if (containsWord(text, marker))
            return true;
    }
    if (wordCountUpTo(text, m_maxNoteWords) <= m_maxNoteWords && !text.contains("\n\n")
        && !text.contains("\n\r\n")) {
        for (const QByteArray &opener : m_openers) {
            if (text.size() > opener.size() && !isWordByte(text[opener.size()])
                && equalsFolded(text.first(opener.size()), opener))
                return true;
        }
    }
    return false;
}
