#include "app/spell/spelltext.h"

#include <QRegularExpression>

#include <vector>

namespace SpellText {

namespace {

void collect(const QRegularExpression &pattern, const QString &line, QVector<Range> &out, int group = 0)
{
    auto it = pattern.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(group) > 0)
            out.append({int(m.capturedStart(group)), int(m.capturedLength(group))});
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

} // namespace

QVector<Range> skippedRanges(const QString &line)
{
    QVector<Range> ranges;
    // Each pattern only runs when its telltale character is on the line: a
    // 10,000-word paragraph is scanned on every keystroke.
    if (line.contains(QLatin1Char('`'))) {
        static const QRegularExpression code(QStringLiteral("(?<ticks>`+)(?:.*?[^`])?\\k<ticks>(?!`)"));
        collect(code, line, ranges);
    }
    if (line.contains(QLatin1Char('<'))) {
        static const QRegularExpression tags(QStringLiteral(
            "<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*>"      // <https://...>
            "|<[^<>\\s@]+@[^<>\\s]+>"                       // <name@example.org>
            "|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"     // <kbd>, </div>, <img src=...>
            "|<!--.*?(?:-->|$)"));                         // <!-- comment -->
        collect(tags, line, ranges);
    }
    if (line.contains(QLatin1String("://")) || line.contains(QLatin1String("www."), Qt::CaseInsensitive)) {
        static const QRegularExpression url(
            QStringLiteral("\\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)[^\\s<>`\"]*"),
            QRegularExpression::CaseInsensitiveOption);
        collect(url, line, ranges);
    }
    if (line.contains(QLatin1Char('@'))) {
        static const QRegularExpression mail(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"));
        collect(mail, line, ranges);
    }
    if (line.contains(QLatin1Char(']')) || line.contains(QLatin1Char('['))) {
        static const QRegularExpression links(QStringLiteral(
            "(?<=\\])\\(\\s*(?:<[^>]*>|(?:[^\\s()]|\\([^\\s()]*\\))*)" // ](target
            "|(?<=\\])\\[[^\\]]*\\]"                                   // ][label]
            "|^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S*"                          // [label]: target
            "|\\[\\^[^\\]]+\\]"));                                      // [^note]
        collect(links, line, ranges);
    }
    if (line.contains(QLatin1Char('&'))) {
        static const QRegularExpression entity(QStringLiteral("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
        collect(entity, line, ranges);
    }
    if (line.contains(QLatin1String("**"))) {
        static const QRegularExpression labels(QStringLiteral("\\*\\*(?:Question|Answer):\\*\\*"));
        collect(labels, line, ranges);
    }
    return ranges;
}

QVector<Range> words(const QString &line)
{
    const int n = int(line.size());
    const QVector<Range> skipped = skippedRanges(line);
    std::vector<char> skip;
    if (!skipped.isEmpty()) {
        skip.assign(size_t(n), 0);
        for (const Range &r : skipped)
            std::fill(skip.begin() + r.start, skip.begin() + r.start + r.length, 1);
    }
    QVector<Range> result;
    const QChar *s = line.constData();
    int i = 0;
    while (i < n) {
        if (!isWordChar(s[i])) {
            ++i;
            continue;
        }
        // One run of word characters, apostrophes allowed between them; a
        // run joined to the next by '.' (themes.md, Answer.AI) is a name.
        const int start = i;
        bool dotted = false;
        for (;;) {
            while (i < n && isWordChar(s[i]))
                ++i;
            if (i + 1 < n && isApostrophe(s[i]) && isWordChar(s[i + 1])) {
                ++i;
                continue;
            }
            if (i + 1 < n && s[i] == QLatin1Char('.') && isWordChar(s[i + 1])) {
                dotted = true;
                ++i;
                continue;
            }
            break;
        }
        int begin = start;
        int end = i;
        while (begin < end && s[begin] == QLatin1Char('_'))
            ++begin; // _emphasis_
        while (end > begin && s[end - 1] == QLatin1Char('_'))
            --end;
        const QChar before = start > 0 ? s[start - 1] : QChar();
        const bool tagged = before == QLatin1Char('#') || before == QLatin1Char('@');
        bool inSkipped = false;
        if (!skip.empty()) {
            for (int k = begin; k < end && !inSkipped; ++k)
                inSkipped = skip[size_t(k)];
        }
        if (!dotted && !tagged && !inSkipped && end > begin)
            result.append({begin, end - begin});
    }
    return result;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

QString withPlainApostrophes(const QString &word)
{
    QString w = word;
    for (QChar &c : w) {
        if (isApostrophe(c))
            c = QLatin1Char('\'');
    }
    return w;
}

} // namespace SpellText
