#pragma once

#include <QPlainTextEdit>

class MarkdownHighlighter;

// A plain-text markdown editor: monospace, highlighted, with its own undo
// switched off because every change is an undoable command of the model
// (so Ctrl+Z reaches the window's Undo action).
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the text without emitting userEdited(); keeps the cursor
    // position where possible.
    void setTextQuietly(const QString &text);

signals:
    void userEdited(const QString &text);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    MarkdownHighlighter *m_highlighter;
    bool m_quiet = false;
};
