#include "ui/preview/previewview.h"

#include "ui/preview/focusescape.h"
#include "app/base/workerpool.h"
#include "app/render/markdownrenderer.h"
#include "ui/preview/previewpage.h"
#include "ui/preview/previewstyle.h"
#include "ui/preview/requestblocker.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// A JavaScript statement that sets the text-like property of the element
// with the given id to the given string. JSON is valid JavaScript, so
// QJsonDocument does the escaping; the array only carries the string.
QString assignmentScript(const char *elementId, const char *property, const QString &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QLatin1String("document.getElementById('") + QLatin1String(elementId)
            + QLatin1String("').") + QLatin1String(property) + QLatin1String(" = ")
            + QString::fromUtf8(json) + QLatin1String("[0]; true;");
}

void lockDown(QWebEngineSettings *settings)
{
    // Document scripts are off. The application still updates the DOM:
    // JavascriptEnabled governs the page's main world only. Checked on Qt
    // 6.4.2: with it off, runJavaScript() in MainWorld runs nothing (the
    // callback gets an invalid QVariant, inline <script> and onerror= stay
    // dead) while QWebEngineScript::ApplicationWorld, an isolated world
    // sharing the DOM, runs normally; tst_preview checks both halves. The
    // page's CSP (no script-src) would block document scripts on its own
    // too, and also refuses javascript: URLs.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    settings->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    settings->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    // A file dropped on the preview must not replace the page (the window
    // handles drops); loading the skeleton must not take the editor's focus.
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    // No storage name: off the record, nothing written to disk, nothing
    // shared with any other page of the application.
    , m_profile(new QWebEngineProfile(this))
    , m_blocker(new RequestBlocker(m_profile))
    , m_debounce(new QTimer(this))
{
    m_profile->setUrlRequestInterceptor(m_blocker);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setSpellCheckEnabled(false);
    lockDown(m_profile->settings());

    m_page = new PreviewPage(m_profile, this);
    lockDown(m_page->settings());
    setPage(m_page);

    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::onLoadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // A crashed renderer leaves an empty view: load the page again and
        // put the content back once it is ready.
        m_pageReady = false;
        m_contentDirty = true;
        QTimer::singleShot(0, this, &PreviewView::loadSkeleton);
    });
    FocusEscape::install(this); // Tab leaves the page instead of cycling through its links
    connect(m_page, &PreviewPage::linkActivated, this, &PreviewView::linkActivated);
    connect(m_page, &PreviewPage::linkIgnored, this, &PreviewView::linkIgnored);
    connect(m_blocker, &RequestBlocker::requestBlocked, this, &PreviewView::requestBlocked);
    connect(m_page, &PreviewPage::loadRefusedByPolicy, this, &PreviewView::requestBlocked);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        startRender(m_pendingMarkdown, true);
        m_pendingMarkdown.clear();
    });

    updateStyle();
}

PreviewView::~PreviewView()
{
    // The page must be gone before its profile, which is our child as well
    // and would otherwise be destroyed first.
    delete m_page;
    m_page = nullptr;
}

void PreviewView::setMarkdown(const QString &markdown)
{
    m_pendingMarkdown = markdown;
    m_debounce->start();
}

void PreviewView::setMarkdownNow(const QString &markdown)
{
    m_pendingMarkdown.clear();
    startRender(markdown, true);
}

void PreviewView::scrollToTop()
{
    page()->runJavaScript(QStringLiteral("window.scrollTo(0, 0);"), QWebEngineScript::ApplicationWorld);
}

void PreviewView::showRenderedHtml(const QString &html)
{
    m_pendingMarkdown.clear();
    startRender(html, false);
}

QString PreviewView::currentHtml() const
{
    return m_currentHtml;
}

int PreviewView::blockedRequestCount() const
{
    return m_blocker->blockedCount() + m_page->refusedByPolicyCount();
}

PreviewPage *PreviewView::previewPage() const
{
    return m_page;
}

RequestBlocker *PreviewView::requestBlocker() const
{
    return m_blocker;
}

