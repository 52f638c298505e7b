#pragma once

#include "app/document/qadocument.h"

// The model's small editing API for its undo commands: what a command may do
// to the document and what it must announce. QaModel implements it, so the
// commands need neither QaModel's header nor its private parts.
class DocumentEdits
{
public:
    enum class TextField { Question, Answer, Prose };

    virtual const QaDocument &document() const = 0;
    // Sets one text and announces the entry (and its section's counts).
    virtual void applyText(TextField field, EntryRef ref, const QString &text) = 0;
    // Structural changes; each is followed by structureEdited().
    virtual int insertSection(int index, const QString &title) = 0;
    virtual void insertSectionSnapshot(int section, const QaSection &snapshot) = 0;
    virtual void restoreSection(int section, const QaSection &snapshot) = 0;
    virtual void removeSection(int section) = 0;
    virtual void structureEdited() = 0;
    // Undo/redo touched this entry (or section when index < 0): show it.
    virtual void navigateTo(EntryRef ref) = 0;

protected:
    ~DocumentEdits() = default;
};
