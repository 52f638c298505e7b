#pragma once

#include <QString>

// A file name as messages show it: on one line whatever it holds. Control
// characters (a newline, a tab, an escape) are written as \n, \t, \x1b, so
// every error stays one line a terminal, a log or the message bar shows as is.
QString displayPath(const QString &path);
