#pragma once

#include <QMenu>

class QSettings;

// File → Open Recent, kept in QSettings ("recentFiles", newest first).
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);
    static void addFile(QSettings &settings, const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
};
