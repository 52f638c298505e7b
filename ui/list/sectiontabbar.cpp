#include "ui/list/sectiontabbar.h"

#include "app/model/qamodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QStackedLayout>
#include <QTabBar>

SectionTabBar::SectionTabBar(QaModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("sectionTabs"));
    m_tabs = new QTabBar(this);
    m_tabs->setAccessibleName(tr("Sections"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_tabs->setDocumentMode(true);
    m_combo = new QComboBox(this);
    m_combo->setAccessibleName(tr("Section"));
    m_combo->setEditable(true); // type to find a section
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_combo);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_compact)
            select(index);
    });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_compact)
            select(index);
    });
    connect(model, &QaModel::sectionChanged, this, &SectionTabBar::updateLabel);
    connect(model, &QaModel::documentReset, this, &SectionTabBar::rebuild);
    connect(model, &QaModel::structureChanged, this, &SectionTabBar::rebuild);
}

void SectionTabBar::select(int index)
{
    if (index == m_current || index < 0)
        return;
    m_current = index;
    emit currentChanged(index);
}

void SectionTabBar::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_count)
        return;
    {
        const QSignalBlocker tabs(m_tabs);
        const QSignalBlocker combo(m_combo);
        if (m_compact)
            m_combo->setCurrentIndex(index);
        else
            m_tabs->setCurrentIndex(index);
    }
    select(index);
}

QString SectionTabBar::tabText(int index) const
{
    QString text = m_compact ? m_combo->itemText(index) : m_tabs->tabText(index);
    if (!m_compact)
        text.replace(QLatin1String("&&"), QLatin1String("&"));
    return text;
}

QString SectionTabBar::labelFor(const QString &title, int needingAttention, bool prose)
{
    const QString shown = title.isEmpty() ? tr("(untitled)") : title;
    if (prose)
        return shown;
    return needingAttention > 0 ? QStringLiteral("%1  (%2)").arg(shown).arg(needingAttention)
                                : QStringLiteral("%1  ✓").arg(shown);
}

void SectionTabBar::rebuild()
{
    const QSignalBlocker tabs(m_tabs);
    const QSignalBlocker combo(m_combo);
    const int sections = m_model->document().sectionCount();
    const bool compact = sections > maxTabs;
    if (compact != m_compact) {
        // Empty the widget that goes out of use.
        while (m_tabs->count() > 0)
            m_tabs->removeTab(m_tabs->count() - 1);
        m_combo->clear();
        m_compact = compact;
        m_stack->setCurrentIndex(compact ? 1 : 0);
    }
    if (m_compact) {
        m_combo->clear();
        QStringList labels;
        labels.reserve(sections);
        for (int s = 0; s < sections; ++s)
            labels << QString();
        m_combo->addItems(labels);
    } else {
        while (m_tabs->count() > sections)
            m_tabs->removeTab(m_tabs->count() - 1);
        while (m_tabs->count() < sections)
            m_tabs->addTab(QString());
    }
    m_count = sections;
    for (int s = 0; s < sections; ++s)
        updateLabel(s);
    const int current = qBound(0, m_current, qMax(0, sections - 1));
    if (m_compact)
        m_combo->setCurrentIndex(current);
    else
        m_tabs->setCurrentIndex(current);
    m_current = sections > 0 ? current : -1;
}

void SectionTabBar::updateLabel(int section)
{
    if (section < 0 || section >= m_count || section >= m_model->document().sectionCount())
        return;
    const QaSection &s = m_model->document().section(section);
    const int attention = m_countsOf ? m_countsOf(m_model->sectionCounts(section), section).needingAttention()
                                     : m_model->sectionCounts(section).needingAttention();
    const QString label = labelFor(s.title(), attention, s.isProse());
    const QString tip = s.isProse() ? tr("%1\nNo questions: a prose section").arg(s.title())
                                    : tr("%1\n%2 entries, %3 need attention").arg(s.title()).arg(s.entryCount()).arg(attention);
    if (m_compact) {
        if (m_combo->itemText(section) != label) {
            m_combo->setItemText(section, label);
            m_combo->setItemData(section, tip, Qt::ToolTipRole);
        }
        return;
    }
    QString escaped = label;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&")); // not a mnemonic
    if (m_tabs->tabText(section) != escaped) {
        m_tabs->setTabText(section, escaped);
        m_tabs->setTabToolTip(section, tip);
    }
}
