#include "app/document/documentparser.h"

#include "app/document/blockentries.h"
#include "app/document/boldquestion.h"
#include "app/document/headingquestion.h"
#include "app/document/headingscope.h"
#include "app/document/markdownlines.h"

namespace {

using namespace MarkdownLines;

class Parser
{
public:
    Parser(const QByteArray &source, const DocumentParser::Options &options) : m_src(source), m_options(options) {}

    std::vector<QaSection> run()
    {
        m_sections.emplace_back(); // the preamble
        const qsizetype n = m_src.size();
        qsizetype pos = 0;
        int lineNumber = 0;
        while (pos < n) {
            Line line = lineAt(m_src, pos);
            // A byte order mark is kept (in the preamble's raw text) but does
            // not hide what the first line is.
            if (pos == 0 && m_src.startsWith("\xEF\xBB\xBF"))
                line.begin = 3;
            ++lineNumber;
            if (!m_fence.open && takeBlock(line, lineNumber)) {
                pos = m_rawStart;
                continue;
            }
            handle(line, lineNumber);
            m_headings.lineDone(m_state == State::Raw);
            for (pos = line.end; pos < m_resumeAt; ++lineNumber) // an HTML heading question's other lines
                pos = lineAt(m_src, pos).end;
        }
        finishCurrent();
        flushRaw(n);
        section().shrinkToFit();
        return std::move(m_sections);
    }

private:
    enum class State { Raw, Question, QuestionGap, Answer, List };

    struct PendingItem { qsizetype start = 0, textBegin = 0, textEnd = 0, end = 0; int line = 0; };

    QaSection &section() { return m_sections.back(); }

    // A `<details>` or admonition question (BlockEntries) starts at this
    // line: it ends what came before, like a question label, and is one
    // entry; its lines are skipped.
    bool takeBlock(const Line &line, int &lineNumber)
    {
        const BlockEntries::Found block =
            BlockEntries::at(m_src, line.begin, lineNumber, m_options.readsLabel(QaLabel::Spelling::Details),
                             m_options.readsLabel(QaLabel::Spelling::Admonition));
        if (!block.found)
            return false;
        finishCurrent();
        flushRaw(line.begin);
        section().appendPiece(DocumentPiece::entryPiece(block.entry));
        m_rawStart = block.end;
        m_atBoundary = false;
        lineNumber += block.lines - 1;
        return true;
    }

    void handle(const Line &line, int lineNumber)
    {
        const char *d = m_src.constData();
        if (m_fence.open) {
            if (closesFence(d, line, m_fence))
                m_fence.open = false;
            contentLine(line, lineNumber, /*inFence*/ true);
            return;
        }
        const Kind kind = classify(d, line);
        if ((m_state == State::Question || m_state == State::QuestionGap) && kind == Kind::Text && m_options.readsLabel(m_spelling)
            && itemAnswerLabelAt(d, line).found && labelAt(d, lineAt(m_src, m_q.questionStart)).item)
            return startAnswer(line); // in a bullet item's question's item
        if ((kind == Kind::Text || kind == Kind::Heading2 || kind == Kind::QuestionHeading) && takeHeading(line, lineNumber, kind))
            return;
        if (kind == Kind::Text && d[line.begin] == '*') {
            const BoldQuestion::Found bold = BoldQuestion::at(m_src, line);
            if (bold.found) {
                startOpenQuestion(line, lineNumber, QaEntry::Form::BoldLine, m_options.readsBold(), bold.textBegin,
                                  bold.textEnd);
                return;
            }
        }
        switch (kind) {
        case Kind::Heading2:
            finishCurrent();
            flushRaw(line.begin);
            section().shrinkToFit();
            m_sections.emplace_back();
            section().setHeading(m_src.mid(line.begin, line.end - line.begin),
                                 HeadingQuestion::sectionTitle(headingTitle(d, line)), lineNumber);
            m_rawStart = line.end;
            m_atBoundary = true;
            return;
        case Kind::ThematicBreak:
            finishCurrent();
            m_rawHasBreak = true;
            // In the preamble a `---` before any entry (e.g. front matter)
            // does not make the next list a question list.
            m_atBoundary = m_sections.size() > 1 || section().entryCount() > 0;
            return;
        case Kind::QuestionLabel: {
            finishCurrent();
            const LabelAt label = labelAt(d, line);
            if (!m_options.readsLabel(label.spelling)) {
                // Read as another dialect: prose, which still ends an answer
                // (the writer relies on every label line doing so).
                m_atBoundary = false;
                return;
            }
            flushRaw(line.begin);
            startQuestion(line, lineNumber, label);
            return;
        }
        case Kind::AnswerLabel:
            if ((m_state == State::Question || m_state == State::QuestionGap)
                && m_options.readsLabel(m_spelling == QaLabel::Spelling::QInBold ? m_spelling : labelAt(d, line).spelling)) {
                startAnswer(line);
                return;
            }
            break;
        default:
            break;
        }
        if (kind == Kind::FenceOpen)
            m_fence = fenceOf(d, line);
        contentLine(line, lineNumber, false, kind);
    }

