#pragma once

// What the fuzz regression suites (tst_*regressions) share: a test document
// loaded (the suite stops if it is refused) and its questions in order.

#include "tests/support/testsupport.h"

#include "app/document/qadocument.h"

#include <QStringList>

namespace RegressionCases {

inline QaDocument loaded(const QByteArray &bytes)
{
    std::optional<QaDocument> doc = TestSupport::load(bytes);
    if (!doc)
        qFatal("test input refused");
    return *doc;
}

inline QStringList questions(const QaDocument &doc)
{
    QStringList out;
    for (const EntryRef &ref : doc.allEntries())
        out.append(doc.entry(ref).question());
    return out;
}

} // namespace RegressionCases
