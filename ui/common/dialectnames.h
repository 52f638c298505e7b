#pragma once

#include "app/document/qalabel.h"

#include <QCoreApplication>
#include <QString>

// The one place the window names Q&A dialects for people (the status bar,
// View → Read As…). A dialect without a name here yet shows its
// `quire check --json` name, so a new one is never missing.
class DialectNames
{
    Q_DECLARE_TR_FUNCTIONS(DialectNames)
public:
    static QString displayName(QaLabel::Dialect dialect);
    // How its labels look, for tooltips: "**Q:** / **A:**, …".
    static QString example(QaLabel::Dialect dialect);
};
