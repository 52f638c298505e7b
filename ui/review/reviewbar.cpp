#include "ui/review/reviewbar.h"

#include "app/review/reviewrecord.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *statusButton(const QString &text, const QString &accessible, const QString &color, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessible);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumWidth(110);
    // The checked state must be obvious at a glance, in colour and weight.
    button->setStyleSheet(QStringLiteral("QToolButton { padding: 4px 10px; border: 1px solid #9e9e9e; border-radius: 4px; }"
                                         "QToolButton:checked { background: %1; color: white; font-weight: bold; border-color: %1; }")
                              .arg(color));
    return button;
}

} // namespace

ReviewBar::ReviewBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("reviewBar"));
    setAccessibleName(tr("Review"));
    setFrameShape(QFrame::StyledPanel);

    auto *title = new QLabel(tr("<b>Review</b>"), this);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_group->addButton(statusButton(tr("Unreviewed"), tr("Mark unreviewed"), QStringLiteral("#616161"), this),
                       int(ReviewStatus::Unreviewed));
    m_group->addButton(statusButton(tr("✔ Approved"), tr("Approve"), QStringLiteral("#2e7d32"), this),
                       int(ReviewStatus::Approved));
    m_group->addButton(statusButton(tr("✎ Needs work"), tr("Mark as needing work"), QStringLiteral("#c62828"), this),
                       int(ReviewStatus::NeedsWork));

    m_changed = new QLabel(tr("⚠ Changed since approval"), this);
    m_changed->setObjectName(QStringLiteral("changedSinceApproval"));
    m_changed->setAccessibleName(tr("The answer changed since it was approved"));
    m_changed->setToolTip(tr("The answer was edited after it was approved. Approve it again when it is right."));
    m_changed->setStyleSheet(QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold;"
                                            " padding: 3px 8px; border-radius: 4px; }"));
    m_changed->hide();

    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("reviewAvailability"));
    m_availability->setWordWrap(true);
    m_availability->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_availability->hide();

    m_reviewed = new QLabel(this);
    m_reviewed->setObjectName(QStringLiteral("lastReviewed"));
    m_reviewed->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("Review note: what is wrong or missing, what to check…"));
    m_note->setTabChangesFocus(true);
    const int lineHeight = QFontMetrics(m_note->font()).lineSpacing();
    m_note->setFixedHeight(lineHeight * 3 + 12);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::Approved, ReviewStatus::NeedsWork})
        top->addWidget(button(s));
    top->addSpacing(12);
    top->addWidget(m_changed);
    top->addStretch(1);
    top->addWidget(m_reviewed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_availability);
    layout->addWidget(m_note);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_updating)
            emit statusChosen(ReviewStatus(id));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit noteEdited(noteText());
    });
}

QToolButton *ReviewBar::button(ReviewStatus status) const
{
    return static_cast<QToolButton *>(m_group->button(int(status)));
}

QString ReviewBar::noteText() const
{
    return m_note->toPlainText();
}

void ReviewBar::setShortcutHints(const QString &approve, const QString &needsWork, const QString &unreviewed)
{
    button(ReviewStatus::Approved)->setToolTip(tr("Approve this answer (%1)").arg(approve));
    button(ReviewStatus::NeedsWork)->setToolTip(tr("This answer needs work (%1)").arg(needsWork));
    button(ReviewStatus::Unreviewed)->setToolTip(tr("Not reviewed yet (%1)").arg(unreviewed));
}

void ReviewBar::setAvailabilityNote(const QString &note)
{
    m_availability->setText(note);
    m_availability->setAccessibleName(note);
    m_availability->setVisible(!note.isEmpty());
}

void ReviewBar::showRecord(const ReviewRecord &record, bool changedSinceApproval, bool enabled)
{
    m_updating = true;
    setEnabled(enabled);
    button(record.status)->setChecked(true);
    // Only replace the note when it differs: the cursor stays while typing.
    if (m_note->toPlainText() != record.note)
        m_note->setPlainText(record.note);
    m_changed->setVisible(enabled && changedSinceApproval);
    if (!enabled)
        m_reviewed->setText(QString());
    else if (record.reviewedAt.isValid())
        m_reviewed->setText(tr("Last reviewed %1")
                                .arg(QLocale().toString(record.reviewedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_reviewed->setText(tr("Not reviewed yet"));
    m_updating = false;
}
