#pragma once

#include "app/document/qadocument.h"

#include <QWidget>

class AnswerSources;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QaModel;

// Imported candidate answers: which file, the similarity threshold used to
// match them to questions, what matched (double-click to compare) and what
// did not.
class CandidatesPanel : public QWidget
{
    Q_OBJECT
public:
    CandidatesPanel(QaModel *model, AnswerSources *sources, QWidget *parent = nullptr);

    QListWidget *matchedList() const { return m_matched; }
    QListWidget *unmatchedList() const { return m_unmatched; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void importRequested();
    void fillRequested();
    void compareRequested(EntryRef ref);

private:
    void refresh();

    QaModel *m_model;
    AnswerSources *m_sources;
    QLabel *m_file;
    QDoubleSpinBox *m_threshold;
    QLabel *m_summary;
    QListWidget *m_matched;
    QListWidget *m_unmatched;
    QPushButton *m_fill;
};
