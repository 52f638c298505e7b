#pragma once

#include <QBrush>
#include <QWidget>

// A horizontal bar split into segments in proportion to their counts. Each
// segment has its own colour and fill pattern and shows its count (and its
// name when there is room), so the bar does not rely on colour alone.
// Clicking a segment (or pressing Return on the focused one, moved with
// the arrow keys) emits segmentClicked.
class StackedBar : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        QString name;   // "Answered"
        int count = 0;
        QColor color;
        Qt::BrushStyle pattern = Qt::SolidPattern; // drawn over the colour
        int key = 0;    // handed back by segmentClicked
    };

    explicit StackedBar(QWidget *parent = nullptr);

    void setSegments(const QList<Segment> &segments);
    const QList<Segment> &segments() const { return m_segments; }
    // The rectangle of the segment with `key`, empty when it has no entries.
    QRect segmentRect(int key) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static void paintSwatch(QPainter &painter, const QRect &rect, const Segment &segment);

signals:
    void segmentClicked(int key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<QRect> rects() const;
    void updateAccessibleText();

    QList<Segment> m_segments;
    int m_focused = -1; // segment index under keyboard focus
};
