#pragma once

#include "app/document/qalabel.h"

#include <QString>
#include <optional>

// View → Read As…: the dialect a document is read as, remembered per
// document like the context project (DocumentSettings). Nothing
// remembered: Automatic.
class ReadAsPreference
{
public:
    static std::optional<QaLabel::Dialect> load(const QString &documentPath);
    // `dialect` empty (Automatic) forgets the choice.
    static void save(const QString &documentPath, std::optional<QaLabel::Dialect> dialect);
};
