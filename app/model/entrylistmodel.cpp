#include "app/model/entrylistmodel.h"

#include "app/model/displaytext.h"
#include "app/model/qamodel.h"

EntryListModel::EntryListModel(QaModel *model, QObject *parent)
    : QAbstractListModel(parent), m_model(model)
{
    connect(model, &QaModel::documentReset, this, [this] {
        m_section = 0;
        rebuild();
    });
    connect(model, &QaModel::structureChanged, this, &EntryListModel::rebuild);
    connect(model, &QaModel::entryChanged, this, &EntryListModel::onEntryChanged);
    rebuild();
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const EntryRef ref = m_rows[size_t(index.row())];
    const QaDocument &document = m_model->document();
    const QaEntry &entry = document.entry(ref);
    switch (role) {
    case Qt::DisplayRole: {
        QString question = DisplayText::oneLine(entry.question());
        if (question.size() > 160)
            question = question.left(159) + QChar(0x2026);
        return QStringLiteral("%1. %2").arg(document.entryNumber(ref)).arg(question);
    }
    case Qt::ToolTipRole:
        return tr("%1\n\nStatus: %2 · section “%3”")
            .arg(entry.question(), entryStatusName(entry.status()),
                 document.section(ref.section).title());
    case Qt::AccessibleTextRole:
        return tr("Entry %1, %2: %3").arg(document.entryNumber(ref))
            .arg(entryStatusName(entry.status()), entry.question().simplified());
    case Qt::DecorationRole:
        if (m_isProbe && m_isProbe(ref))
            return m_probeIcon;
        return m_iconProvider ? m_iconProvider(entry.status()) : QVariant();
    case StatusRole: return int(entry.status());
    case NumberRole: return document.entryNumber(ref);
    case SectionRole: return ref.section;
    case LineRole: return entry.line();
    case QuestionRole: return entry.question();
    case ReviewMarkRole: return m_reviewMark ? m_reviewMark(ref) : QString();
    default: return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(NumberRole, "number");
    names.insert(SectionRole, "section");
    names.insert(LineRole, "line");
    names.insert(QuestionRole, "question");
    return names;
}

void EntryListModel::setSection(int section)
{
    if (section == m_section)
        return;
    m_section = section;
    if (m_search.isEmpty())
        rebuild();
}

void EntryListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    rebuild();
}

void EntryListModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    rebuild();
}

void EntryListModel::setIconProvider(std::function<QVariant(EntryStatus)> provider)
{
    m_iconProvider = std::move(provider);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DecorationRole});
}

EntryRef EntryListModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : EntryRef{};
}

int EntryListModel::rowOf(EntryRef ref) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] == ref)
            return int(i);
    }
    return -1;
}

void EntryListModel::setReviewMarkProvider(std::function<QString(EntryRef)> provider)
{
    m_reviewMark = std::move(provider);
    refreshRows();
}

void EntryListModel::setProbeMarks(std::function<bool(EntryRef)> isProbe, const QVariant &icon)
{
    m_isProbe = std::move(isProbe);
    m_probeIcon = icon;
    probesChanged();
}

void EntryListModel::probesChanged()
{
    // Which rows a filter lists may change with a mark; the icons always may.
    if (m_statusFilter != StatusFilter::All)
        rebuild();
    else
        refreshRows();
}

void EntryListModel::refreshRows()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void EntryListModel::setExtraFilter(std::function<bool(const QaEntry &)> filter)
{
    m_extraFilter = std::move(filter);
    rebuild();
}

bool EntryListModel::matches(EntryRef ref, const QaEntry &entry) const
{
    if (m_extraFilter && !m_extraFilter(entry))
        return false;
    // Asked about probes only when the filter depends on them.
    const bool probe = m_statusFilter != StatusFilter::All && m_isProbe && m_isProbe(ref);
    if (!statusMatches(m_statusFilter, entry.status(), probe))
        return false;
    if (m_search.isEmpty())
        return true;
    return entry.question().contains(m_search, Qt::CaseInsensitive)
        || entry.answer().contains(m_search, Qt::CaseInsensitive);
}

void EntryListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QaDocument &document = m_model->document();
    if (m_search.isEmpty()) {
        if (m_section >= 0 && m_section < document.sectionCount()) {
            const QaSection &section = document.section(m_section);
            for (int i = 0; i < section.entryCount(); ++i) {
                if (matches({m_section, i}, section.entry(i)))
                    m_rows.push_back({m_section, i});
            }
        }
    } else {
        for (int s = 0; s < document.sectionCount(); ++s) {
            const QaSection &section = document.section(s);
            for (int i = 0; i < section.entryCount(); ++i) {
                if (matches({s, i}, section.entry(i)))
                    m_rows.push_back({s, i});
            }
        }
    }
    endResetModel();
}

void EntryListModel::onEntryChanged(EntryRef ref)
{
    const int row = rowOf(ref);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}
