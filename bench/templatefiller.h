#pragma once

#include "generatorrandom.h"
#include "generatorvocabulary.h"

#include <QByteArray>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <vector>

namespace GeneratorParts {

inline bool isVowel(char c)
{
    c = char(c | 0x20);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

inline QByteArray gerund(const QByteArray &verb)
{
    // "warm up" -> "warming up"
    const qsizetype space = verb.indexOf(' ');
    if (space > 0)
        return gerund(verb.left(space)) + verb.mid(space);
    static const QSet<QByteArray> doubled = {"debug", "ship", "split", "embed", "plan", "log",
                                             "map", "run", "control", "format", "pin"};
    if (doubled.contains(verb))
        return verb + verb.back() + "ing";
    if (verb.endsWith('e') && !verb.endsWith("ee"))
        return verb.chopped(1) + "ing";
    return verb + "ing";
}

// Fills the {X} slots of templates with words (see generatorvocabulary.h).
class Filler
{
public:
    // Names of projects and people are made up per document, as many as a
    // large document would mention; a few are frequent, most are rare.
    explicit Filler(Random &random) : m_random(random)
    {
        for (int i = 0; i < 3000; ++i)
            m_projects.push_back(projectName());
        for (int i = 0; i < 5000; ++i)
            m_people.push_back(QByteArray(m_random.pick(V::firstNames())) + ' ' + madeUpWord());
    }

    QByteArray fill(const char *pattern) { return withArticles(expand(pattern)); }

    QByteArray identifier()
    {
        const V::List parts = V::identifierParts();
        QByteArray id = m_random.pick(parts);
        const int count = m_random.percent(30) ? 3 : 2;
        for (int i = 1; i < count; ++i) {
            const char *part = m_random.pick(parts);
            if (!id.endsWith(part))
                id += QByteArray("_") + part;
        }
        return id;
    }

    QByteArray number()
    {
        switch (m_random.below(4)) {
        case 0: return QByteArray::number(m_random.between(2, 20));
        case 1: return QByteArray::number(m_random.between(20, 500));
        case 2: return QByteArray::number(m_random.between(500, 5000));
        default: return QByteArray::number(m_random.between(1, 99));
        }
    }

private:
    // A pronounceable made-up word of two or three syllables: "Kavoreth".
    QByteArray madeUpWord()
    {
        QByteArray word;
        const int syllables = m_random.between(2, 3);
        for (int i = 0; i < syllables; ++i) {
            word += m_random.pick(V::syllableOnsets());
            word += m_random.pick(V::syllableVowels());
            if (m_random.percent(40))
                word += m_random.pick(V::syllableCodas());
        }
        word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
        return word;
    }

    QByteArray projectName()
    {
        const int kind = m_random.below(10);
        if (kind < 5) // "Kavoreth Lab"
            return madeUpWord() + ' ' + m_random.pick(V::projectSuffixes());
        if (kind < 8) // "TinyScale", "AgentFastbook"
            return QByteArray(m_random.pick(V::projectPrefixes())) + madeUpWord();
        return madeUpWord();
    }

    // Word frequencies in text follow Zipf's law: the k-th most common word
    // comes up about 1/k as often as the first. List order is rank order.
    class ZipfList
    {
    public:
        explicit ZipfList(const V::List &list) : m_list(list)
        {
            quint32 total = 0;
            for (int k = 0; k < list.size; ++k)
                m_cumulative.push_back(total += 1000000 / quint32(k + 1));
        }
        const char *pick(Random &random) const
        {
            const quint32 r = quint32(random.below(int(m_cumulative.back())));
            return m_list[int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r)
                              - m_cumulative.begin())];
        }

    private:
        V::List m_list;
        std::vector<quint32> m_cumulative;
    };

    // Skewed towards the start of the list: a few names come up often.
    const QByteArray &pickFrequent(const std::vector<QByteArray> &names)
    {
        const int size = int(names.size());
        return names[size_t(qint64(m_random.below(size)) * m_random.below(size) / size)];
    }

    QByteArray expand(const char *pattern)
    {
        QByteArray out;
        for (const char *p = pattern; *p; ++p) {
            if (*p != '{') {
                out += *p;
                continue;
            }
            const char *close = p + 1;
            while (*close && *close != '}')
                ++close;
            out += slot(QByteArray(p + 1, int(close - p - 1)));
            p = close;
        }
        return out;
    }

    // "a" before a vowel becomes "an".
    static QByteArray withArticles(QByteArray text)
    {
        for (qsizetype i = 0; i + 2 < text.size(); ++i) {
            if ((text[i] == 'a' || text[i] == 'A') && text[i + 1] == ' ' && isVowel(text[i + 2])
                && (i == 0 || text[i - 1] == ' '))
                text.insert(++i, 'n');
        }
        return text;
    }

    QByteArray slot(const QByteArray &name)
    {
        if (name.size() != 1)
            return "{" + name + "}"; // not a slot: keep it
        switch (name[0]) {
        case 'P': return pickFrequent(m_projects);
        case 'W': return pickFrequent(m_people);
        case 'N':
            // A third of the nouns are compounds: "retrieval latency".
            if (m_random.percent(33))
                return QByteArray(m_modifiers.pick(m_random)) + ' ' + m_nouns.pick(m_random);
            return m_nouns.pick(m_random);
        case 'O': return expand(m_random.pick(V::objects()));
        case 'X': return m_random.percent(25) ? QByteArray() : expand(m_random.pick(V::contexts()));
        case 'A': return m_adjectives.pick(m_random);
        case 'V': return m_verbs.pick(m_random);
        case 'G': return gerund(m_verbs.pick(m_random));
        case 'T': return m_random.pick(V::tools());
        case 'D': return m_random.pick(V::datasets());
        case 'M': return m_random.pick(V::metrics());
        case 'R': // "a skeptical reviewer", "the data engineer"
            return QByteArray(m_random.percent(50) ? "a " : "the ") + m_adjectives.pick(m_random)
                + ' ' + m_random.pick(V::people());
        case 'S': return m_random.pick(V::skills());
        case 'E': // "the retrieval workshop"
            return QByteArray(m_random.percent(50) ? "a " : "the ") + m_modifiers.pick(m_random)
                + ' ' + m_random.pick(V::events());
        case 'C': return identifier();
        case '#': return number();
        }
        return "{" + name + "}";
    }

    Random &m_random;
    const ZipfList m_nouns{V::nouns()};
    const ZipfList m_modifiers{V::modifiers()};
    const ZipfList m_adjectives{V::adjectives()};
    const ZipfList m_verbs{V::verbs()};
    std::vector<QByteArray> m_projects;
    std::vector<QByteArray> m_people;
};

} // namespace GeneratorParts
