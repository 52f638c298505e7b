#pragma once

#include <QTextBrowser>

// A read-only view of rendered document text that loads nothing: no
// images, no files, no links followed (the document may contain anything).
class DiffBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DiffBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};
