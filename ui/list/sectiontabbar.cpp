#include "ui/list/sectiontabbar.h"

#include "app/model/displaytext.h"
#include "app/model/qamodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QStackedLayout>
#include <QTabBar>

#include <numeric>

SectionTabBar::SectionTabBar(QaModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("sectionTabs"));
    m_tabs = new QTabBar(this);
    m_tabs->setAccessibleName(tr("Sections"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone); // fitLabels() shortens, keeping the count
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
    if (m_compact)
        return m_combo->itemText(index);
    return index >= 0 && index < m_titles.size() ? m_titles[index] + m_suffixes[index] : QString();
}

QString SectionTabBar::shownText(int index) const
{
    QString text = m_compact ? m_combo->itemText(index) : m_tabs->tabText(index);
    if (!m_compact)
        text.replace(QLatin1String("&&"), QLatin1String("&"));
    return text;
}

QString SectionTabBar::suffixFor(int needingAttention, bool prose)
{
    if (prose)
        return {};
    return needingAttention > 0 ? QStringLiteral("  (%1)").arg(needingAttention) : QStringLiteral("  ✓");
}

QString SectionTabBar::labelFor(const QString &title, int needingAttention, bool prose)
{
    return (title.isEmpty() ? tr("(untitled)") : title) + suffixFor(needingAttention, prose);
}

void SectionTabBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void SectionTabBar::fitLabels()
{
    if (m_compact || m_rebuilding || m_count == 0 || m_tabs->count() != m_count)
        return;
    const QFontMetrics metrics(m_tabs->font());
    // What a tab adds around its text (padding, frame, close space), read
    // off the tabs as they are now.
    int frame = 0;
    for (int i = 0; i < m_count; ++i)
        frame = qMax(frame, m_tabs->tabRect(i).width() - metrics.horizontalAdvance(shownText(i)));
    QList<int> needed(m_count);
    qsizetype total = 0;
    for (int i = 0; i < m_count; ++i) {
        needed[i] = frame + metrics.horizontalAdvance(m_titles[i] + m_suffixes[i]);
        total += needed[i];
    }
    // A few pixels in hand so that rounding never brings the scroll buttons.
    const int available = width() - 2 * m_count;
    QList<int> allowed = needed;
    if (total > available) {
        // Fair shares: a tab that needs less than its share keeps its whole
        // label and leaves the rest to the longer ones.
        QList<int> order(m_count);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&needed](int a, int b) { return needed[a] < needed[b]; });
        int remaining = available;
        int left = m_count;
        for (int i : order) {
            const int share = qMax(0, remaining) / left;
            allowed[i] = qMin(needed[i], share);
            remaining -= allowed[i];
            --left;
        }
    }
    const int shortest = metrics.horizontalAdvance(QStringLiteral("Abcdef…")); // below this the bar scrolls
    for (int i = 0; i < m_count; ++i) {
        QString text = m_titles[i] + m_suffixes[i];
        if (allowed[i] < needed[i]) {
            const int room = qMax(shortest, allowed[i] - frame - metrics.horizontalAdvance(m_suffixes[i]));
            text = metrics.elidedText(m_titles[i], Qt::ElideRight, room) + m_suffixes[i];
        }
        text.replace(QLatin1Char('&'), QLatin1String("&&")); // not a mnemonic
        if (m_tabs->tabText(i) != text)
            m_tabs->setTabText(i, text);
    }
}

void SectionTabBar::rebuild()
{
    const QSignalBlocker tabs(m_tabs);
    const QSignalBlocker combo(m_combo);
    m_rebuilding = true;
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
        // All rows at once, with their labels: one change of the combo's
        // model instead of two per section (25 ms for 353 sections).
        m_combo->clear();
        QStringList labels;
        QStringList tips;
        labels.reserve(sections);
        tips.reserve(sections);
        for (int s = 0; s < sections; ++s) {
            const Label label = labelOf(s);
            labels << label.text;
            tips << label.tip;
        }
        m_combo->addItems(labels);
        const QSignalBlocker quietRows(m_combo->model()); // a tool tip changes no row's text or size
        for (int s = 0; s < sections; ++s)
            m_combo->setItemData(s, tips.at(s), Qt::ToolTipRole);
        m_count = sections;
        m_titles.clear();
        m_suffixes.clear();
    } else {
        while (m_tabs->count() > sections)
            m_tabs->removeTab(m_tabs->count() - 1);
        while (m_tabs->count() < sections)
            m_tabs->addTab(QString());
        m_count = sections;
        m_titles = QStringList(sections);
        m_suffixes = m_titles;
        for (int s = 0; s < sections; ++s)
            updateLabel(s);
    }
    m_rebuilding = false;
    fitLabels();
    const int current = qBound(0, m_current, qMax(0, sections - 1));
    if (m_compact)
        m_combo->setCurrentIndex(current);
    else
        m_tabs->setCurrentIndex(current);
    m_current = sections > 0 ? current : -1;
}

SectionTabBar::Label SectionTabBar::labelOf(int section) const
{
    const QaSection &s = m_model->document().section(section);
    Label label;
    label.attention = m_countsOf ? m_countsOf(m_model->sectionCounts(section), section).needingAttention()
                                 : m_model->sectionCounts(section).needingAttention();
    label.prose = s.isProse();
    label.shown = DisplayText::withoutTags(s.title()); // `<a name="…">Title</a>` reads Title
    label.text = labelFor(label.shown, label.attention, label.prose);
    label.tip = label.prose ? tr("%1\nNo questions: a prose section").arg(s.title())
                            : tr("%1\n%2 entries, %3 need attention").arg(s.title()).arg(s.entryCount()).arg(label.attention);
    return label;
}

void SectionTabBar::updateLabel(int section)
{
    if (section < 0 || section >= m_count || section >= m_model->document().sectionCount())
        return;
    const Label label = labelOf(section);
    if (m_compact) {
        if (m_combo->itemText(section) != label.text) {
            m_combo->setItemText(section, label.text);
            m_combo->setItemData(section, label.tip, Qt::ToolTipRole);
        }
        return;
    }
    const QString title = label.shown.isEmpty() ? tr("(untitled)") : label.shown;
    const QString suffix = suffixFor(label.attention, label.prose);
    if (m_titles[section] == title && m_suffixes[section] == suffix)
        return;
    m_titles[section] = title;
    m_suffixes[section] = suffix;
    m_tabs->setTabToolTip(section, label.tip);
    if (m_rebuilding)
        return;
    // Another count can change every tab's share of the width.
    fitLabels();
}
