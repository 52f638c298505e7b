#include "ui/window/dialectstatus.h"

#include "app/model/qamodel.h"
#include "ui/common/dialectnames.h"

#include <QStringList>

DialectStatus::DialectStatus(QaModel *model, QWidget *parent) : QLabel(parent), m_model(model)
{
    setObjectName(QStringLiteral("dialectLabel"));
    connect(model, &QaModel::documentReset, this, &DialectStatus::refresh);
    connect(model, &QaModel::structureChanged, this, &DialectStatus::refresh);
    refresh();
}

void DialectStatus::refresh()
{
    const QaDocument &document = m_model->document();
    const auto counts = document.dialectCounts();
    QStringList parts;
    QStringList explained;
    for (int i = 0; i < QaLabel::dialectCount; ++i) {
        const auto dialect = QaLabel::Dialect(i);
        if (counts[size_t(i)] > 0)
            parts << tr("%1 %2").arg(DialectNames::displayName(dialect)).arg(counts[size_t(i)]);
        const QString example = DialectNames::example(dialect);
        explained << (example.isEmpty() ? DialectNames::displayName(dialect)
                                        : tr("%1: %2").arg(DialectNames::displayName(dialect), example));
    }
    const std::optional<QaLabel::Dialect> forced = document.parseOptions().forced;
    QString text = parts.isEmpty() ? QString() : tr("Dialects: %1").arg(parts.join(QStringLiteral(" · ")));
    if (forced) {
        const QString readAs = tr("read as: %1").arg(DialectNames::displayName(*forced));
        text = text.isEmpty() ? readAs : tr("%1 · %2").arg(text, readAs);
    }
    setText(text);
    setVisible(!text.isEmpty());
    QString tip = tr("How the entries of this document are written, and how many in each way:\n%1")
                      .arg(explained.join(QLatin1Char('\n')));
    tip += QLatin1Char('\n')
        + (forced ? tr("Read as %1 only (View → Read As): the labels of other dialects are prose.")
                        .arg(DialectNames::displayName(*forced))
                  : tr("Read automatically; if entries are missed or wrongly found, choose a dialect in View → Read As."));
    setToolTip(tip);
}