    void contentLine(const Line &line, int lineNumber, bool inFence, Kind kind = Kind::Text)
    {
        // Under a question in a quote, an empty quote line ends it like a blank
        // line (not in a fence the question opened: only its closing fence does).
        const bool blank = kind == Kind::Blank
            || (!inFence && (m_state == State::Question || m_state == State::QuestionGap) && m_q.questionQuoted
                && isEmptyQuoteLine(m_src.constData(), line));
        switch (m_state) {
        case State::Raw:
            if (!inFence && kind == Kind::OrderedItem && m_atBoundary && m_options.readsLists()) {
                flushRaw(line.begin);
                m_state = State::List;
                startItem(line, lineNumber);
                return;
            }
            m_atBoundary = m_atBoundary && blank;
            return;
        case State::Question:
            if (blank) {
                m_q.questionEnd = line.begin;
                m_state = State::QuestionGap;
            } else {
                // "**Question:**" alone on its line: the text starts here.
                if (m_q.questionTextEnd == m_q.questionTextBegin)
                    m_q.questionTextBegin =
                        skipSpaces(m_src.constData(), afterQuote(m_src.constData(), line, m_q.questionQuoted), line.contentEnd);
                m_q.questionTextEnd = line.contentEnd;
                m_q.questionEnd = line.end;
            }
            return;
        case State::QuestionGap:
            if (blank)
                return;
            if (isIndented(m_src.constData(), line) && labelAt(m_src.constData(), lineAt(m_src, m_q.questionStart)).item) {
                m_state = State::Question; // a bullet item's question goes on in its item, up to its answer
                return contentLine(line, lineNumber, inFence, kind);
            }
            // No answer after the question: an entry without answer field; raw text again.
            finishQuestionOnly();
            m_rawStart = m_q.questionEnd;
            m_atBoundary = false;
            return;
        case State::Answer:
            return answerLine(line, lineNumber, inFence, kind);
        case State::List:
            return listLine(line, lineNumber, inFence, kind);
        }
    }

    void startQuestion(const Line &line, int lineNumber, const LabelAt &label)
    {
        m_state = State::Question;
        m_form = QaEntry::Form::BoldLabel;
        m_spelling = label.spelling;
        m_q = QaEntry::Layout();
        m_q.questionStart = line.begin;
        m_q.questionTextBegin = skipSpaces(m_src.constData(), label.end, line.contentEnd);
        m_q.questionTextEnd = label.textEnd >= 0 ? label.textEnd : line.contentEnd; // QInBold: before its `**`
        m_q.questionEnd = line.end;
        m_q.questionQuoted = label.quoted;
        m_qLine = lineNumber;
        m_atBoundary = false;
    }

