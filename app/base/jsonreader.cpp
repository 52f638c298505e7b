#include "app/base/jsonreader.h"

#include <vector>

namespace JsonReader {

QJsonDocument fromJson(const QByteArray &json, QJsonParseError *error)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const qsizetype first = json.indexOf(bom, 1);
    if (first < 0)
        return QJsonDocument::fromJson(json, error);
    // Outside a string the escape is as invalid as the character: only the
    // error's offset differs, and it is mapped back below. After a backslash
    // that starts an escape the character stays: an invalid escape, as it was.
    QByteArray escaped;
    escaped.reserve(json.size() + 16);
    std::vector<qsizetype> escapesAt; // offsets in `escaped`
    qsizetype from = 0;
    auto afterEscapeStart = [&json](qsizetype at) {
        qsizetype backslashes = 0;
        while (at - backslashes > 0 && json.at(at - backslashes - 1) == '\\')
            ++backslashes;
        return backslashes % 2 == 1;
    };
    for (qsizetype at = first; at >= 0; at = json.indexOf(bom, from)) {
        if (afterEscapeStart(at)) {
            escaped.append(json.constData() + from, at + bom.size() - from);
            from = at + bom.size();
            continue;
        }
        escaped.append(json.constData() + from, at - from);
        escapesAt.push_back(escaped.size());
        escaped.append("\\ufeff");
        from = at + bom.size();
    }
    escaped.append(json.constData() + from, json.size() - from);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(escaped, &parseError);
    if (error) {
        *error = parseError;
        // Each escape before the offset is 3 bytes longer than the character;
        // an offset inside one points at the character.
        for (const qsizetype at : escapesAt) {
            if (parseError.offset >= at + 6)
                error->offset -= 3;
            else if (parseError.offset > at)
                error->offset -= parseError.offset - at;
        }
    }
    return document;
}

} // namespace JsonReader
