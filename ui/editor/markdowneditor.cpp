#include "ui/editor/markdowneditor.h"

#include "ui/editor/markdownhighlighter.h"
#include "app/spell/spellchecker.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>
#include <vector>

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    m_highlighter = new MarkdownHighlighter(document());
    m_highlighter->setPalette(palette());
    SpellChecker *spell = SpellChecker::instance();
    m_highlighter->setSpellChecker(spell);
    // Re-underlining changes formats only, yet QTextDocument reports it as a
    // content change: not an edit for the model.
    connect(spell, &SpellChecker::changed, this, [this] {
        const bool wasQuiet = m_quiet;
        m_quiet = true;
        m_highlighter->rehighlight();
        m_quiet = wasQuiet;
    });
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
    // Tab indents inside the text; Ctrl+Tab and Ctrl+Shift+Tab leave it, so
    // the keyboard alone never gets stuck in an editor.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && (key->modifiers() & Qt::ControlModifier)) {
            // QPlainTextEdit::focusNextPrevChild refuses while Tab is text.
            QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        const bool wasQuiet = m_quiet;
        m_quiet = true; // formats only, not an edit
        m_highlighter->setPalette(palette());
        m_quiet = wasQuiet;
    }
    QPlainTextEdit::changeEvent(event);
}

QTextCursor MarkdownEditor::misspelledWordAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return {};
    std::vector<std::pair<int, int>> runs; // [start, end) of underlined text
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            runs.emplace_back(range.start, range.start + range.length);
    }
    std::sort(runs.begin(), runs.end());
    const int offset = position - block.position();
    for (size_t i = 0; i < runs.size(); ++i) {
        // One word may be several ranges where its other formats change.
        int start = runs[i].first;
        int end = runs[i].second;
        while (i + 1 < runs.size() && runs[i + 1].first == end)
            end = runs[++i].second;
        if (offset >= start && offset <= end) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + start);
            cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
            return cursor;
        }
    }
    return {};
}

QMenu *MarkdownEditor::createContextMenu(int position)
{
    QMenu *menu = createStandardContextMenu();
    SpellChecker *spell = m_highlighter->spellChecker();
    const QTextCursor word = spell && m_highlighter->isSpellChecking() ? misspelledWordAt(position) : QTextCursor();
    if (word.isNull())
        return menu;
    const QString text = word.selectedText();
    const int start = word.selectionStart();
    QAction *first = menu->actions().value(0);
    QList<QAction *> entries;
    const QStringList suggestions = spell->suggestions(text);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, start, text, suggestion] {
            // The menu may have been open while the text changed.
            QTextCursor cursor(document());
            cursor.setPosition(start);
            cursor.setPosition(start + int(text.size()), QTextCursor::KeepAnchor);
            if (cursor.selectedText() != text)
                return;
            cursor.beginEditBlock();
            cursor.insertText(suggestion);
            cursor.endEditBlock();
            setTextCursor(cursor);
        });
        entries << action;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        entries << none;
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, spell, [spell, text] { spell->addToPersonalDictionary(text); });
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    connect(ignore, &QAction::triggered, spell, [spell, text] { spell->ignoreWord(text); });
    auto *separator2 = new QAction(menu);
    separator2->setSeparator(true);
    entries << separator << add << ignore << separator2;
    menu->insertActions(first, entries);
    return menu;
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const int position = event->reason() == QContextMenuEvent::Keyboard
        ? textCursor().position()
        : cursorForPosition(event->pos()).position();
    QMenu *menu = createContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}
