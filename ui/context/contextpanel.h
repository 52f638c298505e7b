#pragma once

#include "app/context/contextprojectjob.h"

#include <QWidget>

class BudgetBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The Context dock: the project's sections and documents with their token
// counts, the whole context against the token budget, missing and not
// fetched documents marked, the llms.txt's warnings with their line. It
// only shows what ContextController hands it and says what the user asked.
class ContextPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContextPanel(QWidget *parent = nullptr);

    // No project: says how to choose one.
    void showNoProject();
    void showBuilding(const QString &llmsTxt);
    void showOutcome(const QString &llmsTxt, const ContextProjectJob::Outcome &outcome);
    void setBudget(qsizetype tokens);
    void setWriteOnSave(bool on);
    void setOnlyApproved(bool on);

    // For tests and the screenshots.
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *warnings() const { return m_warnings; }
    BudgetBar *budgetBar() const { return m_bar; }
    QPushButton *fetchButton() const { return m_fetch; }
    QLabel *totalLabel() const { return m_total; }

    static constexpr int KindRole = Qt::UserRole + 1; // ContextDoc::Kind on document rows
    static constexpr int PathRole = Qt::UserRole + 2;
    static constexpr int UrlRole = Qt::UserRole + 3;

signals:
    void fetchRequested();
    void chooseProjectRequested();
    void budgetChosen(qsizetype tokens);
    void writeOnSaveToggled(bool on);
    void onlyApprovedToggled(bool on);
    // A document row was double-clicked.
    void documentActivated(ContextDoc::Kind kind, const QString &path, const QString &url);

private:
    void fillTree(const ContextResult &full);
    void fillWarnings(const ContextResult &full);
    void updateTotal();
    void budgetIndexChosen(int index);
    QTreeWidgetItem *docItem(const ContextDoc &doc);

    QLabel *m_project;
    QPushButton *m_fetch;
    QPushButton *m_choose;
    QComboBox *m_budgetChoice;
    BudgetBar *m_bar;
    QLabel *m_total;
    QCheckBox *m_writeOnSave;
    QCheckBox *m_onlyApproved;
    QTreeWidget *m_tree;
    QListWidget *m_warnings;
    qsizetype m_budget = 0;
    qsizetype m_tokens = 0;
    qsizetype m_fullTokens = 0;
    QString m_encoding;
    bool m_hasOutcome = false;
};
