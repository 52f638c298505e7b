#include "ui/window/recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

namespace {
constexpr int maxRecentFiles = 10;
const QString key = QStringLiteral("recentFiles");
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

void RecentFilesMenu::addFile(QSettings &settings, const QString &path)
{
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(key, recent);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(key).toStringList();
    for (const QString &path : recent) {
        QAction *action = addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path);
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (recent.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
}