    // A bold question or a heading (HeadingScope) is read as a question
    // with its answer open: the blocks after it, from the first line that is
    // not blank. Read as another dialect, it is prose that ends an answer.
    void startOpenQuestion(const Line &line, int lineNumber, QaEntry::Form form, bool reads, qsizetype textBegin,
                           qsizetype textEnd)
    {
        finishCurrent();
        m_atBoundary = false;
        if (!reads)
            return;
        flushRaw(line.begin);
        m_state = State::Answer;
        m_form = form;
        m_q = QaEntry::Layout();
        m_q.questionStart = line.begin;
        m_q.questionTextBegin = textBegin;
        m_q.questionTextEnd = textEnd;
        m_q.questionEnd = m_q.answerEnd = line.end;
        m_qLine = lineNumber;
        m_answerList = AnswerList();
        m_listCandidate = -1;
    }

    // A heading that is a question starts an entry (read as another
    // dialect, a `## ` one is a section); another may end a heading's answer.
    bool takeHeading(const Line &line, int lineNumber, Kind kind)
    {
        const bool inHeadingAnswer = m_state == State::Answer && m_form == QaEntry::Form::Heading;
        const HeadingScope::Role role = m_headings.read(m_src, line, inHeadingAnswer);
        if (role == HeadingScope::Role::EndsAnswer)
            finishCurrent();
        if (role != HeadingScope::Role::Question || (!m_options.readsHeadings() && kind != Kind::QuestionHeading))
            return false;
        startOpenQuestion(line, lineNumber, QaEntry::Form::Heading, m_options.readsHeadings(),
                          m_headings.heading().textBegin, m_headings.heading().textEnd);
        m_q.questionEnd = m_q.answerEnd = m_resumeAt = m_options.readsHeadings() ? m_headings.heading().end : 0;
        m_headings.openAnswer();
        return true;
    }

    void startAnswer(const Line &line)
    {
        if (m_state == State::Question)
            m_q.questionEnd = line.begin;
        m_state = State::Answer;
        m_q.answerStart = line.begin;
        m_q.answerQuoted = labelAt(m_src.constData(), line).quoted;
        const qsizetype text = skipSpaces(m_src.constData(), labelEnd(m_src.constData(), line), line.contentEnd);
        m_q.answerLabelOwnLine = text == line.contentEnd;
        m_q.answerTextBegin = m_q.answerLabelOwnLine ? -1 : text;
        m_q.answerTextEnd = m_q.answerLabelOwnLine ? -1 : line.contentEnd;
        m_q.answerEnd = line.end;
        m_answerList = AnswerList();
        m_listCandidate = -1;
    }

    void answerLine(const Line &line, int lineNumber, bool inFence, Kind kind)
    {
        // A question list at the end of an answer (MarkdownLines::AnswerList).
        // A bold question's first answer line stands for the label line. A
        // heading's answer has none: its numbered steps are no questions.
        const bool heading = m_form == QaEntry::Form::Heading;
        const bool listMayEnd = !heading && (m_form != QaEntry::Form::BoldLine || m_q.answerStart >= 0);
        if (heading)
            m_headings.answerLine(m_src, line, inFence);
        if (listMayEnd && m_options.readsLists() && m_answerList.read(m_src.constData(), line, kind, inFence)) {
            m_listCandidate = line.begin;
            m_listCandidateLine = lineNumber;
            m_listCandidateAnswerEnd = m_q.answerEnd;
            m_listCandidateTextBegin = m_q.answerTextBegin;
            m_listCandidateTextEnd = m_q.answerTextEnd;
        }
        if (!m_answerList.isOpen())
            m_listCandidate = -1;
        if (kind == Kind::Blank)
            return;
        if (m_q.answerStart < 0)
            m_q.answerStart = line.begin;
        if (m_q.answerTextBegin < 0)
            m_q.answerTextBegin = afterQuote(m_src.constData(), line, m_q.answerQuoted);
        m_q.answerTextEnd = line.contentEnd;
        m_q.answerEnd = line.end;
    }