PreviewView::Rendered PreviewView::render(const QString &source, bool isMarkdown)
{
    Rendered rendered;
    rendered.html = isMarkdown ? MarkdownRenderer::toHtml(source) : source;
    rendered.script = assignmentScript(PreviewStyle::contentElementId, "innerHTML",
                                       rendered.html);
    return rendered;
}

void PreviewView::startRender(const QString &source, bool isMarkdown)
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Rendered>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer text was asked for meanwhile; its render is on the way.
        if (generation != m_generation)
            return;
        applyRendered(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), &PreviewView::render, source, isMarkdown));
}

void PreviewView::applyRendered(const Rendered &rendered)
{
    if (rendered.html == m_currentHtml && m_pageReady && !m_contentDirty) {
        // Same content: leave the DOM (and any selection in it) alone.
        QTimer::singleShot(0, this, &PreviewView::contentUpdated);
        return;
    }
    m_currentHtml = rendered.html;
    m_pendingScript = rendered.script;
    m_contentDirty = true;
    flushToPage();
}

void PreviewView::flushToPage()
{
    if (!m_pageReady)
        return;
    if (m_styleInPage != m_styleSheet) {
        m_page->runJavaScript(assignmentScript(PreviewStyle::styleElementId, "textContent",
                                               m_styleSheet),
                              QWebEngineScript::ApplicationWorld);
        m_styleInPage = m_styleSheet;
    }
    if (!m_contentDirty)
        return;
    m_contentDirty = false;
    QString script = std::move(m_pendingScript);
    m_pendingScript.clear();
    if (script.isEmpty()) // After a renderer crash: the script was not kept.
        script = assignmentScript(PreviewStyle::contentElementId, "innerHTML", m_currentHtml);
    const QPointer<PreviewView> self(this);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [self](const QVariant &) {
                              if (self)
                                  emit self->contentUpdated();
                          });
}

void PreviewView::loadSkeleton()
{
    m_pageReady = false;
    m_styleInPage = m_styleSheet;
    m_page->loadSkeleton(PreviewStyle::skeletonHtml(m_styleSheet));
}

void PreviewView::onLoadFinished(bool ok)
{
    // Refused navigations can report a failed load; the skeleton is still
    // what the page shows then, so only a successful load changes anything.
    if (!ok)
        return;
    // The link guard keeps clicks from taking the page anywhere; should
    // anything still put another page in the frame (Chromium commits
    // about:blank#blocked without asking acceptNavigationRequest), put the
    // skeleton back and the content into it.
    if (m_page->url().scheme() != QLatin1String("data")) {
        m_contentDirty = true;
        loadSkeleton();
        return;
    }
    m_pageReady = true;
    flushToPage();
}

void PreviewView::updateStyle()
{
    const QPalette palette = this->palette();
    // Before the first paint of the page, so a dark palette never flashes white.
    m_page->setBackgroundColor(palette.color(QPalette::Active, QPalette::Base));
    const QString styleSheet = PreviewStyle::styleSheet(palette, font());
    if (styleSheet == m_styleSheet)
        return;
    m_styleSheet = styleSheet;
    if (!m_skeletonLoaded) {
        m_skeletonLoaded = true;
        loadSkeleton();
        return;
    }
    // Swap the stylesheet in place: no reload, the scroll position stays.
    flushToPage();
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateStyle();
}

void PreviewView::contextMenuEvent(QContextMenuEvent *event)
{
    // Not the standard menu: it offers Back, Reload, View Source, Save Page.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    const QUrl link = request ? request->linkUrl() : QUrl();
    if (PreviewPage::isExternalScheme(link)) {
        menu->addAction(tr("Open Link in Browser"), this,
                        [this, link] { m_page->openExternally(link); });
        menu->addAction(m_page->action(QWebEnginePage::CopyLinkToClipboard));
        menu->addSeparator();
    }
    menu->addAction(m_page->action(QWebEnginePage::Copy));
    menu->addAction(m_page->action(QWebEnginePage::SelectAll));
    menu->popup(event->globalPos());
}
