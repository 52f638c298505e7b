#pragma once

#include "app/export/exportpreferences.h"

#include <QDialog>

class DocumentSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ReviewStore;

// Export settings with a live view of the exported text and its size.
// The settings are remembered per document.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `reviews` decides "only approved answers" (none are approved without it).
    explicit ExportDialog(DocumentSession *session, QWidget *parent = nullptr,
                          const ReviewStore *reviews = nullptr);
    // Closing the dialog in any way keeps the options chosen in it.
    void reject() override;

    ExportPreferences preferences() const;
    QPlainTextEdit *previewText() const { return m_preview; }
    QString exportedPath() const { return m_exportedPath; }

private:
    void refresh();
    void browse();
    void exportNow();
    void formatChanged();

    DocumentSession *m_session;
    QComboBox *m_format;
    QCheckBox *m_includeProse;
    QCheckBox *m_includeUnanswered;
    QCheckBox *m_exportOnSave;
    QCheckBox *m_onlyApproved;
    const ReviewStore *m_reviews;
    QLineEdit *m_path;
    QPlainTextEdit *m_preview;
    QLabel *m_size;
    QLabel *m_error;
    QString m_exportedPath;
};