    void startItem(const Line &line, int lineNumber)
    {
        m_item = PendingItem();
        m_item.start = line.begin;
        m_item.textBegin = skipSpaces(m_src.constData(), orderedMarkerEnd(m_src.constData(), line), line.contentEnd);
        m_item.textEnd = line.contentEnd;
        m_item.end = line.end;
        m_item.line = lineNumber;
        m_itemOpen = true;
        m_listPrevBlank = false;
        m_rawStart = -1;
    }

    void listLine(const Line &line, int lineNumber, bool inFence, Kind kind)
    {
        const char *d = m_src.constData();
        if (kind == Kind::Blank) {
            if (m_itemOpen)
                finishItem();
            m_listPrevBlank = true;
            if (m_rawStart < 0)
                m_rawStart = line.begin;
            return;
        }
        if (!inFence && kind == Kind::OrderedItem) {
            if (m_itemOpen)
                finishItem();
            flushRaw(line.begin);
            startItem(line, lineNumber);
            return;
        }
        // In this state a fence is open only if an item's line opened it; the
        // code block is that item's until it closes (its blank lines come
        // here as text, so nothing inside it ends the item).
        const bool continuation = inFence || continuesItem(d, line, kind, m_listPrevBlank || !m_itemOpen);
        if (continuation && m_lastItemEntry >= 0 && !m_itemOpen) {
            // Indented text after blank lines: more of the last item. Reopen it.
            reopenLastItem();
        }
        if (continuation && m_itemOpen) {
            // A marker alone on its line: the question starts on the first
            // line with text, as a labelled question's does.
            if (m_item.textBegin == m_item.textEnd)
                m_item.textBegin = skipSpaces(d, line.begin, line.contentEnd);
            m_item.textEnd = line.contentEnd;
            m_item.end = line.end;
            m_rawStart = -1;
            // Text now ends the item: the next line may continue it lazily,
            // as after the item's first line.
            m_listPrevBlank = false;
            return;
        }
        // Anything else ends the list.
        if (m_itemOpen)
            finishItem();
        if (m_rawStart < 0)
            m_rawStart = line.begin;
        m_state = State::Raw;
        m_atBoundary = false;
        m_lastItemEntry = -1;
    }

    void finishItem()
    {
        QaEntry::Layout layout;
        layout.questionStart = m_item.start;
        layout.questionTextBegin = m_item.textBegin;
        layout.questionTextEnd = m_item.textEnd;
        layout.questionEnd = m_item.end;
        section().appendPiece(DocumentPiece::entryPiece(
            QaEntry(m_src, QaEntry::Form::Numbered, layout, m_item.line)));
        m_lastItemEntry = int(section().pieces().size()) - 1;
        m_itemOpen = false;
        m_rawStart = m_item.end;
    }

    void reopenLastItem()
    {
        // The blank lines before this line are still pending (raw is only
        // flushed when the next piece starts), so they join the item.
        const DocumentPiece last = section().takeLastPiece();
        const QaEntry::Layout &l = last.entry.layout();
        m_item.start = l.questionStart;
        m_item.textBegin = l.questionTextBegin;
        m_item.textEnd = l.questionTextEnd;
        m_item.end = l.questionEnd;
        m_item.line = last.entry.line();
        m_itemOpen = true;
        m_lastItemEntry = -1;
    }

    void finishQuestionOnly()
    {
        QaEntry::Layout layout = m_q;
        layout.answerStart = layout.answerTextBegin = layout.answerTextEnd = layout.answerEnd = -1;
        section().appendPiece(DocumentPiece::entryPiece(QaEntry(m_src, m_form, layout, m_qLine, m_spelling)));
        m_state = State::Raw;
    }

