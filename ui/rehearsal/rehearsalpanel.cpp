#include "ui/rehearsal/rehearsalpanel.h"

#include "ui/rehearsal/answerview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RehearsalPanel::RehearsalPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rehearsalPanel"));
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("rehearsalProfile"));
    m_profiles->setAccessibleName(tr("Model endpoint"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profiles, &QComboBox::textActivated, this, &RehearsalPanel::profileChosen);
    auto *endpoints = new QToolButton(this);
    endpoints->setText(tr("Endpoints…"));
    connect(endpoints, &QToolButton::clicked, this, &RehearsalPanel::endpointsRequested);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("rehearsalScope"));
    m_scope->setAccessibleName(tr("What to ask"));
    m_scope->addItem(tr("Current entry"), int(Scope::Entry));
    m_scope->addItem(tr("Current section"), int(Scope::Section));
    m_scope->addItem(tr("Listed entries"), int(Scope::Listed));
    m_scope->addItem(tr("Whole document"), int(Scope::Document));
    m_ask = new QPushButton(tr("&Ask the Model"), this);
    m_ask->setObjectName(QStringLiteral("rehearsalAsk"));
    connect(m_ask, &QPushButton::clicked, this,
            [this] { emit askRequested(Scope(m_scope->currentData().toInt())); });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rehearsalProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("rehearsalCancel"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RehearsalPanel::cancelRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rehearsalStatus"));
    m_status->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("rehearsalQuestions"));
    m_list->setAccessibleName(tr("Questions asked"));
    m_list->setHeaderLabels({tr("#"), tr("Verdict"), tr("Question")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showCurrent();
        emit questionChosen(currentQuestion());
    });
    m_view = new AnswerView(this);
    connect(m_view, &AnswerView::verdictOverridden, this, [this](Verdict verdict) {
        const int q = currentQuestion();
        if (q < 0)
            return;
        m_rows[size_t(q)].override = verdict;
        updateRow(q);
        emit verdictOverridden(q, verdict);
    });
    connect(m_view, &AnswerView::useAsCandidateRequested, this, [this] {
        if (currentQuestion() >= 0)
            emit useAsCandidateRequested(currentQuestion());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Endpoint:"), this));
    top->addWidget(m_profiles);
    top->addWidget(endpoints);
    top->addSpacing(12);
    top->addWidget(m_scope);
    top->addWidget(m_ask);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    m_status->hide();
}

void RehearsalPanel::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(qMax(0, int(names.indexOf(current))));
    if (names.isEmpty())
        m_profiles->addItem(tr("(none: add one with Endpoints…)"));
}

void RehearsalPanel::startRun(const std::vector<RehearsalQuestion> &questions)
{
    m_rows.clear();
    m_list->clear();
    m_recorded = 0;
    for (const RehearsalQuestion &q : questions) {
        m_rows.push_back(Row{q, QString(), std::nullopt, std::nullopt});
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(q.entry));
        item->setText(2, q.question);
        item->setToolTip(2, q.question);
        updateRow(int(m_rows.size()) - 1);
    }
    m_progress->setRange(0, qMax(1, int(questions.size())));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_ask->setEnabled(false);
    setWarning(QString());
    if (!m_rows.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void RehearsalPanel::questionStarted(int question)
{
    if (question >= 0 && question < questionCount())
        updateRow(question);
}

void RehearsalPanel::appendAnswer(int question, const QString &text)
{
    if (question < 0 || question >= questionCount())
        return;
    Row &row = m_rows[size_t(question)];
    row.streamed += text;
    if (question == currentQuestion())
        m_view->setStreamingAnswer(row.streamed);
}

void RehearsalPanel::answerRecorded(int question, const AnswerRecord &answer)
{
    if (question < 0 || question >= questionCount())
        return;
    Row &row = m_rows[size_t(question)];
    row.record = answer;
    row.streamed = answer.answer; // the whole answer, as recorded
    m_progress->setValue(++m_recorded);
    updateRow(question);
    if (question == currentQuestion())
        showCurrent();
}

void RehearsalPanel::setOverride(int question, Verdict verdict)
{
    if (question < 0 || question >= questionCount())
        return;
    m_rows[size_t(question)].override = verdict;
    updateRow(question);
    if (question == currentQuestion())
        showCurrent();
}

void RehearsalPanel::runFinished(const QString &summary)
{
    m_cancel->setEnabled(false);
    m_ask->setEnabled(true);
    if (!summary.isEmpty())
        setWarning(summary);
}

void RehearsalPanel::setWarning(const QString &warning)
{
    m_status->setText(warning);
    m_status->setVisible(!warning.isEmpty());
}

int RehearsalPanel::currentQuestion() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void RehearsalPanel::setCurrentQuestion(int question)
{
    if (question >= 0 && question < questionCount())
        m_list->setCurrentItem(m_list->topLevelItem(question));
}

void RehearsalPanel::updateRow(int question)
{
    QTreeWidgetItem *item = m_list->topLevelItem(question);
    const Row &row = m_rows[size_t(question)];
    QString text;
    if (row.override)
        text = AnswerView::verdictText(*row.override) + QStringLiteral(" ✎");
    else if (row.record)
        text = AnswerView::verdictText(row.record->verdict);
    else
        text = row.question.probe ? tr("probe…") : tr("…");
    if (row.record && !row.record->error.isEmpty() && row.record->verdict != Verdict::Error)
        text += QStringLiteral(" ⚠");
    item->setText(1, text);
}

void RehearsalPanel::showCurrent()
{
    const int q = currentQuestion();
    if (q < 0) {
        m_view->clear();
        return;
    }
    const Row &row = m_rows[size_t(q)];
    m_view->showQuestion(row.question, row.streamed, row.record, row.override);
}
