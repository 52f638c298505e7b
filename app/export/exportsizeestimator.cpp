#include "app/export/exportsizeestimator.h"

#include "app/export/contextexporter.h"
#include "app/export/exportsizecounter.h"
#include "app/model/qamodel.h"

#include <QSettings>

namespace {
const QString encodingKey = QStringLiteral("export/tokenEncoding");
}

ExportSizeEstimator::ExportSizeEstimator(QaModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_encoding(savedEncoding()),
      m_job(this, [this](const ExportSize &size, bool requestedAgain) {
          m_size = size;
          emit sizeChanged(m_size);
          if (requestedAgain)
              start();
      })
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &ExportSizeEstimator::start);
    auto schedule = [this] { m_debounce.start(); };
    connect(model, &QaModel::entryChanged, this, schedule);
    connect(model, &QaModel::sectionChanged, this, schedule);
    connect(model, &QaModel::structureChanged, this, schedule);
    connect(model, &QaModel::documentReset, this, [this] { start(); });
}

void ExportSizeEstimator::setOptions(const ExportOptions &options)
{
    m_options = options;
    start();
}

TokenEncoding ExportSizeEstimator::savedEncoding()
{
    return TokenEncodings::fromName(QSettings().value(encodingKey).toString()).value_or(TokenEncodings::defaultEncoding);
}

void ExportSizeEstimator::setEncoding(TokenEncoding encoding)
{
    QSettings().setValue(encodingKey, TokenEncodings::name(encoding));
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    start();
    emit encodingChanged(encoding);
}

void ExportSizeEstimator::refreshNow()
{
    start();
}

void ExportSizeEstimator::start()
{
    if (m_job.deferIfRunning())
        return;
    // The copy shares the loaded bytes; only edited text is duplicated. The
    // export is counted chunk by chunk, never held whole (65 MB documents).
    const QaDocument snapshot = m_model->document();
    const ExportOptions options = m_options;
    const TokenEncoding encoding = m_encoding;
    m_job.start([snapshot, options, encoding] {
        ExportSizeCounter counter(encoding);
        ContextExporter::exportInChunks(snapshot, options,
                                        [&counter](QByteArrayView chunk) { counter.add(chunk); });
        return counter.size();
    });
}
