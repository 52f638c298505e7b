// The benchmark documents (bench/, quire-generate) are what they say they
// are: generated in each dialect's form, read back with the planned entries
// in order, each with its planned status, on its planned line, in the
// dialect it was written in, and saved byte for byte. The speed figures in
// the README are only worth something if the parser sees these documents as
// the generator built them. Built with the benchmarks (bench/CMakeLists.txt).

#include "bench/documentgenerator.h"
#include "bench/entrywriter.h"

#include "app/document/qadocument.h"

#include <QtTest>

class TestGeneratedDocuments : public QObject
{
    Q_OBJECT

private slots:
    void readAsPlanned_data();
    void readAsPlanned();
};

void TestGeneratedDocuments::readAsPlanned_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<bool>("templated");
    QTest::newRow("question-label, templated") << QByteArray("question-label") << true;
    for (const QByteArray &form : EntryWriter::formNames().split('|'))
        QTest::newRow(form.constData()) << form << false;
}

void TestGeneratedDocuments::readAsPlanned()
{
    QFETCH(QByteArray, form);
    QFETCH(bool, templated);
    const std::optional<EntryWriter::Form> writer = EntryWriter::formNamed(form);
    QVERIFY(writer);
    DocumentGenerator::Plan plan;
    const QByteArray bytes = DocumentGenerator::generate(
        3000, 11, &plan, templated ? DocumentGenerator::QuestionStyle::Templated : DocumentGenerator::QuestionStyle::Varied,
        *writer);
    QCOMPARE(plan.entries, 3000);
    const std::optional<QaDocument> doc = QaDocument::fromBytes(bytes, QStringLiteral("generated.md"));
    QVERIFY(doc);
    const std::vector<EntryRef> refs = doc->allEntries();
    QCOMPARE(int(refs.size()), plan.entries);
    int inForm = 0, numbered = 0;
    for (size_t i = 0; i < refs.size(); ++i) {
        const QaEntry &entry = doc->entry(refs[i]);
        QCOMPARE(entry.line(), plan.questionLines[i]);
        QCOMPARE(entry.status(), plan.statuses[i]);
        inForm += QaLabel::dialectName(entry.dialect()).toUtf8() == EntryWriter::dialectName(*writer) ? 1 : 0;
        numbered += entry.dialect() == QaLabel::Dialect::Numbered ? 1 : 0;
    }
    // Every entry is in the form's dialect but the numbered question lists.
    QCOMPARE(inForm + numbered, plan.entries);
    QVERIFY(numbered >= plan.questionLists);
    QCOMPARE(doc->toBytes(), bytes);
}

QTEST_GUILESS_MAIN(TestGeneratedDocuments)
#include "tst_generateddocuments.moc"
