#pragma once

#include <QDockWidget>

class OrphanListModel;
class QListView;
class QPushButton;
class ReviewStore;

// Reviews whose question matches no entry any more (changed outside Quire
// beyond a clear match, or the entry deleted). Nothing is dropped silently:
// the user re-attaches each to the current entry, or deletes it. The list is
// a view of OrphanListModel, rebuilt only when the orphans changed: a review
// change elsewhere costs it nothing however many orphans there are.
class OrphanPanel : public QDockWidget
{
    Q_OBJECT
public:
    OrphanPanel(ReviewStore *reviews, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    int count() const;
    QString itemText(int row) const;
    QPushButton *reattachButton() const { return m_reattach; }
    QPushButton *deleteButton() const { return m_delete; }
    // Whether "Re-attach" has an entry to attach to.
    void setCanReattach(bool can);

signals:
    void reattachRequested(const QString &orphanKey);

private:
    void refresh();
    void deleteSelected();
    QString selectedKey() const;

    ReviewStore *m_reviews;
    OrphanListModel *m_model;
    QListView *m_list;
    int m_revision = -1; // the store's orphansRevision() the list shows
    QPushButton *m_reattach;
    QPushButton *m_delete;
    bool m_canReattach = false;
};
