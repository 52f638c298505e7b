#pragma once

#include <QString>

// Where an llms.txt link points: a local file (a relative path resolved
// against the llms.txt's folder, an absolute path, a `file:` URL), a remote
// document (`http:`, `https:`) or something Quire does not read (`mailto:`…).
struct LinkTarget
{
    enum class Kind { Local, Remote, Unsupported };
    Kind kind = Kind::Unsupported;
    QString path; // Local: the absolute, cleaned path
    QString url;  // Remote: the URL without its fragment

    static LinkTarget resolve(const QString &link, const QString &baseFolder);
};
