#include "ui/compare/candidatespanel.h"

#include "ui/common/visiblerefresher.h"

#include "app/compare/answersources.h"
#include "app/model/qamodel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int refRole = Qt::UserRole + 1;

QString oneLine(const QString &text, int length = 90)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + QChar(0x2026) : simple;
}
} // namespace

CandidatesPanel::CandidatesPanel(QaModel *model, AnswerSources *sources, QWidget *parent)
    : QWidget(parent), m_model(model), m_sources(sources)
{
    setObjectName(QStringLiteral("candidatesPanel"));
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setAccessibleName(tr("Import candidate answers"));
    m_fill = new QPushButton(tr("Fill Em&pty Answers"), this);
    m_fill->setAccessibleName(tr("Fill empty answers from candidates"));
    m_fill->setToolTip(tr("Fill every empty, placeholder or unanswered entry that has a matching candidate "
                          "(one undo step)"));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("matchThreshold"));
    m_threshold->setAccessibleName(tr("Question similarity threshold"));
    m_threshold->setRange(0.30, 1.00);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(sources->threshold());
    m_threshold->setToolTip(tr("Candidates whose question is not the same as an entry's are matched to the most "
                               "similar question scoring at least this (trigram cosine, 1 = same words)."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("candidateSummary"));
    m_summary->setWordWrap(true);
    m_matched = new QListWidget(this);
    m_matched->setObjectName(QStringLiteral("matchedCandidates"));
    m_matched->setAccessibleName(tr("Matched candidates"));
    m_matched->setToolTip(tr("Double-click or press Return to compare with the entry's answer"));
    m_unmatched = new QListWidget(this);
    m_unmatched->setObjectName(QStringLiteral("unmatchedCandidates"));
    m_unmatched->setAccessibleName(tr("Unmatched candidates"));
    // Whole questions, wrapped, rather than a sideways scroll.
    for (QListWidget *list : {m_matched, m_unmatched}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setAlternatingRowColors(true);
    }
    setMinimumWidth(340);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(m_fill);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Match thresh&old:"), m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_file);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Matched (double-click to compare):"), this));
    layout->addWidget(m_matched, 2);
    layout->addWidget(new QLabel(tr("Not matched to any question:"), this));
    layout->addWidget(m_unmatched, 1);

    connect(import, &QPushButton::clicked, this, &CandidatesPanel::importRequested);
    connect(m_fill, &QPushButton::clicked, this, &CandidatesPanel::fillRequested);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, sources, &AnswerSources::setThreshold);
    connect(sources, &AnswerSources::candidatesChanged, this, &CandidatesPanel::refresh);
    auto activate = [this](QListWidgetItem *item) {
        const QPoint p = item->data(refRole).toPoint();
        emit compareRequested({p.x(), p.y()});
    };
    connect(m_matched, &QListWidget::itemActivated, this, activate);
    // Edits can change matches; refresh once things settle, and only when seen.
    auto *later = new VisibleRefresher(this, 500, [this] { refresh(); });
    auto schedule = [later] { later->schedule(); };
    connect(model, &QaModel::structureChanged, this, schedule);
    connect(model, &QaModel::documentReset, this, schedule);
    connect(model, &QaModel::countsChanged, this, schedule);
    refresh();
}

void CandidatesPanel::refresh()
{
    const QList<CandidateAnswer> &candidates = m_sources->candidates();
    m_matched->clear();
    m_unmatched->clear();
    m_fill->setEnabled(!candidates.isEmpty());
    if (candidates.isEmpty()) {
        m_file->setText(tr("No candidate answers imported. Import a JSONL, CSV or Q&A markdown file."));
        m_summary->clear();
        return;
    }
    m_file->setText(tr("From %1: %2 candidates.").arg(m_sources->candidateFile()).arg(candidates.size()));
    const CandidateMatcher::Result &result = m_sources->matches();
    const QaDocument &document = m_model->document();
    int fillable = 0;
    for (const CandidateMatcher::Match &match : result.matches) {
        const CandidateAnswer &candidate = candidates[match.candidate];
        const QaEntry &entry = document.entry(match.entry);
        const bool gap = needsAttention(entry.status());
        fillable += gap ? 1 : 0;
        const QString how = match.exact ? tr("same question") : tr("%1% similar").arg(qRound(match.score * 100));
        auto *item = new QListWidgetItem(tr("#%1 · %2 · file line %3%4\n%5")
                                             .arg(document.entryNumber(match.entry))
                                             .arg(how)
                                             .arg(candidate.line)
                                             .arg(gap ? tr(" · fills a gap") : QString(), oneLine(entry.question(), 110)),
                                         m_matched);
        item->setData(refRole, QPoint(match.entry.section, match.entry.index));
        item->setToolTip(tr("Candidate's question (line %1): %2").arg(candidate.line).arg(candidate.question));
    }
    for (int c : result.unmatched) {
        auto *item = new QListWidgetItem(tr("line %1: %2").arg(candidates[c].line).arg(oneLine(candidates[c].question)),
                                         m_unmatched);
        item->setToolTip(candidates[c].question);
    }
    m_summary->setText(tr("%1 matched (%2 same question, %3 similar at ≥ %4) · %5 would fill a gap · %6 not matched")
                           .arg(result.matches.size())
                           .arg(result.exactCount())
                           .arg(result.matches.size() - result.exactCount())
                           .arg(QString::number(result.threshold, 'f', 2))
                           .arg(fillable)
                           .arg(result.unmatched.size()));
}
