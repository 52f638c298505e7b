#pragma once

#include "app/export/exportoptions.h"

#include <QString>

// Export choices remembered per document (QSettings, keyed by the
// document's absolute path).
struct ExportPreferences
{
    ExportOptions options;
    QString outputPath;   // empty: the default beside the document
    bool exportOnSave = false;
    bool onlyApproved = false; // only answers approved in review (and unchanged since)

    static ExportPreferences load(const QString &documentPath);
    void save(const QString &documentPath) const;
    // The output path to use: the remembered one, or the format's default
    // file name beside the document.
    QString resolvedOutputPath(const QString &documentPath) const;
    // The options to export with: onlyApproved becomes `approved` as the
    // entry filter (ReviewStore::approvedFilter(), a snapshot safe to use in
    // another thread); without one, no entry counts as approved.
    ExportOptions optionsWith(const ExportOptions::EntryFilter &approved) const;
};
