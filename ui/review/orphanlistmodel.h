#pragma once

#include <QAbstractListModel>

class ReviewStore;

// The orphaned reviews of a ReviewStore as a list model, for OrphanPanel.
// A sidecar may hold a hundred thousand orphans: the view asks only for the
// rows it shows, and the text of a row is built when it is asked for.
// reset() when ReviewStore::orphansRevision() changed.
class OrphanListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole; // the orphan's key (ReviewStore::reattach)

    explicit OrphanListModel(const ReviewStore *reviews, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // The row of the orphan with this key, or -1.
    int rowOf(const QString &key) const;
    // The store's orphans changed.
    void reset();

private:
    const ReviewStore *m_reviews;
    int m_rows = 0; // as last announced to views
};
