#pragma once

// The fixture of the command-line suites (tst_cli_*): the real quire binary
// run as a process, with its settings and backups in a private folder, and a
// fresh writable copy of the sample per test function, so that the suites
// never touch data/. Each suite is a subclass adding its test functions.

#include "app/export/exportoptions.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

class CliFixture : public QObject
{
    Q_OBJECT

protected:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString privateDataHome();
    static Result quire(const QStringList &arguments);
    static QByteArray exported(const QString &path, ExportOptions::Format format, bool prose = false,
                               bool unanswered = false);
    static bool isOneLine(const QByteArray &text);

    QString copyOfSample(const QString &name = QStringLiteral("portfolio-qa.md"));
    QTemporaryDir m_dir;
    QByteArray m_sample;
    int m_counter = 0;

private slots:
    void initTestCase();
    void init();
};
