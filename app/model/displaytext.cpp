#include "app/model/displaytext.h"

#include <QRegularExpression>

namespace DisplayText {

QString oneLine(const QString &text)
{
    if (!text.contains(QLatin1Char('<')))
        return text.simplified();
    // An opening or closing tag with a name and attributes; `a < b` and
    // `<3` are not tags and stay.
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>)"));
    QString plain = text;
    plain.replace(tag, QString());
    // A text that is only tags keeps them: an empty line tells nothing.
    return plain.trimmed().isEmpty() ? text.simplified() : plain.simplified();
}

} // namespace DisplayText
