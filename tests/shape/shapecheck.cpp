// shapecheck ROOT --cycles | --lengths
//
// Guards the shape of the code (docs/architecture.md), one line per problem:
//   --cycles   reads the #include "…" lines of app/ and ui/ and fails on a
//              cycle between folders, on a folder including one listed after
//              it in the foreach() of app/CMakeLists.txt or ui/CMakeLists.txt
//              (the layers, bottom up; app/ before ui/, ui/preview first of
//              ui/), and on two classes (file stems) that need each other's
//              headers.
//   --lengths  fails on a source file over 500 lines in app/, ui/, tests/
//              or bench/ (data, translations and fuzz inputs are not sources).
// Exit 0 when the shape holds, 1 when it does not, 64 on wrong arguments.

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

constexpr int maxLines = 500;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QStringList sourceFiles(const QString &root, const QStringList &tops, const QStringList &suffixes)
{
    QStringList files;
    for (const QString &top : tops) {
        QDirIterator it(root + QLatin1Char('/') + top, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (suffixes.contains(QFileInfo(path).suffix()))
                files.append(QDir(root).relativeFilePath(path));
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

QStringList includesOf(const QString &path)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList found;
    auto it = include.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

// The layers, bottom up: app's stages, then ui/preview and ui's areas, as
// the CMake files list them.
QStringList layers(const QString &root)
{
    static const QRegularExpression loop(QStringLiteral(R"re(foreach\(\w+\s+([^)]*)\))re"));
    QStringList order;
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QFile file(root + QLatin1Char('/') + top + QLatin1String("/CMakeLists.txt"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (top == QLatin1String("ui"))
            order.append(QStringLiteral("ui/preview"));
        const QRegularExpressionMatch match = loop.match(QString::fromUtf8(file.readAll()));
        for (const QString &name : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            order.append(top + QLatin1Char('/') + name);
    }
    return order;
}

QString folderOf(const QString &relativePath) { return QFileInfo(relativePath).path(); }
QString stemOf(const QString &relativePath)
{
    const QFileInfo info(relativePath);
    return info.path() + QLatin1Char('/') + info.completeBaseName();
}

// The strongly connected components with more than one node (Tarjan).
QList<QStringList> cyclesIn(const QMap<QString, QSet<QString>> &edges)
{
    QMap<QString, int> index, low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> components;
    int next = 0;
    std::function<void(const QString &)> visit = [&](const QString &node) {
        index[node] = low[node] = next++;
        stack.append(node);
        onStack.insert(node);
        for (const QString &to : edges.value(node)) {
            if (!index.contains(to)) {
                visit(to);
                low[node] = std::min(low[node], low[to]);
            } else if (onStack.contains(to)) {
                low[node] = std::min(low[node], index[to]);
            }
        }
        if (low[node] == index[node]) {
            QStringList component;
            QString member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                component.prepend(member);
            } while (member != node);
            if (component.size() > 1)
                components.append(component);
        }
    };
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        if (!index.contains(it.key()))
            visit(it.key());
    return components;
}

int checkCycles(const QString &root)
{
    const QStringList files = sourceFiles(root, {QStringLiteral("app"), QStringLiteral("ui")},
                                          {QStringLiteral("h"), QStringLiteral("cpp")});
    QMap<QString, QSet<QString>> folderEdges, stemEdges;
    QMap<QPair<QString, QString>, QString> why; // folder edge -> one include that makes it
    const QStringList order = layers(root);
    QSet<QString> unlisted;
    int problems = 0;
    for (const QString &file : files) {
        const QString from = folderOf(file);
        if (!order.contains(from) && !unlisted.contains(from)) {
            unlisted.insert(from);
            out() << "layer: " << from << " is not listed in the foreach() of its CMakeLists.txt\n";
            ++problems;
        }
        folderEdges[from];
        stemEdges[stemOf(file)];
        for (const QString &header : includesOf(root + QLatin1Char('/') + file)) {
            if (!QFileInfo::exists(root + QLatin1Char('/') + header))
                continue; // generated (moc, ui) or another folder's own header
            const QString to = folderOf(header);
            if (from.startsWith(QLatin1String("app/")) && to.startsWith(QLatin1String("ui/"))) {
                out() << "layer: " << file << " includes " << header << " (app/ must not include ui/)\n";
                ++problems;
            }
            if (to != from && order.contains(from) && order.contains(to) && order.indexOf(to) > order.indexOf(from)) {
                out() << "layer: " << file << " includes " << header << " (" << to << " is listed after "
                      << from << ")\n";
                ++problems;
            }
            if (to != from) {
                folderEdges[from].insert(to);
                why.insert({from, to}, file + QLatin1String(" includes ") + header);
            }
            if (stemOf(header) != stemOf(file))
                stemEdges[stemOf(file)].insert(stemOf(header));
        }
    }
    for (const QStringList &cycle : cyclesIn(folderEdges)) {
        QStringList reasons;
        for (const QString &a : cycle)
            for (const QString &b : cycle)
                if (why.contains({a, b}))
                    reasons.append(why.value({a, b}));
        out() << "folder cycle: " << cycle.join(QLatin1String(" <-> ")) << " (" << reasons.join(QLatin1String("; "))
              << ")\n";
        ++problems;
    }
    for (const QStringList &cycle : cyclesIn(stemEdges)) {
        out() << "class cycle: " << cycle.join(QLatin1String(" <-> ")) << " need each other's headers\n";
        ++problems;
    }
    out() << files.size() << " files, " << folderEdges.size() << " folders: " << problems
          << (problems == 1 ? " problem\n" : " problems\n");
    return problems == 0 ? 0 : 1;
}

int checkLengths(const QString &root)
{
    const QStringList files = sourceFiles(
        root, {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("tests"), QStringLiteral("bench")},
        {QStringLiteral("h"), QStringLiteral("cpp"), QStringLiteral("cmake"), QStringLiteral("txt"),
         QStringLiteral("sh"), QStringLiteral("js")});
    int problems = 0;
    for (const QString &file : files) {
        QFile f(root + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const int lines = f.readAll().count('\n');
        if (lines > maxLines) {
            out() << file << ": " << lines << " lines (at most " << maxLines << ")\n";
            ++problems;
        }
    }
    out() << files.size() << " files, " << problems << (problems == 1 ? " over the limit\n" : " over the limit\n");
    return problems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: shapecheck ROOT --cycles|--lengths\n";
        return 64;
    }
    if (args[2] == QLatin1String("--cycles"))
        return checkCycles(args[1]);
    if (args[2] == QLatin1String("--lengths"))
        return checkLengths(args[1]);
    QTextStream(stderr) << "shapecheck: unknown option " << args[2] << "\n";
    return 64;
}
