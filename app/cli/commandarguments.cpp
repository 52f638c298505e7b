#include "app/cli/commandarguments.h"

#include <QCoreApplication>

CommandArguments CommandArguments::parse(const QStringList &args, const QStringList &flagNames,
                                         const QStringList &valueNames)
{
    CommandArguments parsed;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            inlineValue = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }
        if (flagNames.contains(arg)) {
            parsed.flags.append(arg);
        } else if (valueNames.contains(arg)) {
            if (!hasInline && i + 1 >= args.size()) {
                parsed.error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(arg);
                return parsed;
            }
            const QString value = hasInline ? inlineValue : args[++i];
            parsed.values.insert(arg, value);
            parsed.allValues.append({arg, value});
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            parsed.error = QCoreApplication::translate("CommandLine", "unknown option %1").arg(arg);
            return parsed;
        } else if (parsed.file.isEmpty()) {
            parsed.file = arg;
        } else {
            parsed.error = QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(arg);
            return parsed;
        }
    }
    if (parsed.file.isEmpty())
        parsed.error = QCoreApplication::translate("CommandLine", "no FILE given");
    return parsed;
}
