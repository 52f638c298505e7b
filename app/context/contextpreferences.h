#pragma once

#include <QString>

// Context-project choices remembered per document (QSettings, keyed by the
// document's absolute path), and the token budget, which is the user's.
struct ContextPreferences
{
    QString chosenLlmsTxt;       // File → Context Project…; empty: found by ContextProjectFinder
    bool writeOnSave = false;    // llms_ctx.txt and llms_ctx-full.txt beside the llms.txt on every save
    bool onlyApproved = false;

    static ContextPreferences load(const QString &documentPath);
    void save(const QString &documentPath) const;

    static constexpr qsizetype defaultBudget = 32000;
    static qsizetype budget();
    static void setBudget(qsizetype tokens);
};
