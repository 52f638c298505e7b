#pragma once

#include <QString>

class QFont;
class QPalette;

// The preview's HTML skeleton and its stylesheet, in the colours of a
// QPalette, so that a dark palette gives a dark preview.
namespace PreviewStyle {

// The id of the element whose innerHTML holds the rendered markdown.
inline constexpr char contentElementId[] = "quire-content";
inline constexpr char styleElementId[] = "quire-style";

QString styleSheet(const QPalette &palette, const QFont &font);

// A complete page with the given stylesheet and an empty content element.
// Locked down by a Content-Security-Policy: nothing is loaded, no script runs.
QString skeletonHtml(const QString &styleSheet);

} // namespace PreviewStyle
