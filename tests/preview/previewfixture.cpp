#include "tests/preview/previewfixture.h"

#include "ui/preview/previewpage.h"

#include <QSignalSpy>
#include <QWebEnginePage>

QVariant PreviewFixture::evaluate(QWebEnginePage *page, const QString &script, quint32 world, bool *ran)
{
    struct State
    {
        bool done = false;
        QVariant result;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, world, [state](const QVariant &result) {
        state->result = result;
        state->done = true;
    });
    const bool done = QTest::qWaitFor([&] { return state->done; }, scriptTimeoutMs);
    if (ran)
        *ran = done;
    if (!done)
        qWarning("script did not complete: %s", qPrintable(script));
    return state->result;
}

QString PreviewFixture::contentHtml(PreviewView &view)
{
    return evaluate(view.page(),
                    QStringLiteral("document.getElementById('quire-content').innerHTML"))
            .toString();
}

bool PreviewFixture::clickElement(PreviewView &view, const QString &selector, Qt::MouseButton button,
                                  Qt::KeyboardModifiers modifiers)
{
    const QVariantList centre = evaluate(view.page(), QStringLiteral(
            "(() => { const r = document.querySelector('%1').getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()").arg(selector)).toList();
    if (centre.size() != 2)
        return false;
    const QPoint point(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
    QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
    QTest::mouseClick(target, button, modifiers, point);
    return true;
}

QPalette PreviewFixture::darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return palette;
}

QPalette PreviewFixture::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xea));
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

void PreviewFixture::initTestCase()
{
    QVERIFY(m_trap.listen(QHostAddress::LocalHost));
}

void PreviewFixture::init()
{
    m_opened.clear();
}

void PreviewFixture::cleanup()
{
    verifyNothingReachedTheTrap();
}

std::unique_ptr<PreviewView> PreviewFixture::makeView(const QPalette &palette)
{
    auto view = std::make_unique<PreviewView>();
    view->setPalette(palette);
    view->previewPage()->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    view->resize(640, 480);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("preview window not exposed");
    return view;
}

bool PreviewFixture::show(PreviewView &view, const QString &markdown)
{
    QSignalSpy updated(&view, &PreviewView::contentUpdated);
    view.setMarkdownNow(markdown);
    return updated.wait(scriptTimeoutMs);
}

QString PreviewFixture::trapUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_trap.serverPort()).arg(path);
}

void PreviewFixture::verifyNothingReachedTheTrap()
{
    QCoreApplication::processEvents();
    QVERIFY2(!m_trap.hasPendingConnections(), "a request reached the network");
}
