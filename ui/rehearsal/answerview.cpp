#include "ui/rehearsal/answerview.h"

#include "app/base/workerpool.h"
#include "ui/compare/diffbrowser.h"
#include "ui/preview/previewview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QtConcurrent>

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

const QList<Verdict> choosable = {Verdict::Agrees, Verdict::Partial, Verdict::Differs, Verdict::Declined, Verdict::Answered};

} // namespace

AnswerView::AnswerView(QWidget *parent) : QWidget(parent)
{
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("rehearsalQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    m_authored = new PreviewView(this);
    m_authored->setObjectName(QStringLiteral("rehearsalAuthoredPreview"));
    m_authored->setAccessibleName(tr("Authored answer"));
    m_model = new PreviewView(this);
    m_model->setObjectName(QStringLiteral("rehearsalModelPreview"));
    m_model->setAccessibleName(tr("Model's answer"));
    auto *rendered = new QSplitter(Qt::Horizontal, this);
    rendered->addWidget(titled(tr("Authored answer"), m_authored, rendered));
    rendered->addWidget(titled(tr("Model's answer"), m_model, rendered));

    m_authoredDiff = new DiffBrowser(this);
    m_authoredDiff->setAccessibleName(tr("Authored answer, words not in the model's struck through"));
    m_modelDiff = new DiffBrowser(this);
    m_modelDiff->setAccessibleName(tr("Model's answer, words not in the authored one underlined"));
    auto *diffs = new QSplitter(Qt::Horizontal, this);
    diffs->addWidget(titled(tr("Authored — struck through: not in the model's answer"), m_authoredDiff, diffs));
    diffs->addWidget(titled(tr("Model — underlined: not in the authored answer"), m_modelDiff, diffs));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(rendered);
    m_pages->addWidget(diffs);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("rehearsalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Verdict, tokens, latency and finish reason"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("rehearsalAnswerWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a05a00"));
    m_warning->hide();

    m_diffButton = new QPushButton(tr("Word Diff"), this);
    m_diffButton->setCheckable(true);
    connect(m_diffButton, &QPushButton::toggled, this, &AnswerView::showDiff);
    connect(&m_diffJob, &QFutureWatcher<AnswerComparison::Result>::finished, this, &AnswerView::diffReady);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("rehearsalVerdictChoice"));
    m_verdict->setAccessibleName(tr("Your verdict"));
    m_verdict->addItem(tr("(verdict as scored)"));
    for (Verdict v : choosable)
        m_verdict->addItem(verdictText(v), int(v));
    connect(m_verdict, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index <= 0)
            return;
        m_override = Verdict(m_verdict->itemData(index).toInt());
        updateDetails();
        emit verdictOverridden(*m_override);
    });
    m_use = new QPushButton(tr("Use as Candidate…"), this);
    m_use->setToolTip(tr("Compare the model's answer with the entry's and choose whether to use it (one undo step)"));
    connect(m_use, &QPushButton::clicked, this, &AnswerView::useAsCandidateRequested);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("rehearsalHistory"));
    m_history->setAccessibleName(tr("Earlier runs"));
    m_history->setHeaderLabels({tr("When"), tr("Model"), tr("Verdict"), tr("Answer")});
    m_history->setRootIsDecorated(false);
    m_history->setMaximumHeight(110);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_diffButton);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Your verdict:"), this));
    buttons->addWidget(m_verdict);
    buttons->addWidget(m_use);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addWidget(m_history);
    layout->addLayout(buttons);
    clear();
}

QString AnswerView::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Agrees: return tr("agrees");
    case Verdict::Partial: return tr("partial");
    case Verdict::Differs: return tr("differs");
    case Verdict::Declined: return tr("declined");
    case Verdict::Answered: return tr("answered (probe)");
    case Verdict::Unscored: return tr("unscored");
    case Verdict::Invalid: return tr("judge output invalid");
    case Verdict::Error: return tr("error");
    }
    return QString();
}

void AnswerView::clear()
{
    m_shown = RehearsalQuestion();
    m_record.reset();
    m_override.reset();
    m_modelAnswer.clear();
    m_question->setText(tr("Choose a question to see the model's answer beside yours."));
    m_authored->setMarkdownNow(QString());
    m_model->setMarkdownNow(QString());
    m_diffButton->setChecked(false);
    updateDetails();
}

