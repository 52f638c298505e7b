#include "app/export/exportoptions.h"

bool ExportOptions::parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("ctx"))
        *format = Format::Ctx;
    else if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        *format = Format::Markdown;
    else if (n == QLatin1String("jsonl"))
        *format = Format::Jsonl;
    else if (n == QLatin1String("source"))
        *format = Format::Source;
    else
        return false;
    return true;
}

QString ExportOptions::formatName(Format format)
{
    switch (format) {
    case Format::Ctx: return QStringLiteral("ctx");
    case Format::Markdown: return QStringLiteral("markdown");
    case Format::Jsonl: return QStringLiteral("jsonl");
    case Format::Source: return QStringLiteral("source");
    }
    return {};
}

QString ExportOptions::defaultFileName(Format format, const QString &base)
{
    switch (format) {
    case Format::Ctx: return QStringLiteral("llms_ctx.txt");
    case Format::Markdown: return base + QStringLiteral(".export.md");
    case Format::Jsonl: return base + QStringLiteral(".jsonl");
    case Format::Source: return base + QStringLiteral(".copy.md");
    }
    return {};
}
