#pragma once

#include "app/document/qalabel.h"

#include <QString>
#include <optional>

// View → Read As…: the dialect a document is read as, remembered per
// document in the store the context project uses (QSettings, keyed by the
// document's absolute path). Nothing remembered: Automatic.
class ReadAsPreference
{
public:
    static std::optional<QaLabel::Dialect> load(const QString &documentPath);
    // `dialect` empty (Automatic) forgets the choice.
    static void save(const QString &documentPath, std::optional<QaLabel::Dialect> dialect);
    // The dialect named as `quire check --json` names it ("short-label"), if any.
    static std::optional<QaLabel::Dialect> dialectNamed(const QString &name);
    // Every dialect's name, for help texts: "question-label, short-label, …".
    static QString dialectNames();
};
