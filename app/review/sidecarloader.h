#pragma once

#include "app/review/reviewfile.h"
#include "app/review/reviewkeys.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// Reads a review sidecar and attaches its records to a document's entries,
// in a worker thread: reading, parsing and keying a 50 MB sidecar and
// matching its orphans against the document take seconds, which the window
// must not stall for.
//
// The work itself is read() and match(), which run in any thread (the CLI
// calls them directly). start() runs them in the thread pool against a copy
// of the entries and reports through finished(); starting again, or
// cancel(), makes an earlier job's result stale: it is dropped, never
// reported, so only the latest document's reviews arrive.
class SidecarLoader : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Outcome {
            NoFile,     // no sidecar (yet): no reviews
            Loaded,     // records read
            Kept,       // a re-match of records already in memory (nothing read)
            Unreadable, // the file exists but could not be read
            TooNew,     // written by a newer Quire: nothing read
            Corrupt,    // not a sidecar we can parse
        } outcome = Outcome::NoFile;
        QString sidecar; // the file read (empty: none)
        QString reason;  // why it is unreadable, too new or corrupt
        ReviewKeys::Records records;
        QSet<ReviewFile::Pair> dismissed;
        QSet<QString> probeSections; // read from the file (a re-match leaves the store's as they are)
        bool rematched = false; // match() moved a record to a changed question
        int keysGeneration = 0; // ReviewKeys::generation() of the entries matched against
        // The orphans against those entries, sorted (saves the GUI thread the sort).
        std::shared_ptr<const std::vector<ReviewKeys::Orphan>> orphans;
    };

    explicit SidecarLoader(QObject *parent = nullptr);

    // Reads `sidecar` (empty: no file) and keys its records: two records
    // for one question (edited by hand) keep the later ones as orphans
    // under a key no entry has.
    static Result read(const QString &sidecar);
    // Gives orphaned records to the entries they clearly belong to
    // (ReviewKeys::rematch) and lists the orphans left.
    static void match(Result &result, const ReviewKeys::Entries &entries, int keysGeneration);

    // read() then match() in a worker.
    void start(const QString &sidecar, ReviewKeys::Entries entries, int keysGeneration);
    // match() of records already in memory (the document was reloaded).
    void startMatch(ReviewKeys::Records records, QSet<ReviewFile::Pair> dismissed, ReviewKeys::Entries entries,
                    int keysGeneration);
    // Drops the running job's result.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const SidecarLoader::Result &result);

private:
    template<typename Work>
    void run(Work work);

    int m_job = 0; // the job whose result is wanted
    bool m_running = false;
};
