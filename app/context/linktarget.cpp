#include "app/context/linktarget.h"

#include <QDir>
#include <QUrl>

LinkTarget LinkTarget::resolve(const QString &link, const QString &baseFolder)
{
    LinkTarget target;
    const QUrl url(link);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        QUrl remote = url;
        remote.setFragment(QString());
        target.kind = Kind::Remote;
        target.url = remote.toString(QUrl::FullyEncoded);
        return target;
    }
    if (!url.isValid() || (!scheme.isEmpty() && scheme != QLatin1String("file") && scheme.size() > 1))
        return target; // a one-letter "scheme" is a Windows drive: not ours either
    if (!scheme.isEmpty() && scheme != QLatin1String("file"))
        return target;
    // Relative links are URLs (`my%20notes.md`), resolved as a browser would.
    const QUrl base = QUrl::fromLocalFile(QDir(baseFolder).absolutePath() + QLatin1Char('/'));
    const QUrl resolved = link.startsWith(QLatin1Char('/')) ? QUrl::fromLocalFile(link) : base.resolved(url);
    if (!resolved.isLocalFile())
        return target;
    target.kind = Kind::Local;
    target.path = QDir::cleanPath(resolved.toLocalFile());
    return target;
}
