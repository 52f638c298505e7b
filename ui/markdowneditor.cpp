#include "markdowneditor.h"

#include "markdownhighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    m_highlighter = new MarkdownHighlighter(document());
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_quiet)
            emit userEdited(toPlainText());
    });
}

void MarkdownEditor::setTextQuietly(const QString &text)
{
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_quiet = true;
    setPlainText(text);
    m_quiet = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

bool MarkdownEditor::event(QEvent *event)
{
    // Leave Undo/Redo to the window's actions (the model's undo stack).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QPlainTextEdit::changeEvent(event);
}
