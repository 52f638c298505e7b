#pragma once

#include <QString>
#include <QUrl>
#include <QWebEngineView>

class QTimer;
class PreviewPage;
class QWebEngineProfile;
class RequestBlocker;

// Rendered markdown, locked down (see DESIGN.md, "Preview security").
//
// The page is loaded once, as an empty skeleton with a stylesheet from the
// palette; every update replaces the innerHTML of one element from the
// application's isolated script world. That keeps the scroll position,
// does not flicker and is not bound by setHtml's 2 MB limit. Rendering
// runs on a worker thread after a short pause in typing, so a keystroke
// never waits for cmark or for the page.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Renders after a short pause; each call restarts the pause.
    void setMarkdown(const QString &markdown);
    // Renders at once (still off the GUI thread), e.g. when first shown.
    void setMarkdownNow(const QString &markdown);
    // Shows already rendered HTML as it is. The page's lockdown does not
    // depend on cmark's safe mode; this is how that is tested.
    void showRenderedHtml(const QString &html);
    // For a different document part (another entry): start at the top.
    void scrollToTop();

    // The HTML last put into the page.
    QString currentHtml() const;
    // Loads the page attempted and did not get: refused by its
    // Content-Security-Policy (most of them, before any request is made) or
    // blocked by the request interceptor (whatever got past the policy).
    int blockedRequestCount() const;
    PreviewPage *previewPage() const;
    RequestBlocker *requestBlocker() const;

    // The pause after the last setMarkdown() before rendering starts.
    static constexpr int debounceMs = 80;

signals:
    // The page's DOM shows currentHtml().
    void contentUpdated();
    // The user clicked a link; it was opened in the system's browser.
    void linkActivated(const QUrl &url);
    // The user clicked a link that cannot be opened outside Quire (relative,
    // file:, data:, emptied…): nothing happened, and the window can say so.
    void linkIgnored(const QUrl &url);
    // One more for blockedRequestCount().
    void requestBlocked(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Rendered
    {
        QString html;
        QString script;
    };

    static Rendered render(const QString &markdown, bool isMarkdown);
    void startRender(const QString &source, bool isMarkdown);
    void applyRendered(const Rendered &rendered);
    void flushToPage();
    void loadSkeleton();
    void onLoadFinished(bool ok);
    void updateStyle();

    QWebEngineProfile *m_profile = nullptr;
    RequestBlocker *m_blocker = nullptr;
    PreviewPage *m_page = nullptr;
    QTimer *m_debounce = nullptr;

    QString m_pendingMarkdown;
    quint64 m_generation = 0;

    QString m_styleSheet;
    QString m_styleInPage;
    bool m_skeletonLoaded = false;
    bool m_pageReady = false;
    // Set when rendered content is waiting for the page to be ready.
    bool m_contentDirty = false;
    QString m_currentHtml;
    // The update script of m_currentHtml until it has been sent to the page.
    QString m_pendingScript;
};
