#pragma once

// Small helpers shared by the test suites: reading real files, finding lines
// in byte arrays, comparing old and new bytes. No test logic lives here.

#include "app/status/entrystatus.h"
#include "app/document/qadocument.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <optional>

// QCOMPARE prints statuses by name (found by argument-dependent lookup).
inline char *toString(EntryStatus status)
{
    return qstrdup(qPrintable(entryStatusName(status)));
}

namespace TestSupport {

inline QString samplePath()
{
    return QStringLiteral(QUIRE_SAMPLE);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray sampleBytes()
{
    return readFile(samplePath());
}

// Byte offset where 1-based line `line` starts; size() for the line after the last.
inline qsizetype lineStart(const QByteArray &bytes, int line)
{
    qsizetype pos = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0)
            return bytes.size();
        pos = nl + 1;
    }
    return pos;
}

// Lines [first, last] (1-based, inclusive) with their line endings.
inline QByteArray lines(const QByteArray &bytes, int first, int last)
{
    const qsizetype b = lineStart(bytes, first);
    return bytes.mid(b, lineStart(bytes, last + 1) - b);
}

// One line's text without its line ending.
inline QByteArray lineText(const QByteArray &bytes, int line)
{
    QByteArray l = lines(bytes, line, line);
    while (l.endsWith('\n') || l.endsWith('\r'))
        l.chop(1);
    return l;
}

// `bytes` with lines [first, last] replaced by `replacement`.
inline QByteArray replaceLines(const QByteArray &bytes, int first, int last, const QByteArray &replacement)
{
    const qsizetype b = lineStart(bytes, first);
    const qsizetype e = lineStart(bytes, last + 1);
    return bytes.left(b) + replacement + bytes.mid(e);
}

inline QByteArray toCrlf(const QByteArray &lf)
{
    QByteArray out = lf;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out;
}

inline qsizetype commonPrefix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// Whether every byte of `before` outside [begin, end) is kept, in place, in
// `after`: `after` starts with before[0, begin) and ends with before[end, size).
inline bool changedOnlyWithin(const QByteArray &before, const QByteArray &after, qsizetype begin,
                              qsizetype end)
{
    const qsizetype tail = before.size() - end;
    return begin + tail <= after.size() && after.startsWith(before.left(begin))
        && after.endsWith(before.right(tail));
}

inline std::optional<QaDocument> load(const QByteArray &bytes, const QString &name = QStringLiteral("test.md"))
{
    return QaDocument::fromBytes(bytes, name);
}

} // namespace TestSupport
