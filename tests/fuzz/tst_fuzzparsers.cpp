// Bugs the sidecar, candidate and llms.txt fuzzers found (tests/fuzz), each as a small
// readable case, and every input they kept (regressions-sidecar/,
// regressions-candidates/, regressions-streams/) and every seed
// (seeds-sidecar/, seeds-candidates/, seeds-streams/) replayed through the
// harnesses' own checks.

#include "tests/support/testsupport.h"

#include "candidatechecks.h"
#include "llmstxtchecks.h"
#include "sidecarchecks.h"
#include "streamchecks.h"
#include "app/compare/candidatereader.h"
#include "app/document/qadocument.h"
#include "app/rehearsal/chatresponseparser.h"
#include "app/rehearsal/chatstreamparserfactory.h"
#include "app/review/reviewfile.h"

#include <QDir>
#include <QtTest>

using namespace TestSupport;

namespace {

void addFiles(const QString &folder, const QString &kind)
{
    const QDir dir(QStringLiteral(QUIRE_FUZZ_DIR) + QLatin1Char('/') + folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow(qPrintable(folder + QStringLiteral(" missing"))) << QString() << kind;
    for (const QString &file : files)
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + file)) << dir.filePath(file) << kind;
}

} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void seedsAreAccepted_data();
    void seedsAreAccepted();

    void sidecarTimeIsReadAsItIsWritten();
    void sidecarKeepsAnUnpairedSurrogate();
    void candidateWithAnUnpairedSurrogateIsRefused();
    void markdownCandidateWithoutQuestionIsRefused();
};

void TestFuzzParsers::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    addFiles(QStringLiteral("seeds-sidecar"), QStringLiteral("sidecar"));
    addFiles(QStringLiteral("seeds-candidates"), QStringLiteral("candidates"));
    addFiles(QStringLiteral("regressions-sidecar"), QStringLiteral("sidecar"));
    addFiles(QStringLiteral("regressions-candidates"), QStringLiteral("candidates"));
    addFiles(QStringLiteral("seeds-llmstxt"), QStringLiteral("llmstxt"));
    addFiles(QStringLiteral("regressions-llmstxt"), QStringLiteral("llmstxt"));
    addFiles(QStringLiteral("seeds-streams"), QStringLiteral("streams"));
    addFiles(QStringLiteral("regressions-streams"), QStringLiteral("streams"));
}

void TestFuzzParsers::replay()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QVERIFY2(!path.isEmpty(), "no inputs in the folder");
    const QByteArray input = readFile(path);
    QVERIFY(!input.isEmpty());
    const QString failure = kind == QLatin1String("sidecar") ? SidecarChecks::check(input)
        : kind == QLatin1String("llmstxt")                   ? LlmsTxtChecks::check(input)
        : kind == QLatin1String("streams")                   ? StreamChecks::check(input)
                                                             : CandidateChecks::check(input);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// The seeds are valid files (but one sidecar of a newer version): the
// checks above then went through the write and re-read, not only a refusal.
void TestFuzzParsers::seedsAreAccepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    addFiles(QStringLiteral("seeds-sidecar"), QStringLiteral("sidecar"));
    addFiles(QStringLiteral("seeds-candidates"), QStringLiteral("candidates"));
    addFiles(QStringLiteral("seeds-streams"), QStringLiteral("streams"));
}

void TestFuzzParsers::seedsAreAccepted()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    const QByteArray input = readFile(path);
    QString reason;
    if (kind == QLatin1String("streams")) {
        // Streams give an answer (the error seed: the server's error).
        const auto style = (uchar(input[0]) & 1) ? EndpointProfile::ApiStyle::Ollama : EndpointProfile::ApiStyle::OpenAi;
        const QByteArray bytes = input.mid(1);
        const ChatReply reply = path.endsWith(QLatin1String(".json")) ? ChatResponseParser::parse(style, bytes)
                                                                      : [&] {
                                                                            auto parser = ChatStreamParserFactory::create(style);
                                                                            parser->feed(bytes);
                                                                            return parser->finish();
                                                                        }();
        if (path.contains(QLatin1String("error")))
            QCOMPARE(reply.error, ChatReply::Error::Other);
        else
            QVERIFY2(reply.ok() && !reply.content.isEmpty(), qPrintable(reply.errorMessage));
        return;
    }
    if (kind == QLatin1String("sidecar")) {
        ReviewFile::Content content;
        const ReviewFile::ParseResult expected = path.contains(QLatin1String("newer-version"))
            ? ReviewFile::ParseResult::TooNew : ReviewFile::ParseResult::Ok;
        QCOMPARE(ReviewFile::parse(input, &content, &reason), expected);
        return;
    }
    const CandidateReader::Format format = std::array{
        CandidateReader::Format::Detect, CandidateReader::Format::Jsonl,
        CandidateReader::Format::Csv, CandidateReader::Format::Markdown}[uchar(input[0]) & 3];
    const auto candidates = CandidateReader::fromBytes(input.mid(1), format, QStringLiteral("candidates"), &reason);
    QVERIFY2(candidates.has_value(), qPrintable(reason));
}

