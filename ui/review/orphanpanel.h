#pragma once

#include <QDockWidget>

class QListWidget;
class QPushButton;
class ReviewStore;

// Reviews whose question matches no entry any more (changed outside Quire
// beyond a clear match, or the entry deleted). Nothing is dropped silently:
// the user re-attaches each to the current entry, or deletes it.
class OrphanPanel : public QDockWidget
{
    Q_OBJECT
public:
    OrphanPanel(ReviewStore *reviews, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
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
    QListWidget *m_list;
    QPushButton *m_reattach;
    QPushButton *m_delete;
    bool m_canReattach = false;
};
