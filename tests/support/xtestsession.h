// The X side of the real-process tests (tst_crashrecovery, tst_reviewdurability):
// a private Xvfb, xdotool on it, and quire started on it with a private home.
// Shared so that both tests drive quire the same way; what they type, how
// long they wait and what they check stays in each test.
// Needs QUIRE_BINARY (quire_add_test(... NEEDS_CLI)), Xvfb and xdotool.

#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

#include <memory>

#include <signal.h>
#include <unistd.h>

class XTestSession
{
public:
    // keyDelayMs < 0 keeps xdotool's own delay between the keys of one `key` call.
    explicit XTestSession(int xdotoolTimeoutMs, int keyDelayMs = -1)
        : m_xdotoolTimeoutMs(xdotoolTimeoutMs), m_keyDelayMs(keyDelayMs)
    {
    }
    ~XTestSession() { stop(); }
    XTestSession(const XTestSession &) = delete;
    XTestSession &operator=(const XTestSession &) = delete;

    // Whether Xvfb and xdotool are installed; if not, fails the running test
    // function on CI (which installs them) and skips it elsewhere. As with
    // QSKIP, the caller must return at once when this says false.
    static bool toolsAvailable()
    {
        for (const char *tool : {"Xvfb", "xdotool"}) {
            if (!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                continue;
            const QByteArray why = QByteArray(tool) + " is missing (./quire-dev.sh installs it)";
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QTest::qFail(why.constData(), __FILE__, __LINE__);
            else
                QTest::qSkip(why.constData(), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    // Starts Xvfb on the first free display from firstDisplay on (each test
    // picks its own range, so that parallel runs do not collide).
    bool start(int firstDisplay, const QStringList &extraArguments = {})
    {
        for (int n = firstDisplay; n < firstDisplay + 40 && m_display.isEmpty(); ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))
                || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_display = QStringLiteral(":%1").arg(n);
            const QStringList arguments = QStringList{
                m_display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1400x900x24"),
                QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                // Between quire starts no client is left: a resetting server
                // would refuse the next quire for a moment.
                QStringLiteral("-noreset"),
            } + extraArguments;
            m_xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_xvfb.start(QStringLiteral("Xvfb"), arguments);
            const bool up = m_xvfb.waitForStarted() && QTest::qWaitFor([&] {
                return m_xvfb.state() != QProcess::Running || xdotool({QStringLiteral("getdisplaygeometry")});
            }, 20000);
            if (!up || m_xvfb.state() != QProcess::Running) { // taken meanwhile: next one
                m_xvfb.kill();
                m_xvfb.waitForFinished();
                m_display.clear();
            }
        }
        return !m_display.isEmpty();
    }

    void stop()
    {
        if (m_xvfb.state() == QProcess::Running) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(10000)) {
                m_xvfb.kill();
                m_xvfb.waitForFinished();
            }
        }
    }

    QString display() const { return m_display; }

    QProcessEnvironment displayEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    // Runs xdotool on this display; false if it failed or hung.
    bool xdotool(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess tool;
        tool.setProcessEnvironment(displayEnvironment());
        tool.start(QStringLiteral("xdotool"), arguments);
        if (!tool.waitForFinished(m_xdotoolTimeoutMs)) {
            tool.kill();
            tool.waitForFinished();
            return false;
        }
        if (output)
            *output = tool.readAllStandardOutput().trimmed();
        return tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    }

    bool keys(const QStringList &names)
    {
        QStringList arguments{QStringLiteral("key")};
        if (m_keyDelayMs >= 0)
            arguments << QStringLiteral("--delay") << QString::number(m_keyDelayMs);
        return xdotool(arguments + names);
    }

    // The visible window whose title contains `title`, or empty.
    QString findWindow(const QString &title = QStringLiteral("portfolio-qa"))
    {
        QByteArray out;
        if (!xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), title}, &out))
            return {};
        return QString::fromLatin1(out.split('\n').value(0)).trimmed();
    }

    // A fresh home for quire: data, config, cache and a private runtime folder.
    static bool createHome(const QString &home)
    {
        for (const char *sub : {"data", "config", "cache", "runtime"}) {
            if (!QDir().mkpath(home + QLatin1Char('/') + QLatin1String(sub)))
                return false;
        }
        QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return true;
    }

    // quire on this display with `home` (from createHome) as its HOME and XDG
    // folders, so that no one's settings are touched; its output goes to logFile.
    std::unique_ptr<QProcess> startQuire(const QString &home, const QString &document, const QString &logFile)
    {
        auto app = std::make_unique<QProcess>();
        QProcessEnvironment env = displayEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // CTest sets offscreen for the test
        env.remove(QStringLiteral("QT_QPA_PLATFORMTHEME"));
        env.remove(QStringLiteral("QT_STYLE_OVERRIDE"));
        if (::geteuid() == 0)
            env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1")); // cannot run as root
        app->setProcessEnvironment(env);
        app->setProcessChannelMode(QProcess::MergedChannels);
        app->setStandardOutputFile(logFile);
        // Its own process group, so that WebEngine helpers can be cleared after a kill.
        app->setChildProcessModifier([] { ::setsid(); });
        app->start(QStringLiteral(QUIRE_BINARY), {document});
        return app;
    }

    // Waits for quire's window (into *window) and gives it the keyboard.
    bool waitForWindow(QProcess &app, QString *window, int startTimeoutMs, int uiTimeoutMs)
    {
        if (!app.waitForStarted(uiTimeoutMs))
            return false;
        const bool found = QTest::qWaitFor([&] {
            if (app.state() != QProcess::Running)
                return true;
            *window = findWindow();
            return !window->isEmpty();
        }, startTimeoutMs);
        if (!found || app.state() != QProcess::Running)
            return false;
        // There is no window manager: xdotool sets the input focus itself.
        if (!xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), *window}))
            return false;
        return QTest::qWaitFor([&] {
            QByteArray focused;
            return xdotool({QStringLiteral("getwindowfocus")}, &focused) && QString::fromLatin1(focused) == *window;
        }, uiTimeoutMs);
    }

    // SIGKILL, as a crash would: no handler, no destructor, no flush; then the
    // helpers left in its process group.
    static void killHard(QProcess &app, int timeoutMs)
    {
        const qint64 pid = app.processId();
        app.kill();
        app.waitForFinished(timeoutMs);
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
    }

private:
    QProcess m_xvfb;
    QString m_display;
    const int m_xdotoolTimeoutMs;
    const int m_keyDelayMs;
};
