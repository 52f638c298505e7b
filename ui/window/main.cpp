#include "app/base/apptranslations.h"
#include "app/base/workerpool.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
}

// A normal start prints nothing: Qt WebEngine's diagnostic dump (GL type,
// init parameters) and Chromium's internal error log (GPU context retries
// under Xvfb and the like) say nothing a user can act on. QT_LOGGING_RULES is
// applied after these rules, so whoever wants the dump still gets it, and a
// user's own QTWEBENGINE_CHROMIUM_FLAGS --log-level wins. Qt's warnings still
// reach the terminal.
void quietStart()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QByteArray chromiumFlags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!chromiumFlags.contains("--log-level")) {
        chromiumFlags += chromiumFlags.isEmpty() ? "--log-level=3" : " --log-level=3";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", chromiumFlags);
    }
}

} // namespace

// quire-window: started by `quire` (app/cli) when no command is given, with
// the same arguments.
int main(int argc, char *argv[])
{
    quietStart();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // needed by WebEngine
    WorkerPool::yieldToTheWindow(); // background work never keeps a key or a paint waiting for a core
    QApplication app(argc, argv);
    setIdentity();
    AppTranslations::install(&app); // the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    QApplication::setDesktopFileName(QStringLiteral("io.github.quire.Quire"));
    // The installed theme icon first, else the embedded SVG (both scalable).
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("quire"), QIcon(QStringLiteral(":/quire/icons/quire.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Author, review and export a markdown Q&A document."));
    parser.addPositionalArgument(QCoreApplication::translate("main", "FILE"), QCoreApplication::translate("main", "The document to open."));
    parser.process(app);

    MainWindow window;
    window.show();
    window.openStartupDocument(parser.positionalArguments().value(0));
    return app.exec();
}
