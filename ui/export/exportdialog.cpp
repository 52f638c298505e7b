#include "ui/export/exportdialog.h"

#include "app/export/contextexporter.h"
#include "app/session/documentsession.h"
#include "app/export/exportsize.h"
#include "app/export/exportsizecounter.h"
#include "app/export/exportsizeestimator.h"
#include "app/review/reviewstore.h"
#include "app/model/qamodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(DocumentSession *session, QWidget *parent, const ReviewStore *reviews)
    : QDialog(parent), m_session(session), m_reviews(reviews)
{
    setWindowTitle(tr("Export"));
    const ExportPreferences prefs = ExportPreferences::load(session->filePath());

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("LLM context (llms_ctx.txt)"), int(ExportOptions::Format::Ctx));
    m_format->addItem(tr("Markdown"), int(ExportOptions::Format::Markdown));
    m_format->addItem(tr("JSON Lines (evaluation dataset)"), int(ExportOptions::Format::Jsonl));
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(prefs.options.format))));
    m_includeProse = new QCheckBox(tr("Include &prose sections"), this);
    m_includeProse->setChecked(prefs.options.includeProse);
    m_includeUnanswered = new QCheckBox(tr("Include &unanswered questions"), this);
    m_includeUnanswered->setChecked(prefs.options.includeUnanswered);
    m_onlyApproved = new QCheckBox(tr("Only &approved answers"), this);
    m_onlyApproved->setChecked(prefs.onlyApproved);
    m_onlyApproved->setToolTip(tr("Leave out answers not approved in review, and those changed since approval"));
    m_exportOnSave = new QCheckBox(tr("Export on &save"), this);
    m_exportOnSave->setChecked(prefs.exportOnSave);
    m_exportOnSave->setToolTip(tr("Write this export every time the document is saved"));

    m_path = new QLineEdit(prefs.resolvedOutputPath(session->filePath()), this);
    m_path->setAccessibleName(tr("Output file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Exported text"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("exportSize"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    // A light red on a dark palette: dark red on dark grey is hard to read.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_error->setStyleSheet(dark ? QStringLiteral("color: #ef9a9a;") : QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_includeProse);
    form->addRow(QString(), m_includeUnanswered);
    form->addRow(QString(), m_onlyApproved);
    auto *pathLabel = new QLabel(tr("&Output:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_exportOnSave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 620);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_includeProse, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_includeUnanswered, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_onlyApproved, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    refresh();
}

ExportPreferences ExportDialog::preferences() const
{
    ExportPreferences prefs;
    prefs.options.format = ExportOptions::Format(m_format->currentData().toInt());
    prefs.options.includeProse = m_includeProse->isChecked();
    prefs.options.includeUnanswered = m_includeUnanswered->isChecked();
    prefs.exportOnSave = m_exportOnSave->isChecked();
    prefs.onlyApproved = m_onlyApproved->isChecked();
    prefs.outputPath = m_path->text().trimmed();
    return prefs;
}

void ExportDialog::formatChanged()
{
    // Follow the format's default name unless the user chose a path himself.
    const QFileInfo info(m_path->text());
    const QString base = QFileInfo(m_session->filePath()).completeBaseName();
    for (auto format : {ExportOptions::Format::Ctx, ExportOptions::Format::Markdown, ExportOptions::Format::Jsonl}) {
        if (info.fileName() == ExportOptions::defaultFileName(format, base)) {
            const auto now = ExportOptions::Format(m_format->currentData().toInt());
            m_path->setText(info.dir().filePath(ExportOptions::defaultFileName(now, base)));
            break;
        }
    }
    refresh();
}

void ExportDialog::refresh()
{
    const QByteArray bytes = ContextExporter::exportBytes(m_session->model()->document(),
                                                          preferences().optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()));
    ExportSizeCounter counter(ExportSizeEstimator::savedEncoding());
    counter.add(bytes);
    const ExportSize size = counter.size();
    // A text view needs seconds and hundreds of MB to lay out a 60 MB
    // export: show its beginning (whole lines) and say that the rest is there.
    constexpr qsizetype shownBytes = 256 * 1024;
    if (bytes.size() <= shownBytes) {
        m_preview->setPlainText(QString::fromUtf8(bytes));
    } else {
        qsizetype cut = bytes.lastIndexOf('\n', shownBytes) + 1;
        if (cut <= 0)
            cut = shownBytes;
        const qsizetype more = size.characters - QString::fromUtf8(bytes.constData(), cut).toUcs4().size();
        m_preview->setPlainText(QString::fromUtf8(bytes.constData(), cut) + QLatin1Char('\n')
                                + tr("[Only the beginning is shown here: %n more characters are in the export.]",
                                     nullptr, int(qMin<qsizetype>(more, INT_MAX))));
    }
    m_size->setText(size.summary());
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::exportNow()
{
    const ExportPreferences prefs = preferences();
    if (prefs.outputPath.isEmpty()) {
        m_error->setText(tr("Choose a file to export to."));
        m_error->show();
        return;
    }
    QString error;
    if (!m_session->exportTo(prefs.outputPath, prefs.optionsWith(m_reviews ? m_reviews->approvedFilter() : ExportOptions::EntryFilter()), &error)) {
        m_error->setText(tr("Export failed: %1").arg(error));
        m_error->show();
        return;
    }
    prefs.save(m_session->filePath());
    m_exportedPath = prefs.outputPath;
    accept();
}

void ExportDialog::reject()
{
    // Close, Escape and the window's close button all keep what was chosen
    // (export on save above all): this dialog has no Cancel.
    preferences().save(m_session->filePath());
    QDialog::reject();
}
