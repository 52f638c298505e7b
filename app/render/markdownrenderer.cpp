#include "app/render/markdownrenderer.h"

#include <cmark.h>

#include <cstdlib>

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                        CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

QString MarkdownRenderer::cmarkVersion()
{
    return QString::fromLatin1(cmark_version_string());
}
