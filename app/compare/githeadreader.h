#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

// The committed version of a file (at git HEAD), read through the `git`
// command. When it cannot be had, `reason` says why in a sentence for the
// user: git is not installed, the file is not in a repository, or it has
// not been committed.
class GitHeadReader
{
    Q_DECLARE_TR_FUNCTIONS(GitHeadReader)

public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes; // the file's content at HEAD (not with BlobIdOnly)
        QString blobId;   // git's id of that content: the same id, the same bytes
        QString reason;
    };
    enum class What { Contents, BlobIdOnly };

    // How long one git command may take before it is given up.
    static constexpr int timeoutMs = 15000;
    struct Limits
    {
        int timeoutMs = GitHeadReader::timeoutMs;
        const std::atomic<bool> *cancel = nullptr; // set by another thread: git is stopped at once
    };

    static Result read(const QString &filePath, What what = What::Contents);
    static Result read(const QString &filePath, What what, const Limits &limits);
};
