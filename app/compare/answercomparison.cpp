#include "app/compare/answercomparison.h"

#include "app/compare/diffelider.h"
#include "app/compare/diffhtml.h"

AnswerComparison::Result AnswerComparison::build(const Input &input, const std::atomic<bool> *cancel)
{
    Result result;
    WordDiff::Result diff;
    if (input.otherAvailable) {
        diff = WordDiff::compareBounded(input.current, input.other, cancel);
        if (diff.cancelled) {
            result.cancelled = true;
            return result;
        }
    } else if (!input.current.isEmpty()) {
        diff.segments = {{WordDiff::Kind::Equal, input.current}};
    }
    result.level = diff.level;
    result.changes = WordDiff::changedSegments(diff.segments);

    const bool tooLong = input.current.size() > renderLimit || input.other.size() > renderLimit;
    const bool rendered = input.rendered && !tooLong;
    result.shownAsSource = input.rendered && tooLong;
    auto html = [&](WordDiff::Kind side) {
        bool elided = false;
        const QList<DiffElider::Piece> pieces = DiffElider::side(diff.segments, side, &elided);
        result.elided = result.elided || elided;
        return rendered ? DiffHtml::rendered(pieces, side, input.dark) : DiffHtml::source(pieces, side, input.dark);
    };
    result.currentHtml = html(WordDiff::Kind::Removed);
    if (input.otherAvailable)
        result.otherHtml = html(WordDiff::Kind::Inserted);
    if (cancel && cancel->load())
        result.cancelled = true;
    return result;
}
