#include "ui/preview/previewstyle.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace PreviewStyle {

namespace {

QString css(const QColor &color)
{
    if (color.alpha() == 255)
        return color.name(QColor::HexRgb);
    return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(color.red()).arg(color.green()).arg(color.blue())
            .arg(color.alphaF(), 0, 'f', 3);
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto channel = [amountOfB](int x, int y) {
        return int(x + (y - x) * amountOfB + 0.5);
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

QString cssString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.remove(QLatin1Char('<'));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString htmlEscapedStyle(QString styleSheet)
{
    // The stylesheet is ours, but a font family name comes from the system:
    // never let it close the <style> element.
    return styleSheet.replace(QLatin1String("</"), QLatin1String("<\\/"));
}

} // namespace

QString styleSheet(const QPalette &palette, const QFont &font)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor link = palette.color(QPalette::Active, QPalette::Link);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    const QColor mid = palette.color(QPalette::Active, QPalette::Mid);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor highlightedText = palette.color(QPalette::Active, QPalette::HighlightedText);
    const bool dark = base.lightness() < text.lightness();

    // Code needs to stand out from the page even when a style's
    // AlternateBase is (nearly) the same as Base.
    const QColor codeBackground = qAbs(alternate.lightness() - base.lightness()) >= 8
            ? alternate : mix(base, text, 0.06);
    const QColor rule = mix(base, mid, 0.7);
    const QColor quoteText = mix(text, base, 0.3);

    const QString family = cssString(font.family());
    // Reading text, not a dialog: a little larger than the widget font.
    const qreal widgetPointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    const qreal pointSize = qMax(widgetPointSize * 1.1, 10.5);

    QString sheet = QStringLiteral(R"(
:root { color-scheme: %1; }
html, body { background: %2; color: %3; margin: 0; }
body {
  font-family: %4, system-ui, sans-serif;
  font-size: %5pt;
  line-height: 1.5;
  overflow-wrap: break-word;
}
#%6 { max-width: 48em; margin: 0 auto; padding: 0.75em 1.25em 2em; }
#%6 > :first-child { margin-top: 0; }
#%6 > :last-child { margin-bottom: 0; }
a { color: %7; }
p, ul, ol, blockquote, pre, table { margin: 0 0 0.85em; }
li > p { margin: 0.25em 0; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.2em 0 0.5em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
code, pre, kbd, samp { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
code { background: %8; border-radius: 3px; padding: 0.1em 0.3em; }
pre {
  background: %8; border: 1px solid %9; border-radius: 4px;
  padding: 0.6em 0.8em; overflow-x: auto; line-height: 1.4;
}
pre code { background: none; padding: 0; border-radius: 0; font-size: 1em; }
blockquote { margin-left: 0; padding: 0 0 0 0.9em; border-left: 3px solid %9; color: %10; }
hr { border: none; border-top: 1px solid %9; margin: 1.4em 0; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid %9; padding: 0.3em 0.6em; text-align: left; }
th { background: %8; }
::selection { background: %11; color: %12; }
::-webkit-scrollbar { width: 10px; height: 10px; background: transparent; }
::-webkit-scrollbar-thumb { background: %9; border-radius: 5px; border: 2px solid transparent; background-clip: padding-box; }
::-webkit-scrollbar-corner { background: transparent; }
)");
    sheet = sheet.arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                      css(base), css(text), family)
                    .arg(pointSize, 0, 'f', 1)
                    .arg(QLatin1String(contentElementId), css(link), css(codeBackground),
                         css(rule), css(quoteText), css(highlight), css(highlightedText));
    return sheet;
}

QString skeletonHtml(const QString &styleSheet)
{
    // default-src 'none' refuses every fetch (images, frames, fonts, CSS
    // url(), scripts) and, with no script-src, every script; inline styles
    // stay allowed for our stylesheet and cmark's output.
    return QStringLiteral(R"(<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Quire preview</title>
<style id="%1">%2</style>
</head>
<body><div id="%3"></div></body>
</html>
)")
            .arg(QLatin1String(styleElementId), htmlEscapedStyle(styleSheet),
                 QLatin1String(contentElementId));
}

} // namespace PreviewStyle
