#pragma once

#include <QLabel>

class QaModel;

// The status bar's note of the dialects the document is read in
// ("Dialects: question-label 31 · numbered 14"), and of a dialect forced by
// View → Read As… ("read as: short-label"). Follows loads, reloads and
// edits that add or remove entries.
class DialectStatus : public QLabel
{
    Q_OBJECT
public:
    explicit DialectStatus(QaModel *model, QWidget *parent = nullptr);

    void refresh();

private:
    QaModel *m_model;
};
