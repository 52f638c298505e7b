#include "app/compare/answersources.h"

#include "app/base/regularfile.h"
#include "app/base/workerpool.h"

#include "app/compare/githeadprobe.h"
#include "app/compare/githeadreader.h"
#include "app/model/qamodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QFile>
#include <QDateTime>
#include <QFileInfo>

AnswerSources::AnswerSources(QaModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    // Matches name entries by position: any change may move them.
    auto invalidate = [this] { m_matches.reset(); };
    connect(m_model, &QaModel::documentReset, this, invalidate);
    connect(m_model, &QaModel::structureChanged, this, invalidate);
    connect(m_model, &QaModel::entryChanged, this, invalidate);
    connect(&m_headRead, &QFutureWatcher<VersionRead>::finished, this, [this] { readFinished(Source::GitHead); });
    connect(&m_savedRead, &QFutureWatcher<VersionRead>::finished, this, [this] { readFinished(Source::Saved); });
}

void AnswerSources::setGitProbe(GitHeadProbe *probe)
{
    m_probe = probe;
    connect(probe, &GitHeadProbe::answered, this, &AnswerSources::versionsChanged);
}

void AnswerSources::askGit()
{
    if (m_probe)
        m_probe->ask(m_path);
}

void AnswerSources::startRead(Source source, const QString &key) const
{
    QString &reading = source == Source::Saved ? m_savedReading : m_headReading;
    if (reading == key)
        return; // already on its way
    reading = key;
    const QString path = m_path;
    auto read = [source, path, key] {
        VersionRead read;
        read.key = key;
        QByteArray bytes;
        if (source == Source::Saved) {
            QString why;
            if (!RegularFile::readAll(path, &bytes, &why)) {
                read.reason = tr("Cannot read %1").arg(why);
                return read;
            }
        } else {
            GitHeadReader::Result head = GitHeadReader::read(path);
            if (!head.ok) {
                read.reason = head.reason;
                return read;
            }
            bytes = std::move(head.bytes);
        }
        LoadError error;
        read.document = QaDocument::fromBytes(bytes, QFileInfo(path).fileName(), &error);
        read.reason = read.document ? QString() : error.message;
        return read;
    };
    (source == Source::Saved ? m_savedRead : m_headRead).setFuture(QtConcurrent::run(WorkerPool::instance(), read));
}

void AnswerSources::readFinished(Source source)
{
    QFutureWatcher<VersionRead> &watcher = source == Source::Saved ? m_savedRead : m_headRead;
    QString &reading = source == Source::Saved ? m_savedReading : m_headReading;
    if (watcher.future().resultCount() == 0)
        return;
    const VersionRead read = watcher.result();
    if (read.key != reading)
        return; // a newer read was started
    reading.clear();
    Cached &cache = source == Source::Saved ? m_saved : m_head;
    cache.key = read.key;
    cache.document = read.document;
    cache.reason = read.reason;
    if (source == Source::GitHead)
        askGit(); // committed again meanwhile? The next answer says, and is read then.
    emit versionsChanged();
}

std::optional<QaDocument> AnswerSources::versionOf(Source source, QString *reason) const
{
    QByteArray bytes;
    Cached &cache = source == Source::Saved ? m_saved : m_head;
    QString key;
    if (source == Source::Saved) {
        if (m_path.isEmpty()) {
            *reason = tr("The document has not been saved to a file yet.");
            return std::nullopt;
        }
        const QFileInfo info(m_path);
        key = m_path + QLatin1Char('\n') + QString::number(info.lastModified().toMSecsSinceEpoch())
            + QLatin1Char('\n') + QString::number(info.size());
        if (key == cache.key && info.exists()) {
            *reason = cache.reason;
            return cache.document;
        }
        if (m_savedInBackground) {
            startRead(Source::Saved, key);
            *reason = tr("Reading the saved file…");
            return std::nullopt;
        }
        QString why;
        if (!RegularFile::readAll(m_path, &bytes, &why)) {
            *reason = tr("Cannot read %1").arg(why);
            return std::nullopt;
        }
    } else if (m_probe) {
        // Never waits for git: the probe's last answer, the version read in a worker.
        if (!m_probe->hasAnswer() || m_probe->lastPath() != m_path) {
            m_probe->ask(m_path);
            *reason = tr("Asking git whether the file is committed…");
            return std::nullopt;
        }
        const GitHeadReader::Result &id = m_probe->lastAnswer();
        if (!id.ok) {
            *reason = id.reason;
            return std::nullopt;
        }
        key = m_path + QLatin1Char('\n') + id.blobId;
        if (key == cache.key) {
            *reason = cache.reason;
            return cache.document;
        }
        startRead(Source::GitHead, key);
        *reason = tr("Reading the version at git HEAD…");
        return std::nullopt;
    } else {
        const GitHeadReader::Result id = GitHeadReader::read(m_path, GitHeadReader::What::BlobIdOnly);
        if (!id.ok) {
            *reason = id.reason;
            return std::nullopt;
        }
        key = m_path + QLatin1Char('\n') + id.blobId;
        if (key == cache.key) {
            *reason = cache.reason;
            return cache.document;
        }
        const GitHeadReader::Result head = GitHeadReader::read(m_path);
        if (!head.ok) {
            *reason = head.reason;
            return std::nullopt;
        }
        key = m_path + QLatin1Char('\n') + head.blobId;
        bytes = head.bytes;
    }
    LoadError error;
    cache.document = QaDocument::fromBytes(bytes, QFileInfo(m_path).fileName(), &error);
    cache.reason = cache.document ? QString() : error.message;
    cache.key = key;
    *reason = cache.reason;
    return cache.document;
}

