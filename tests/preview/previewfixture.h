#pragma once

// The fixture of the preview suites (tst_preview_*): a real PreviewView on a
// real WebEngine, scripts run in the page and waited for, and a local TCP
// server (the trap) that hostile URLs point at: after every test function it
// must not have seen a connection. Each suite is a subclass adding its test
// functions; its main() is exec<Suite>().

#include "ui/preview/previewview.h"

#include <QApplication>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <QVariant>
#include <QWebEngineScript>

#include <memory>

class QWebEnginePage;

class PreviewFixture : public QObject
{
    Q_OBJECT

public:
    template<class Suite>
    static int exec(int argc, char *argv[])
    {
        // WebEngine in a widgets application wants shared OpenGL contexts, set
        // before the application object exists.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QApplication app(argc, argv);
        Suite test;
        return QTest::qExec(&test, argc, argv);
    }

protected:
    static constexpr int scriptTimeoutMs = 20000;

    // Runs a script in the application's isolated world (the only world in
    // which scripts run in the preview) and waits for its result.
    static QVariant evaluate(QWebEnginePage *page, const QString &script,
                             quint32 world = QWebEngineScript::ApplicationWorld, bool *ran = nullptr);
    static QString contentHtml(PreviewView &view);
    // Clicks the middle of the first element matching selector, as a user would.
    static bool clickElement(PreviewView &view, const QString &selector, Qt::MouseButton button = Qt::LeftButton,
                             Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static QPalette darkPalette();
    static QPalette lightPalette();

    std::unique_ptr<PreviewView> makeView(const QPalette &palette = lightPalette());
    bool show(PreviewView &view, const QString &markdown);
    QString trapUrl(const QString &path) const;
    void verifyNothingReachedTheTrap();

    QTcpServer m_trap;
    QList<QUrl> m_opened;

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
