#include "documentgenerator.h"

#include "entrywriter.h"
#include "generatorrandom.h"
#include "generatorvocabulary.h"
#include "templatefiller.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <cctype>

namespace {

namespace V = GeneratorVocabulary;

using GeneratorParts::Filler;
using GeneratorParts::Random;

class Builder
{
public:
    Builder(int entries, quint64 seed, DocumentGenerator::QuestionStyle style, EntryWriter::Form form)
        : m_random(seed), m_filler(m_random), m_total(entries), m_style(style), m_form(form)
    {
        m_plan.entries = entries;
        m_remaining[Answered] = entries * 80 / 100;
        m_remaining[Empty] = entries * 4 / 100;
        m_remaining[Placeholder] = entries * 4 / 100;
        m_remaining[Unanswered] = entries - m_remaining[Answered] - m_remaining[Empty]
            - m_remaining[Placeholder];
        m_nearDuplicatesLeft = style == DocumentGenerator::QuestionStyle::Varied ? entries / 100 : 0;
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
        if (m_form != EntryWriter::Form::QuestionLabel)
            return entryInForm(status, question);
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

    // An entry in another dialect's form (EntryWriter). An empty answer that
    // the form cannot write becomes a question without answer.
    Status entryInForm(Status status, const QByteArray &question)
    {
        QByteArray answer;
        if (status == Answered)
            answer = answeredText();
        else if (status == Placeholder)
            answer = m_filler.fill(m_random.pick(V::placeholderAnswers()));
        const bool answerField = status != Empty || EntryWriter::hasEmptyAnswer(m_form);
        const Status written = answerField ? status : Unanswered;
        recordEntry(written);
        append(EntryWriter::entry(m_form, question, answerField ? &answer : nullptr));
        return written;
    }

    // Numbered questions without answers. Their numbers are their positions
    // in the section, as in the sample (27., 28., ...).
    void questionList(Block previous, int position, int count)
    {
        ++m_plan.questionLists;
        if (previous == Block::None) {
            ++m_plan.listsAtSectionStart;
        } else if (previous == Block::AnsweredEntry && m_random.percent(50)
                   && EntryWriter::answerMayEndInQuestionList(m_form)) {
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
        if (m_style == DocumentGenerator::QuestionStyle::Templated)
            return templatedQuestion();
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

    QByteArray templatedQuestion()
    {
        const int number = int(m_questions.size()) + 1;
        if (number > 10 && m_random.below(100) == 0) { // asked again, word for word
            ++m_plan.exactDuplicates;
            const QByteArray again = m_questions[size_t(m_random.below(number - 1))];
            m_questions.push_back(again);
            m_isNearDuplicate.push_back(false);
            m_usedAsSource.push_back(false);
            return again;
        }
        for (;;) {
            QByteArray text;
            for (const char *c = m_random.pick(V::templatedQuestions()); *c; ++c) {
                if (*c == '{' && c[1] && c[2] == '}') {
                    const char slot = c[1];
                    text += m_random.pick(slot == 'v' ? V::templatedVerbs()
                                          : slot == 'n' ? V::templatedNouns()
                                                        : V::templatedQualifiers());
                    c += 2;
                } else {
                    text += *c;
                }
            }
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
    const DocumentGenerator::QuestionStyle m_style;
    const EntryWriter::Form m_form;
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

QByteArray DocumentGenerator::generate(int entries, quint64 seed, Plan *plan, QuestionStyle style,
                                      EntryWriter::Form form)
{
    return Builder(std::max(entries, 0), seed, style, form).build(plan);
}
