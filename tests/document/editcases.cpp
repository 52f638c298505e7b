#include "tests/document/editcases.h"

#include "tests/support/testsupport.h"

#include "app/lint/linter.h"

#include <QtTest>

using namespace TestSupport;

namespace {

QByteArray block(const QByteArray &question, const QByteArray &answer)
{
    return "**Question:** " + question + "\n\n**Answer:** " + answer + "\n";
}

// The text of a numbered question line ("28. text" -> "text").
QByteArray numberedText(const QByteArray &old, int line)
{
    const QByteArray text = lineText(old, line);
    return text.mid(text.indexOf(". ") + 2);
}

QByteArray from(const QByteArray &old, int line)
{
    return old.mid(lineStart(old, line));
}

QByteArray upTo(const QByteArray &old, int line) // lines before `line`
{
    return old.left(lineStart(old, line));
}

const QByteArray separator("\n---\n\n");

} // namespace

QList<EditCase> editCases()
{
    QList<EditCase> cases;
    const QString answer33 = QStringLiteral("Invest in reliability first.");

    cases.append({QStringLiteral("setAnswer on the empty entry"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(11), QStringLiteral("Haiku split compound sentences too eagerly.")); },
                  [](const QByteArray &old) {
                      return replaceLines(old, 70, 70, "**Answer:** Haiku split compound sentences too eagerly.\n");
                  },
                  70, 70,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry(d.entryRef(11)).status(), EntryStatus::Answered);
                      QCOMPARE(Linter::count(d).answered, 29);
                  }});
    cases.append({QStringLiteral("setAnswer with paragraphs"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(11), QStringLiteral("First.\n\nSecond:\n\n1. a\n2. b\n")); },
                  [](const QByteArray &old) {
                      return replaceLines(old, 70, 70, "**Answer:** First.\n\nSecond:\n\n1. a\n2. b\n");
                  },
                  70, 70,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry(d.entryRef(11)).answer(), QStringLiteral("First.\n\nSecond:\n\n1. a\n2. b"));
                  }});
    cases.append({QStringLiteral("setAnswer keeps two spaces after the label"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(4), QStringLiteral("Reliability.")); },
                  [](const QByteArray &old) { return replaceLines(old, 27, 27, "**Answer:**  Reliability.\n"); },
                  27, 27, {}});
    cases.append({QStringLiteral("setAnswer replaces a long answer"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(14), QStringLiteral("Short.")); },
                  [](const QByteArray &old) { return replaceLines(old, 87, 97, "**Answer:** Short.\n"); },
                  87, 97, {}});
    cases.append({QStringLiteral("setAnswer on a placeholder"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(8), QStringLiteral("The phased approach.")); },
                  [](const QByteArray &old) { return replaceLines(old, 52, 52, "**Answer:** The phased approach.\n"); },
                  52, 52,
                  [](const QaDocument &d) { QCOMPARE(Linter::count(d).placeholder, 1); }});
    cases.append({QStringLiteral("setQuestion"),
                  [](QaDocument &d) { d.setQuestion(d.entryRef(1), QStringLiteral("Who are you?")); },
                  [](const QByteArray &old) { return replaceLines(old, 7, 7, "**Question:** Who are you?\n"); },
                  7, 7,
                  [](const QaDocument &d) { QCOMPARE(d.entry(d.entryRef(1)).question(), QStringLiteral("Who are you?")); }});
    cases.append({QStringLiteral("setQuestion on a numbered question keeps its number"),
                  [](QaDocument &d) { d.setQuestion(d.entryRef(36), QStringLiteral("Which schedule?\nAnd why?")); },
                  [](const QByteArray &old) { return replaceLines(old, 256, 256, "31. Which schedule?\n    And why?\n"); },
                  256, 256,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry(d.entryRef(36)).question(), QStringLiteral("Which schedule?\nAnd why?"));
                      QCOMPARE(d.entry(d.entryRef(36)).form(), QaEntry::Form::Numbered);
                  }});
    cases.append({QStringLiteral("setAnswer on numbered entry 33"),
                  [answer33](QaDocument &d) { d.setAnswer(d.entryRef(33), answer33); },
                  [answer33](const QByteArray &old) {
                      return upTo(old, 250) + "\n---\n\n" + block(numberedText(old, 250), answer33.toUtf8())
                          + "\n---\n\n" + from(old, 251);
                  },
                  250, 250,
                  [answer33](const QaDocument &d) {
                      QCOMPARE(d.entryCount(), 45);
                      const QaEntry &e = d.entry(d.entryRef(33));
                      QCOMPARE(e.status(), EntryStatus::Answered);
                      QCOMPARE(e.form(), QaEntry::Form::BoldLabel);
                      QCOMPARE(e.answer(), answer33);
                      QVERIFY(e.question().startsWith(QStringLiteral("Let's say our team has a fixed budget")));
                      QCOMPARE(d.entry(d.entryRef(32)).form(), QaEntry::Form::Numbered);
                      QCOMPARE(d.entry(d.entryRef(34)).form(), QaEntry::Form::Numbered);
                      QVERIFY(d.entry(d.entryRef(31)).answer().endsWith(
                          QStringLiteral("making a tangible contribution to the AI field.")));
                  }});
    cases.append({QStringLiteral("answering 32, 33 and 34"),
                  [](QaDocument &d) {
                      d.setAnswer(d.entryRef(34), QStringLiteral("C."));
                      d.setAnswer(d.entryRef(32), QStringLiteral("A."));
                      d.setAnswer(d.entryRef(33), QStringLiteral("B."));
                  },
                  [](const QByteArray &old) {
                      return upTo(old, 249) + "---\n\n" + block(numberedText(old, 249), "A.") + separator
                          + block(numberedText(old, 250), "B.") + separator + block(numberedText(old, 251), "C.")
                          + from(old, 252);
                  },
                  249, 251,
                  [](const QaDocument &d) {
                      const StatusCounts c = Linter::count(d);
                      QCOMPARE(c.entries, 45);
                      QCOMPARE(c.answered, 31);
                      QCOMPARE(c.unanswered, 11);
                      QCOMPARE(d.section(2).entryCount(), 28);
                      QVERIFY(d.entry(d.entryRef(31)).answer().endsWith(
                          QStringLiteral("making a tangible contribution to the AI field.")));
                  }});
    cases.append({QStringLiteral("answering the first question of the numbered section"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(35), QStringLiteral("Not yet announced.")); },
                  [](const QByteArray &old) {
                      return upTo(old, 255) + block(numberedText(old, 255), "Not yet announced.") + separator
                          + from(old, 256);
                  },
                  255, 255,
                  [](const QaDocument &d) {
                      QCOMPARE(d.section(3).entryCount(), 11);
                      QCOMPARE(d.entry(d.entryRef(36)).form(), QaEntry::Form::Numbered);
                  }});
    cases.append({QStringLiteral("answering the last question of the document"),
                  [](QaDocument &d) { d.setAnswer(d.entryRef(45), QStringLiteral("Several.")); },
                  [](const QByteArray &old) {
                      return upTo(old, 265) + separator + block(numberedText(old, 265), "Several.");
                  },
                  265, 265,
                  [](const QaDocument &d) { QCOMPARE(d.section(3).entryCount(), 11); }});
    cases.append({QStringLiteral("addEntry after an entry"),
                  [](QaDocument &d) {
                      const EntryRef ref = d.addEntry(1, 1, QStringLiteral("New question?"), QStringLiteral("New answer."));
                      QCOMPARE(d.entryNumber(ref), 2);
                  },
                  [](const QByteArray &old) {
                      return upTo(old, 10) + separator + block("New question?", "New answer.") + from(old, 10);
                  },
                  10, 9,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entryCount(), 46);
                      QCOMPARE(d.entry(d.entryRef(2)).question(), QStringLiteral("New question?"));
                      QCOMPARE(d.entry(d.entryRef(2)).status(), EntryStatus::Answered);
                  }});
    cases.append({QStringLiteral("addEntry at the end of a section"),
                  [](QaDocument &d) { d.addEntry(1, 6, QStringLiteral("Last?"), QStringLiteral("Yes.")); },
                  [](const QByteArray &old) { return upTo(old, 40) + separator + block("Last?", "Yes.") + from(old, 40); },
                  40, 39,
                  [](const QaDocument &d) { QCOMPARE(d.section(1).entryCount(), 7); }});
    cases.append({QStringLiteral("addEntry at the start of a section"),
                  [](QaDocument &d) { d.addEntry(2, 0, QStringLiteral("First?"), QString()); },
                  [](const QByteArray &old) {
                      return upTo(old, 44) + "**Question:** First?\n\n**Answer:**\n" + separator + from(old, 44);
                  },
                  44, 43,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry(d.entryRef(7)).status(), EntryStatus::Empty);
                      QCOMPARE(d.section(2).entryCount(), 29);
                  }});
    cases.append({QStringLiteral("addEntry after the numbered questions"),
                  [](QaDocument &d) { d.addEntry(3, 11, QStringLiteral("One more?"), QStringLiteral("Sure.")); },
                  [](const QByteArray &old) { return old + separator + block("One more?", "Sure."); },
                  266, 265,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entryCount(), 46);
                      QCOMPARE(d.entry(d.entryRef(45)).form(), QaEntry::Form::Numbered);
                      QCOMPARE(d.entry(d.entryRef(46)).answer(), QStringLiteral("Sure."));
                  }});
    cases.append({QStringLiteral("removeEntry in the middle"),
                  [](QaDocument &d) { d.removeEntry(d.entryRef(2)); },
                  [](const QByteArray &old) { return upTo(old, 13) + from(old, 19); },
                  13, 18,
                  [](const QaDocument &d) { QCOMPARE(d.section(1).entryCount(), 5); }});
    cases.append({QStringLiteral("removeEntry first of a section"),
                  [](QaDocument &d) { d.removeEntry(d.entryRef(1)); },
                  [](const QByteArray &old) { return upTo(old, 7) + from(old, 13); },
                  7, 12, {}});
    cases.append({QStringLiteral("removeEntry last of a section"),
                  [](QaDocument &d) { d.removeEntry(d.entryRef(6)); },
                  [](const QByteArray &old) { return upTo(old, 34) + from(old, 40); },
                  34, 39, {}});
    cases.append({QStringLiteral("removeEntry before a --- without blank line"),
                  [](QaDocument &d) { d.removeEntry(d.entryRef(12)); },
                  [](const QByteArray &old) { return upTo(old, 74) + from(old, 79); },
                  74, 78, {}});
    cases.append({QStringLiteral("removeEntry of a numbered question"),
                  [](QaDocument &d) { d.removeEntry(d.entryRef(33)); },
                  [](const QByteArray &old) { return upTo(old, 250) + from(old, 251); },
                  250, 250,
                  [](const QaDocument &d) { QCOMPARE(d.section(2).entryCount(), 27); }});
    cases.append({QStringLiteral("removeEntry of every entry of a section"),
                  [](QaDocument &d) {
                      while (d.section(1).entryCount() > 0)
                          d.removeEntry({1, 0});
                  },
                  [](const QByteArray &old) { return upTo(old, 7) + from(old, 40); },
                  7, 39,
                  [](const QaDocument &d) { QCOMPARE(d.entryCount(), 39); }});
    cases.append({QStringLiteral("moveEntry up"),
                  [](QaDocument &d) {
                      const EntryRef to = d.moveEntry({1, 1}, 1, 0);
                      QVERIFY(to == (EntryRef{1, 0}));
                  },
                  [](const QByteArray &old) {
                      return upTo(old, 7) + lines(old, 13, 15) + separator + lines(old, 7, 9) + from(old, 16);
                  },
                  7, 15,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry({1, 0}).question(), QStringLiteral("What is he passionate about?"));
                  }});
    cases.append({QStringLiteral("moveEntry down"),
                  [](QaDocument &d) { d.moveEntry({1, 0}, 1, 1); },
                  [](const QByteArray &old) {
                      return upTo(old, 7) + lines(old, 13, 15) + separator + lines(old, 7, 9) + from(old, 16);
                  },
                  7, 15, {}});
    cases.append({QStringLiteral("moveEntry to another section"),
                  [](QaDocument &d) {
                      const EntryRef to = d.moveEntry({1, 0}, 2, 0);
                      QVERIFY(to == (EntryRef{2, 0}));
                  },
                  [](const QByteArray &old) {
                      return upTo(old, 7) + lines(old, 13, 43) + lines(old, 7, 9) + separator + from(old, 44);
                  },
                  7, 43,
                  [](const QaDocument &d) {
                      QCOMPARE(d.section(1).entryCount(), 5);
                      QCOMPARE(d.section(2).entryCount(), 29);
                  }});
    cases.append({QStringLiteral("moveEntry to the end of another section"),
                  [](QaDocument &d) { d.moveEntry({2, 0}, 1, 6); },
                  [](const QByteArray &old) {
                      return upTo(old, 40) + separator + lines(old, 44, 46) + lines(old, 40, 43) + from(old, 50);
                  },
                  40, 49,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry({1, 6}).status(), EntryStatus::Placeholder);
                      QCOMPARE(Linter::count(d).placeholder, 2);
                  }});
    cases.append({QStringLiteral("moveEntry of a numbered question to another section"),
                  [](QaDocument &d) { d.moveEntry(d.entryRef(33), 1, 0); },
                  [](const QByteArray &old) {
                      return upTo(old, 7) + lines(old, 250, 250) + separator + lines(old, 7, 249) + from(old, 251);
                  },
                  7, 250,
                  [](const QaDocument &d) {
                      QCOMPARE(d.entry({1, 0}).form(), QaEntry::Form::Numbered);
                      QCOMPARE(d.entry({1, 0}).status(), EntryStatus::Unanswered);
                      QCOMPARE(d.section(2).entryCount(), 27);
                  }});
    cases.append({QStringLiteral("addSection at the end"),
                  [](QaDocument &d) { QCOMPARE(d.addSection(4, QStringLiteral("Follow-up")), 4); },
                  [](const QByteArray &old) { return old + "\n## Follow-up\n"; },
                  266, 265,
                  [](const QaDocument &d) {
                      QCOMPARE(d.sectionCount(), 5);
                      QCOMPARE(d.section(4).title(), QStringLiteral("Follow-up"));
                  }});
    cases.append({QStringLiteral("addSection at the end with an entry"),
                  [](QaDocument &d) {
                      const int s = d.addSection(4, QStringLiteral("Follow-up"));
                      d.addEntry(s, 0, QStringLiteral("Q?"), QStringLiteral("A."));
                  },
                  [](const QByteArray &old) { return old + "\n## Follow-up\n\n" + block("Q?", "A."); },
                  266, 265,
                  [](const QaDocument &d) { QCOMPARE(d.section(4).entryCount(), 1); }});
    cases.append({QStringLiteral("addSection between sections"),
                  [](QaDocument &d) { QCOMPARE(d.addSection(1, QStringLiteral("New")), 1); },
                  [](const QByteArray &old) { return upTo(old, 5) + "## New\n\n" + from(old, 5); },
                  5, 4,
                  [](const QaDocument &d) {
                      QCOMPARE(d.sectionCount(), 5);
                      QCOMPARE(d.section(1).title(), QStringLiteral("New"));
                      QCOMPARE(d.section(2).entryCount(), 6);
                  }});
    cases.append({QStringLiteral("addSection between sections with an entry"),
                  [](QaDocument &d) {
                      const int s = d.addSection(1, QStringLiteral("New"));
                      d.addEntry(s, 0, QStringLiteral("Q?"), QStringLiteral("A."));
                  },
                  [](const QByteArray &old) { return upTo(old, 5) + "## New\n\n" + block("Q?", "A.") + "\n" + from(old, 5); },
                  5, 4,
                  [](const QaDocument &d) {
                      QCOMPARE(d.section(1).entryCount(), 1);
                      QCOMPARE(d.section(2).line() > 0, true);
                  }});
    cases.append({QStringLiteral("renameSection"),
                  [](QaDocument &d) { d.renameSection(1, QStringLiteral("First contact & more")); },
                  [](const QByteArray &old) { return replaceLines(old, 5, 5, "## First contact & more\n"); },
                  5, 5,
                  [](const QaDocument &d) { QCOMPARE(d.section(1).title(), QStringLiteral("First contact & more")); }});
    cases.append({QStringLiteral("setProseText on Background"),
                  [](QaDocument &d) { d.setProseText(0, QStringLiteral("A new note about this file.")); },
                  [](const QByteArray &old) { return replaceLines(old, 3, 3, "A new note about this file.\n"); },
                  3, 3,
                  [](const QaDocument &d) { QCOMPARE(d.proseText(0), QStringLiteral("A new note about this file.")); }});
    cases.append({QStringLiteral("setProseText with paragraphs"),
                  [](QaDocument &d) { d.setProseText(0, QStringLiteral("One.\n\nTwo.\n")); },
                  [](const QByteArray &old) { return replaceLines(old, 3, 3, "One.\n\nTwo.\n"); },
                  3, 3,
                  [](const QaDocument &d) { QCOMPARE(d.proseText(0), QStringLiteral("One.\n\nTwo.")); }});
    return cases;
}
