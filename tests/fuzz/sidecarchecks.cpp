#include "sidecarchecks.h"
#include "quotedtext.h"

#include "app/review/reviewfile.h"

#include <QStringList>

namespace {

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("(none)");
    return time.toString(Qt::ISODateWithMs) + QStringLiteral(" spec ") + QString::number(int(time.timeSpec()));
}

QString describe(const ReviewRecord &r)
{
    return QStringLiteral("{question %1, status %2, note %3, reviewed_at %4, approved_hash %5, probe %6}")
        .arg(quotedText(r.question), reviewStatusName(r.status), quotedText(r.note), timeText(r.reviewedAt),
             quotedText(QString::fromLatin1(r.approvedHash)), r.probe ? QStringLiteral("true") : r.notProbe ? QStringLiteral("false (unmarked)") : QStringLiteral("unset"));
}

bool sameRecord(const ReviewRecord &a, const ReviewRecord &b)
{
    // QDateTime's == compares instants only; the spec and the milliseconds
    // are compared through the text too.
    return a.question == b.question && a.status == b.status && a.note == b.note
        && a.reviewedAt.isValid() == b.reviewedAt.isValid() && a.reviewedAt == b.reviewedAt
        && timeText(a.reviewedAt) == timeText(b.reviewedAt) && a.approvedHash == b.approvedHash
        && a.probe == b.probe && a.notProbe == b.notProbe;
}

// Where two contents differ, or an empty string.
QString difference(const ReviewFile::Content &a, const ReviewFile::Content &b)
{
    if (a.records.size() != b.records.size())
        return QStringLiteral("%1 records, then %2").arg(a.records.size()).arg(b.records.size());
    for (size_t i = 0; i < a.records.size(); ++i) {
        if (!sameRecord(a.records[i], b.records[i]))
            return QStringLiteral("record %1: %2, then %3")
                .arg(i + 1).arg(describe(a.records[i]), describe(b.records[i]));
    }
    if (a.dismissed.size() != b.dismissed.size())
        return QStringLiteral("%1 dismissed pairs, then %2").arg(a.dismissed.size()).arg(b.dismissed.size());
    for (size_t i = 0; i < a.dismissed.size(); ++i) {
        if (a.dismissed[i] != b.dismissed[i])
            return QStringLiteral("dismissed pair %1: (%2, %3), then (%4, %5)")
                .arg(i + 1)
                .arg(quotedText(a.dismissed[i].first), quotedText(a.dismissed[i].second),
                     quotedText(b.dismissed[i].first), quotedText(b.dismissed[i].second));
    }
    if (a.probeSections != b.probeSections) {
        const QString first = QStringList(a.probeSections.cbegin(), a.probeSections.cend()).join(QStringLiteral(", "));
        const QString then = QStringList(b.probeSections.cbegin(), b.probeSections.cend()).join(QStringLiteral(", "));
        return QStringLiteral("probe sections (%1), then (%2)").arg(quotedText(first), quotedText(then));
    }
    return {};
}

QString resultName(ReviewFile::ParseResult result)
{
    switch (result) {
    case ReviewFile::ParseResult::Ok: return QStringLiteral("Ok");
    case ReviewFile::ParseResult::Corrupt: return QStringLiteral("Corrupt");
    case ReviewFile::ParseResult::TooNew: return QStringLiteral("TooNew");
    }
    return QStringLiteral("?");
}

} // namespace

QString SidecarChecks::check(const QByteArray &input)
{
    ReviewFile::Content content;
    QString reason;
    const ReviewFile::ParseResult result = ReviewFile::parse(input, &content, &reason);

    ReviewFile::Content again;
    QString reasonAgain;
    const ReviewFile::ParseResult resultAgain = ReviewFile::parse(input, &again, &reasonAgain);
    if (resultAgain != result || reasonAgain != reason)
        return QStringLiteral("parsed twice: %1 (%2), then %3 (%4)")
            .arg(resultName(result), reason, resultName(resultAgain), reasonAgain);
    if (const QString diff = difference(content, again); !diff.isEmpty())
        return QStringLiteral("parsed twice: ") + diff;

    if (result != ReviewFile::ParseResult::Ok) {
        // What a refused parse leaves in `content` is unspecified (the
        // store reads nothing then); only the reason is promised.
        if (reason.isEmpty())
            return QStringLiteral("refused (%1) without a reason").arg(resultName(result));
        return {};
    }

    const QByteArray written = ReviewFile::serialize(content);
    ReviewFile::Content reread;
    QString rereadReason;
    const ReviewFile::ParseResult rereadResult = ReviewFile::parse(written, &reread, &rereadReason);
    if (rereadResult != ReviewFile::ParseResult::Ok)
        return QStringLiteral("written and read again: %1 (%2); written:\n%3")
            .arg(resultName(rereadResult), rereadReason, QString::fromUtf8(written));
    if (const QString diff = difference(content, reread); !diff.isEmpty())
        return QStringLiteral("written and read again: ") + diff;
    const QByteArray rewritten = ReviewFile::serialize(reread);
    if (rewritten != written)
        return QStringLiteral("written twice, different bytes:\n%1\nthen\n%2")
            .arg(QString::fromUtf8(written), QString::fromUtf8(rewritten));
    return {};
}
