#include "ui/review/reviewcontroller.h"

#include "app/model/entrylistmodel.h"
#include "app/model/qamodel.h"
#include "app/review/reviewstore.h"
#include "ui/common/entryselection.h"
#include "ui/list/entrylistpanel.h"
#include "ui/review/orphanpanel.h"
#include "ui/review/reviewbar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QToolBar>

#include <utility>

ReviewController::ReviewController(QMainWindow *window, EntrySelection *selection, QaModel *model,
                                   ReviewStore *reviews, EntryListPanel *list, QMenu *viewMenu, QMenu *reviewMenu)
    : QObject(window), m_window(window), m_selection(selection), m_model(model), m_reviews(reviews), m_list(list)
{
    m_bar = new ReviewBar(window);
    m_bar->hide();

    m_orphans = new OrphanPanel(m_reviews, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_orphans);
    m_orphans->hide();

    m_filter = new QComboBox(window);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setAccessibleName(tr("Review filter"));
    m_filter->addItem(tr("Review: all"), int(Filter::All));
    m_filter->addItem(tr("Unreviewed"), int(Filter::Unreviewed));
    m_filter->addItem(tr("Approved"), int(Filter::Approved));
    m_filter->addItem(tr("Needs work"), int(Filter::NeedsWork));
    m_filter->addItem(tr("Changed since approval"), int(Filter::Changed));
    m_filter->hide();
    m_list->addFilterWidget(m_filter);

    m_counts = new QLabel(window);
    m_counts->setObjectName(QStringLiteral("reviewCountsLabel"));
    window->statusBar()->addPermanentWidget(m_counts);

    createActions(viewMenu, reviewMenu);

    connect(m_bar, &ReviewBar::statusChosen, this, &ReviewController::setStatus);
    connect(m_bar, &ReviewBar::noteEdited, this, [this](const QString &note) {
        m_reviews->setNote(current(), note);
        refreshBar(); // "last reviewed" moves on; the note itself is left as typed
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewController::applyFilter);
    connect(m_orphans, &OrphanPanel::reattachRequested, this, [this](const QString &key) {
        m_reviews->reattach(key, current());
        m_window->statusBar()->showMessage(tr("Review re-attached to this entry."), 4000);
    });
    connect(m_selection, &EntrySelection::currentChanged, this, &ReviewController::refreshBar);
    connect(m_reviews, &ReviewStore::recordsChanged, this, [this] {
        refreshBar();
        refreshCounts();
        if (isReviewMode())
            m_list->listModel()->refreshRows();
        // Reviews that lost their question appear: show where they are. A
        // document opened without orphans does not get the panel that a
        // restored window layout may have shown.
        const int orphans = m_reviews->orphanCount();
        if (orphans > m_lastOrphanCount && orphans > 0)
            m_orphans->show();
        else if (orphans == 0 && std::exchange(m_justLoaded, false))
            m_orphans->hide();
        m_justLoaded = false;
        m_lastOrphanCount = orphans;
    });
    // While the sidecar loads, or when it must not be overwritten, review
    // input is off and the bar says why.
    connect(m_reviews, &ReviewStore::availabilityChanged, this, [this] {
        enableReviewActions();
        refreshBar();
    });
    connect(m_model, &QaModel::entryChanged, this, [this](EntryRef ref) {
        if (ref == current())
            refreshBar();
    });
    connect(m_model, &QaModel::structureChanged, this, &ReviewController::refreshCounts);
    connect(m_model, &QaModel::documentReset, this, [this] {
        m_lastOrphanCount = 0;
        m_justLoaded = true;
        applyFilter();
    });
    refreshBar();
    refreshCounts();
}

void ReviewController::createActions(QMenu *view, QMenu *review)
{
    m_modeAction = view->addAction(tr("&Review Mode"));
    m_modeAction->setObjectName(QStringLiteral("reviewModeAction"));
    m_modeAction->setCheckable(true);
    m_modeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_modeAction->setToolTip(tr("Review mode: judge each answer, with a status and a note (Ctrl+Shift+R)"));
    connect(m_modeAction, &QAction::toggled, this, &ReviewController::setReviewMode);
    QAction *orphans = m_orphans->toggleViewAction();
    orphans->setText(tr("&Orphaned Reviews"));
    view->addAction(orphans);

    auto add = [this, review](const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = review->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, slot);
        m_reviewActions << action;
        return action;
    };
    const QKeySequence approve(Qt::CTRL | Qt::Key_1);
    const QKeySequence needsWork(Qt::CTRL | Qt::Key_2);
    const QKeySequence unreviewed(Qt::CTRL | Qt::Key_0);
    add(tr("&Approve"), approve, [this] { setStatus(ReviewStatus::Approved); });
    add(tr("&Needs Work"), needsWork, [this] { setStatus(ReviewStatus::NeedsWork); });
    add(tr("Mark &Unreviewed"), unreviewed, [this] { setStatus(ReviewStatus::Unreviewed); });
    review->addSeparator();
    add(tr("Approve and &Next Unreviewed"), QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewController::approveAndNext);
    add(tr("Next Un&reviewed"), QKeySequence(Qt::Key_F9), &ReviewController::nextUnreviewed);
    add(tr("Edit Review N&ote"), QKeySequence(Qt::Key_F4), &ReviewController::editNote);
    review->addSeparator();
    review->addAction(m_modeAction);
    m_bar->setShortcutHints(approve.toString(QKeySequence::NativeText), needsWork.toString(QKeySequence::NativeText),
                            unreviewed.toString(QKeySequence::NativeText));

    QToolBar *toolbar = m_window->addToolBar(tr("Review"));
    toolbar->setObjectName(QStringLiteral("reviewToolBar"));
    toolbar->setAccessibleName(tr("Review tool bar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_modeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_reviewActions.at(0)); // Approve
    toolbar->addAction(m_reviewActions.at(1)); // Needs Work
    toolbar->addAction(m_reviewActions.at(3)); // Approve and Next Unreviewed
    // On or off must be plain to see; the default style barely shows it.
    toolbar->setStyleSheet(QStringLiteral("QToolButton:checked { background: #1565c0; color: white;"
                                          " border-radius: 3px; font-weight: bold; }"));
}

bool ReviewController::isReviewMode() const
{
    return m_modeAction->isChecked();
}

void ReviewController::setReviewMode(bool on)
{
    if (m_modeAction->isChecked() != on) {
        m_modeAction->setChecked(on); // comes back here through toggled()
        return;
    }
    m_bar->setVisible(on);
    m_filter->setVisible(on);
    enableReviewActions();
    if (!on && m_filter->currentIndex() != 0)
        m_filter->setCurrentIndex(0); // a hidden filter must not hide entries
    EntryListModel *list = m_list->listModel();
    if (on) {
        const ReviewStore *reviews = m_reviews;
        list->setReviewMarkProvider([reviews](EntryRef ref) { return markOf(*reviews, ref); });
    } else {
        list->setReviewMarkProvider({});
    }
    refreshBar();
    refreshCounts();
}

EntryRef ReviewController::current() const
{
    return m_selection->currentEntry();
}

void ReviewController::setStatus(ReviewStatus status)
{
    const EntryRef ref = current();
    if (!ref.isValid()) {
        m_window->statusBar()->showMessage(tr("Choose an entry to review."), 3000);
        refreshBar();
        return;
    }
    m_reviews->setStatus(ref, status);
}

void ReviewController::approveAndNext()
{
    if (!current().isValid())
        return;
    setStatus(ReviewStatus::Approved);
    nextUnreviewed();
}

void ReviewController::nextUnreviewed()
{
    const QaDocument &document = m_model->document();
    const int count = document.entryCount();
    const EntryRef here = current();
    const int start = here.isValid() ? document.entryNumber(here) : 0;
    for (int step = 1; step <= count; ++step) {
        const int number = (start + step - 1) % count + 1;
        const EntryRef ref = document.entryRef(number);
        if (ref != here && m_reviews->record(ref).status == ReviewStatus::Unreviewed) {
            m_selection->selectEntry(ref);
            return;
        }
    }
    m_window->statusBar()->showMessage(tr("Every entry has been reviewed."), 5000);
}

void ReviewController::editNote()
{
    if (!isReviewMode())
        setReviewMode(true);
    m_bar->noteEdit()->setFocus(Qt::ShortcutFocusReason);
    m_bar->noteEdit()->moveCursor(QTextCursor::End);
}

void ReviewController::enableReviewActions()
{
    const bool on = isReviewMode() && m_reviews->acceptsReviews();
    for (QAction *action : std::as_const(m_reviewActions))
        action->setEnabled(on);
}

void ReviewController::refreshBar()
{
    const EntryRef ref = current();
    m_bar->showRecord(m_reviews->record(ref), m_reviews->changedSinceApproval(ref),
                      ref.isValid() && m_reviews->acceptsReviews());
    m_bar->setAvailabilityNote(m_reviews->availabilityNote());
    m_orphans->setCanReattach(ref.isValid());
}

QString ReviewController::markOf(const ReviewStore &reviews, EntryRef ref)
{
    // Asked per row per paint: by place, so that the store's kept keys and
    // answer hashes serve it (no answer is hashed here).
    const ReviewRecord record = reviews.record(ref);
    switch (record.status) {
    case ReviewStatus::Approved:
        return reviews.changedSinceApproval(ref) ? QStringLiteral("⚠") : QStringLiteral("✔");
    case ReviewStatus::NeedsWork: return QStringLiteral("✎");
    case ReviewStatus::Unreviewed: break;
    }
    return record.note.isEmpty() ? QString() : QStringLiteral("…"); // a note, no verdict yet
}

QString ReviewController::countsText(const ReviewCounts &c, int orphans)
{
    QString text = tr("Review: %1 approved · %2 needs work · %3 unreviewed")
                       .arg(c.approved).arg(c.needsWork).arg(c.unreviewed);
    if (c.changedSinceApproval > 0)
        text += tr(" · %1 changed since approval").arg(c.changedSinceApproval);
    if (orphans > 0)
        text += tr(" · %1 orphaned").arg(orphans);
    return text;
}

void ReviewController::refreshCounts()
{
    const ReviewCounts counts = m_reviews->counts();
    const int orphans = m_reviews->orphanCount();
    m_counts->setText(countsText(counts, orphans));
    // Outside Review mode the counts show only once something was reviewed.
    m_counts->setVisible(isReviewMode() || counts.approved + counts.needsWork > 0 || orphans > 0);
}

void ReviewController::applyFilter()
{
    const auto filter = Filter(m_filter->currentData().toInt());
    EntryListModel *list = m_list->listModel();
    if (filter == Filter::All) {
        list->setExtraFilter({});
        m_list->selectEntry(current());
        return;
    }
    const ReviewStore *reviews = m_reviews;
    list->setExtraFilter([reviews, filter](const QaEntry &entry) {
        const ReviewRecord record = reviews->record(entry);
        switch (filter) {
        case Filter::Unreviewed: return record.status == ReviewStatus::Unreviewed;
        case Filter::Approved: return record.status == ReviewStatus::Approved;
        case Filter::NeedsWork: return record.status == ReviewStatus::NeedsWork;
        case Filter::Changed: return record.changedSinceApproval(entry);
        case Filter::All: break;
        }
        return true;
    });
    m_list->selectEntry(current());
}

void ReviewController::showReviewed(int section, ReviewStatus status)
{
    if (section < 0) { // the whole document's bar: the next section with such entries
        const QaDocument &document = m_model->document();
        const int count = document.sectionCount();
        const int start = qMax(0, m_selection->currentSection());
        for (int i = 0; i < count && section < 0; ++i) {
            const int s = (start + i) % count;
            for (int e = 0; e < document.section(s).entryCount(); ++e) {
                if (m_reviews->status(document.section(s).entry(e)) == status) {
                    section = s;
                    break;
                }
            }
        }
        if (section < 0)
            return;
    }
    Filter filter = Filter::Unreviewed;
    if (status == ReviewStatus::Approved)
        filter = Filter::Approved;
    else if (status == ReviewStatus::NeedsWork)
        filter = Filter::NeedsWork;
    m_selection->clearListFilters();
    setReviewMode(true);
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    m_selection->showSection(section);
}
