#include "ui/editor/entryeditor.h"

#include "ui/editor/markdowneditor.h"
#include "ui/preview/previewview.h"
#include "app/model/qamodel.h"
#include "ui/common/statusicons.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

EntryEditor::EntryEditor(QaModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_questionLabel = new QLabel(tr("&Question"), this);
    m_question = new MarkdownEditor(this);
    m_question->setObjectName(QStringLiteral("questionEditor"));
    m_question->setAccessibleName(tr("Question"));
    m_question->setMinimumHeight(48);
    m_question->setTabChangesFocus(true);
    m_questionLabel->setBuddy(m_question);

    m_answerLabel = new QLabel(tr("&Answer"), this);
    m_statusIcon = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("entryStatus"));
    m_answer = new MarkdownEditor(this);
    m_answer->setObjectName(QStringLiteral("answerEditor"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answerLabel->setBuddy(m_answer);
    m_preview = new PreviewView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Rendered preview"));

    auto *answerBox = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *answerHeader = new QHBoxLayout;
    answerHeader->addWidget(m_answerLabel);
    answerHeader->addStretch();
    answerHeader->addWidget(m_statusIcon);
    answerHeader->addWidget(m_statusLabel);
    answerHeader->addSpacing(6); // the status label does not run into the Preview heading
    answerLayout->addLayout(answerHeader);
    m_tooLongNotice = new QLabel(this);
    m_tooLongNotice->setObjectName(QStringLiteral("tooLongNotice"));
    m_tooLongNotice->setWordWrap(true);
    m_tooLongNotice->hide();
    answerLayout->addWidget(m_tooLongNotice);
    answerLayout->addWidget(m_answer, 1);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview"), previewBox);
    previewLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("answerPreviewSplitter"));
    m_splitter->addWidget(answerBox);
    m_splitter->addWidget(previewBox);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({500, 500});

    m_questionBox = new QWidget(this);
    auto *questionLayout = new QVBoxLayout(m_questionBox);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addWidget(m_questionLabel);
    questionLayout->addWidget(m_question, 1);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("questionAnswerSplitter"));
    m_vertical->addWidget(m_questionBox);
    m_vertical->addWidget(m_splitter);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setSizes({90, 600});
    m_vertical->setChildrenCollapsible(false);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vertical);
    layout->addWidget(m_placeholder);
    m_placeholder->hide();

    connect(m_question, &MarkdownEditor::userEdited, this, [this](const QString &text) {
        if (m_entry.isValid())
            m_model->setQuestion(m_entry, text);
    });
    connect(m_answer, &MarkdownEditor::userEdited, this, [this](const QString &text) {
        if (m_entry.isValid())
            m_model->setAnswer(m_entry, text);
        else if (m_proseSection >= 0)
            m_model->setProseText(m_proseSection, text);
    });
    connect(model, &QaModel::entryChanged, this, &EntryEditor::onEntryChanged);
    connect(model, &QaModel::sectionChanged, this, &EntryEditor::onSectionChanged);
}

void EntryEditor::showEntry(EntryRef ref)
{
    const bool same = ref == m_entry && m_proseSection < 0;
    m_entry = ref;
    m_proseSection = -1;
    m_vertical->show();
    m_placeholder->hide();
    m_questionBox->show();
    m_answerLabel->setText(tr("&Answer"));
    if (!same) {
        m_question->setTextQuietly(QString());
        m_answer->setTextQuietly(QString());
    }
    refreshFromModel();
    if (!same) {
        m_question->moveCursor(QTextCursor::Start);
        m_answer->moveCursor(QTextCursor::Start);
        m_preview->scrollToTop();
    }
    emit shownChanged();
}

void EntryEditor::showProse(int section)
{
    m_entry = {};
    m_proseSection = section;
    m_vertical->show();
    m_placeholder->hide();
    m_questionBox->hide();
    m_answerLabel->setText(tr("Section te&xt")); // Alt+T is the Tools menu
    m_answer->setTextQuietly(QString());
    refreshFromModel();
    m_answer->moveCursor(QTextCursor::Start);
    emit shownChanged();
}

