#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The arguments after a command's name: the file, flags, and options with a
// value (`--name VALUE` or `--name=VALUE`).
struct CommandArguments
{
    QString file;
    QStringList flags;
    QMap<QString, QString> values;
    QString error; // what is wrong with them; empty when nothing is

    static CommandArguments parse(const QStringList &args, const QStringList &flagNames,
                                  const QStringList &valueNames);
};
