#pragma once

#include <QTabBar>

class QaModel;

// One tab per `## ` section, labelled with its heading and the number of
// entries that need attention; the number follows every status change.
class SectionTabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit SectionTabBar(QaModel *model, QWidget *parent = nullptr);

    void rebuild();
    void updateLabel(int section);
    static QString labelFor(const QString &title, int needingAttention, bool prose);

private:
    QaModel *m_model;
};
