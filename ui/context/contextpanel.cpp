#include "ui/context/contextpanel.h"

#include "ui/context/budgetbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const qsizetype presetBudgets[] = {8000, 32000, 128000};
}

ContextPanel::ContextPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("contextPanel"));
    m_project = new QLabel(this);
    m_project->setWordWrap(true);
    m_project->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetch = new QPushButton(tr("Fetch"), this);
    m_fetch->setToolTip(tr("Fetch the remote documents the llms.txt links to (and keep a copy for offline use)"));
    m_choose = new QPushButton(tr("Choose…"), this);
    m_choose->setToolTip(tr("Choose the llms.txt of this document's context project"));
    m_budgetChoice = new QComboBox(this);
    m_budgetChoice->setObjectName(QStringLiteral("contextBudgetChoice"));
    for (qsizetype budget : presetBudgets)
        m_budgetChoice->addItem(tr("%1k tokens").arg(budget / 1000), qlonglong(budget));
    m_budgetChoice->addItem(tr("Custom…"), qlonglong(0));
    m_bar = new BudgetBar(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("contextTotal"));
    m_writeOnSave = new QCheckBox(tr("Write llms_ctx.txt on save"), this);
    m_writeOnSave->setToolTip(tr("Every save of this document also writes llms_ctx.txt (and llms_ctx-full.txt with "
                                 "the Optional section) beside the llms.txt"));
    m_writeOnSave->setObjectName(QStringLiteral("contextWriteOnSave"));
    m_onlyApproved = new QCheckBox(tr("Only approved answers"), this);
    m_onlyApproved->setObjectName(QStringLiteral("contextOnlyApproved"));
    m_onlyApproved->setToolTip(tr("Q&A documents contribute only the answers approved in review (and unchanged since)"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("contextTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Document"), tr("Tokens"), tr("Status")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("contextWarnings"));
    m_warnings->setWordWrap(true);
    m_tree->setAccessibleName(tr("Context documents"));
    m_warnings->setAccessibleName(tr("llms.txt warnings"));
    m_budgetChoice->setAccessibleName(tr("Token budget"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_choose);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Budget:"), this));
    buttons->addWidget(m_budgetChoice);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_warnings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_project);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);
    layout->addWidget(m_total);
    layout->addWidget(m_writeOnSave);
    layout->addWidget(m_onlyApproved);
    layout->addWidget(splitter, 1);

    connect(m_fetch, &QPushButton::clicked, this, &ContextPanel::fetchRequested);
    connect(m_choose, &QPushButton::clicked, this, &ContextPanel::chooseProjectRequested);
    connect(m_writeOnSave, &QCheckBox::toggled, this, &ContextPanel::writeOnSaveToggled);
    connect(m_onlyApproved, &QCheckBox::toggled, this, &ContextPanel::onlyApprovedToggled);
    connect(m_budgetChoice, qOverload<int>(&QComboBox::activated), this, &ContextPanel::budgetIndexChosen);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, KindRole).isValid())
            return;
        emit documentActivated(ContextDoc::Kind(item->data(0, KindRole).toInt()), item->data(0, PathRole).toString(),
                               item->data(0, UrlRole).toString());
    });
    showNoProject();
}

void ContextPanel::showNoProject()
{
    m_hasOutcome = false;
    m_project->setText(tr("No llms.txt in this document's folder or above links to it. "
                          "File → Context Project… chooses one."));
    m_tree->clear();
    m_warnings->clear();
    m_total->clear();
    m_bar->setTokens(0, m_budget > 0 ? m_budget : 1);
    for (QWidget *w : {static_cast<QWidget *>(m_fetch), static_cast<QWidget *>(m_writeOnSave),
                       static_cast<QWidget *>(m_onlyApproved)})
        w->setEnabled(false);
}

void ContextPanel::showBuilding(const QString &llmsTxt)
{
    m_project->setText(tr("Project: %1").arg(QDir::toNativeSeparators(llmsTxt)));
    m_fetch->setEnabled(false);
    if (!m_hasOutcome)
        m_total->setText(tr("Counting…"));
}

void ContextPanel::showOutcome(const QString &llmsTxt, const ContextProjectJob::Outcome &outcome)
{
    m_hasOutcome = true;
    const QString title = outcome.context.title.isEmpty() ? QFileInfo(llmsTxt).dir().dirName() : outcome.context.title;
    m_project->setText(tr("Project: <b>%1</b><br>%2").arg(title.toHtmlEscaped(), QDir::toNativeSeparators(llmsTxt).toHtmlEscaped()));
    for (QWidget *w : {static_cast<QWidget *>(m_fetch), static_cast<QWidget *>(m_writeOnSave),
                       static_cast<QWidget *>(m_onlyApproved)})
        w->setEnabled(true);
    m_tokens = outcome.context.tokens;
    m_fullTokens = outcome.full.tokens;
    m_encoding = TokenEncodings::name(outcome.context.encoding);
    fillTree(outcome.full);
    fillWarnings(outcome.full);
    updateTotal();
}

void ContextPanel::setBudget(qsizetype tokens)
{
    m_budget = tokens;
    const QSignalBlocker blocker(m_budgetChoice);
    int index = m_budgetChoice->findData(qlonglong(tokens));
    if (index < 0) {
        if (m_budgetChoice->count() > int(std::size(presetBudgets)) + 1)
            m_budgetChoice->removeItem(int(std::size(presetBudgets)));
        m_budgetChoice->insertItem(int(std::size(presetBudgets)), tr("%1 tokens").arg(QLocale().toString(qlonglong(tokens))),
                                   qlonglong(tokens));
        index = int(std::size(presetBudgets));
    }
    m_budgetChoice->setCurrentIndex(index);
    updateTotal();
}

