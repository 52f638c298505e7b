// A click on any link in the preview, of any kind and with any button or
// modifier, never changes the preview's page: the next content still shows.
// http, https and mailto links go to the system's opener (a left click
// only); every other link is ignored and reported (linkIgnored), so the
// window can say so in its status bar.

#include "previewfixture.h"

#include "ui/preview/previewpage.h"

#include <QSignalSpy>
#include <QWebEnginePage>

class TestPreviewLinks : public PreviewFixture
{
    Q_OBJECT

private slots:
    void clickNeverChangesThePage_data();
    void clickNeverChangesThePage();

private:
    // One view for every row: a click that broke it would break the rows after it too.
    std::unique_ptr<PreviewView> m_view;
};

void TestPreviewLinks::clickNeverChangesThePage_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("button");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("opened"); // the URL handed to the system, or empty

    const struct {
        const char *name;
        const char *markdown;
        const char *external;
    } links[] = {
        {"relative", "[rel](foo.html)", nullptr},
        {"relative-dir", "[up](../notes/a.md)", nullptr},
        {"fragment", "[frag](#x)\n\n<a id=\"x\"></a>", nullptr},
        {"emptied-javascript", "[js](javascript:alert(1))", nullptr},
        {"file", "[file](file:///etc/passwd)", nullptr},
        {"data", "[data](data:text/html,<p>x</p>)", nullptr},
        {"https", "[out](https://example.org/page)", "https://example.org/page"},
        {"http", "[out](http://example.org/)", "http://example.org/"},
        {"mailto", "[mail](mailto:me@example.org)", "mailto:me@example.org"},
    };
    const struct {
        const char *name;
        Qt::MouseButton button;
        Qt::KeyboardModifiers modifiers;
        bool opens;
    } clicks[] = {
        {"left", Qt::LeftButton, Qt::NoModifier, true},
        {"middle", Qt::MiddleButton, Qt::NoModifier, false},
        {"ctrl", Qt::LeftButton, Qt::ControlModifier, false},
        {"shift", Qt::LeftButton, Qt::ShiftModifier, false},
    };
    for (const auto &link : links) {
        for (const auto &click : clicks) {
            QTest::addRow("%s-%s", link.name, click.name)
                << QString::fromUtf8(link.markdown) << int(click.button) << int(click.modifiers)
                << (link.external && click.opens ? QString::fromUtf8(link.external) : QString());
        }
    }
}

void TestPreviewLinks::clickNeverChangesThePage()
{
    QFETCH(QString, markdown);
    QFETCH(int, button);
    QFETCH(int, modifiers);
    QFETCH(QString, opened);

    if (!m_view)
        m_view = makeView();
    PreviewView &view = *m_view;
    QList<QUrl> &openedUrls = m_opened;
    openedUrls.clear();
    QVERIFY(show(view, markdown));
    const QUrl skeleton = view.page()->url();
    QSignalSpy ignored(&view, &PreviewView::linkIgnored);

    QVERIFY(clickElement(view, QStringLiteral("a"), Qt::MouseButton(button), Qt::KeyboardModifiers(modifiers)));
    // Give the engine time to act on the click before looking.
    if (opened.isEmpty()) {
        QTest::qWait(400);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(openedUrls.size(), 1, scriptTimeoutMs);
        QCOMPARE(openedUrls.first(), QUrl(opened));
    }

    // The preview keeps working: the next entry's content shows.
    QVERIFY(show(view, QStringLiteral("**next entry**")));
    QTRY_VERIFY_WITH_TIMEOUT(contentHtml(view).contains(QLatin1String("<strong>next entry</strong>")), scriptTimeoutMs);
    QCOMPARE(view.page()->url(), skeleton);
    if (opened.isEmpty())
        QCOMPARE(openedUrls.size(), 0);
    if (opened.isEmpty() && Qt::MouseButton(button) == Qt::LeftButton && modifiers == Qt::NoModifier)
        QTRY_VERIFY_WITH_TIMEOUT(ignored.count() >= 1, scriptTimeoutMs); // said, not silently dropped
}

int main(int argc, char *argv[])
{
    return PreviewFixture::exec<TestPreviewLinks>(argc, argv);
}
#include "tst_previewlinks.moc"
