#include "ui/common/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message bar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, Topic topic)
{
    m_kind = kind;
    m_topic = topic;
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_label->setText(text);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor background = kind == Kind::Error ? QColor(0xf8, 0xd7, 0xda)
        : kind == Kind::Warning ? QColor(0xff, 0xf3, 0xcd) : QColor(0xd1, 0xe7, 0xfd);
    if (dark)
        background = background.darker(330);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    show();
}

void MessageBar::clear(Topic topic)
{
    if (isVisible() && topic != Topic::None && m_topic == topic)
        hide();
}

QPushButton *MessageBar::addAction(const QString &text, std::function<void()> action)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, [this, action] {
        hide();
        action();
    });
    m_buttons->addWidget(button);
    return button;
}

QString MessageBar::text() const
{
    return m_label->text();
}
