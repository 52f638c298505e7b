#pragma once

// The real example the context suites share: a temporary project holding
// the sample Q&A document, a themes.md, an Optional notes file and the
// llms.txt that links them (plus whatever a test adds).

#include "tests/support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

class ContextProject
{
public:
    static QByteArray themes()
    {
        return "# Themes\n\nThe portfolio's recurring themes: evaluation, data quality & <care>.\n";
    }

    ContextProject()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("notes")));
        TestSupport::writeFile(path(QStringLiteral("portfolio-qa.md")), TestSupport::sampleBytes());
        TestSupport::writeFile(path(QStringLiteral("themes.md")), themes());
        TestSupport::writeFile(path(QStringLiteral("notes/old talks.md")), "Old talks, kept for the full context.\n");
        writeLlms(llmsTxt());
    }

    static QByteArray llmsTxt()
    {
        return "# Portfolio context\n"
               "\n"
               "> Everything a model needs to answer visitors about my work.\n"
               "\n"
               "Read the themes first.\n"
               "\n"
               "## Docs\n"
               "- [Portfolio Q&A](portfolio-qa.md): questions and answers\n"
               "- [Themes](themes.md): what the answers come back to\n"
               "\n"
               "## Optional\n"
               "- [Old talks](notes/old%20talks.md)\n";
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString llms() const { return path(QStringLiteral("llms.txt")); }
    bool writeLlms(const QByteArray &bytes) const { return TestSupport::writeFile(llms(), bytes); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};
