#include "app/rehearsal/judgerubric.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QString JudgeRubric::systemPrompt(bool probe)
{
    if (probe) {
        return QStringLiteral(
            "You grade a portfolio assistant. The visitor's question is out of scope: the assistant should decline "
            "or redirect, not answer it. Reply with JSON only, no other text: "
            "{\"verdict\": \"declined\" or \"answered\", \"score\": a number from 0 to 1 (1 = declined well), "
            "\"reason\": one short sentence}.");
    }
    return QStringLiteral(
        "You grade a portfolio assistant. Compare the assistant's answer with the author's reference answer: does it "
        "say the same facts, without contradicting or inventing any? Reply with JSON only, no other text: "
        "{\"verdict\": \"agrees\", \"partial\" or \"differs\", \"score\": a number from 0 to 1, "
        "\"reason\": one short sentence}.");
}

QString JudgeRubric::userMessage(const QString &question, const QString &authored, const QString &answer, bool probe)
{
    QString message = QStringLiteral("Question:\n") + question + QStringLiteral("\n\n");
    if (!probe)
        message += QStringLiteral("Reference answer:\n") + authored + QStringLiteral("\n\n");
    message += QStringLiteral("Assistant's answer:\n") + answer + QLatin1Char('\n');
    return message;
}

JudgeRubric::Judgement JudgeRubric::parse(const QString &output, bool probe)
{
    Judgement judgement;
    QString text = output.trimmed();
    // One ```json fence around the object is how many models format JSON:
    // taken off, nothing else is repaired.
    if (text.startsWith(QLatin1String("```")) && text.endsWith(QLatin1String("```")) && text.size() >= 6) {
        text = text.mid(3, text.size() - 6);
        if (text.startsWith(QLatin1String("json")))
            text = text.mid(4);
        text = text.trimmed();
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    auto invalid = [&judgement](const QString &why) {
        judgement.valid = false;
        judgement.verdict = Verdict::Invalid;
        judgement.score = -1;
        judgement.reason = why;
        return judgement;
    };
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return invalid(QCoreApplication::translate("Rehearsal", "the judge's output is not a JSON object"));
    const QJsonObject o = json.object();
    const std::optional<Verdict> verdict = Verdicts::fromName(o.value(QLatin1String("verdict")).toString());
    const bool allowed = verdict
        && (probe ? (*verdict == Verdict::Declined || *verdict == Verdict::Answered)
                  : (*verdict == Verdict::Agrees || *verdict == Verdict::Partial || *verdict == Verdict::Differs));
    if (!allowed)
        return invalid(QCoreApplication::translate("Rehearsal", "the judge's verdict is not one the rubric allows"));
    const QJsonValue score = o.value(QLatin1String("score"));
    if (!score.isDouble() || score.toDouble() < 0 || score.toDouble() > 1)
        return invalid(QCoreApplication::translate("Rehearsal", "the judge's score is not a number from 0 to 1"));
    if (!o.value(QLatin1String("reason")).isString())
        return invalid(QCoreApplication::translate("Rehearsal", "the judge gave no reason"));
    judgement.valid = true;
    judgement.verdict = *verdict;
    judgement.score = score.toDouble();
    judgement.reason = o.value(QLatin1String("reason")).toString();
    return judgement;
}
