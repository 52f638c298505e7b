#pragma once

#include "app/document/qadocument.h"
#include "app/document/questionkeys.h"
#include "app/model/documentedits.h"
#include "app/status/statuscounts.h"

#include <QObject>
#include <QUndoStack>
#include <memory>
#include <vector>

// The document as the window sees it: every change goes through here, is
// undoable, and is announced so views refresh only what changed. Statuses and
// counts are updated one entry at a time, never by re-linting the document.
class QaModel : public QObject, private DocumentEdits
{
    Q_OBJECT
public:
    explicit QaModel(QObject *parent = nullptr);
    ~QaModel() override;

    // Clears undo history. `keys`: the question keys of `document`, worked
    // out in the worker that parsed it (QuestionKeys), or null.
    void setDocument(QaDocument document, std::shared_ptr<const QuestionKeys> keys = {});
    // While documentReset() is emitted: the keys handed over with the new
    // document, so whoever keys questions need not do it again; else null.
    const QuestionKeys *keysAtReset() const { return m_keysAtReset.get(); }
    const QaDocument &document() const override { return m_document; }
    QUndoStack *undoStack() { return &m_undoStack; }

    StatusCounts counts() const { return m_total; }
    StatusCounts sectionCounts(int section) const;

    // Typing: consecutive changes of the same text of the same entry merge
    // into one undo step until endTypingBurst() (e.g. the user switches entry).
    void setAnswer(EntryRef ref, const QString &text);
    void setQuestion(EntryRef ref, const QString &text);
    void setProseText(int section, const QString &text);
    void endTypingBurst();

    // Structural edits, one undo step each. They return where the entry went.
    EntryRef addEntry(int section, int index, const QString &question = {}, const QString &answer = {});
    void removeEntry(EntryRef ref);
    EntryRef moveEntry(EntryRef from, int toSection, int toIndex);
    int addSection(const QString &title);
    void renameSection(int section, const QString &title);
    // Whole-document replacements (e.g. "use this answer" from elsewhere) reuse these.
    void replaceAnswerAsOneStep(EntryRef ref, const QString &text, const QString &description);
    // Sets the answers of those listed entries that need attention (empty,
    // placeholder, unanswered), all in one undo step; answered entries are
    // left alone. Returns how many were filled.
    int fillAnswers(const std::vector<std::pair<EntryRef, QString>> &answers, const QString &description);
    // Keeps `keep` and removes `other` (one undo step); returns where `keep` is now.
    EntryRef mergeEntries(EntryRef keep, EntryRef other);

signals:
    void documentReset();
    void entryChanged(EntryRef ref);   // question, answer or status of one entry
    void sectionChanged(int section);  // its title, prose text or counts
    void structureChanged();           // entries or sections added, removed or moved
    void countsChanged();
    // Undo/redo touched this entry (or section when index < 0): show it.
    void navigateRequested(EntryRef ref);

private:
    // DocumentEdits, for the undo commands.
    void applyText(TextField field, EntryRef ref, const QString &text) override;
    int insertSection(int index, const QString &title) override;
    void insertSectionSnapshot(int section, const QaSection &snapshot) override;
    void restoreSection(int section, const QaSection &snapshot) override;
    void removeSection(int section) override;
    void structureEdited() override;
    void navigateTo(EntryRef ref) override { emit navigateRequested(ref); }

    // `description` names the undo step; empty: the command's own name.
    void pushTextEdit(TextField field, EntryRef ref, const QString &text, const QString &description = {});
    QString currentText(TextField field, EntryRef ref) const;
    void recountAll();

    QaDocument m_document;
    std::shared_ptr<const QuestionKeys> m_keysAtReset;
    QUndoStack m_undoStack;
    StatusCounts m_total;
    std::vector<StatusCounts> m_sectionCounts;
    quint64 m_burst = 0; // typing commands of the same burst merge into one undo step
    bool m_pushing = false;
};
