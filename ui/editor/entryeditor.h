#pragma once

#include "app/document/qadocument.h"

#include <QIcon>
#include <QWidget>

#include <functional>

class MarkdownEditor;
class PreviewView;
class QLabel;
class QSplitter;
class QaModel;

// The right-hand side: the current entry's question, its answer and the
// answer's rendered preview side by side; or a prose section's text and its
// preview. Edits go straight to the model (one undo step per typing burst).
class EntryEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxEditableLine = 20000; // characters in one line

    explicit EntryEditor(QaModel *model, QWidget *parent = nullptr);

    void showEntry(EntryRef ref);
    void showProse(int section);
    void showNothing(const QString &message);
    EntryRef entry() const { return m_entry; }
    int proseSection() const { return m_proseSection; }
    void focusAnswerAtEnd();
    // Probes (marked in the reviews) show `icon` and "Probe" as their
    // status: a probe without an answer is not a gap. Empty function: none.
    void setProbeMark(std::function<bool(EntryRef)> isProbe, const QIcon &icon);
    // Something outside the document (a probe mark) changed the status shown.
    void refreshStatus() { updateStatusLabel(); }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *statusIcon() const { return m_statusIcon; }

signals:
    // Another entry (or prose, or nothing) is shown.
    void shownChanged();

public:

    MarkdownEditor *questionEditor() const { return m_question; }
    MarkdownEditor *answerEditor() const { return m_answer; }
    PreviewView *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    QSplitter *verticalSplitter() const { return m_vertical; }

private:
    void onEntryChanged(EntryRef ref);
    void onSectionChanged(int section);
    void refreshFromModel();
    void updateStatusLabel();
    void showText(const QString &text);
    static qsizetype longestLine(const QString &text);

    QaModel *m_model;
    EntryRef m_entry;
    int m_proseSection = -1;
    QLabel *m_questionLabel;
    QLabel *m_answerLabel;
    QLabel *m_statusIcon;
    QLabel *m_statusLabel;
    QLabel *m_placeholder;
    QLabel *m_tooLongNotice;
    QWidget *m_questionBox;
    MarkdownEditor *m_question;
    MarkdownEditor *m_answer;
    PreviewView *m_preview;
    QSplitter *m_splitter;
    QSplitter *m_vertical;
    std::function<bool(EntryRef)> m_isProbe;
    QIcon m_probeIcon;
};
