#pragma once

#include <QByteArray>

struct ContextResult;

// `quire context --json`: the report on a built context, keys in the order
// the command's documentation gives them (so not through QJsonObject, which
// sorts them). Only the sections that are in the context are listed.
//   {"file","title","encoding","tokens","sections":[{"name","optional","tokens",
//    "docs":[{"title","url","path","kind","tokens","status"}]}],"warnings":[{"line","message"}]}
class ContextReportJson
{
public:
    static QByteArray toJson(const ContextResult &result);
};
