#pragma once

#include "app/rehearsal/verdict.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// The deterministic verdicts, from data (data/verdict-rules.json, built in):
// for an answered entry the recall of the authored answer's content words
// (stop words dropped, simple suffix stemming) against thresholds; for a
// probe the refusal phrases. Changing a rule never means touching code.
class VerdictRules
{
public:
    struct Scored
    {
        Verdict verdict = Verdict::Unscored;
        double score = -1; // 0..1; -1 when there is none (probes, unscored)
    };

    static const VerdictRules &builtIn();
    static VerdictRules fromJson(const QByteArray &json, QString *error = nullptr);

    // An answered entry: how much of `authored` the model's `answer` says.
    Scored compare(const QString &authored, const QString &answer) const;
    // A probe: declined or answered.
    Verdict probe(const QString &answer) const;
    // The distinct stemmed content words of `text`, in first-seen order.
    QStringList contentWords(const QString &text) const;
    QString stem(const QString &word) const;

    double agreesThreshold() const { return m_agrees; }
    double partialThreshold() const { return m_partial; }

private:
    QSet<QString> m_stopWords;
    std::vector<std::pair<QString, QString>> m_suffixes; // suffix, replacement
    QStringList m_refusals;
    int m_minWordLength = 2;
    int m_minStem = 3;
    double m_agrees = 0.6;
    double m_partial = 0.3;
};
