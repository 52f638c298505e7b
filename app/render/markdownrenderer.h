#pragma once

#include <QString>

// Markdown to HTML with cmark (CommonMark). Safe mode, cmark's default, is
// kept: raw HTML and javascript:/vbscript:/file:/data: links are dropped.
class MarkdownRenderer
{
public:
    static QString toHtml(const QString &markdown);
    static QString cmarkVersion();
};
