#include "app/rehearsal/runsfile.h"

#include "app/base/jsonreader.h"
#include "app/base/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

RunsFile::RunsFile(const QString &path)
    : m_path(path)
{
}

RunsFile::~RunsFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString RunsFile::pathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".runs.jsonl"));
}

bool RunsFile::open(QString *error)
{
    const QByteArray name = QFile::encodeName(m_path);
    m_fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        *error = QCoreApplication::translate("Rehearsal", "%1: cannot write: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info {};
    if (::fstat(m_fd, &info) == 0 && !S_ISREG(info.st_mode)) {
        ::close(m_fd);
        m_fd = -1;
        *error = QCoreApplication::translate("Rehearsal", "%1: not a regular file").arg(m_path);
        return false;
    }
    // A line torn by a kill has no line ending: end it, so the next line
    // stands on its own (the torn one is skipped when read).
    if (info.st_size > 0) {
        char last = '\n';
        const int reader = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (reader >= 0) {
            if (::pread(reader, &last, 1, info.st_size - 1) != 1)
                last = '\n';
            ::close(reader);
        }
        if (last != '\n' && ::write(m_fd, "\n", 1) != 1) {
            *error = QCoreApplication::translate("Rehearsal", "%1: cannot write: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

bool RunsFile::append(const QByteArray &line, QString *error)
{
    QString why;
    if (m_fd < 0 && !open(&why)) {
        if (error)
            *error = why;
        return false;
    }
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, p, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (error)
                *error = QCoreApplication::translate("Rehearsal", "%1: cannot write: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        p += written;
        left -= written;
    }
    if (::fsync(m_fd) != 0) {
        if (error)
            *error = QCoreApplication::translate("Rehearsal", "%1: cannot write: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

RunsFile::Content RunsFile::read(const QString &path, QString *error)
{
    QByteArray bytes;
    QString why;
    if (!QFileInfo::exists(path))
        return {};
    if (!RegularFile::readAll(path, &bytes, &why)) {
        if (error)
            *error = why;
        return {};
    }
    return parse(bytes);
}

RunsFile::Content RunsFile::parse(const QByteArray &bytes)
{
    Content content;
    QHash<QString, size_t> runIndex;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject object = JsonReader::fromJson(line).object();
        if (const std::optional<RunRecord> run = RunRecord::fromJson(object)) {
            runIndex.insert(run->id, content.runs.size());
            content.runs.push_back({*run, {}});
        } else if (const std::optional<AnswerRecord> answer = AnswerRecord::fromJson(object);
                   answer && runIndex.contains(answer->run)) {
            content.runs[runIndex.value(answer->run)].answers.push_back(*answer);
        } else if (const std::optional<OverrideRecord> override = OverrideRecord::fromJson(object);
                   override && runIndex.contains(override->run)) {
            content.overrides.push_back(*override);
        } else {
            ++content.skippedLines;
        }
    }
    return content;
}

std::optional<Verdict> RunsFile::Content::overrideFor(const QString &run, const QString &questionKey) const
{
    for (auto it = overrides.crbegin(); it != overrides.crend(); ++it) {
        if (it->run == run && it->questionKey == questionKey)
            return it->verdict;
    }
    return std::nullopt;
}

Verdict RunsFile::Content::verdictOf(const AnswerRecord &answer) const
{
    return overrideFor(answer.run, answer.questionKey).value_or(answer.verdict);
}
