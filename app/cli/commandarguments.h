#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

// The arguments after a command's name: the file, flags, and options with a
// value (`--name VALUE` or `--name=VALUE`).
struct CommandArguments
{
    QString file;
    QStringList flags;
    QMap<QString, QString> values; // the last value of each option
    QList<std::pair<QString, QString>> allValues; // every value, in order (--entry 3 --entry 5)
    QString error; // what is wrong with them; empty when nothing is

    static CommandArguments parse(const QStringList &args, const QStringList &flagNames,
                                  const QStringList &valueNames);
};
