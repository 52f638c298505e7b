#include "ui/compare/answercomparedialog.h"

#include "ui/compare/diffbrowser.h"
#include "app/base/workerpool.h"
#include "app/model/qamodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent>

AnswerCompareDialog::AnswerCompareDialog(QaModel *model, AnswerSources *sources, QWidget *parent)
    : QDialog(parent), m_model(model), m_sources(sources)
{
    setObjectName(QStringLiteral("answerCompareDialog"));
    setWindowTitle(tr("Compare Answers"));

    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Compare with"));
    m_source->addItem(tr("Saved on disk"), int(AnswerSources::Source::Saved));
    m_source->addItem(tr("Git HEAD"), int(AnswerSources::Source::GitHead));
    m_source->addItem(tr("Imported candidate"), int(AnswerSources::Source::Candidate));
    m_source->addItem(tr("Merged entry's answer"), int(AnswerSources::Source::Merged));
    auto *sourceLabel = new QLabel(tr("Compare &with:"), this);
    sourceLabel->setBuddy(m_source);

    m_rendered = new QRadioButton(tr("&Rendered"), this);
    m_rendered->setAccessibleName(tr("Show both rendered"));
    m_markdown = new QRadioButton(tr("Markdown &source"), this);
    m_markdown->setAccessibleName(tr("Show both as markdown source"));
    m_rendered->setChecked(true);
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_rendered);
    mode->addButton(m_markdown);

    auto *top = new QHBoxLayout;
    top->addWidget(sourceLabel);
    top->addWidget(m_source);
    top->addStretch(1);
    top->addWidget(m_rendered);
    top->addWidget(m_markdown);

    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("compareReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);

    auto pane = [this](QLabel *&title, DiffBrowser *&view, const QString &name) {
        auto *widget = new QWidget(this);
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(widget);
        title->setTextFormat(Qt::PlainText);
        view = new DiffBrowser(widget);
        view->setAccessibleName(name);
        layout->addWidget(title);
        layout->addWidget(view, 1);
        return widget;
    };
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(pane(m_leftTitle, m_left, tr("Current answer")));
    splitter->addWidget(pane(m_rightTitle, m_right, tr("Other answer")));
    m_leftTitle->setText(tr("Current answer — struck through: not in the other answer"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_use = new QPushButton(tr("&Use This Answer"), this);
    m_use->setAccessibleName(tr("Use this answer"));
    m_use->setToolTip(tr("Replace the current answer with the one on the right (one undo step)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &AnswerCompareDialog::useOtherAnswer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1100, 650);
    connect(&m_job, &QFutureWatcher<AnswerComparison::Result>::finished, this, &AnswerCompareDialog::showComparison);

    connect(m_source, &QComboBox::currentIndexChanged, this, &AnswerCompareDialog::refresh);
    connect(m_rendered, &QRadioButton::toggled, this, &AnswerCompareDialog::refresh);
    connect(m_model, &QaModel::entryChanged, this, [this](EntryRef ref) {
        if (ref == m_ref && isVisible())
            refresh();
    });
    connect(m_model, &QaModel::structureChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_model, &QaModel::documentReset, this, &QDialog::close);
    connect(m_sources, &AnswerSources::versionsChanged, this, [this] {
        if (isVisible()) {
            updateSourceAvailability();
            refresh();
        }
    });
    connect(m_sources, &AnswerSources::candidatesChanged, this, [this] {
        if (isVisible()) {
            updateSourceAvailability();
            refresh();
        }
    });
}

bool AnswerCompareDialog::isComparing() const
{
    return m_comparing || (source() == AnswerSources::Source::Saved && m_sources->isReadingSaved());
}

AnswerSources::Source AnswerCompareDialog::source() const
{
    return AnswerSources::Source(m_source->currentData().toInt());
}

void AnswerCompareDialog::updateSourceAvailability()
{
    // Unavailable sources stay listed, greyed, with the reason as tooltip.
    auto *items = qobject_cast<QStandardItemModel *>(m_source->model());
    for (int i = 0; i < m_source->count(); ++i) {
        QString reason;
        const bool available = m_sources->isAvailable(AnswerSources::Source(m_source->itemData(i).toInt()), &reason);
        if (QStandardItem *item = items ? items->item(i) : nullptr) {
            item->setEnabled(available);
            item->setToolTip(available ? QString() : reason);
        }
    }
}

void AnswerCompareDialog::showFor(EntryRef ref, AnswerSources::Source source)
{
    m_ref = ref;
    m_sources->askGit(); // committed since? The answer refreshes the dialog when it comes
    updateSourceAvailability();
    {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(m_source->findData(int(source)));
    }
    refresh();
    show();
    raise();
    activateWindow();
}

void AnswerCompareDialog::follow(EntryRef ref)
{
    if (!isVisible() || !ref.isValid() || ref == m_ref)
        return;
    m_ref = ref;
    refresh();
}

void AnswerCompareDialog::refresh()
{
    const QaDocument &document = m_model->document();
    const bool valid = document.contains(m_ref);
    const QString current = valid ? document.entry(m_ref).answer() : QString();
    m_question->setText(valid ? document.entry(m_ref).question() : tr("No entry is selected."));
    const AnswerSources::Other other = m_sources->other(source(), m_ref);
    m_otherText = other.available ? other.text : QString();
    m_otherAvailable = other.available;
    m_rightTitle->setText(other.available ? tr("%1 — underlined: not in the current answer").arg(other.title)
                                          : other.title);
    m_reason->setVisible(!other.available);
    m_reason->setText(other.available ? QString() : tr("Not available: %1").arg(other.reason));

    AnswerComparison::Input input;
    input.current = current;
    input.other = m_otherText;
    input.otherAvailable = other.available;
    input.rendered = m_rendered->isChecked();
    input.dark = palette().color(QPalette::Base).lightness() < 128;
    cancelComparison();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_summary->setText(tr("Comparing the answers…"));
    m_comparing = true;
    m_use->setEnabled(valid && other.available && other.text != current);
    m_job.setFuture(QtConcurrent::run(WorkerPool::instance(), [input, cancel = m_cancel] { return AnswerComparison::build(input, cancel.get()); }));
}

void AnswerCompareDialog::cancelComparison()
{
    // The worker stops soon; its result is never shown (the watcher follows
    // only the newest job, and a cancelled result is dropped).
    if (m_cancel)
        m_cancel->store(true);
}

void AnswerCompareDialog::hideEvent(QHideEvent *event)
{
    cancelComparison();
    QDialog::hideEvent(event);
}

void AnswerCompareDialog::showComparison()
{
    if (m_job.isCanceled() || m_job.future().resultCount() == 0)
        return;
    const AnswerComparison::Result result = m_job.result();
    if (result.cancelled)
        return;
    m_comparing = false;
    m_left->setHtml(result.currentHtml);
    m_right->setHtml(result.otherHtml);
    QStringList summary;
    if (m_otherAvailable) {
        if (result.changes == 0)
            summary << tr("The answers are the same.");
        else
            summary << (result.changes == 1 ? tr("1 changed passage.") : tr("%1 changed passages.").arg(result.changes));
        if (result.level == WordDiff::Level::Lines)
            summary << tr("Compared line by line: the answers differ too much for a word comparison.");
        else if (result.level == WordDiff::Level::Whole)
            summary << tr("Compared as a whole: the answers differ too much for a line comparison.");
    }
    if (result.shownAsSource)
        summary << tr("Shown as markdown source: answers over %1 characters are not rendered.")
                       .arg(QLocale().toString(AnswerComparison::renderLimit));
    if (result.elided)
        summary << tr("Parts of the answers are not shown (grey notes say how much).");
    m_summary->setText(summary.join(QLatin1Char(' ')));
    emit comparisonShown();
}

void AnswerCompareDialog::useOtherAnswer()
{
    if (!m_use->isEnabled())
        return;
    m_model->replaceAnswerAsOneStep(m_ref, m_otherText, tr("Use Compared Answer"));
}
