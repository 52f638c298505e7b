#include "ui/compare/similarquestionspanel.h"

#include "ui/common/visiblerefresher.h"

#include "app/compare/answersources.h"
#include "ui/compare/diffbrowser.h"
#include "app/lint/linter.h"
#include "app/render/markdownrenderer.h"
#include "app/model/qamodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {
QString oneLine(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + QChar(0x2026) : simple;
}
} // namespace

SimilarQuestionsPanel::SimilarQuestionsPanel(QaModel *model, AnswerSources *sources, QWidget *parent)
    : QWidget(parent), m_model(model), m_sources(sources),
      m_search(this, [this](const Found &result, bool again) { found(result, again); })
{
    setObjectName(QStringLiteral("similarQuestionsPanel"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("similarPairs"));
    m_list->setAccessibleName(tr("Similar question pairs"));
    // One line each: laying out hundreds of rows must not measure each one.
    m_list->setUniformItemSizes(true);
    m_left = new DiffBrowser(this);
    m_left->setAccessibleName(tr("First question and answer"));
    m_right = new DiffBrowser(this);
    m_right->setAccessibleName(tr("Second question and answer"));
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_list);
    vertical->addWidget(sides);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    m_list->setMinimumHeight(60);

    m_goA = new QPushButton(tr("Go to Fir&st"), this);
    m_goA->setAccessibleName(tr("Go to the first question"));
    m_goB = new QPushButton(tr("Go to Se&cond"), this);
    m_goB->setAccessibleName(tr("Go to the second question"));
    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setAccessibleName(tr("Merge the two entries"));
    auto *mergeMenu = new QMenu(m_merge);
    m_keepFirst = mergeMenu->addAction(tr("Keep the First, Remove the Second"));
    m_keepSecond = mergeMenu->addAction(tr("Keep the Second, Remove the First"));
    m_merge->setMenu(mergeMenu);
    m_dismiss = new QPushButton(tr("&Not a Duplicate"), this);
    m_dismiss->setAccessibleName(tr("Not a duplicate"));
    m_dismiss->setToolTip(tr("Remembered in the review file beside the document; the pair is not listed again"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goA);
    buttons->addWidget(m_goB);
    buttons->addStretch(1);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_dismiss);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SimilarQuestionsPanel::showSelected);
    connect(m_goA, &QPushButton::clicked, this, [this] {
        if (const Pair *p = selected())
            emit goToRequested(p->a);
    });
    connect(m_goB, &QPushButton::clicked, this, [this] {
        if (const Pair *p = selected())
            emit goToRequested(p->b);
    });
    connect(m_keepFirst, &QAction::triggered, this, [this] { mergeKeeping(true); });
    connect(m_keepSecond, &QAction::triggered, this, [this] { mergeKeeping(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &SimilarQuestionsPanel::dismissSelected);

    // Question edits and structure changes move pairs; search again when
    // settled. Answer edits do not.
    m_later = new VisibleRefresher(this, 600, [this] { refresh(); });
    // Dismissals live in the review sidecar, whose changes come with
    // keystrokes (an approved answer edited): relist once they settle.
    m_relistLater = new VisibleRefresher(this, 300, [this] { relist(); });
    connect(model, &QaModel::structureChanged, this, &SimilarQuestionsPanel::entriesMoved);
    connect(model, &QaModel::documentReset, this, &SimilarQuestionsPanel::entriesMoved);
    connect(model, &QaModel::entryChanged, this, &SimilarQuestionsPanel::onEntryChanged);
    refresh();
}

SimilarQuestionsPanel::~SimilarQuestionsPanel()
{
    m_search.waitForFinished();
}

bool SimilarQuestionsPanel::isSearchPending() const
{
    return m_later->isPending();
}

void SimilarQuestionsPanel::onEntryChanged(EntryRef ref)
{
    const QaDocument &document = m_model->document();
    if (!document.contains(ref))
        return;
    const size_t index = size_t(document.entryNumber(ref) - 1);
    if (index < m_questions.size() && m_questions[index] == document.entry(ref).question())
        return; // its answer or status: no pair changes
    m_later->schedule();
}

void SimilarQuestionsPanel::entriesMoved()
{
    // The listed pairs name entries by place, which may now be others:
    // nothing is offered to merge until the new search is in.
    ++m_generation;
    m_found.clear();
    m_questions.clear();
    relist();
    m_later->schedule();
}

void SimilarQuestionsPanel::setDismissal(std::function<bool(const QString &, const QString &)> isDismissed,
                                         std::function<void(const QString &, const QString &)> dismiss)
{
    m_isDismissed = std::move(isDismissed);
    m_dismissFn = std::move(dismiss);
    relist();
}

void SimilarQuestionsPanel::scheduleRefresh()
{
    m_relistLater->schedule();
}

const SimilarQuestionsPanel::Pair *SimilarQuestionsPanel::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pairs.size() ? &m_pairs[row] : nullptr;
}

