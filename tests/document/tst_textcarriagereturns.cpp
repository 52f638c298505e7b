// A carriage return at the end of an entry's text is text, as one inside it
// is (EntryText): whatever writes the entry anew (an edit, an answer to an
// unanswered question, a new entry) keeps it, in every dialect, in LF and
// CRLF documents, at the end of the file or not. Read back, every entry
// holds exactly the text the edited document held.

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

#include <functional>

using namespace ParserDescriptions;

namespace {

using Edit = std::function<void(QaDocument &)>;

QByteArray withCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

// Every entry of `reloaded` holds what the same entry of `edited` held. A
// loaded `<details>` entry's text is what is between its tags less the
// white space around it, a carriage return too (README "Dialects"); an entry
// written anew is no `<details>` block where that would lose one.
QString difference(const QaDocument &edited, const QaDocument &reloaded)
{
    const std::vector<EntryRef> before = edited.allEntries();
    const std::vector<EntryRef> after = reloaded.allEntries();
    if (before.size() != after.size())
        return QStringLiteral("%1 entries read back as %2").arg(qsizetype(before.size())).arg(qsizetype(after.size()));
    for (size_t i = 0; i < before.size(); ++i) {
        const QaEntry &a = edited.entry(before[i]);
        const QaEntry &b = reloaded.entry(after[i]);
        const bool trims = a.form() == QaEntry::Form::Details;
        auto text = [trims](const QString &t) { return trims ? t.trimmed() : t; };
        // A block's blank answer is no answer (QaEntry::hasAnswerField), a
        // new entry's written as a block too.
        const bool answerField = a.hasAnswerField() && !(b.isBlock() && a.answer().trimmed().isEmpty());
        if (text(a.question()) != b.question() || answerField != b.hasAnswerField()
            || (a.hasAnswerField() && text(a.answer()) != b.answer()))
            return QStringLiteral("entry %1: Q[%2] A[%3] read back as Q[%4] A[%5]")
                .arg(qsizetype(i) + 1)
                .arg(QString::fromUtf8(a.question().toUtf8().toPercentEncoding()),
                     QString::fromUtf8(a.answer().toUtf8().toPercentEncoding()),
                     QString::fromUtf8(b.question().toUtf8().toPercentEncoding()),
                     QString::fromUtf8(b.answer().toUtf8().toPercentEncoding()));
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestTextCarriageReturns : public QObject
{
    Q_OBJECT

private slots:
    void keptWhenWritten_data();
    void keptWhenWritten();
};

void TestTextCarriageReturns::keptWhenWritten_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<Edit>("edit");
    const QList<QPair<const char *, QByteArray>> dialects = {
        {"question labels", "## S\n\n**Question:** Why?\n\n**Answer:** Because.\n\n---\n\n**Question:** How?\n\n**Answer:** So.\n"},
        {"labels on their own line", "## S\n\n**Question:**\nWhy?\n\n**Answer:**\nBecause.\n\n---\n\n**Question:**\nHow?\n\n**Answer:**\nSo.\n"},
        {"short labels", "## S\n\n**Q:** Why?\n\n**A:** Because.\n\n---\n\n**Q:** How?\n\n**A:** So.\n"},
        {"plain labels", "## S\n\nQ: Why?\n\nA: Because.\n\nQ: How?\n\nA: So.\n"},
        {"bold questions", "## S\n\n**Why?**\n\nBecause.\n\n**How?**\n\nSo.\n"},
        {"details", "## S\n\n<details><summary>Why?</summary>\n\nBecause.\n\n</details>\n\n"
                    "<details><summary>How?</summary>\n\nSo.\n\n</details>\n"},
        {"admonitions", "## S\n\n??? question \"Why?\"\n    Because.\n\n??? question \"How?\"\n    So.\n"},
        {"numbered questions", "## S\n\n1. Why?\n2. How?\n"},
        {"a numbered question beside details", "## S\n\n<details><summary>Why?</summary>\n\nBecause.\n\n</details>\n\n"
                                               "---\n\n1. How?\n"},
        {"bold questions without answers", "## S\n\n**Question:** Why?\n\n---\n\n**Question:** How?\n"},
    };
    const QList<QPair<const char *, QString>> texts = {
        {"ends in CR", QStringLiteral("Text\r")},
        {"ends in two CRs", QStringLiteral("Text\r\r")},
        {"CR inside and at the end", QStringLiteral("One\rtwo\nthree\r")},
        {"only a CR", QStringLiteral("\r")},
    };
    for (const auto &[dialect, lf] : dialects) {
        const QList<QPair<const char *, QByteArray>> forms = {
            {"LF", lf}, {"LF, no final line ending", lf.chopped(1)},
            {"CRLF", withCrlf(lf)}, {"CRLF, no final line ending", withCrlf(lf).chopped(2)}};
        for (const auto &[form, document] : forms) {
            for (const auto &[textName, text] : texts) {
                // An admonition's title is one line: its line breaks and
                // carriage returns become spaces (README, "Dialects").
                const bool titles = QByteArray(dialect) == "admonitions";
                for (int number : {1, 2}) {
                    const QString row = QStringLiteral("%1, %2, %3, entry %4").arg(dialect, form, textName).arg(number);
                    if (!titles)
                        QTest::newRow(qPrintable(row + QStringLiteral(": question"))) << document << Edit([=](QaDocument &d) {
                            d.setQuestion(d.entryRef(number), text);
                        });
                    QTest::newRow(qPrintable(row + QStringLiteral(": answer"))) << document << Edit([=](QaDocument &d) {
                        d.setAnswer(d.entryRef(number), text);
                    });
                    QTest::newRow(qPrintable(row + QStringLiteral(": both"))) << document << Edit([=](QaDocument &d) {
                        d.setQuestion(d.entryRef(number), titles ? QStringLiteral("Q") : text);
                        d.setAnswer(d.entryRef(number), QStringLiteral("A ") + text);
                    });
                }
                for (int index : {0, 1, 2}) {
                    const QString row = QStringLiteral("%1, %2, %3: new entry at %4").arg(dialect, form, textName).arg(index);
                    QTest::newRow(qPrintable(row)) << document << Edit([=](QaDocument &d) {
                        d.addEntry(0, index, text, QStringLiteral("A ") + text);
                    });
                    QTest::newRow(qPrintable(row + QStringLiteral(", no answer"))) << document << Edit([=](QaDocument &d) {
                        d.addEntry(0, index, text, QString());
                    });
                }
            }
        }
    }
}

void TestTextCarriageReturns::keptWhenWritten()
{
    QFETCH(QByteArray, document);
    QFETCH(Edit, edit);
    QaDocument doc = loaded(document);
    QCOMPARE(doc.toBytes(), document);
    QCOMPARE(doc.entryCount(), 2);
    edit(doc);
    const QByteArray written = doc.toBytes();
    const QaDocument reloaded = loaded(written);
    const QString problem = difference(doc, reloaded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\nwritten: ")
                                           + QString::fromLatin1(written.toPercentEncoding(" "))));
}

QTEST_GUILESS_MAIN(TestTextCarriageReturns)
#include "tst_textcarriagereturns.moc"
