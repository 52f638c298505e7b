#pragma once

#include "app/document/markdownlines.h"

#include <QByteArray>
#include <QString>

// What the parser knows about headings as it reads, line by line (the
// `heading` dialect, HeadingQuestion): the FAQ part it is in, and for an
// open heading entry its level and the `<details>` its answer left open.
//
// A heading is a question by its own words (levels 2 to 6), or as a part of
// a FAQ: one level below a heading with a FAQ name, up to the next heading
// of that FAQ heading's level or above that is not a question (but not
// deeper than a heading question whose answer it is in). Only
// headings that are not part of an entry open or close a FAQ part, so no
// entry moved or removed changes which headings are questions.
class HeadingScope
{
public:
    enum class Role {
        None,       // no heading
        Question,   // starts an entry
        EndsAnswer, // ends the open heading entry's answer: its level or above, no `<details>` open
        Other,
    };

    // The heading at `line` (outside code), if any; `answerOpen`: a heading
    // entry's answer is being read.
    Role read(const QByteArray &source, const MarkdownLines::Line &line, bool answerOpen);
    const MarkdownLines::Heading &heading() const { return m_heading; } // the one read last
    // The heading read last starts an entry.
    void openAnswer();
    // A line of the open heading entry's answer.
    void answerLine(const QByteArray &source, const MarkdownLines::Line &line, bool inFence);
    // After the parser took a line: `raw` when it is not part of an entry.
    void lineDone(bool raw);
    // Text outside entries (a section's heading, raw text between entries),
    // read line by line as the parser reads it: what it opens or closes.
    void readRaw(const QByteArray &text);
    // The level of the FAQ heading whose part this is, 0 outside one.
    int faqLevel() const { return m_faqLevel; }

private:
    MarkdownLines::Heading m_heading;
    bool m_pending = false; // m_heading is no question and may open or close a FAQ part
    int m_faqLevel = 0;     // of the FAQ heading whose part this is, 0 outside one
    QString m_pendingText;
    int m_answerLevel = 0;
    int m_detailsDepth = 0;
};
