#pragma once

#include <QDialog>

class QaDocument;
class QCheckBox;
class QLabel;
class QTableWidget;

// Two versions of the document side by side, entry by entry (matched by
// question, then by position): for changes made on disk and for recovered
// work. Read-only: the choice is made in the bar that opened it.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QaDocument &left, const QString &leftTitle, const QaDocument &right,
                  const QString &rightTitle, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int differenceCount() const { return m_differences; }

private:
    void fill(bool showUnchanged);

    struct Row
    {
        QString section;
        QString question;
        QString left;
        QString right;
        bool leftPresent = false;
        bool rightPresent = false;
        bool questionChanged = false;
        bool differs() const { return questionChanged || left != right || leftPresent != rightPresent; }
    };
    QList<Row> m_rows;
    int m_differences = 0;
    QTableWidget *m_table;
    QLabel *m_summary;
    QCheckBox *m_showUnchanged;
};
