#include "documentgenerator.h"

#include "generatorvocabulary.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <cctype>

namespace {

namespace V = GeneratorVocabulary;

// splitmix64: tiny, fast, and the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    const char *pick(const V::List &list) { return list[below(list.size)]; }

private:
    quint64 m_state;
};

bool isVowel(char c)
{
    c = char(c | 0x20);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

QByteArray gerund(const QByteArray &verb)
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

class Builder
{
public:
    Builder(int entries, quint64 seed) : m_random(seed), m_filler(m_random), m_total(entries)
    {
        m_plan.entries = entries;
        m_remaining[Answered] = entries * 80 / 100;
        m_remaining[Empty] = entries * 4 / 100;
        m_remaining[Placeholder] = entries * 4 / 100;
        m_remaining[Unanswered] = entries - m_remaining[Answered] - m_remaining[Empty]
            - m_remaining[Placeholder];
        m_nearDuplicatesLeft = entries / 100;
    }

    QByteArray build(DocumentGenerator::Plan *plan)
    {
        m_out.reserve(qsizetype(m_total) * 1120 + 4096);
        preamble();
        const std::vector<int> sizes = sectionSizes();
        for (size_t i = 0; i < sizes.size(); ++i)
            section(sizes[i], i + 1 == sizes.size());
        if (plan) {
            m_plan.sections = int(sizes.size());
            m_plan.sectionEntries = sizes;
            *plan = std::move(m_plan);
        }
        return std::move(m_out);
    }

private:
    enum Status { Answered, Empty, Placeholder, Unanswered };
    enum class Block { None, AnsweredEntry, OtherEntry, List };

    void append(const QByteArray &text)
    {
        m_out += text;
        m_line += int(text.count('\n'));
    }

    void preamble()
    {
        append("# Portfolio Q&A (generated)\n\n"
               "> Questions and answers about one engineer's work, written as context for an LLM.\n\n"
               "## Background\n\n"
               "This file is generated for benchmarks. It holds questions and answers in the same "
               "shape as the real portfolio document: entries separated by `---`, a few empty or "
               "stand-in answers, numbered questions without answers and some questions asked twice "
               "in different words.\n\n");
    }

    // Between 50 and 300 entries each, adding up to the total.
    std::vector<int> sectionSizes()
    {
        std::vector<int> sizes;
        int left = m_total;
        while (left > 0) {
            int size = m_random.between(50, 300);
            if (left - size < 50)
                size = left <= 300 ? left : left - 50;
            sizes.push_back(size);
            left -= size;
        }
        return sizes;
    }

    void section(int size, bool last)
    {
        append("## " + m_filler.fill(m_random.pick(V::sectionTitles())) + "\n\n");
        Block previous = Block::None;
        int position = 0; // entries written in this section
        while (position < size) {
            const int left = size - position;
            const int bold = m_remaining[Answered] + m_remaining[Empty] + m_remaining[Placeholder];
            // A list holds three questions on average: choose lists as often as
            // the questions still to place require.
            const int unanswered = m_remaining[Unanswered];
            const bool list = unanswered > 0 && previous != Block::List
                && (bold == 0 || m_random.below(unanswered + 3 * bold) < unanswered);
            if (list) {
                const int count = std::min({m_random.between(1, 5), m_remaining[Unanswered], left});
                questionList(previous, position, count);
                position += count;
                previous = Block::List;
            } else {
                if (previous != Block::None)
                    separator(previous);
                previous = boldEntry() == Answered ? Block::AnsweredEntry : Block::OtherEntry;
                ++position;
            }
        }
        // Sections end with one blank line before the next heading, sometimes two.
        if (!last)
            append(m_random.percent(20) ? "\n\n" : "\n");
    }

    void separator(Block previous)
    {
        Q_UNUSED(previous);
        // Mostly "\n---\n\n"; now and then without the blank line after it.
        append(m_random.percent(3) ? "\n---\n" : "\n---\n\n");
    }

    Status drawBoldStatus()
    {
        const int a = m_remaining[Answered], e = m_remaining[Empty], p = m_remaining[Placeholder];
        const int r = m_random.below(a + e + p);
        return r < a ? Answered : r < a + e ? Empty : Placeholder;
    }

    Status boldEntry()
    {
        const Status status = drawBoldStatus();
        --m_remaining[status];
        const QByteArray question = nextQuestion();
        recordEntry(status);
        append("**Question:** " + question + "\n\n");
        switch (status) {
        case Answered: {
            const QByteArray answer = answeredText();
            if (m_random.percent(3))
                append("**Answer:**\n" + answer + "\n");
            else if (m_random.percent(3))
                append("**Answer:**  " + answer + "\n");
            else
                append("**Answer:** " + answer + (m_random.percent(2) ? " \n" : "\n"));
            break;
        }
        case Empty:
            append(m_random.percent(50) ? "**Answer:** \n" : "**Answer:**\n");
            break;
        case Placeholder:
            append("**Answer:** " + m_filler.fill(m_random.pick(V::placeholderAnswers())) + "\n");
            break;
        case Unanswered:
            break;
        }
        return status;
    }

    // Numbered questions without answers. Their numbers are their positions
    // in the section, as in the sample (27., 28., ...).
    void questionList(Block previous, int position, int count)
    {
        ++m_plan.questionLists;
        if (previous == Block::None) {
            ++m_plan.listsAtSectionStart;
        } else if (previous == Block::AnsweredEntry && m_random.percent(50)) {
            // At the end of the answer: a blank line, then the list (numbers > 1).
            ++m_plan.listsAfterAnswer;
            append("\n");
        } else {
            ++m_plan.listsAfterSeparator;
            separator(previous);
        }
        for (int i = 0; i < count; ++i) {
            const QByteArray question = nextQuestion();
            recordEntry(Unanswered);
            append(QByteArray::number(position + i + 1) + ". " + question + "\n");
        }
        m_remaining[Unanswered] -= count;
    }

    void recordEntry(Status status)
    {
        static const EntryStatus statuses[] = {EntryStatus::Answered, EntryStatus::Empty,
                                               EntryStatus::Placeholder, EntryStatus::Unanswered};
        m_plan.statuses.push_back(statuses[status]);
        m_plan.questionLines.push_back(m_line + 1);
        switch (status) {
        case Answered: ++m_plan.answered; break;
        case Empty: ++m_plan.empty; break;
        case Placeholder: ++m_plan.placeholder; break;
        case Unanswered: ++m_plan.unanswered; break;
        }
    }

    // ---- questions ----

    QByteArray nextQuestion()
    {
        const int number = int(m_questions.size()) + 1; // entry number of this question
        const int entriesLeft = m_total - number + 1;
        if (m_nearDuplicatesLeft > 0 && number > 10
            && m_random.below(entriesLeft) < m_nearDuplicatesLeft) {
            for (int attempt = 0; attempt < 20; ++attempt) {
                const int source = m_random.below(number - 1);
                if (m_isNearDuplicate[size_t(source)] || m_usedAsSource[size_t(source)])
                    continue;
                const QByteArray text = reword(m_questions[size_t(source)]);
                if (text.isEmpty() || m_seen.contains(text))
                    continue;
                m_usedAsSource[size_t(source)] = true;
                --m_nearDuplicatesLeft;
                m_plan.nearDuplicates.emplace_back(source + 1, number);
                return remember(text, true);
            }
        }
        for (;;) {
            // Lead-in, core question, follow-up. Short questions get both
            // extras: a handful of words says too little to tell questions apart.
            const QByteArray core = m_filler.fill(m_random.pick(V::questionCores()));
            const bool shortCore = core.count(' ') < 10;
            QByteArray text;
            if (shortCore || m_random.percent(55))
                text = m_filler.fill(m_random.pick(V::questionLeadIns())) + ' ';
            text += core;
            if ((shortCore && text.count(' ') < 16) || m_random.percent(35))
                text += ' ' + m_filler.fill(m_random.pick(V::questionFollowUps()));
            if (!m_seen.contains(text))
                return remember(text, false);
        }
    }

    QByteArray remember(const QByteArray &text, bool nearDuplicate)
    {
        m_seen.insert(text);
        m_questions.push_back(text);
        m_isNearDuplicate.push_back(nearDuplicate);
        m_usedAsSource.push_back(false);
        return text;
    }

    // The same question in other words: synonyms, one dropped or swapped
    // word, sometimes without its last sentence.
    QByteArray reword(const QByteArray &question)
    {
        QByteArray text = question;
        // Sometimes without its last sentence (a follow-up), when it has more.
        const qsizetype lastSentence = text.lastIndexOf("? ", text.size() - 2);
        const qsizetype lastStatement = text.lastIndexOf(". ", text.size() - 2);
        const qsizetype cut = std::max(lastSentence, lastStatement);
        if (cut > 0 && m_random.percent(40))
            text = text.left(cut + 1);
        QList<QByteArray> words = text.split(' ');
        const V::List synonyms = V::synonymPairs();
        int replaced = 0;
        for (QByteArray &word : words) {
            qsizetype core = word.size();
            while (core > 0 && !std::isalnum(static_cast<unsigned char>(word[core - 1])))
                --core;
            const QByteArray bare = word.left(core);
            for (int i = 0; i < synonyms.size; ++i) {
                if (bare == synonyms[i] && m_random.percent(70)) {
                    word = QByteArray(synonyms[i ^ 1]) + word.mid(core);
                    ++replaced;
                    break;
                }
            }
        }
        const int middle = int(words.size()) - 2; // never the first or last word
        if (middle >= 2 && (replaced == 0 || m_random.percent(50))) {
            const int at = 1 + m_random.below(middle);
            const auto lower = [](const QByteArray &w) { return !w.isEmpty() && std::islower(static_cast<unsigned char>(w[0])); };
            if (m_random.percent(50) && at + 1 < int(words.size()) - 1 && lower(words[at])
                && lower(words[at + 1]) && !words[at].endsWith('.'))
                std::swap(words[at], words[at + 1]);
            else
                words.removeAt(at);
        }
        QByteArray out = words.join(' ');
        if (!out.isEmpty())
            out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
        return out == question ? QByteArray() : out;
    }

    // ---- answers ----

    QByteArray paragraph(bool opening)
    {
        QByteArray text;
        const int sentences = m_random.between(2, 8);
        for (int i = 0; i < sentences; ++i) {
            if (i)
                text += ' ';
            text += m_filler.fill(m_random.pick(opening && i == 0 ? V::answerOpeners() : V::answerSentences()));
        }
        return text;
    }

    QByteArray bulletList(bool ordered)
    {
        QByteArray text;
        const int items = m_random.between(2, 5);
        for (int i = 0; i < items; ++i) {
            if (i)
                text += '\n';
            if (ordered)
                text += QByteArray::number(i + 1) + ". " + m_filler.fill(m_random.pick(V::stepItems()));
            else
                text += "- " + m_filler.fill(m_random.pick(V::bulletItems()));
        }
        return text;
    }

    QByteArray codeBlock()
    {
        QByteArray text = QByteArray("```") + m_random.pick(V::codeLanguages()) + '\n';
        const int lines = m_random.between(2, 8);
        for (int i = 0; i < lines; ++i)
            text += m_filler.fill(m_random.pick(V::codeLines())) + '\n';
        return text + "```";
    }

    // 1 to 4 paragraphs; a list or a code block may sit between two of them.
    // An answer always ends with a paragraph, so a question list after it is
    // never read as a continuation of the answer's own list.
    QByteArray answeredText()
    {
        static const int paragraphWeights[] = {18, 34, 31, 17};
        int r = m_random.below(100), paragraphs = 1;
        for (int w : paragraphWeights) {
            if (r < w)
                break;
            r -= w;
            ++paragraphs;
        }
        QByteArray text;
        for (int i = 0; i < paragraphs; ++i) {
            if (i)
                text += "\n\n";
            text += paragraph(i == 0);
            if (i + 1 == paragraphs)
                break;
            const int extra = m_random.below(100);
            if (extra < 14)
                text += ' ' + m_filler.fill(m_random.pick(V::listIntros())) + "\n\n" + bulletList(false);
            else if (extra < 21)
                text += ' ' + m_filler.fill(m_random.pick(V::listIntros())) + "\n\n" + bulletList(true);
            else if (extra < 27)
                text += "\n\n" + codeBlock();
        }
        return text;
    }

    Random m_random;
    Filler m_filler;
    const int m_total;
    int m_remaining[4] = {};
    int m_nearDuplicatesLeft = 0;
    QByteArray m_out;
    int m_line = 0; // lines written so far
    DocumentGenerator::Plan m_plan;
    QSet<QByteArray> m_seen;
    std::vector<QByteArray> m_questions; // by entry number - 1
    std::vector<bool> m_isNearDuplicate;
    std::vector<bool> m_usedAsSource;
};

} // namespace

QByteArray DocumentGenerator::generate(int entries, quint64 seed, Plan *plan)
{
    return Builder(std::max(entries, 0), seed).build(plan);
}
