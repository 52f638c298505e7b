#pragma once

#include "exportpreferences.h"

#include <QDialog>

class DocumentSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Export settings with a live view of the exported text and its size.
// The settings are remembered per document.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(DocumentSession *session, QWidget *parent = nullptr);

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
    QLineEdit *m_path;
    QPlainTextEdit *m_preview;
    QLabel *m_size;
    QLabel *m_error;
    QString m_exportedPath;
};
