#include "app/document/qalabel.h"

#include <QStringList>

namespace QaLabel {

Dialect dialectOf(Spelling spelling)
{
    switch (spelling) {
    case Spelling::Question:
        return Dialect::QuestionLabel;
    case Spelling::QColon:
    case Spelling::QDot:
    case Spelling::QBare:
    case Spelling::QInBold:
        return Dialect::ShortLabel;
    case Spelling::PlainQ:
    case Spelling::PlainQuestion:
        return Dialect::PlainLabel;
    case Spelling::Details:
        return Dialect::Details;
    case Spelling::Admonition:
        return Dialect::Admonition;
    }
    return Dialect::QuestionLabel;
}

const char *questionText(Spelling spelling)
{
    switch (spelling) {
    case Spelling::Question: return "**Question:**";
    case Spelling::QColon: return "**Q:**";
    case Spelling::QDot: return "**Q.**";
    case Spelling::QBare: return "**Q**";
    case Spelling::QInBold: return "**Q:**";
    case Spelling::PlainQ: return "Q:";
    case Spelling::PlainQuestion: return "Question:";
    case Spelling::Details: return "<details>";
    case Spelling::Admonition: return "???";
    }
    return "**Question:**";
}

const char *answerText(Spelling spelling)
{
    switch (spelling) {
    case Spelling::Question: return "**Answer:**";
    case Spelling::QColon: return "**A:**";
    case Spelling::QDot: return "**A.**";
    case Spelling::QBare: return "**A**";
    case Spelling::QInBold: return "**A:**"; // a new entry: `**Q:**` / `**A:**`, read as short labels too
    case Spelling::PlainQ: return "A:";
    case Spelling::PlainQuestion: return "Answer:";
    case Spelling::Details: return "</summary>";
    case Spelling::Admonition: return "    ";
    }
    return "**Answer:**";
}

Spelling defaultSpelling(Dialect dialect)
{
    switch (dialect) {
    case Dialect::ShortLabel: return Spelling::QColon;
    case Dialect::PlainLabel: return Spelling::PlainQ;
    case Dialect::Details: return Spelling::Details;
    case Dialect::Admonition: return Spelling::Admonition;
    case Dialect::QuestionLabel:
    case Dialect::Numbered:
    case Dialect::BoldQuestion:
    case Dialect::Heading: return Spelling::Question;
    }
    return Spelling::Question;
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::QuestionLabel: return QStringLiteral("question-label");
    case Dialect::ShortLabel: return QStringLiteral("short-label");
    case Dialect::PlainLabel: return QStringLiteral("plain-label");
    case Dialect::Numbered: return QStringLiteral("numbered");
    case Dialect::BoldQuestion: return QStringLiteral("bold-question");
    case Dialect::Details: return QStringLiteral("details");
    case Dialect::Admonition: return QStringLiteral("admonition");
    case Dialect::Heading: return QStringLiteral("heading");
    }
    return QString();
}

bool reads(Dialect forced, Spelling spelling)
{
    if (forced == Dialect::Numbered || forced == Dialect::BoldQuestion || forced == Dialect::Heading)
        return spelling == Spelling::Question;
    return dialectOf(spelling) == forced;
}

std::optional<Dialect> dialectNamed(const QString &name)
{
    for (int i = 0; i < dialectCount; ++i) {
        if (dialectName(Dialect(i)) == name)
            return Dialect(i);
    }
    return std::nullopt;
}

QString dialectNames()
{
    QStringList names;
    for (int i = 0; i < dialectCount; ++i)
        names << dialectName(Dialect(i));
    return names.join(QStringLiteral(", "));
}

} // namespace QaLabel