    void finishAnswer()
    {
        if (m_q.answerStart < 0) { // a bold question or a heading with nothing after it
            finishQuestionOnly();
            m_rawStart = m_q.questionEnd;
            return;
        }
        QaEntry::Layout layout = m_q;
        const bool splitList = m_listCandidate >= 0;
        if (splitList) {
            layout.answerEnd = m_listCandidateAnswerEnd;
            layout.answerTextBegin = m_listCandidateTextBegin;
            layout.answerTextEnd = m_listCandidateTextEnd;
        }
        if (layout.answerTextBegin < 0) // label with nothing after it
            layout.answerTextBegin = layout.answerTextEnd = layout.answerEnd;
        section().appendPiece(DocumentPiece::entryPiece(QaEntry(m_src, m_form, layout, m_qLine, m_spelling)));
        m_rawStart = layout.answerEnd;
        m_state = State::Raw;
        if (splitList) {
            // Re-read the list's lines as question items, with the code
            // blocks in them (none is open where the list starts).
            const char *d = m_src.constData();
            const qsizetype end = m_q.answerEnd;
            qsizetype pos = m_listCandidate;
            int lineNumber = m_listCandidateLine;
            flushRaw(pos);
            m_state = State::List;
            m_lastItemEntry = -1;
            Fence fence;
            for (bool first = true; pos < end; first = false, ++lineNumber) {
                const Line line = lineAt(m_src, pos);
                pos = line.end;
                const bool inFence = !first && fence.open;
                if (inFence && closesFence(d, line, fence))
                    fence.open = false;
                const Kind kind = (first || inFence) ? Kind::Text : classify(d, line);
                if (kind == Kind::FenceOpen)
                    fence = fenceOf(d, line);
                first ? startItem(line, lineNumber) : listLine(line, lineNumber, inFence, kind);
            }
            m_listCandidate = -1;
        }
    }

    void finishCurrent()
    {
        switch (m_state) {
        case State::Raw:
            break;
        case State::Question:
        case State::QuestionGap:
            finishQuestionOnly();
            m_rawStart = m_q.questionEnd; // the gap after it is raw text
            break;
        case State::Answer:
            finishAnswer();
            if (m_state == State::List)
                finishList();
            break;
        case State::List:
            finishList();
            break;
        }
        m_state = State::Raw;
    }

    void finishList()
    {
        if (m_itemOpen)
            finishItem();
        m_lastItemEntry = -1; // finishCurrent, its only caller, leaves the state Raw
    }

    void flushRaw(qsizetype upTo)
    {
        if (m_rawStart >= 0 && upTo > m_rawStart)
            section().appendPiece(DocumentPiece::rawPiece(m_src.mid(m_rawStart, upTo - m_rawStart), m_rawHasBreak));
        m_rawStart = upTo;
        m_rawHasBreak = false;
    }

    const QByteArray &m_src;
    const DocumentParser::Options m_options;
    std::vector<QaSection> m_sections;
    State m_state = State::Raw;
    Fence m_fence;
    qsizetype m_rawStart = 0;
    bool m_rawHasBreak = false;
    bool m_atBoundary = false; // only blank lines since a heading or a `---`
    HeadingScope m_headings;
    qsizetype m_resumeAt = 0; // after the lines of an HTML heading question

    QaEntry::Layout m_q;
    QaEntry::Form m_form = QaEntry::Form::BoldLabel; // of m_q
    int m_qLine = 0;
    QaLabel::Spelling m_spelling = QaLabel::Spelling::Question;
    AnswerList m_answerList;
    qsizetype m_listCandidate = -1, m_listCandidateAnswerEnd = 0;
    int m_listCandidateLine = 0;
    qsizetype m_listCandidateTextBegin = -1, m_listCandidateTextEnd = -1;

    PendingItem m_item;
    bool m_itemOpen = false, m_listPrevBlank = false;
    int m_lastItemEntry = -1;
};

} // namespace

std::vector<QaSection> DocumentParser::parse(const QByteArray &source, const Options &options)
{
    return Parser(source, options).run();
}
