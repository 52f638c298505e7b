#include "ui/common/dialectnames.h"

QString DialectNames::displayName(QaLabel::Dialect dialect)
{
    switch (dialect) {
    case QaLabel::Dialect::QuestionLabel:
        return tr("question-label");
    case QaLabel::Dialect::ShortLabel:
        return tr("short-label");
    case QaLabel::Dialect::PlainLabel:
        return tr("plain-label");
    case QaLabel::Dialect::Numbered:
        return tr("numbered");
    case QaLabel::Dialect::BoldQuestion:
        return tr("bold-question");
    case QaLabel::Dialect::Details:
        return tr("details");
    case QaLabel::Dialect::Admonition:
        return tr("admonition");
    case QaLabel::Dialect::Heading:
        return tr("heading");
    default:
        return QaLabel::dialectName(dialect);
    }
}

QString DialectNames::example(QaLabel::Dialect dialect)
{
    switch (dialect) {
    case QaLabel::Dialect::QuestionLabel:
        return QStringLiteral("**Question:** / **Answer:**");
    case QaLabel::Dialect::ShortLabel:
        return QStringLiteral("**Q:** / **A:**, **Q.** / **A.**, **Q** / **A**");
    case QaLabel::Dialect::PlainLabel:
        return QStringLiteral("Q: / A:, Question: / Answer:");
    case QaLabel::Dialect::Numbered:
        return tr("a numbered question list");
    case QaLabel::Dialect::BoldQuestion:
        return QStringLiteral("**What is …?**");
    case QaLabel::Dialect::Details:
        return QStringLiteral("<details><summary>…</summary> … </details>");
    case QaLabel::Dialect::Admonition:
        return QStringLiteral("??? question \"…\"");
    case QaLabel::Dialect::Heading:
        return QStringLiteral("### …?");
    default:
        return QString();
    }
}
