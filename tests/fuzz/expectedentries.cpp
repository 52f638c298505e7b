#include "expectedentries.h"

#include "app/document/detailsblock.h"

namespace DocumentChecks {

QList<QByteArray> newEntryLines(QaLabel::Spelling spelling, const QString &question, const QString &answer)
{
    if (spelling == QaLabel::Spelling::Details) {
        QList<QByteArray> lines{"<details>", QByteArray("<summary>")
                                                 + (DetailsBlock::isQuestion(question) ? "" : DetailsBlock::marker)
                                                 + question.toUtf8() + "</summary>",
                                "</details>"};
        if (!answer.isEmpty())
            lines.append(answer.toUtf8());
        return lines;
    }
    if (spelling == QaLabel::Spelling::Admonition) {
        QList<QByteArray> lines{"??? question \"" + question.toUtf8() + '"'};
        if (!answer.isEmpty())
            lines.append("    " + answer.toUtf8());
        return lines;
    }
    QByteArray answerLine = QaLabel::answerText(spelling);
    if (!answer.isEmpty())
        answerLine += ' ' + answer.toUtf8();
    return {QByteArray(QaLabel::questionText(spelling)) + ' ' + question.toUtf8(), answerLine};
}

bool isOpenQuestion(const QaEntry &e) { return e.form() == QaEntry::Form::BoldLine || e.form() == QaEntry::Form::Heading; }

bool nextToOpenQuestion(const QaSection &section, int index)
{
    auto paragraph = [&section](int i) {
        return section.entry(i).isLoaded() && section.entry(i).form() != QaEntry::Form::Numbered;
    };
    for (int i = index - 1; i >= 0; --i) {
        if (paragraph(i))
            return isOpenQuestion(section.entry(i));
    }
    for (int i = index; i < section.entryCount(); ++i) {
        if (paragraph(i))
            return isOpenQuestion(section.entry(i));
    }
    return false;
}

} // namespace DocumentChecks
