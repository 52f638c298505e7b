// A large review sidecar in the real window (issue 14, part 4).
//
//   bench_sidecar [ENTRIES] [RECORDS] [NOTE_CHARS]
//
// Generates a document of ENTRIES entries (default 2,000) and beside it a
// valid NAME.review.json of RECORDS records (default 110,000) with notes of
// NOTE_CHARS characters (default 400): one record for every entry, the rest
// reviews of questions the document no longer has (orphans, taken from
// another generated document). That is a sidecar of about 50 MB.
//
// Opens it in a MainWindow in Review mode and prints:
// - load: from openFile() until review input is usable (the review bar and
//   the Approve action enabled), and the longest stall of the GUI thread
//   meanwhile (LagProbe), in all and after openFile() returned (the
//   document itself is then open: what remains is the reviews');
// - for a note keystroke and for a status change: the time until the new
//   bytes are on disk (the sidecar is polled: a new file by its inode, as the
//   atomic write renames one in) and the longest stall meanwhile;
// - the longest stall over 20 keystrokes in the question with the orphan
//   panel shown.

#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "documentgenerator.h"
#include "benchapplication.h"
#include "lagprobe.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"
#include "ui/review/orphanpanel.h"
#include "ui/review/reviewbar.h"
#include "ui/review/reviewcontroller.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cstdio>

