#include "app/context/contextprojectfinder.h"

#include "app/base/regularfile.h"
#include "app/context/linktarget.h"
#include "app/context/llmstxtparser.h"

#include <QDir>
#include <QFileInfo>

namespace {
constexpr qint64 maxLlmsTxtBytes = 16 << 20; // an index, not a document
}

bool ContextProjectFinder::links(const QString &llmsTxtPath, const QString &documentPath)
{
    QByteArray bytes;
    QString error;
    if (!RegularFile::readAll(llmsTxtPath, &bytes, &error, maxLlmsTxtBytes))
        return false;
    const QString folder = QFileInfo(llmsTxtPath).absolutePath();
    const QString wanted = QFileInfo(documentPath).canonicalFilePath();
    for (const LlmsSection &section : LlmsTxtParser::parse(bytes).sections)
        for (const LlmsLink &link : section.links) {
            const LinkTarget target = LinkTarget::resolve(link.url, folder);
            if (target.kind == LinkTarget::Kind::Local && QFileInfo(target.path).canonicalFilePath() == wanted)
                return true;
        }
    return false;
}

QString ContextProjectFinder::find(const QString &documentPath, const QString &homeFolder)
{
    if (documentPath.isEmpty() || !QFileInfo::exists(documentPath))
        return {};
    const QString home = QDir(homeFolder).canonicalPath();
    QDir folder = QFileInfo(documentPath).absoluteDir();
    for (;;) {
        const QString candidate = folder.filePath(QStringLiteral("llms.txt"));
        if (QFileInfo(candidate).isFile() && links(candidate, documentPath))
            return QDir::cleanPath(candidate);
        // The home folder is the last one asked; outside it, the root is.
        if (folder.canonicalPath() == home || !folder.cdUp())
            return {};
    }
}
