#include "app/document/headingquestion.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace HeadingQuestion {

namespace {

using namespace MarkdownLines;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// `<name` at `p` (any case), followed by `>`, white space or the line's end.
bool tagAt(const char *d, qsizetype p, qsizetype end, const char *name)
{
    qsizetype q = p + 1;
    for (const char *c = name; *c; ++c, ++q) {
        if (q >= end || lower(d[q]) != *c)
            return false;
    }
    return q == end || d[q] == '>' || d[q] == ' ' || d[q] == '\t';
}

// The question number at the start of a heading's text ("Question 12."):
// where its `.`, `:` or `)` is, -1 without one.
qsizetype numberMark(const QByteArray &text)
{
    static const QRegularExpression number(QStringLiteral("^(Question|Q) *[0-9]+[a-z]? *[.:)]"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(text));
    return match.hasMatch() ? match.capturedEnd() - 1 : -1; // ASCII up to there
}

} // namespace

bool isFaqName(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QLatin1Char(':')))
        t = t.chopped(1).trimmed();
    static const QRegularExpression faqWord(QStringLiteral("(^|[^\\w])faqs?($|[^\\w])"));
    return t.contains(faqWord) || t.contains(QLatin1String("frequently asked questions"))
        || t == QLatin1String("questions") || t == QLatin1String("questions and answers")
        || t == QLatin1String("q&a") || t == QLatin1String("q & a");
}

int detailsBalance(const QByteArray &source, const Line &line)
{
    const char *d = source.constData();
    int balance = 0;
    for (qsizetype p = line.begin; p < line.contentEnd; ++p) {
        const void *lt = std::memchr(d + p, '<', size_t(line.contentEnd - p));
        if (!lt)
            break;
        p = static_cast<const char *>(lt) - d;
        if (tagAt(d, p, line.contentEnd, "details"))
            ++balance;
        else if (tagAt(d, p, line.contentEnd, "/details"))
            --balance;
    }
    return balance;
}

// As the parser reads an answer: a code fence's opening line is counted,
// its other lines are not (HeadingScope::answerLine).
bool leavesDetailsOpen(const QByteArray &answer)
{
    const char *d = answer.constData();
    int depth = 0;
    Fence fence;
    for (qsizetype pos = 0; pos < answer.size();) {
        const Line line = lineAt(answer, pos);
        pos = line.end;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
            continue;
        }
        fence = fenceOf(d, line);
        depth = std::max(0, depth + detailsBalance(answer, line));
    }
    return depth > 0;
}

int levelAt(const QByteArray &source, qsizetype lineBegin)
{
    const Line line = lineAt(source, lineBegin);
    const Heading heading = atxHeading(source.constData(), line);
    return heading.found ? heading.level : htmlHeading(source.constData(), line).level;
}

namespace {

// `### question` as one line, and the heading's text it reads back as.
bool readsBackAs(const QString &question, Heading *heading)
{
    const QByteArray text = question.toUtf8();
    if (text.isEmpty() || text.contains('\n') || text.contains('\r'))
        return false;
    const QByteArray line = "### " + text;
    *heading = atxHeading(line.constData(), Line{0, line.size(), line.size()});
    return heading->found && line.mid(heading->textBegin, heading->textEnd - heading->textBegin) == text;
}

} // namespace

bool canWrite(const QString &question)
{
    Heading heading;
    if (!readsBackAs(question, &heading))
        return false;
    const QByteArray line = "### " + question.toUtf8();
    return isQuestionHeadingText(line.constData(), heading.textBegin, heading.textEnd);
}

bool canWriteInFaqPart(const QString &question)
{
    Heading heading;
    return readsBackAs(question, &heading) && !isFaqName(question);
}

QByteArray sectionHeading(const QString &title, bool faqDocument)
{
    QByteArray text = title.simplified().toUtf8();
    if (isQuestionHeadingText(text.constData(), 0, text.size())) {
        const qsizetype mark = numberMark(text);
        const qsizetype end = questionMarkEnd(text.constData(), 0, text.size());
        if (end > 0 && text.at(end - 1) == '?')
            text.insert(end - 1, '\\');
        if (mark >= 0) // before the `?`: its place has not moved
            text.insert(mark, '\\');
    }
    QByteArray line = "## " + text;
    if (faqDocument)
        line += " ##";
    return line;
}

QString sectionTitle(const QString &headingText)
{
    if (!headingText.contains(QLatin1Char('\\')))
        return headingText;
    QString title = headingText;
    static const QRegularExpression escapedMark(QStringLiteral("\\\\\\?([`*_\"')]*)$"));
    title.replace(escapedMark, QStringLiteral("?\\1"));
    static const QRegularExpression number(QStringLiteral("^((Question|Q) *[0-9]+[a-z]? *)\\\\([.:)])"));
    title.replace(number, QStringLiteral("\\1\\3"));
    return title;
}

bool hasFaqTitle(const QByteArray &source)
{
    const char *d = source.constData();
    for (qsizetype pos = 0; pos < source.size();) {
        Line line = lineAt(source, pos);
        if (pos == 0 && source.startsWith("\xEF\xBB\xBF"))
            line.begin = 3; // as the parser reads a first line after a byte order mark
        pos = line.end;
        if (line.begin < line.contentEnd && (d[line.begin] == '#' || d[line.begin] == '<')) {
            const Heading heading = unindentedHeading(d, line);
            if (heading.found && heading.level == 1
                && isFaqName(QString::fromUtf8(d + heading.textBegin, heading.textEnd - heading.textBegin)))
                return true;
        }
    }
    return false;
}

} // namespace HeadingQuestion
