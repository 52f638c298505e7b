#pragma once

#include "app/status/entrystatus.h"

#include <QColor>
#include <QIcon>

// A distinct shape per status (check, hollow circle, half circle, question
// mark), so status never depends on colour alone.
class StatusIcons
{
public:
    static QIcon icon(EntryStatus status);
    static QColor color(EntryStatus status);
    static QString label(EntryStatus status); // translated, for people
};
