#include "app/model/qamodel.h"

#include "app/model/addsectioncommand.h"
#include "app/model/edittextcommand.h"
#include "app/model/sectionsnapshotcommand.h"
#include "app/lint/linter.h"
#include "app/base/backgrounddisposal.h"

#include <QCoreApplication>

QaModel::QaModel(QObject *parent) : QObject(parent)
{
    recountAll();
    // After undo or redo, new typing starts a new step instead of merging
    // into whatever command is now on top.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_pushing)
            return;
        endTypingBurst();
    });
}

QaModel::~QaModel()
{
    m_undoStack.clear();
}

void QaModel::setDocument(QaDocument document, std::shared_ptr<const QuestionKeys> keys)
{
    endTypingBurst();
    m_undoStack.clear();
    // The replaced document (60,000 entries) is freed in a worker: nothing
    // refers to it any more, and freeing it costs the window milliseconds.
    disposeInBackground(std::exchange(m_document, std::move(document)));
    recountAll();
    m_keysAtReset = keys && keys->fits(m_document) ? std::move(keys) : nullptr;
    emit documentReset();
    m_keysAtReset.reset();
    emit countsChanged();
}

StatusCounts QaModel::sectionCounts(int section) const
{
    if (section < 0 || section >= int(m_sectionCounts.size()))
        return {};
    return m_sectionCounts[size_t(section)];
}

void QaModel::recountAll()
{
    m_sectionCounts.assign(size_t(m_document.sectionCount()), StatusCounts());
    m_total = StatusCounts();
    for (int s = 0; s < m_document.sectionCount(); ++s) {
        m_sectionCounts[size_t(s)] = Linter::countSection(m_document, s);
        m_total += m_sectionCounts[size_t(s)];
    }
}

void QaModel::structureEdited()
{
    recountAll();
    emit structureChanged();
    emit countsChanged();
}

QString QaModel::currentText(TextField field, EntryRef ref) const
{
    switch (field) {
    case TextField::Question: return m_document.entry(ref).question();
    case TextField::Answer: return m_document.entry(ref).answer();
    case TextField::Prose: return m_document.proseText(ref.section);
    }
    return {};
}

void QaModel::applyText(TextField field, EntryRef ref, const QString &text)
{
    if (field == TextField::Prose) {
        m_document.setProseText(ref.section, text);
        emit sectionChanged(ref.section);
        return;
    }
    const EntryStatus before = m_document.entry(ref).status();
    if (field == TextField::Question)
        m_document.setQuestion(ref, text);
    else
        m_document.setAnswer(ref, text);
    const EntryStatus after = m_document.entry(ref).status();
    emit entryChanged(ref);
    if (before != after) {
        StatusCounts &section = m_sectionCounts[size_t(ref.section)];
        section.add(before, -1);
        section.add(after, +1);
        m_total.add(before, -1);
        m_total.add(after, +1);
        emit sectionChanged(ref.section);
        emit countsChanged();
    }
}

void QaModel::pushTextEdit(TextField field, EntryRef ref, const QString &text, const QString &description)
{
    const QString before = currentText(field, ref);
    if (before == text)
        return;
    auto *command = new EditTextCommand(this, field, ref, before, text, m_burst);
    if (!description.isEmpty())
        command->setText(description);
    m_pushing = true;
    m_undoStack.push(command); // runs redo(); may merge into the burst's command and delete `command`
    m_pushing = false;
}

void QaModel::setAnswer(EntryRef ref, const QString &text)
{
    pushTextEdit(TextField::Answer, ref, text);
}

void QaModel::setQuestion(EntryRef ref, const QString &text)
{
    pushTextEdit(TextField::Question, ref, text);
}

void QaModel::setProseText(int section, const QString &text)
{
    pushTextEdit(TextField::Prose, {section, 0}, text);
}

void QaModel::endTypingBurst()
{
    ++m_burst;
}

