#pragma once

#include "app/document/qadocument.h"
#include "app/model/statusfilter.h"

#include <QObject>

// Where the user is in the window and how to take them elsewhere: all that
// the window's helpers (compare, review, edit commands, notices) may ask of
// it. The window implements it (WindowNavigation).
class EntrySelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual EntryRef currentEntry() const = 0; // invalid when a prose section or nothing is shown
    virtual int currentSection() const = 0;
    virtual void selectEntry(EntryRef ref) = 0;
    virtual void showSection(int section) = 0;
    // Shows `section` with the entry list filtered by status, search cleared.
    virtual void showSectionFiltered(int section, StatusFilter filter) = 0;
    // Clears the list's search and status filter (e.g. before a review filter applies).
    virtual void clearListFilters() = 0;

signals:
    void currentChanged(); // another entry or section is shown
};