void ContextPanel::setWriteOnSave(bool on)
{
    const QSignalBlocker blocker(m_writeOnSave);
    m_writeOnSave->setChecked(on);
}

void ContextPanel::setOnlyApproved(bool on)
{
    const QSignalBlocker blocker(m_onlyApproved);
    m_onlyApproved->setChecked(on);
}

void ContextPanel::budgetIndexChosen(int index)
{
    qsizetype tokens = m_budgetChoice->itemData(index).toLongLong();
    if (tokens == 0) {
        bool ok = false;
        tokens = QInputDialog::getInt(this, tr("Token Budget"), tr("Tokens the whole context may use:"),
                                      int(qMin<qsizetype>(m_budget, 10000000)), 1, 10000000, 1000, &ok);
        if (!ok) {
            setBudget(m_budget);
            return;
        }
    }
    setBudget(tokens);
    emit budgetChosen(tokens);
}

void ContextPanel::updateTotal()
{
    if (!m_hasOutcome)
        return;
    m_bar->setTokens(m_tokens, m_budget);
    QLocale locale;
    QString text = tr("%1 of %2 tokens (%3)").arg(locale.toString(qlonglong(m_tokens)), locale.toString(qlonglong(m_budget)), m_encoding);
    if (m_fullTokens != m_tokens)
        text += QLatin1Char(' ') + tr("· with Optional: %1").arg(locale.toString(qlonglong(m_fullTokens)));
    if (m_bar->level() == BudgetBar::Level::Over)
        text += QLatin1Char(' ') + tr("· over the budget by %1").arg(locale.toString(qlonglong(m_tokens - m_budget)));
    m_total->setText(text);
}

QTreeWidgetItem *ContextPanel::docItem(const ContextDoc &doc)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, doc.title);
    item->setToolTip(0, doc.notes.isEmpty() ? doc.url : doc.notes + QLatin1Char('\n') + doc.url);
    item->setData(0, KindRole, int(doc.kind));
    item->setData(0, PathRole, doc.path);
    item->setData(0, UrlRole, doc.url);
    QString kind;
    switch (doc.kind) {
    case ContextDoc::Kind::Qa: kind = tr("Q&A document"); break;
    case ContextDoc::Kind::File: kind = tr("file"); break;
    case ContextDoc::Kind::Remote: kind = doc.readAsQa ? tr("remote Q&A document") : tr("remote"); break;
    }
    QString status = kind;
    QColor color;
    switch (doc.status) {
    case ContextDoc::Status::Ok: break;
    case ContextDoc::Status::Cached:
        status = doc.readAsQa ? tr("remote Q&A document, cached copy") : tr("remote, cached copy");
        break;
    case ContextDoc::Status::Missing:
        status = doc.kind == ContextDoc::Kind::Remote ? tr("not fetched: failed") : tr("missing");
        color = QColor(0xD3, 0x2F, 0x2F);
        break;
    case ContextDoc::Status::Skipped:
        status = doc.kind == ContextDoc::Kind::Remote ? tr("remote, not fetched") : tr("not read");
        color = palette().color(QPalette::PlaceholderText);
        break;
    }
    item->setText(2, status);
    const bool present = doc.status == ContextDoc::Status::Ok || doc.status == ContextDoc::Status::Cached;
    item->setText(1, present ? QLocale().toString(qlonglong(doc.tokens)) : QStringLiteral("—"));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (color.isValid())
        for (int column = 0; column < 3; ++column)
            item->setForeground(column, color);
    return item;
}

void ContextPanel::fillTree(const ContextResult &full)
{
    m_tree->clear();
    for (const ContextSection &section : full.sections) {
        auto *sectionItem = new QTreeWidgetItem(m_tree);
        sectionItem->setText(0, section.name);
        if (section.optional) {
            sectionItem->setText(2, tr("full context only"));
            sectionItem->setToolTip(0, tr("Optional: only in llms_ctx-full.txt, not in llms_ctx.txt"));
        }
        sectionItem->setText(1, QLocale().toString(qlonglong(section.tokens)));
        sectionItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const ContextDoc &doc : section.docs)
            sectionItem->addChild(docItem(doc));
    }
    m_tree->expandAll();
}

void ContextPanel::fillWarnings(const ContextResult &full)
{
    m_warnings->clear();
    QList<ContextWarning> all = full.errors + full.warnings;
    std::stable_sort(all.begin(), all.end(), [](const ContextWarning &a, const ContextWarning &b) { return a.line < b.line; });
    for (const ContextWarning &warning : all) {
        const bool error = full.errors.contains(warning);
        auto *item = new QListWidgetItem(error ? tr("Line %1: error: %2").arg(warning.line).arg(warning.message)
                                               : tr("Line %1: %2").arg(warning.line).arg(warning.message),
                                         m_warnings);
        item->setData(Qt::UserRole, warning.line);
        if (error)
            item->setForeground(QColor(0xD3, 0x2F, 0x2F));
    }
    if (all.isEmpty())
        new QListWidgetItem(tr("The llms.txt has no problems."), m_warnings);
}
