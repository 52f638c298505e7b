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
    // error's offset differs, and it is mapped back below.
    QByteArray escaped;
    escaped.reserve(json.size() + 16);
    std::vector<qsizetype> escapesAt; // offsets in `escaped`
    qsizetype from = 0;
    for (qsizetype at = first; at >= 0; at = json.indexOf(bom, from)) {
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
