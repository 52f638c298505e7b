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

#include <algorithm>

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
    m_ask = new QPushButton(tr("Ask the Model"), this);
    m_ask->setObjectName(QStringLiteral("rehearsalAsk"));
    connect(m_ask, &QPushButton::clicked, this,
            [this] { emit askRequested(Scope(m_scope->currentData().toInt())); });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rehearsalProgress"));
    setProgressIdle();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("rehearsalCancel"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RehearsalPanel::cancelRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rehearsalStatus"));
    m_status->setWordWrap(true);

    m_runChoice = new QComboBox(this);
    m_runChoice->setObjectName(QStringLiteral("rehearsalRunChoice"));
    m_runChoice->setAccessibleName(tr("Run"));
    m_runChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_runChoice, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { showStoredRun(m_runChoice->itemData(index).toString()); });
    m_differentFrom = new QComboBox(this);
    m_differentFrom->setObjectName(QStringLiteral("rehearsalDifferentFrom"));
    m_differentFrom->setAccessibleName(tr("Different from"));
    m_differentFrom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_differentFrom, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { showDifferentFrom(m_differentFrom->itemData(index).toString()); });

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
    auto *runs = new QHBoxLayout;
    runs->addWidget(new QLabel(tr("Run:"), this));
    runs->addWidget(m_runChoice);
    runs->addSpacing(12);
    runs->addWidget(new QLabel(tr("Different from:"), this));
    runs->addWidget(m_differentFrom);
    runs->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(runs);
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
    for (const RehearsalQuestion &q : questions)
        addRow(Row{q, QString(), std::nullopt, std::nullopt});
    showProgress(0, int(questions.size()));
    m_cancel->setEnabled(true);
    m_ask->setEnabled(false);
    m_running = true;
    m_shownRun.clear();
    m_differentRun.clear();
    fillRunChoices();
    setWarning(QString());
    if (!m_rows.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void RehearsalPanel::addRow(Row row)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, QString::number(row.question.entry));
    item->setText(2, row.question.question);
    item->setToolTip(2, row.question.question);
    m_rows.push_back(std::move(row));
    updateRow(int(m_rows.size()) - 1);
}

void RehearsalPanel::setProgressIdle()
{
    // No count before anything was asked: "0 of 1" would speak of a run.
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
}

void RehearsalPanel::showProgress(int done, int questions)
{
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, qMax(1, questions));
    m_progress->setValue(done);
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
    m_shownRun = answer.run;
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
    m_running = false;
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
    std::vector<RunHistory::Past> earlier;
    if (m_history) {
        for (const RunHistory::Past &past : m_history->answersTo(row.question.questionKey)) {
            if (past.run->id != m_shownRun)
                earlier.push_back(past);
        }
    }
    m_view->setHistory(earlier);
}

void RehearsalPanel::setHistory(std::shared_ptr<const RunHistory> history)
{
    m_history = std::move(history);
    fillRunChoices();
    if (m_history && !m_differentRun.isEmpty())
        showDifferentFrom(m_differentRun);
    showCurrent();
}

void RehearsalPanel::fillRunChoices()
{
    const QSignalBlocker blockRuns(m_runChoice);
    const QSignalBlocker blockDifferent(m_differentFrom);
    m_runChoice->clear();
    m_differentFrom->clear();
    m_differentFrom->addItem(tr("(no other run)"), QString());
    if (m_running)
        m_runChoice->addItem(tr("(the run in progress)"), QString());
    if (m_history) {
        const auto &runs = m_history->content().runs;
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            const QString text = tr("%1 · %2 · %3").arg(it->run.startedAt, it->run.model, tr("%n answer(s)", nullptr, int(it->answers.size())));
            m_runChoice->addItem(text, it->run.id);
            if (it->run.id != m_shownRun)
                m_differentFrom->addItem(text, it->run.id);
        }
    }
    m_runChoice->setEnabled(!m_running);
    m_differentFrom->setEnabled(!m_running && m_differentFrom->count() > 1);
    m_runChoice->setCurrentIndex(qMax(0, m_runChoice->findData(m_shownRun)));
    m_differentFrom->setCurrentIndex(qMax(0, m_differentFrom->findData(m_differentRun)));
}

void RehearsalPanel::showStoredRun(const QString &runId)
{
    const RunsFile::Run *run = m_history && !m_running ? m_history->run(runId) : nullptr;
    if (!run)
        return;
    m_rows.clear();
    m_list->clear();
    // In document order, as a run is shown while it runs (answers are
    // recorded in the order they complete).
    std::vector<const AnswerRecord *> answers;
    for (const AnswerRecord &a : run->answers)
        answers.push_back(&a);
    std::stable_sort(answers.begin(), answers.end(),
                     [](const AnswerRecord *x, const AnswerRecord *y) { return x->entry < y->entry; });
    for (const AnswerRecord *answer : answers) {
        const AnswerRecord &a = *answer;
        addRow(Row{RehearsalQuestion::of(a), a.answer, a, m_history->content().overrideFor(a.run, a.questionKey)});
    }
    m_shownRun = runId;
    m_differentRun.clear();
    showProgress(int(m_rows.size()), int(m_rows.size()));
    fillRunChoices();
    if (!m_rows.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
}

void RehearsalPanel::showDifferentFrom(const QString &otherRunId)
{
    m_differentRun = otherRunId;
    const QSet<QString> different = m_history && !otherRunId.isEmpty()
        ? m_history->different(m_shownRun, otherRunId) : QSet<QString>();
    for (int q = 0; q < questionCount(); ++q)
        m_list->topLevelItem(q)->setHidden(!otherRunId.isEmpty() && !different.contains(m_rows[size_t(q)].question.questionKey));
    setWarning(otherRunId.isEmpty() ? QString()
                                    : tr("%n question(s) changed between the two runs.", nullptr, int(different.size())));
}

bool RehearsalPanel::isQuestionListed(int question) const
{
    return question >= 0 && question < questionCount() && !m_list->topLevelItem(question)->isHidden();
}
