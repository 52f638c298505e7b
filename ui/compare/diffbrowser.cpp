#include "ui/compare/diffbrowser.h"

DiffBrowser::DiffBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant DiffBrowser::loadResource(int, const QUrl &)
{
    return {};
}
