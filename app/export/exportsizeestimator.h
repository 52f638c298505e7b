#pragma once

#include "app/base/coalescingjob.h"
#include "app/export/exportoptions.h"
#include "app/export/exportsize.h"

#include <QObject>
#include <QTimer>

class QaModel;

// Keeps the size of the export current without costing the typing path:
// after edits settle it exports a copy of the document in a worker thread.
class ExportSizeEstimator : public QObject
{
    Q_OBJECT
public:
    explicit ExportSizeEstimator(QaModel *model, QObject *parent = nullptr);

    void setOptions(const ExportOptions &options);
    // The encoding tokens are counted with: remembered in QSettings.
    TokenEncoding encoding() const { return m_encoding; }
    void setEncoding(TokenEncoding encoding);
    static TokenEncoding savedEncoding();
    ExportSize size() const { return m_size; }
    void refreshNow();

signals:
    void sizeChanged(const ExportSize &size);
    // Tools → Token Encoding changed: other counts (the Context panel) follow.
    void encodingChanged(TokenEncoding encoding);

private:
    void start();

    QaModel *m_model;
    ExportOptions m_options;
    TokenEncoding m_encoding;
    ExportSize m_size;
    QTimer m_debounce;
    CoalescingJob<ExportSize> m_job;
};
