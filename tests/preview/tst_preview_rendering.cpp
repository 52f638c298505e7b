// What the preview shows and keeps, on a real WebEngine: typed markdown
// rendered, stale renders dropped, the scroll position across updates, a dark
// palette, content beyond setHtml's limit, and a view destroyed mid-render.

#include "tests/preview/previewfixture.h"

#include "app/base/workerpool.h"
#include "ui/preview/previewview.h"

#include <QPointer>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QtTest>

class TestPreviewRendering : public PreviewFixture
{
    Q_OBJECT

private slots:
    void typedBoldShowsStrong();
    void staleRenderIsDropped();
    void scrollPositionSurvivesUpdate();
    void darkPaletteGivesDarkPage();
    void contentBeyondSetHtmlLimit();
    void destroyedWhileRendering();
};

void TestPreviewRendering::typedBoldShowsStrong()
{
    auto view = makeView();
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);
    // Keystroke by keystroke, as the editor sends it.
    const QString typed = QStringLiteral("**bold**");
    for (int i = 1; i <= typed.size(); ++i)
        view->setMarkdown(typed.left(i));
    QVERIFY(updated.wait(scriptTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(contentHtml(*view).contains(QLatin1String("<strong>bold</strong>")),
                             scriptTimeoutMs);
    QVERIFY(view->currentHtml().contains(QLatin1String("<strong>bold</strong>")));
}

void TestPreviewRendering::staleRenderIsDropped()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("start")));
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);
    view->setMarkdownNow(QStringLiteral("first"));
    view->setMarkdownNow(QStringLiteral("second"));
    QVERIFY(updated.wait(scriptTimeoutMs));
    QCOMPARE(contentHtml(*view), QStringLiteral("<p>second</p>\n"));
    // The round trip above lets any late result arrive; none may.
    QCOMPARE(updated.count(), 1);
    QCOMPARE(view->currentHtml(), QStringLiteral("<p>second</p>\n"));
}

void TestPreviewRendering::scrollPositionSurvivesUpdate()
{
    auto view = makeView();
    QString tall;
    for (int i = 0; i < 200; ++i)
        tall += QStringLiteral("Paragraph %1 of a long answer.\n\n").arg(i);
    QVERIFY(show(*view, tall));

    evaluate(view->page(), QStringLiteral("window.scrollTo(0, 400)"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 400,
                              scriptTimeoutMs);

    QVERIFY(show(*view, tall + QStringLiteral("One more **paragraph**.\n")));
    QVERIFY(contentHtml(*view).contains(QLatin1String("<strong>paragraph</strong>")));
    QCOMPARE(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 400);
}

void TestPreviewRendering::darkPaletteGivesDarkPage()
{
    // Dark from the start: the page's own background before any content
    // (no white flash), and the body's once the skeleton is in.
    {
        auto view = makeView(darkPalette());
        QCOMPARE(view->page()->backgroundColor(), QColor(0x1e, 0x1e, 0x1e));
        QVERIFY(show(*view, QStringLiteral("dark")));
        QCOMPARE(evaluate(view->page(),
                          QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                         .toString(),
                 QStringLiteral("rgb(30, 30, 30)"));
        QCOMPARE(evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).color"))
                         .toString(),
                 QStringLiteral("rgb(221, 221, 221)"));
    }

    // Switching at run time restyles the page in place: content and scroll stay.
    auto view = makeView(lightPalette());
    QString tall;
    for (int i = 0; i < 200; ++i)
        tall += QStringLiteral("Line %1\n\n").arg(i);
    QVERIFY(show(*view, tall));
    QCOMPARE(evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                     .toString(),
             QStringLiteral("rgb(250, 250, 247)"));
    evaluate(view->page(), QStringLiteral("window.scrollTo(0, 300)"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 300,
                              scriptTimeoutMs);

    view->setPalette(darkPalette());
    QCOMPARE(view->page()->backgroundColor(), QColor(0x1e, 0x1e, 0x1e));
    QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                    .toString(),
            QStringLiteral("rgb(30, 30, 30)"), scriptTimeoutMs);
    QCOMPARE(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 300);
    QVERIFY(contentHtml(*view).contains(QLatin1String("Line 199")));
}

void TestPreviewRendering::contentBeyondSetHtmlLimit()
{
    auto view = makeView();
    const QString line = QStringLiteral("A line of a very long answer, repeated. ");
    QString huge;
    huge.reserve(3 * 1024 * 1024);
    while (huge.size() < 3 * 1024 * 1024)
        huge += line;
    huge += QStringLiteral("THE END");
    QVERIFY(show(*view, huge));
    QVERIFY(evaluate(view->page(), QStringLiteral(
                    "document.getElementById('quire-content').textContent.length"))
                    .toInt()
            > 3 * 1024 * 1024);
    QVERIFY(evaluate(view->page(), QStringLiteral(
                    "document.getElementById('quire-content').textContent.trim().endsWith('THE END')"))
                    .toBool());
}

void TestPreviewRendering::destroyedWhileRendering()
{
    auto view = makeView();
    QPointer<QWebEnginePage> page = view->page();
    view->setMarkdownNow(QStringLiteral("# Going away"));
    view->setMarkdown(QStringLiteral("# Debounced"));
    view.reset();
    QVERIFY(page.isNull());
    // Any render still running finishes into nothing.
    WorkerPool::instance()->waitForDone();
    QCoreApplication::processEvents();
}

int main(int argc, char *argv[])
{
    return PreviewFixture::exec<TestPreviewRendering>(argc, argv);
}

#include "tst_preview_rendering.moc"
