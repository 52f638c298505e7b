#pragma once

#include "app/document/qadocument.h"
#include "app/model/statusfilter.h"

#include <QAbstractListModel>
#include <functional>
#include <vector>

class QaModel;

// The rows of the entry list: the current section's entries, or, while a
// search text is set, matching entries of every section. Rows are rebuilt
// only when the section, the filters or the structure change; typing only
// refreshes its own row (an entry that stops matching the status filter
// stays until the filter changes, so it does not vanish under the cursor).
class EntryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(EntryStatus)
        NumberRole,                    // 1-based number in the document
        SectionRole,                   // section index
        LineRole,                      // line in the loaded file
        QuestionRole,
        ReviewMarkRole, // QString: a short review mark drawn at the row's end, empty for none
    };

    explicit EntryListModel(QaModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSection(int section);
    int section() const { return m_section; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Icons for DecorationRole, provided by the UI (the core draws nothing).
    void setIconProvider(std::function<QVariant(EntryStatus)> provider);
    // A further condition on listed entries (e.g. a review status), beside
    // the status filter; an empty function lists all.
    void setExtraFilter(std::function<bool(const QaEntry &)> filter);
    // The review mark of an entry (ReviewMarkRole), or none when unset.
    void setReviewMarkProvider(std::function<QString(EntryRef)> provider);
    // Probes (kept by the reviews) show `icon` instead of their status's:
    // a probe without an answer is not a gap. Empty function: none.
    // A probe without an answer is listed under StatusFilter::Probes, not
    // under the gap filters (as `quire check` counts it).
    void setProbeMarks(std::function<bool(EntryRef)> isProbe, const QVariant &icon);
    // A probe mark changed: the rows a filter lists, and their icons.
    void probesChanged();
    // Something outside the document (e.g. reviews) changed what rows show.
    void refreshRows();

    EntryRef entryAt(int row) const;
    int rowOf(EntryRef ref) const;

private:
    void rebuild();
    bool matches(EntryRef ref, const QaEntry &entry) const;
    void onEntryChanged(EntryRef ref);

    QaModel *m_model;
    int m_section = 0;
    QString m_search;
    StatusFilter m_statusFilter = StatusFilter::All;
    std::vector<EntryRef> m_rows;
    std::function<QVariant(EntryStatus)> m_iconProvider;
    std::function<bool(const QaEntry &)> m_extraFilter;
    std::function<QString(EntryRef)> m_reviewMark;
    std::function<bool(EntryRef)> m_isProbe;
    QVariant m_probeIcon;
};