namespace {

QString noteOf(QRandomGenerator &rng, int chars)
{
    static const char *const words[] = {"the", "answer", "needs", "a", "number", "check", "source", "again",
                                        "unclear", "too", "long", "missing", "example", "date", "link", "fine"};
    QString note;
    while (note.size() < chars) {
        if (!note.isEmpty())
            note += QLatin1Char(' ');
        note += QLatin1String(words[rng.bounded(int(std::size(words)))]);
    }
    note.truncate(chars);
    return note;
}

ReviewRecord recordFor(const QString &question, int i, QRandomGenerator &rng, int noteChars)
{
    ReviewRecord record;
    record.question = question;
    record.status = i % 3 == 0 ? ReviewStatus::Approved : (i % 3 == 1 ? ReviewStatus::NeedsWork : ReviewStatus::Unreviewed);
    record.note = noteOf(rng, noteChars);
    record.reviewedAt = QDateTime(QDate(2026, 11, 27), QTime(21, 30, i % 60), Qt::UTC);
    if (record.status == ReviewStatus::Approved)
        record.approvedHash = QByteArrayLiteral("0123456789abcdef"); // as if the answer changed since
    return record;
}

// The sidecar's identity: a new inode after each atomic write (rename).
ino_t inodeOf(const QString &path)
{
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

struct Change
{
    double toDiskMs = -1;
    double stallMs = 0;
};

// Runs `change` with the event loop going until the sidecar is replaced.
template<typename Work>
Change measureChange(const QString &sidecar, Work change)
{
    LagProbe probe;
    const ino_t before = inodeOf(sidecar);
    probe.start();
    QElapsedTimer clock;
    clock.start();
    change();
    Change result;
    if (QTest::qWaitFor([&] { return inodeOf(sidecar) != before; }, 120000))
        result.toDiskMs = double(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(100); // what follows the write (its result handled) counts too
    result.stallMs = probe.stop();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchApplication app(argc, argv); // in a folder of its own
    const int entries = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int records = argc > 2 ? std::atoi(argv[2]) : 110000;
    const int noteChars = argc > 3 ? std::atoi(argv[3]) : 400;

    // The document, and the sidecar beside it.
    const QString path = QDir(BenchApplication::home()).filePath(QStringLiteral("bench.md"));
    {
        const QByteArray bytes = DocumentGenerator::generate(entries, DocumentGenerator::defaultSeed);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 2;
    }
    const QString sidecar = ReviewFile::sidecarPath(path);
    {
        const std::optional<QaDocument> doc = QaDocument::fromBytes(
            DocumentGenerator::generate(entries, DocumentGenerator::defaultSeed), path);
        const int orphans = qMax(0, records - doc->entryCount());
        const std::optional<QaDocument> other = QaDocument::fromBytes(
            DocumentGenerator::generate(orphans, DocumentGenerator::defaultSeed + 1), QStringLiteral("other.md"));
        QRandomGenerator rng(14);
        ReviewFile::Content content;
        int i = 0;
        for (const EntryRef &ref : doc->allEntries()) {
            if (i < records)
                content.records.push_back(recordFor(doc->entry(ref).question(), i++, rng, noteChars));
        }
        for (const EntryRef &ref : other->allEntries()) {
            if (i < records)
                content.records.push_back(recordFor(other->entry(ref).question(), i++, rng, noteChars));
        }
        QFile file(sidecar);
        const QByteArray bytes = ReviewFile::serialize(content);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 2;
        std::printf("document: %d entries, %.1f MB; sidecar: %d records, notes of %d characters, %.1f MB\n",
                    doc->entryCount(), double(QFile(path).size()) / 1e6, int(content.records.size()), noteChars,
                    double(bytes.size()) / 1e6);
    }

    MainWindow window;
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.review()->setReviewMode(true);
    QAction *approve = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
            approve = action;
    }
    ReviewBar *bar = window.review()->bar();
    const auto usable = [&] {
        return window.session()->filePath() == QFileInfo(path).absoluteFilePath() && window.currentEntry().isValid()
            && bar->isEnabled() && bar->noteEdit()->isEnabled() && approve && approve->isEnabled()
            && window.reviews()->record(window.currentEntry()).note.size() == noteChars;
    };

    LagProbe loadProbe;
    loadProbe.start();
    QElapsedTimer clock;
    clock.start();
    if (!window.openFile(path))
        return 2;
    const double openReturnedMs = double(clock.nsecsElapsed()) / 1e6;
    // The document is in (opening it is not this benchmark's concern): the
    // stalls while its reviews load.
    LagProbe reviewProbe;
    reviewProbe.start();
    window.review()->setReviewMode(true);
    if (!QTest::qWaitFor([&] {
            if (!window.currentEntry().isValid() && window.model()->document().entryCount() > 0)
                window.selectEntry(window.model()->document().entryRef(1));
            return usable();
        }, 300000)) {
        std::fprintf(stderr, "reviews did not become usable\n");
        return 2;
    }
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(200);
    const double loadStall = loadProbe.stop();
    const double reviewStall = reviewProbe.stop();

    // A note keystroke, through the review bar as the user types it.
    QPlainTextEdit *note = bar->noteEdit();
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    const Change key = measureChange(sidecar, [&] { QTest::keyClick(note, 'x'); });
    // A status change, by its shortcut's action.
    const Change status = measureChange(sidecar, [&] { approve->trigger(); });
    // Keystrokes in the question (each one changes the entry's key, so
    // which reviews are orphans may change), with the orphan panel shown.
    window.review()->orphanPanel()->show();
    QTest::qWait(100);
    MarkdownEditor *questionEditor = window.editor()->questionEditor();
    questionEditor->setFocus();
    questionEditor->moveCursor(QTextCursor::End);
    LagProbe questionProbe;
    questionProbe.start();
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(questionEditor, char('a' + i));
        QTest::qWait(20);
    }
    QTest::qWait(500);
    const double questionStall = questionProbe.stop();
    const bool noteOnDisk = [&] {
        QFile file(sidecar);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(note->toPlainText().toUtf8());
    }();

    std::printf("load: openFile returned after %.0f ms; reviews usable after %.0f ms; longest stall %.0f ms "
                "(%.0f ms after openFile returned)\n",
                openReturnedMs, loadMs, loadStall, reviewStall);
    std::printf("note keystroke: on disk after %.0f ms; longest stall %.0f ms\n", key.toDiskMs, key.stallMs);
    std::printf("status change: on disk after %.0f ms; longest stall %.0f ms\n", status.toDiskMs, status.stallMs);
    std::printf("20 keystrokes in the question, orphan panel shown (%d orphans): longest stall %.0f ms\n",
                window.reviews()->orphanCount(), questionStall);
    std::printf("sidecar after the changes: %.1f MB, holds the new note: %s\n", double(QFile(sidecar).size()) / 1e6,
                noteOnDisk ? "yes" : "NO");
    // Closing: the window's own close path (the question edits are not to be saved).
    window.model()->undoStack()->setClean();
    QElapsedTimer closing;
    closing.start();
    window.close();
    std::printf("close: %.0f ms\n", double(closing.nsecsElapsed()) / 1e6);
    return noteOnDisk && key.toDiskMs >= 0 && status.toDiskMs >= 0 ? 0 : 1;
}
