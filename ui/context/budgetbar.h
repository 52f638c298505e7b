#pragma once

#include <QWidget>

// The whole context against the user's token budget: a bar that fills with
// the context's tokens, orange from 80 % of the budget on, red over it.
class BudgetBar : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Fits, Near, Over };
    static constexpr double nearFraction = 0.8;

    explicit BudgetBar(QWidget *parent = nullptr);
    void setTokens(qsizetype used, qsizetype budget);
    qsizetype used() const { return m_used; }
    qsizetype budget() const { return m_budget; }
    Level level() const;
    static Level levelOf(qsizetype used, qsizetype budget);
    static QColor colorOf(Level level, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qsizetype m_used = 0;
    qsizetype m_budget = 1;
};
