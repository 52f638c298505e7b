#pragma once

#include <QMenu>

// File → Open Recent, kept in QSettings ("recentFiles", newest first).
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);
    static void addFile(const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
};
