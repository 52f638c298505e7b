#pragma once

#include <QPlainTextEdit>

class MarkdownHighlighter;
class QMenu;

// A plain-text markdown editor: monospace, highlighted, with its own undo
// switched off because every change is an undoable command of the model
// (so Ctrl+Z reaches the window's Undo action).
// Misspelled words are underlined (SpellChecker::instance(), see
// spellchecker.h); right-clicking one offers suggestions, Add to Dictionary
// and Ignore above the standard menu.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the text without emitting userEdited(); keeps the cursor
    // position where possible.
    void setTextQuietly(const QString &text);

    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // The underlined word at a document position (the position may be just
    // after it) as a selecting cursor; a null cursor if there is none.
    QTextCursor misspelledWordAt(int position) const;
    // The context menu for a document position: spelling entries first when
    // the word there is underlined, then the standard ones. Caller owns it.
    QMenu *createContextMenu(int position);

signals:
    void userEdited(const QString &text);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    MarkdownHighlighter *m_highlighter;
    bool m_quiet = false;
};
