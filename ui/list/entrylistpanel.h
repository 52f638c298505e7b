#pragma once

#include "app/document/qadocument.h"

#include <QWidget>

class EntryListModel;
class QComboBox;
class QLineEdit;
class QListView;
class QaModel;

// The left-hand side: a search field (questions and answers of every
// section), a status filter and the list of entries.
class EntryListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntryListPanel(QaModel *model, QWidget *parent = nullptr);

    EntryListModel *listModel() const { return m_listModel; }
    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }

    // Selects the entry's row if it is listed; returns whether it is.
    bool selectEntry(EntryRef ref);
    EntryRef selectedEntry() const;
    // Another filter control, placed under the status filter.
    void addFilterWidget(QWidget *widget);

signals:
    void entryActivated(EntryRef ref); // the user picked a row

private:
    EntryListModel *m_listModel;
    QLineEdit *m_search;
    QComboBox *m_status;
    QListView *m_view;
};
