#pragma once

#include "app/review/reviewstatus.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QToolButton;
struct ReviewRecord;

// The review of the current entry, under the editor in Review mode: its
// status (three exclusive buttons), a free-text note, when it was last
// reviewed and whether the answer changed since it was approved.
// It only shows and reports; ReviewController writes to the store.
class ReviewBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewBar(QWidget *parent = nullptr);

    // Shows a record without emitting anything. `enabled` false: no entry.
    void showRecord(const ReviewRecord &record, bool changedSinceApproval, bool enabled);
    void setShortcutHints(const QString &approve, const QString &needsWork, const QString &unreviewed);
    // Why reviews cannot be made now ("Loading reviews…", read-only); empty: they can.
    void setAvailabilityNote(const QString &note);
    QLabel *availabilityLabel() const { return m_availability; }

    QPlainTextEdit *noteEdit() const { return m_note; }
    QToolButton *button(ReviewStatus status) const;
    QLabel *changedMarker() const { return m_changed; }
    QLabel *reviewedLabel() const { return m_reviewed; }
    QString noteText() const;

signals:
    void statusChosen(ReviewStatus status);
    void noteEdited(const QString &note);

private:
    QButtonGroup *m_group;
    QPlainTextEdit *m_note;
    QLabel *m_reviewed;
    QLabel *m_changed;
    QLabel *m_availability;
    bool m_updating = false;
};
