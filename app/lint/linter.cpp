#include "app/lint/linter.h"

#include "app/status/answerclassifier.h"
#include "app/status/placeholderrules.h"
#include "app/document/qadocument.h"

#include <QList>

EntryStatus Linter::classify(const QaEntry &entry)
{
    return classify(entry, PlaceholderRules::builtIn());
}

EntryStatus Linter::classify(const QaEntry &entry, const PlaceholderRules &rules)
{
    return AnswerClassifier::classify(entry.hasAnswerField(), entry.answerUtf8(), rules);
}

StatusCounts Linter::countSection(const QaDocument &document, int section)
{
    StatusCounts counts;
    const QaSection &s = document.section(section);
    for (int i = 0; i < s.entryCount(); ++i)
        counts.add(s.entry(i).status());
    return counts;
}

StatusCounts Linter::count(const QaDocument &document)
{
    StatusCounts counts;
    for (int s = 0; s < document.sectionCount(); ++s) {
        counts += countSection(document, s);
    }
    return counts;
}

std::vector<SimilarityFinder::Pair> Linter::similarQuestions(const QaDocument &document,
                                                             double threshold)
{
    // The questions' bytes as loaded, not decoded: the finder reads words,
    // to which line endings and indentation are only separators.
    QList<QByteArray> questions;
    questions.reserve(document.entryCount());
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        for (int i = 0; i < section.entryCount(); ++i)
            questions.append(section.entry(i).questionUtf8());
    }
    std::vector<SimilarityFinder::Pair> pairs = SimilarityFinder::find(questions, threshold, SimilarityFinder::reportedPerQuestion);
    for (SimilarityFinder::Pair &pair : pairs) {
        ++pair.a;
        ++pair.b;
    }
    return pairs;
}
