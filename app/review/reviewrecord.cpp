#include "app/review/reviewrecord.h"

#include <QCryptographicHash>

QByteArray ReviewRecord::answerHash(const QString &answer)
{
    QString text = answer;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList trimmed;
    trimmed.reserve(lines.size());
    for (const QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        trimmed << line.left(end);
    }
    while (!trimmed.isEmpty() && trimmed.last().isEmpty())
        trimmed.removeLast();
    while (!trimmed.isEmpty() && trimmed.first().isEmpty())
        trimmed.removeFirst();
    return QCryptographicHash::hash(trimmed.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}
