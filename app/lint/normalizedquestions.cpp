#include "app/lint/normalizedquestions.h"

#include "app/base/twoparts.h"

#include <functional>

NormalizedQuestions::NormalizedQuestions(const QList<QByteArray> &questionsUtf8)
    : m_count(int(questionsUtf8.size()))
{
    // Halves by bytes, so both threads have about as much to read.
    qsizetype totalBytes = 0;
    for (const QByteArray &question : questionsUtf8)
        totalBytes += question.size();
    int split = 0;
    for (qsizetype bytes = 0; split < m_count && 2 * bytes < totalBytes; ++split)
        bytes += questionsUtf8[split].size();
    m_parts[1].first = split;
    runInTwoParts(twoPartsPay(m_count), [&](int part) {
        normalizePart(questionsUtf8, part == 0 ? 0 : split, part == 0 ? split : m_count, m_parts[part]);
    });
}

void NormalizedQuestions::normalizePart(const QList<QByteArray> &questions, int first, int end, Part &part)
{
    part.first = first;
    qsizetype bytes = 0;
    for (int i = first; i < end; ++i)
        bytes += questions[i].size() + 8;
    part.text.reserve(size_t(bytes));
    // Typically a word per 6 bytes; reserved room that is not used is
    // never touched, a regrowth copies everything.
    part.words.reserve(size_t(bytes) / 4);
    part.items.reserve(size_t(end - first));
    std::string text;
    std::vector<SimilarityNormalizer::WordSpan> words;
    for (int i = first; i < end; ++i) {
        Item item;
        item.nonAscii = SimilarityNormalizer::normalize(questions[i], text, &words);
        item.textBegin = part.text.size();
        item.textLength = text.size();
        part.text.append(text);
        part.text.append(8, '\0'); // room to read 8 bytes past the end
        item.wordsBegin = part.words.size();
        part.words.insert(part.words.end(), words.begin(), words.end());
        item.wordsEnd = part.words.size();
        part.items.push_back(item);
    }
}

std::string_view NormalizedQuestions::text(int question) const
{
    const Item &it = item(question);
    return std::string_view(partOf(question).text.data() + it.textBegin, it.textLength);
}

const SimilarityNormalizer::WordSpan *NormalizedQuestions::wordsBegin(int question) const
{
    return partOf(question).words.data() + item(question).wordsBegin;
}

const SimilarityNormalizer::WordSpan *NormalizedQuestions::wordsEnd(int question) const
{
    return partOf(question).words.data() + item(question).wordsEnd;
}

std::vector<int> NormalizedQuestions::firstWithSameText() const
{
    // By open addressing on the text's hash: no allocation per question.
    struct Slot
    {
        size_t hash = 0;
        int question = -1;
    };
    size_t slotCount = 16;
    while (slotCount < 2 * size_t(m_count))
        slotCount *= 2;
    std::vector<Slot> table(slotCount);
    const size_t mask = slotCount - 1;
    std::vector<int> first(static_cast<size_t>(m_count));
    for (int i = 0; i < m_count; ++i) {
        const std::string_view own = text(i);
        const size_t hash = std::hash<std::string_view>()(own);
        size_t at = hash & mask;
        while (table[at].question >= 0 && !(table[at].hash == hash && text(table[at].question) == own))
            at = (at + 1) & mask;
        if (table[at].question < 0)
            table[at] = {hash, i};
        first[size_t(i)] = table[at].question;
    }
    return first;
}
