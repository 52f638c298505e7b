#include "entrywriter.h"

#include <QList>

namespace {

const char *const names[] = {"question-label", "short-label", "plain-label", "bold-question",
                             "details",        "admonition",  "heading",     "html-heading"};

// Every line of `text` indented by four spaces (blank lines stay blank):
// an admonition's body.
QByteArray indented(const QByteArray &text)
{
    QByteArray out;
    for (const QByteArray &line : text.split('\n'))
        out += (line.isEmpty() ? QByteArray() : "    " + line) + '\n';
    out.chop(1);
    return out;
}

} // namespace

namespace EntryWriter {

std::optional<Form> formNamed(const QByteArray &name)
{
    for (int i = 0; i < int(std::size(names)); ++i) {
        if (name == names[i])
            return Form(i);
    }
    return std::nullopt;
}

QByteArray dialectName(Form form)
{
    return form == Form::HtmlHeading ? QByteArray("heading") : QByteArray(names[int(form)]);
}

QByteArray formNames()
{
    QByteArray all;
    for (const char *name : names)
        all += (all.isEmpty() ? "" : "|") + QByteArray(name);
    return all;
}

bool hasEmptyAnswer(Form form)
{
    // A block's blank content is no answer field, nor a heading's (README, "Dialects").
    return form != Form::BoldQuestion && form != Form::Details && form != Form::Admonition && form != Form::Heading
        && form != Form::HtmlHeading;
}

bool answerMayEndInQuestionList(Form form)
{
    // A heading question's answer keeps such a list as its own.
    return form != Form::Details && form != Form::Admonition && form != Form::Heading && form != Form::HtmlHeading;
}

QByteArray entry(Form form, QByteArray question, const QByteArray *answer)
{
    // Dialects whose question is a title: one that ends in "?" is a question.
    if (form == Form::BoldQuestion || form == Form::Details || form == Form::Admonition || form == Form::Heading
        || form == Form::HtmlHeading) {
        if (!question.endsWith('?'))
            question += '?';
    }
    switch (form) {
    case Form::QuestionLabel:
        return "**Question:** " + question + "\n\n" + (answer ? "**Answer:** " + *answer + '\n' : QByteArray());
    case Form::ShortLabel:
        return "**Q:** " + question + "\n\n" + (answer ? "**A:** " + *answer + '\n' : QByteArray());
    case Form::PlainLabel:
        return "Q: " + question + "\n\n" + (answer ? "A: " + *answer + '\n' : QByteArray());
    case Form::BoldQuestion:
        return "**" + question + "**\n" + (answer && !answer->isEmpty() ? '\n' + *answer + '\n' : QByteArray());
    case Form::Details:
        return "<details>\n<summary>" + question + "</summary>\n\n"
            + (answer && !answer->isEmpty() ? *answer + "\n\n" : QByteArray()) + "</details>\n";
    case Form::Heading: // under the section's `## ` heading
        return "### " + question + '\n' + (answer && !answer->isEmpty() ? '\n' + *answer + '\n' : QByteArray());
    case Form::HtmlHeading:
        return "<h3 name=\"faq\">\n" + question + "\n</h3>\n" + (answer && !answer->isEmpty() ? '\n' + *answer + '\n' : QByteArray());
    case Form::Admonition:
        question.replace('"', '\'');
        return "??? question \"" + question + "\"\n"
            + (answer && !answer->isEmpty() ? '\n' + indented(*answer) + '\n' : QByteArray());
    }
    return {};
}

} // namespace EntryWriter