void QaModel::replaceAnswerAsOneStep(EntryRef ref, const QString &text, const QString &description)
{
    endTypingBurst();
    pushTextEdit(TextField::Answer, ref, text, description);
    endTypingBurst();
}

int QaModel::fillAnswers(const std::vector<std::pair<EntryRef, QString>> &answers, const QString &description)
{
    endTypingBurst();
    std::vector<std::pair<EntryRef, QString>> fills;
    for (const auto &[ref, text] : answers) {
        if (!m_document.contains(ref))
            continue;
        if (needsAttention(m_document.entry(ref).status()) && !text.trimmed().isEmpty()
            && m_document.entry(ref).answer() != text)
            fills.emplace_back(ref, text);
    }
    if (fills.empty())
        return 0;
    // A macro: one undo step, whose children each restore one answer.
    m_undoStack.beginMacro(description);
    for (const auto &[ref, text] : fills) {
        pushTextEdit(TextField::Answer, ref, text);
        endTypingBurst();
    }
    m_undoStack.endMacro();
    return int(fills.size());
}

EntryRef QaModel::mergeEntries(EntryRef keep, EntryRef other)
{
    endTypingBurst();
    if (keep == other || !keep.isValid() || !other.isValid())
        return keep;
    EntryRef kept = keep;
    if (other.section == keep.section && other.index < keep.index)
        --kept.index;
    std::vector<int> sections = {keep.section};
    if (other.section != keep.section)
        sections.push_back(other.section);
    auto *command = new SectionSnapshotCommand(this, tr("Merge Questions"), sections, [this, other, kept] {
        m_document.removeEntry(other);
        return kept;
    });
    m_undoStack.push(command);
    return command->result();
}

EntryRef QaModel::addEntry(int section, int index, const QString &question, const QString &answer)
{
    endTypingBurst();
    auto *command = new SectionSnapshotCommand(
        this, tr("Add Question"), {section},
        [this, section, index, question, answer] {
            return m_document.addEntry(section, index, question, answer);
        });
    m_undoStack.push(command);
    return command->result();
}

void QaModel::removeEntry(EntryRef ref)
{
    endTypingBurst();
    m_undoStack.push(new SectionSnapshotCommand(this, tr("Delete Entry"), {ref.section}, [this, ref] {
        m_document.removeEntry(ref);
        return EntryRef{};
    }));
}

EntryRef QaModel::moveEntry(EntryRef from, int toSection, int toIndex)
{
    endTypingBurst();
    std::vector<int> sections = {from.section};
    if (toSection != from.section)
        sections.push_back(toSection);
    auto *command = new SectionSnapshotCommand(this, tr("Move Entry"), sections,
                                               [this, from, toSection, toIndex] {
                                                   return m_document.moveEntry(from, toSection, toIndex);
                                               });
    m_undoStack.push(command);
    return command->result();
}

int QaModel::addSection(const QString &title)
{
    endTypingBurst();
    auto *command = new AddSectionCommand(this, title);
    m_undoStack.push(command);
    return command->section();
}

void QaModel::renameSection(int section, const QString &title)
{
    endTypingBurst();
    if (m_document.section(section).title() == title.simplified() || title.simplified().isEmpty())
        return;
    m_undoStack.push(new SectionSnapshotCommand(this, tr("Rename Section"), {section},
                                                [this, section, title] {
                                                    m_document.renameSection(section, title);
                                                    return EntryRef{};
                                                }));
}

int QaModel::insertSection(int index, const QString &title)
{
    return m_document.addSection(index, title);
}

void QaModel::insertSectionSnapshot(int section, const QaSection &snapshot)
{
    m_document.insertSectionSnapshot(section, snapshot);
}

void QaModel::restoreSection(int section, const QaSection &snapshot)
{
    m_document.restoreSection(section, snapshot);
}

void QaModel::removeSection(int section)
{
    m_document.removeSection(section);
}