void AnswerView::showQuestion(const RehearsalQuestion &question, const QString &modelAnswer,
                              const std::optional<AnswerRecord> &record, std::optional<Verdict> override)
{
    const bool another = question.questionKey != m_shown.questionKey || question.entry != m_shown.entry;
    m_shown = question;
    m_modelAnswer = modelAnswer;
    m_record = record;
    m_override = override;
    m_question->setText(question.probe ? tr("%1 (probe: the model should decline)").arg(question.question)
                                       : question.question);
    m_authored->setMarkdownNow(question.hasAuthoredAnswer() ? question.authored
                                                            : tr("*(no authored answer)*"));
    m_model->setMarkdownNow(modelAnswer);
    if (another) {
        m_authored->scrollToTop();
        m_model->scrollToTop();
    }
    updateDetails();
    if (m_diffButton->isChecked())
        showDiff(true);
}

void AnswerView::setStreamingAnswer(const QString &modelAnswer)
{
    m_modelAnswer = modelAnswer;
    m_model->setMarkdown(modelAnswer); // debounced: a token at a time is not a render at a time
    updateDetails();
}

void AnswerView::updateDetails()
{
    const bool shown = !m_shown.question.isEmpty();
    m_use->setEnabled(shown && m_record && m_record->verdict != Verdict::Error && !m_modelAnswer.trimmed().isEmpty());
    m_verdict->setEnabled(shown && m_record);
    m_diffButton->setEnabled(shown);
    {
        const QSignalBlocker blocker(m_verdict);
        m_verdict->setCurrentIndex(m_override ? m_verdict->findData(int(*m_override)) : 0);
    }
    m_warning->hide();
    if (!shown) {
        m_details->clear();
        return;
    }
    if (!m_record) {
        m_details->setText(m_modelAnswer.isEmpty() ? tr("Waiting for the model…") : tr("The model is answering…"));
        return;
    }
    const AnswerRecord &r = *m_record;
    QStringList parts;
    const QString scored = verdictText(r.verdict) + (r.score >= 0 ? QStringLiteral(" (%1)").arg(r.score, 0, 'f', 2) : QString());
    parts << (m_override ? tr("Verdict: %1 — yours; scored: %2").arg(verdictText(*m_override), scored)
                         : tr("Verdict: %1").arg(scored));
    const QLocale locale;
    parts << tr("tokens: %1 prompt, %2 answer")
                 .arg(r.promptTokens >= 0 ? locale.toString(r.promptTokens) : tr("?"),
                      r.completionTokens >= 0 ? locale.toString(r.completionTokens) : tr("?"));
    parts << tr("latency: %1 ms").arg(locale.toString(r.latencyMs));
    parts << tr("finish: %1").arg(r.finishReason.isEmpty() ? tr("not said") : r.finishReason);
    m_details->setText(parts.join(QStringLiteral(" · ")));
    if (!r.error.isEmpty()) {
        // An answer with an error text is either no answer (the error) or an
        // answer whose context the server cut (TruncationGuard).
        m_warning->setText(r.verdict == Verdict::Error ? tr("No answer: %1").arg(r.error)
                                                       : tr("Warning: %1").arg(r.error));
        m_warning->show();
    }
}

void AnswerView::showDiff(bool on)
{
    m_pages->setCurrentIndex(on ? 1 : 0);
    if (!on)
        return;
    AnswerComparison::Input input;
    input.current = m_shown.authored;
    input.other = m_modelAnswer;
    input.otherAvailable = true;
    input.rendered = true;
    input.dark = palette().color(QPalette::Base).lightness() < 128;
    m_diffJob.setFuture(QtConcurrent::run(WorkerPool::instance(), [input] { return AnswerComparison::build(input); }));
}

void AnswerView::diffReady()
{
    if (m_diffJob.future().resultCount() == 0)
        return;
    const AnswerComparison::Result result = m_diffJob.result();
    m_authoredDiff->setHtml(result.currentHtml);
    m_modelDiff->setHtml(result.otherHtml);
    emit diffShown();
}

void AnswerView::setHistory(const std::vector<RunHistory::Past> &earlier)
{
    m_history->clear();
    for (const RunHistory::Past &past : earlier) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, past.run->startedAt);
        item->setText(1, past.run->model);
        item->setText(2, verdictText(past.verdict));
        item->setText(3, past.answer->answer.simplified().left(200));
        item->setToolTip(3, past.answer->answer.left(2000));
    }
    m_history->setVisible(!earlier.empty());
}
