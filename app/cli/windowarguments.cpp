#include "app/cli/windowarguments.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// Qt's options that take a value (QGuiApplication, QApplication, WebEngine).
bool takesValue(const QString &option)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qmljsdebugger"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("session"), QStringLiteral("display"),
        QStringLiteral("geometry"), QStringLiteral("title"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("webEngineArgs")};
    return withValue.contains(option);
}

bool isQtOption(const QString &option)
{
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    return takesValue(option) || flags.contains(option);
}

} // namespace

QString WindowArguments::usageProblem(const QStringList &arguments)
{
    QString unknownOption;
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            const bool inlineValue = name.contains(QLatin1Char('='));
            name = name.section(QLatin1Char('='), 0, 0);
            if (!isQtOption(name) && unknownOption.isEmpty())
                unknownOption = argument;
            else if (!inlineValue && takesValue(name))
                ++i; // its value
            continue;
        }
        files.append(argument);
    }
    // `quire frobnicate FILE`: a word that is no file, followed by more,
    // was meant as a command.
    if (files.size() > 1 && !QFileInfo::exists(files.first()))
        return QCoreApplication::translate("CommandLine", "unknown command %1").arg(files.first());
    if (!unknownOption.isEmpty())
        return QCoreApplication::translate("CommandLine", "unknown option %1").arg(unknownOption);
    if (files.size() > 1)
        return QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(files.at(1));
    return {};
}
