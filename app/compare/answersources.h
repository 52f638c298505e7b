#pragma once

#include "app/compare/candidatematcher.h"
#include "app/compare/candidatereader.h"
#include "app/document/qadocument.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <optional>

class GitHeadProbe;
class QaModel;

// Where an answer to compare the current one with comes from: the document
// as saved on disk, as committed at git HEAD, an imported candidate, or the
// answer of an entry merged away. Counterparts in another version of the
// document are found by normalized question.
class AnswerSources : public QObject
{
    Q_OBJECT
public:
    enum class Source { Saved, GitHead, Candidate, Merged };

    struct Other
    {
        bool available = false;
        QString text;
        QString reason; // why it is not available, for the user
        QString title;  // what it is, e.g. "Saved on disk", "Candidate (line 12, 84% similar)"
    };

    explicit AnswerSources(QaModel *model, QObject *parent = nullptr);

    void setFilePath(const QString &path) { m_path = path; }
    QString filePath() const { return m_path; }

    Other other(Source source, EntryRef ref) const;
    // Whether the whole source can be used at all (e.g. git present); with
    // the reason when it cannot. Reads the file or runs git (but see
    // setGitProbe()).
    bool isAvailable(Source source, QString *reason) const;

    // The window's way to git: whether the file is committed comes from
    // `probe` (asked in the background, with a time-out, last answer kept),
    // and the committed version is read and parsed in a worker, so that
    // neither the compare dialog nor a keystroke ever waits for git. Until
    // an answer is there, Git HEAD is "not available" with a reason saying
    // so, and versionsChanged() announces when it comes. Without a probe
    // (the command line, tests), git is asked and waited for.
    void setGitProbe(GitHeadProbe *probe);
    // Asks the probe again (the file may have been committed meanwhile).
    void askGit();
    // The window's way to the saved file: read and parsed in a worker (a
    // 65 MB document takes most of a second); until it is there, "Saved on
    // disk" is not available with a reason saying so, and versionsChanged()
    // announces it. Without it (the command line, tests), read at once.
    void setReadsSavedInBackground(bool inBackground) { m_savedInBackground = inBackground; }
    bool isReadingSaved() const { return !m_savedReading.isEmpty(); }

    // Candidates.
    bool loadCandidates(const QString &path, QString *error);
    void setCandidates(const QList<CandidateAnswer> &candidates, const QString &fileName);
    void clearCandidates();
    const QList<CandidateAnswer> &candidates() const { return m_candidates; }
    QString candidateFile() const { return m_candidateFile; }
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    // Matched against the current document; recomputed after edits.
    const CandidateMatcher::Result &matches() const;
    // "Fill empty answers from candidates": how many were filled (one undo step).
    int fillEmptyFromCandidates();

    // After a merge: the removed entry's answer, offered for the kept question.
    void offerMergedAnswer(const QString &keptQuestion, const QString &answer);

signals:
    void candidatesChanged();
    // git answered, or the version at git HEAD or on disk was read: what
    // other() and isAvailable() say about them may have changed.
    void versionsChanged();

private:
    struct VersionRead
    {
        QString key; // the path and blob id, or file time and size, it was asked for
        std::optional<QaDocument> document;
        QString reason;
    };
    void startRead(Source source, const QString &key) const;
    void readFinished(Source source);
    std::optional<QaDocument> versionOf(Source source, QString *reason) const;

    QaModel *m_model;
    QString m_path;
    QList<CandidateAnswer> m_candidates;
    QString m_candidateFile;
    double m_threshold = CandidateMatcher::defaultThreshold;
    mutable std::optional<CandidateMatcher::Result> m_matches;
    QHash<QString, QString> m_merged; // normalized question -> answer
    // The last version read of the saved file and of git HEAD, by a key that
    // changes when it does (file time and size; git's blob id), so that
    // walking through entries does not read and parse the file each time.
    struct Cached
    {
        QString key;
        std::optional<QaDocument> document;
        QString reason;
    };
    mutable Cached m_saved;
    mutable Cached m_head;
    GitHeadProbe *m_probe = nullptr;
    mutable QFutureWatcher<VersionRead> m_headRead;
    mutable QString m_headReading; // the key being read, empty when none
    bool m_savedInBackground = false;
    mutable QFutureWatcher<VersionRead> m_savedRead;
    mutable QString m_savedReading;
};
