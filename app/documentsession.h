#pragma once

#include "exportoptions.h"
#include "qadocument.h"

#include <QObject>
#include <QString>

class QaModel;

// The document as a file: where it lives, whether it has unsaved changes,
// loading, saving and exporting. A save is reported as done only after the
// bytes are on disk; a failed save leaves the document modified.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QaModel *model, QObject *parent = nullptr);

    QaModel *model() const { return m_model; }
    QString filePath() const { return m_path; }    // empty for a new document
    QString displayName() const;                    // file name or "Untitled"
    bool isModified() const;

    bool open(const QString &path, LoadError *error);
    void newDocument();
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // Writes the export of the current text; atomic.
    bool exportTo(const QString &path, const ExportOptions &options, QString *error) const;

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void saved(const QString &path);

private:
    QaModel *m_model;
    QString m_path;
};
