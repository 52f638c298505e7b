#pragma once

#include "app/compare/worddiff.h"

#include <QString>

#include <atomic>

// Everything the compare view shows for two answers, built in one call that
// a worker thread can make: the bounded word diff, each side prepared for
// display (DiffElider) and turned into HTML (DiffHtml). The view only sets
// the two HTML texts, whose size is bounded whatever the answers hold.
class AnswerComparison
{
public:
    struct Input
    {
        QString current;
        QString other;
        bool otherAvailable = false;
        bool rendered = true; // else both as markdown source
        bool dark = false;
    };
    struct Result
    {
        QString currentHtml;
        QString otherHtml;
        int changes = 0;
        WordDiff::Level level = WordDiff::Level::Words;
        bool shownAsSource = false; // asked for rendered, too long to render
        bool elided = false;        // something was left out of the view
        bool cancelled = false;
    };

    // Answers longer than this are shown as markdown source: cut to fit the
    // view, their markdown would not render as it is.
    static constexpr qsizetype renderLimit = 100'000;

    static Result build(const Input &input, const std::atomic<bool> *cancel = nullptr);
};
