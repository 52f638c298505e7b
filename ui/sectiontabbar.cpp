#include "sectiontabbar.h"

#include "qamodel.h"

SectionTabBar::SectionTabBar(QaModel *model, QWidget *parent) : QTabBar(parent), m_model(model)
{
    setObjectName(QStringLiteral("sectionTabs"));
    setAccessibleName(tr("Sections"));
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideMiddle);
    setDocumentMode(true);
    connect(model, &QaModel::sectionChanged, this, &SectionTabBar::updateLabel);
    connect(model, &QaModel::documentReset, this, &SectionTabBar::rebuild);
    connect(model, &QaModel::structureChanged, this, &SectionTabBar::rebuild);
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
    const QSignalBlocker blocker(this);
    const int current = currentIndex();
    const QaDocument &document = m_model->document();
    while (count() > document.sectionCount())
        removeTab(count() - 1);
    while (count() < document.sectionCount())
        addTab(QString());
    for (int s = 0; s < count(); ++s)
        updateLabel(s);
    setCurrentIndex(qBound(0, current, count() - 1));
}

void SectionTabBar::updateLabel(int section)
{
    if (section < 0 || section >= count() || section >= m_model->document().sectionCount())
        return;
    const QaSection &s = m_model->document().section(section);
    const int attention = m_model->sectionCounts(section).needingAttention();
    const QString label = labelFor(s.title(), attention, s.isProse());
    QString escaped = label;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&")); // not a mnemonic
    if (tabText(section) != escaped)
        setTabText(section, escaped);
    const QString tip = s.isProse() ? tr("%1\nNo questions: a prose section").arg(s.title())
                                    : tr("%1\n%2 entries, %3 need attention").arg(s.title()).arg(s.entryCount()).arg(attention);
    setTabToolTip(section, tip);
}
