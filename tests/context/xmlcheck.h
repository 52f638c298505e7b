#pragma once

// Is a built context well-formed XML? QXmlStreamReader always, and
// `xmllint --noout` where it is installed (libxml2-utils, quire-dev.sh).

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

namespace XmlCheck {

// Empty when well-formed; otherwise what the first checker said.
inline QString problems(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return QStringLiteral("QXmlStreamReader: line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return {};
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("-")});
    process.waitForStarted();
    process.write(xml);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("xmllint: ") + QString::fromUtf8(process.readAllStandardError());
    return {};
}

inline bool xmllintInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty();
}

} // namespace XmlCheck