bool AnswerSources::isAvailable(Source source, QString *reason) const
{
    QString why;
    switch (source) {
    case Source::Saved:
        // Whether it can be read; parsed only when compared.
        if (m_path.isEmpty())
            why = tr("The document has not been saved to a file yet.");
        else if (!QFileInfo(m_path).isReadable())
            why = tr("Cannot read %1.").arg(m_path);
        else
            return true;
        break;
    case Source::GitHead: {
        if (m_probe) { // the last answer; never waits for git
            if (!m_probe->hasAnswer() || m_probe->lastPath() != m_path) {
                m_probe->ask(m_path);
                why = tr("Asking git whether the file is committed…");
                break;
            }
            if (m_probe->lastAnswer().ok)
                return true;
            why = m_probe->lastAnswer().reason;
            break;
        }
        const GitHeadReader::Result id = GitHeadReader::read(m_path, GitHeadReader::What::BlobIdOnly);
        if (id.ok)
            return true;
        why = id.reason;
        break;
    }
    case Source::Candidate:
        if (!m_candidates.isEmpty())
            return true;
        why = tr("No candidate answers imported (Tools → Import Candidates…).");
        break;
    case Source::Merged:
        if (!m_merged.isEmpty())
            return true;
        why = tr("No merged entry's answer to offer.");
        break;
    }
    if (reason)
        *reason = why;
    return false;
}

AnswerSources::Other AnswerSources::other(Source source, EntryRef ref) const
{
    Other result;
    const QaDocument &document = m_model->document();
    if (!document.contains(ref)) {
        result.reason = tr("No entry is selected.");
        return result;
    }
    const QString question = document.entry(ref).question();
    const QString key = CandidateMatcher::normalizedQuestion(question);
    switch (source) {
    case Source::Saved:
    case Source::GitHead: {
        result.title = source == Source::Saved ? tr("Saved on disk") : tr("Git HEAD");
        const std::optional<QaDocument> version = versionOf(source, &result.reason);
        if (!version)
            return result;
        for (const EntryRef &r : version->allEntries()) {
            if (CandidateMatcher::normalizedQuestion(version->entry(r).question()) == key) {
                result.available = true;
                result.text = version->entry(r).answer();
                return result;
            }
        }
        result.reason = source == Source::Saved ? tr("This question is not in the saved file.")
                                                : tr("This question is not in the version at git HEAD.");
        return result;
    }
    case Source::Candidate: {
        result.title = tr("Candidate");
        if (m_candidates.isEmpty()) {
            isAvailable(source, &result.reason);
            return result;
        }
        const CandidateMatcher::Match *match = matches().matchFor(ref);
        if (!match) {
            result.reason = tr("No candidate answer matches this question (threshold %1).")
                                .arg(QString::number(m_threshold, 'f', 2));
            return result;
        }
        const CandidateAnswer &candidate = m_candidates[match->candidate];
        result.available = true;
        result.text = candidate.answer;
        result.title = match->exact
            ? tr("Candidate (line %1, same question)").arg(candidate.line)
            : tr("Candidate (line %1, %2% similar question)").arg(candidate.line).arg(qRound(match->score * 100));
        return result;
    }
    case Source::Merged:
        result.title = tr("Merged entry");
        if (m_merged.contains(key)) {
            result.available = true;
            result.text = m_merged.value(key);
        } else {
            result.reason = tr("No merged entry's answer for this question.");
        }
        return result;
    }
    return result;
}

bool AnswerSources::loadCandidates(const QString &path, QString *error)
{
    const std::optional<QList<CandidateAnswer>> candidates = CandidateReader::fromFile(path, error);
    if (!candidates)
        return false;
    setCandidates(*candidates, QFileInfo(path).fileName());
    return true;
}

void AnswerSources::setCandidates(const QList<CandidateAnswer> &candidates, const QString &fileName)
{
    m_candidates = candidates;
    m_candidateFile = fileName;
    m_matches.reset();
    emit candidatesChanged();
}

void AnswerSources::clearCandidates()
{
    setCandidates({}, QString());
}

void AnswerSources::setThreshold(double threshold)
{
    if (qFuzzyCompare(threshold, m_threshold))
        return;
    m_threshold = threshold;
    m_matches.reset();
    emit candidatesChanged();
}

const CandidateMatcher::Result &AnswerSources::matches() const
{
    if (!m_matches)
        m_matches = CandidateMatcher::match(m_model->document(), m_candidates, m_threshold);
    return *m_matches;
}

int AnswerSources::fillEmptyFromCandidates()
{
    std::vector<std::pair<EntryRef, QString>> answers;
    for (const CandidateMatcher::Match &match : matches().matches)
        answers.emplace_back(match.entry, m_candidates[match.candidate].answer);
    return m_model->fillAnswers(answers, tr("Fill Empty Answers from Candidates"));
}

void AnswerSources::offerMergedAnswer(const QString &keptQuestion, const QString &answer)
{
    m_merged.insert(CandidateMatcher::normalizedQuestion(keptQuestion), answer);
}
