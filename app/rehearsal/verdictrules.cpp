#include "app/rehearsal/verdictrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Lower case, typographic apostrophes straightened, white space single.
QString folded(const QString &text)
{
    QString result = text.toLower();
    result.replace(QChar(0x2019), QLatin1Char('\''));
    result.replace(QChar(0x2018), QLatin1Char('\''));
    return result.simplified();
}

} // namespace

const VerdictRules &VerdictRules::builtIn()
{
    static const VerdictRules rules = [] {
        QFile file(QStringLiteral(":/quire/verdict-rules.json"));
        QString error;
        VerdictRules loaded = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : VerdictRules();
        Q_ASSERT_X(error.isEmpty(), "VerdictRules", qPrintable(error));
        return loaded;
    }();
    return rules;
}

VerdictRules VerdictRules::fromJson(const QByteArray &json, QString *error)
{
    VerdictRules rules;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty()) {
        if (error)
            *error = QStringLiteral("verdict rules: %1").arg(parseError.errorString());
        return rules;
    }
    const QJsonObject words = root.value(QLatin1String("contentWords")).toObject();
    rules.m_minWordLength = words.value(QLatin1String("minWordLength")).toInt(2);
    for (const QJsonValue &v : words.value(QLatin1String("stopWords")).toArray())
        rules.m_stopWords.insert(folded(v.toString()));
    const QJsonObject stemming = root.value(QLatin1String("stemming")).toObject();
    rules.m_minStem = stemming.value(QLatin1String("minStem")).toInt(3);
    for (const QJsonValue &v : stemming.value(QLatin1String("suffixes")).toArray()) {
        const QJsonObject rule = v.toObject();
        rules.m_suffixes.emplace_back(rule.value(QLatin1String("suffix")).toString(),
                                      rule.value(QLatin1String("replace")).toString());
    }
    const QJsonObject thresholds = root.value(QLatin1String("thresholds")).toObject();
    rules.m_agrees = thresholds.value(QLatin1String("agrees")).toDouble(0.6);
    rules.m_partial = thresholds.value(QLatin1String("partial")).toDouble(0.3);
    for (const QJsonValue &v : root.value(QLatin1String("refusals")).toObject().value(QLatin1String("phrases")).toArray())
        rules.m_refusals.append(folded(v.toString()));
    if (error)
        error->clear();
    return rules;
}

QString VerdictRules::stem(const QString &word) const
{
    for (const auto &[suffix, replacement] : m_suffixes) {
        if (word.endsWith(suffix) && word.size() - suffix.size() >= m_minStem)
            return word.left(word.size() - suffix.size()) + replacement;
    }
    return word;
}

QStringList VerdictRules::contentWords(const QString &text) const
{
    QStringList result;
    QSet<QString> seen;
    const QString lower = folded(text);
    QString word;
    auto take = [&] {
        // "don't" and "it's" are one word; a trailing or leading apostrophe is not.
        while (word.startsWith(QLatin1Char('\'')))
            word.remove(0, 1);
        while (word.endsWith(QLatin1Char('\'')))
            word.chop(1);
        if (word.size() >= m_minWordLength && !m_stopWords.contains(word)) {
            const QString stemmed = stem(word);
            if (!seen.contains(stemmed)) {
                seen.insert(stemmed);
                result.append(stemmed);
            }
        }
        word.clear();
    };
    for (const QChar c : lower) {
        if (c.isLetterOrNumber() || c == QLatin1Char('\''))
            word += c;
        else
            take();
    }
    take();
    return result;
}

VerdictRules::Scored VerdictRules::compare(const QString &authored, const QString &answer) const
{
    Scored scored;
    const QStringList expected = contentWords(authored);
    const QStringList given = contentWords(answer);
    if (expected.isEmpty()) {
        // Nothing to measure recall of: only "both say nothing" agrees.
        scored.score = given.isEmpty() ? 1.0 : 0.0;
    } else {
        const QSet<QString> givenSet(given.begin(), given.end());
        int found = 0;
        for (const QString &word : expected)
            found += givenSet.contains(word) ? 1 : 0;
        scored.score = double(found) / double(expected.size());
    }
    scored.verdict = scored.score >= m_agrees ? Verdict::Agrees
        : scored.score >= m_partial             ? Verdict::Partial
                                                : Verdict::Differs;
    return scored;
}

Verdict VerdictRules::probe(const QString &answer) const
{
    const QString text = folded(answer);
    if (text.isEmpty())
        return Verdict::Declined;
    for (const QString &phrase : m_refusals) {
        if (text.contains(phrase))
            return Verdict::Declined;
    }
    return Verdict::Answered;
}
