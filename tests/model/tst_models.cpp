// The Qt model layer under the window: QaModel (undo, incremental counts),
// EntryListModel (checked by QAbstractItemModelTester) and EntryNavigator.

#include "app/model/displaytext.h"
#include "app/model/entrylistmodel.h"
#include "app/model/entrynavigator.h"
#include "app/model/qamodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT

private:
    QaDocument sample()
    {
        return *QaDocument::fromBytes(TestSupport::sampleBytes(), QStringLiteral("portfolio-qa.md"));
    }
    // The entry whose question starts at `line` of the sample.
    static EntryRef atLine(const QaDocument &document, int line)
    {
        for (const EntryRef &ref : document.allEntries()) {
            if (document.entry(ref).line() == line)
                return ref;
        }
        return {};
    }

private slots:
    void listModelPassesModelTester()
    {
        QaModel model;
        EntryListModel list(&model);
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(sample());
        list.setSection(2);
        QCOMPARE(list.rowCount(), 28);
        list.setStatusFilter(StatusFilter::NeedsAttention);
        QCOMPARE(list.rowCount(), 6);
        list.setStatusFilter(StatusFilter::All);
        list.setSearchText(QStringLiteral("ColBERT"));
        QVERIFY(list.rowCount() >= 3);
        list.setSearchText(QString());
        list.setSection(3);
        QCOMPARE(list.rowCount(), 11);
        const EntryRef first = list.entryAt(0);
        model.setAnswer(first, QStringLiteral("Answered now."));
        QCOMPARE(list.data(list.index(0), EntryListModel::StatusRole).toInt(), int(EntryStatus::Answered));
        model.addEntry(3, 0, QStringLiteral("New?"), QString());
        QCOMPARE(list.rowCount(), 12);
        model.undoStack()->undo();
        QCOMPARE(list.rowCount(), 11);
    }

    // Inline HTML in a `<details>` summary or a heading reads as its text in
    // the list and the tabs; the question itself keeps it.
    void listShowsQuestionsWithoutTags()
    {
        QCOMPARE(DisplayText::oneLine(QStringLiteral("What do the fields in <code>ls -al</code>\n mean?")),
                 QStringLiteral("What do the fields in ls -al mean?"));
        QCOMPARE(DisplayText::oneLine(QStringLiteral("<a name=\"intro\">Introduction</a>")), QStringLiteral("Introduction"));
        QCOMPARE(DisplayText::oneLine(QStringLiteral("Is a < b and <3 fine?")), QStringLiteral("Is a < b and <3 fine?"));
        QCOMPARE(DisplayText::oneLine(QStringLiteral("<br/>")), QStringLiteral("<br/>")); // only tags: kept
        QaModel model;
        EntryListModel list(&model);
        model.setDocument(*QaDocument::fromBytes(
            "<details><summary><b>Why <code>nobody</code>?</b></summary>\nSo.\n</details>\n", QStringLiteral("t.md")));
        QCOMPARE(list.data(list.index(0), Qt::DisplayRole).toString(), QStringLiteral("1. Why nobody?"));
        QCOMPARE(list.data(list.index(0), EntryListModel::QuestionRole).toString(), QStringLiteral("Why <code>nobody</code>?"));
    }

    void searchFindsAnswersAcrossSections()
    {
        QaModel model;
        EntryListModel list(&model);
        model.setDocument(sample());
        list.setSection(0); // Background: prose, no rows
        QCOMPARE(list.rowCount(), 0);
        list.setSearchText(QStringLiteral("register_forward_hook")); // only in an answer
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), EntryListModel::LineRole).toInt(), 85);
    }

    void typingFlipsStatusAndCountsIncrementally()
    {
        QaModel model;
        model.setDocument(sample());
        const EntryRef empty = atLine(model.document(), 68);
        QVERIFY(empty.isValid());
        QCOMPARE(model.counts().empty, 1);
        QCOMPARE(model.sectionCounts(empty.section).needingAttention(), 6);
        QSignalSpy counts(&model, &QaModel::countsChanged);
        model.setAnswer(empty, QStringLiteral("T"));
        model.setAnswer(empty, QStringLiteral("Th"));
        model.setAnswer(empty, QStringLiteral("The"));
        QCOMPARE(model.document().entry(empty).status(), EntryStatus::Answered);
        QCOMPARE(model.counts().answered, 29);
        QCOMPARE(model.counts().empty, 0);
        QCOMPARE(model.sectionCounts(empty.section).needingAttention(), 5);
        QCOMPARE(counts.count(), 1); // only the first keystroke changed a status
        // One typing burst is one undo step.
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE(model.document().entry(empty).answer(), QString());
        QCOMPARE(model.document().entry(empty).status(), EntryStatus::Empty);
        QCOMPARE(model.counts().empty, 1);
        QCOMPARE(model.document().toBytes(), TestSupport::sampleBytes());
    }

    void switchingEntriesEndsAnUndoStep()
    {
        QaModel model;
        model.setDocument(sample());
        const EntryRef a = atLine(model.document(), 68);
        const EntryRef b = atLine(model.document(), 44);
        model.setAnswer(a, QStringLiteral("one"));
        model.setAnswer(a, QStringLiteral("one two"));
        model.endTypingBurst();
        model.setAnswer(a, QStringLiteral("one two three"));
        model.setAnswer(b, QStringLiteral("other"));
        QCOMPARE(model.undoStack()->count(), 3);
        model.undoStack()->undo();
        model.undoStack()->undo();
        QCOMPARE(model.document().entry(a).answer(), QStringLiteral("one two"));
        // Typing after an undo starts a new step rather than merging.
        model.setAnswer(a, QStringLiteral("one two!"));
        QCOMPARE(model.undoStack()->count(), 2);
        model.undoStack()->undo();
        QCOMPARE(model.document().entry(a).answer(), QStringLiteral("one two"));
    }

    void unansweredNumberedQuestionReturnsToUnanswered()
    {
        QaModel model;
        model.setDocument(sample());
        const EntryRef numbered = atLine(model.document(), 250);
        QCOMPARE(model.document().entry(numbered).status(), EntryStatus::Unanswered);
        model.setAnswer(numbered, QStringLiteral("x"));
        QCOMPARE(model.document().entry(numbered).status(), EntryStatus::Answered);
        model.setAnswer(numbered, QString());
        QCOMPARE(model.document().entry(numbered).status(), EntryStatus::Unanswered);
        QCOMPARE(model.document().toBytes(), TestSupport::sampleBytes());
    }

    void structuralEditsUndoToTheSameBytes()
    {
        QaModel model;
        model.setDocument(sample());
        const QByteArray original = TestSupport::sampleBytes();
        const EntryRef ref = atLine(model.document(), 74);
        model.moveEntry(ref, ref.section, ref.index + 1);
        QVERIFY(model.document().toBytes() != original);
        model.removeEntry({ref.section, 0});
        model.addEntry(1, 2, QStringLiteral("Q?"), QStringLiteral("A."));
        const int added = model.addSection(QStringLiteral("New & improved"));
        QCOMPARE(added, 4);
        model.renameSection(added, QStringLiteral("Renamed"));
        QCOMPARE(model.document().sectionCount(), 5);
        while (model.undoStack()->canUndo())
            model.undoStack()->undo();
        QCOMPARE(model.document().sectionCount(), 4);
        QCOMPARE(model.document().toBytes(), original);
        while (model.undoStack()->canRedo())
            model.undoStack()->redo();
        QCOMPARE(model.document().section(4).title(), QStringLiteral("Renamed"));
    }

    void navigatorFindsGapsInOrder()
    {
        const QaDocument document = sample();
        QList<int> lines;
        int position = EntryNavigator::entriesBefore(document, 0);
        for (int i = 0; i < 17; ++i) {
            const EntryRef ref = EntryNavigator::nextNeedingAttention(document, position);
            QVERIFY(ref.isValid());
            lines << document.entry(ref).line();
            position = document.entryNumber(ref);
        }
        const QList<int> expected = {44, 50, 68, 249, 250, 251, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265};
        QCOMPARE(lines, expected);
        bool wrapped = false;
        const EntryRef again = EntryNavigator::nextNeedingAttention(document, position, &wrapped);
        QVERIFY(wrapped);
        QCOMPARE(document.entry(again).line(), 44);
        const EntryRef back = EntryNavigator::previousNeedingAttention(document, document.entryNumber(again), &wrapped);
        QVERIFY(wrapped);
        QCOMPARE(document.entry(back).line(), 265);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