// A reviewed_at with milliseconds (or an offset) was read as it stood, but
// written as UTC whole seconds: read again, the record differed. The
// reader now keeps what the writer keeps.
void TestFuzzParsers::sidecarTimeIsReadAsItIsWritten()
{
    const QByteArray file = R"({"format": "quire-review", "version": 1, "records": [
        {"question": "q", "status": "needs_work", "reviewed_at": "2026-01-02T03:04:05.250Z"},
        {"question": "r", "status": "needs_work", "reviewed_at": "2026-01-02T03:04:05.999+02:00"}]})";
    ReviewFile::Content content;
    QString reason;
    QCOMPARE(ReviewFile::parse(file, &content, &reason), ReviewFile::ParseResult::Ok);
    QCOMPARE(content.records.size(), size_t(2));
    QCOMPARE(content.records[0].reviewedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(content.records[0].reviewedAt.time().msec(), 0);
    QCOMPARE(content.records[1].reviewedAt, QDateTime(QDate(2026, 1, 2), QTime(1, 4, 5), Qt::UTC));
    QCOMPARE(content.records[1].reviewedAt.timeSpec(), Qt::UTC);
    const QByteArray written = ReviewFile::serialize(content);
    QVERIFY(written.contains("\"reviewed_at\": \"2026-01-02T03:04:05Z\""));
    QVERIFY(written.contains("\"reviewed_at\": \"2026-01-02T01:04:05Z\""));
    ReviewFile::Content reread;
    QCOMPARE(ReviewFile::parse(written, &reread, &reason), ReviewFile::ParseResult::Ok);
    QCOMPARE(reread.records[0].reviewedAt, content.records[0].reviewedAt);
    QCOMPARE(reread.records[1].reviewedAt, content.records[1].reviewedAt);
}

// A hand-written \ud800 without its pair was read, then written as UTF-8,
// which has no form for it ('?'): read again, the text differed. The writer
// now writes the escape again.
void TestFuzzParsers::sidecarKeepsAnUnpairedSurrogate()
{
    const QByteArray file = R"({"format": "quire-review", "version": 1, "records": [
        {"question": "q\ud800", "status": "needs_work", "note": "\udc00 x \ud83d\ude00 \ud83d"}]})";
    ReviewFile::Content content;
    QString reason;
    QCOMPARE(ReviewFile::parse(file, &content, &reason), ReviewFile::ParseResult::Ok);
    QCOMPARE(content.records[0].question, QStringLiteral("q") + QChar(0xD800));
    const QByteArray written = ReviewFile::serialize(content);
    QVERIFY(written.contains(R"({"question": "q\ud800", "status": "needs_work", "note": "\udc00 x )" "\xf0\x9f\x98\x80" R"( \ud83d")"));
    ReviewFile::Content reread;
    QCOMPARE(ReviewFile::parse(written, &reread, &reason), ReviewFile::ParseResult::Ok);
    QCOMPARE(reread.records[0].question, content.records[0].question);
    QCOMPARE(reread.records[0].note, content.records[0].note);
}

// The same escape in a JSONL candidate is half a character: it could not be
// shown, compared or saved as it was read. Refused, naming line and field.
void TestFuzzParsers::candidateWithAnUnpairedSurrogateIsRefused()
{
    QString error;
    const QByteArray file = "{\"question\": \"ok\", \"answer\": \"\\ud83d\\ude00 is fine\"}\n"
                            "{\"question\": \"q\", \"answer\": [\"a\\ud800\"]}\n";
    QVERIFY(!CandidateReader::fromBytes(file, CandidateReader::Format::Jsonl, QStringLiteral("c.jsonl"), &error));
    QCOMPARE(error, QStringLiteral("c.jsonl: line 2: \"answer\" is not text"));
    const auto paired = CandidateReader::fromBytes(file.left(file.indexOf('\n') + 1), CandidateReader::Format::Jsonl,
                                                   QStringLiteral("c.jsonl"), &error);
    QVERIFY(paired);
    QCOMPARE(paired->first().answer, QString::fromUtf8("\xf0\x9f\x98\x80 is fine"));
}

// A markdown entry with an answer but no question became a candidate with an
// empty question, which JSONL and CSV refuse and nothing can match. Now the
// same refusal, naming the line.
void TestFuzzParsers::markdownCandidateWithoutQuestionIsRefused()
{
    const QByteArray file = "## Work\n\n**Question:** Where?\n\n**Answer:** Here.\n\n---\n\n"
                            "**Question:** \n**Answer:** An answer to nothing.\n";
    const std::optional<QaDocument> document = load(file);
    QVERIFY(document);
    QCOMPARE(document->entryCount(), 2);
    QCOMPARE(document->entry(document->allEntries().back()).status(), EntryStatus::Answered);
    QString error;
    QVERIFY(!CandidateReader::fromBytes(file, CandidateReader::Format::Markdown, QStringLiteral("c.md"), &error));
    QCOMPARE(error, QStringLiteral("c.md: line 9: the question is empty"));
    const auto first = CandidateReader::fromBytes(file.left(file.indexOf("---")), CandidateReader::Format::Markdown,
                                                  QStringLiteral("c.md"), &error);
    QVERIFY(first);
    QCOMPARE(first->size(), 1);
}

QTEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzzparsers.moc"