void SimilarQuestionsPanel::refresh()
{
    m_later->markFresh();
    m_searching = true;
    if (m_search.deferIfRunning())
        return;
    ++m_searches;
    const QaDocument snapshot = m_model->document(); // shares the text; the search reads it in a worker
    const quint64 generation = m_generation;
    m_search.start([snapshot, generation] {
        Found result;
        result.generation = generation;
        result.questions.reserve(size_t(snapshot.entryCount()));
        for (const EntryRef &ref : snapshot.allEntries())
            result.questions.push_back(snapshot.entry(ref).question());
        for (const SimilarityFinder::Pair &p : Linter::similarQuestions(snapshot)) {
            const EntryRef a = snapshot.entryRef(p.a);
            const EntryRef b = snapshot.entryRef(p.b);
            const QString questionA = snapshot.entry(a).question();
            const QString questionB = snapshot.entry(b).question();
            // The list's line, made here: thousands of pairs are slow to word on the GUI thread.
            const QString line = SimilarQuestionsPanel::tr("%1% · #%2 %3  ↔  #%4 %5")
                                     .arg(qRound(p.score * 100))
                                     .arg(snapshot.entryNumber(a))
                                     .arg(oneLine(questionA, 60))
                                     .arg(snapshot.entryNumber(b))
                                     .arg(oneLine(questionB, 60));
            result.pairs.append({a, b, p.score, questionA, questionB, line});
        }
        return result;
    });
}

void SimilarQuestionsPanel::found(const Found &result, bool requestedAgain)
{
    m_searching = false;
    if (requestedAgain) {
        refresh(); // asked for again meanwhile: the newest text counts
        return;
    }
    if (result.generation != m_generation) {
        m_later->schedule(); // entries moved meanwhile: once they settle, and if shown
        return;
    }
    m_found = result.pairs;
    m_questions = result.questions;
    relist();
    emit pairsListed();
}

void SimilarQuestionsPanel::relist()
{
    const QaDocument &document = m_model->document();
    const Pair *current = selected();
    const std::pair<EntryRef, EntryRef> keep = current ? std::make_pair(current->a, current->b)
                                                       : std::make_pair(EntryRef{}, EntryRef{});
    m_pairs.clear();
    int hidden = 0;
    for (const Pair &p : std::as_const(m_found)) {
        if (!document.contains(p.a) || !document.contains(p.b))
            continue;
        if (m_isDismissed && m_isDismissed(p.questionA, p.questionB)) {
            ++hidden;
            continue;
        }
        m_pairs.append(p);
    }
    m_relistLater->markFresh();
    int row = m_pairs.isEmpty() ? -1 : 0;
    QStringList lines;
    lines.reserve(m_pairs.size());
    for (int i = 0; i < m_pairs.size(); ++i) {
        const Pair &p = m_pairs[i];
        lines.append(p.line);
        if (p.a == keep.first && p.b == keep.second)
            row = i;
    }
    if (m_searching && m_found.isEmpty())
        m_summary->setText(tr("Looking for similar questions…"));
    else
        m_summary->setText(m_pairs.isEmpty()
                               ? tr("No similar questions.") + (hidden ? tr(" %1 pairs marked as not duplicates.").arg(hidden) : QString())
                               : tr("%1 pairs of similar questions, most similar first.").arg(m_pairs.size())
                                     + (hidden ? tr(" %1 marked as not duplicates are hidden.").arg(hidden) : QString()));
    // Review changes come with keystrokes: when the list reads the same,
    // it stays as it is (with its selection and the answers shown below).
    if (lines == m_listed && row == m_list->currentRow()) {
        updateButtons();
        return;
    }
    m_listed = lines;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(lines);
    m_list->setCurrentRow(row);
    showSelected();
}

void SimilarQuestionsPanel::updateButtons()
{
    const Pair *p = selected();
    m_goA->setEnabled(p);
    m_goB->setEnabled(p);
    m_merge->setEnabled(p);
    m_dismiss->setEnabled(p && m_dismissFn);
}

void SimilarQuestionsPanel::showSelected()
{
    updateButtons();
    const Pair *p = selected();
    if (!p) {
        m_left->clear();
        m_right->clear();
        return;
    }
    const QaDocument &document = m_model->document();
    auto html = [&document](EntryRef ref) {
        const QaEntry &entry = document.entry(ref);
        const QString answer = entry.answer().trimmed().isEmpty()
            ? QStringLiteral("<p><i>%1</i></p>").arg(SimilarQuestionsPanel::tr("(no answer)"))
            : MarkdownRenderer::toHtml(entry.answer());
        return QStringLiteral("<p><b>#%1 · %2</b></p><p><b>%3</b></p><hr/>%4")
            .arg(document.entryNumber(ref))
            .arg(document.section(ref.section).title().toHtmlEscaped(), entry.question().toHtmlEscaped(), answer);
    };
    m_left->setHtml(html(p->a));
    m_right->setHtml(html(p->b));
    m_goA->setText(tr("Go to #%1").arg(document.entryNumber(p->a)));
    m_goB->setText(tr("Go to #%1").arg(document.entryNumber(p->b)));
    m_keepFirst->setText(tr("Keep #%1, Remove #%2").arg(document.entryNumber(p->a)).arg(document.entryNumber(p->b)));
    m_keepSecond->setText(tr("Keep #%1, Remove #%2").arg(document.entryNumber(p->b)).arg(document.entryNumber(p->a)));
}

void SimilarQuestionsPanel::mergeKeeping(bool first)
{
    const Pair *p = selected();
    if (!p)
        return;
    const EntryRef keep = first ? p->a : p->b;
    const EntryRef other = first ? p->b : p->a;
    const QString keptQuestion = m_model->document().entry(keep).question();
    const QString otherAnswer = m_model->document().entry(other).answer();
    const EntryRef kept = m_model->mergeEntries(keep, other);
    m_sources->offerMergedAnswer(keptQuestion, otherAnswer);
    emit compareMergedRequested(kept);
}

void SimilarQuestionsPanel::dismissSelected()
{
    const Pair *p = selected();
    if (!p || !m_dismissFn)
        return;
    const QaDocument &document = m_model->document();
    m_dismissFn(document.entry(p->a).question(), document.entry(p->b).question());
    relist();
}