void EntryEditor::showNothing(const QString &message)
{
    m_entry = {};
    m_proseSection = -1;
    m_vertical->hide();
    m_placeholder->setText(message);
    m_placeholder->show();
    emit shownChanged();
}

void EntryEditor::focusAnswerAtEnd()
{
    m_answer->setFocus(Qt::ShortcutFocusReason);
    m_answer->moveCursor(QTextCursor::End);
    m_answer->ensureCursorVisible();
}

void EntryEditor::refreshFromModel()
{
    const QaDocument &document = m_model->document();
    if (m_entry.isValid()) {
        const QaEntry &entry = document.entry(m_entry);
        m_question->setTextQuietly(entry.question());
        const QString answer = entry.answer();
        showText(answer);
        m_answer->setPlaceholderText(entry.hasAnswerField()
                                         ? tr("Write the answer here (markdown).")
                                         : tr("No answer yet. Typing here adds one."));
    } else if (m_proseSection >= 0) {
        const QString text = document.proseText(m_proseSection);
        showText(text);
        m_answer->setPlaceholderText(tr("This section has no questions; its text is shown here."));
    }
    updateStatusLabel();
}

qsizetype EntryEditor::longestLine(const QString &text)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        longest = qMax(longest, end - start);
        start = end + 1;
    }
    return longest;
}

void EntryEditor::showText(const QString &text)
{
    // QPlainTextEdit lays out a whole line on every change: a line of
    // millions of characters takes many seconds per keystroke. Such a text
    // is shown shortened and read-only; the document keeps it untouched.
    const bool tooLong = longestLine(text) > maxEditableLine;
    m_answer->setReadOnly(tooLong);
    m_tooLongNotice->setVisible(tooLong);
    if (tooLong) {
        m_tooLongNotice->setText(tr("This text has a line of %L1 characters. To keep Quire responsive it is shown "
                                    "shortened and read-only here; it stays in the document exactly as it is.")
                                     .arg(longestLine(text)));
        const QString shortened = text.left(maxEditableLine) + QStringLiteral("\n\n…");
        m_answer->setTextQuietly(shortened);
        m_preview->setMarkdown(shortened);
        return;
    }
    m_answer->setTextQuietly(text);
    m_preview->setMarkdown(text);
}

void EntryEditor::updateStatusLabel()
{
    if (!m_entry.isValid()) {
        m_statusLabel->clear();
        m_statusIcon->clear();
        return;
    }
    const EntryStatus status = m_model->document().entry(m_entry).status();
    if (m_isProbe && m_isProbe(m_entry)) {
        // As the list marks it: the model should decline it, it is no gap.
        const QString text = status == EntryStatus::Answered
            ? tr("Probe · %1").arg(StatusIcons::label(status)) : tr("Probe");
        m_statusIcon->setPixmap(m_probeIcon.pixmap(16, 16));
        m_statusLabel->setText(text);
        m_statusLabel->setToolTip(tr("A probe: a question the model should decline or redirect"));
        m_statusLabel->setAccessibleName(tr("Status: %1").arg(text));
        return;
    }
    m_statusIcon->setPixmap(StatusIcons::icon(status).pixmap(16, 16));
    m_statusLabel->setText(StatusIcons::label(status));
    m_statusLabel->setToolTip(QString());
    m_statusLabel->setAccessibleName(tr("Status: %1").arg(StatusIcons::label(status)));
}

void EntryEditor::setProbeMark(std::function<bool(EntryRef)> isProbe, const QIcon &icon)
{
    m_isProbe = std::move(isProbe);
    m_probeIcon = icon;
    updateStatusLabel();
}

void EntryEditor::onEntryChanged(EntryRef ref)
{
    if (ref != m_entry || m_proseSection >= 0)
        return;
    refreshFromModel();
}

void EntryEditor::onSectionChanged(int section)
{
    if (section == m_proseSection)
        refreshFromModel();
}
