#include "app/base/settingswriter.h"

#include <QCoreApplication>
#include <QSettings>
#include <QThreadPool>

namespace {

QThreadPool *writes()
{
    // One thread: changes are made in the order they were asked for.
    static QThreadPool *const pool = [] {
        auto *made = new QThreadPool;
        made->setObjectName(QStringLiteral("QuireSettingsWriter"));
        made->setMaxThreadCount(1);
        qAddPostRoutine(SettingsWriter::waitForWrites);
        return made;
    }();
    return pool;
}

} // namespace

void SettingsWriter::write(std::function<void(QSettings &settings)> change)
{
    writes()->start([change = std::move(change)] {
        QSettings settings; // synced to disk when it goes, here
        change(settings);
    });
}

void SettingsWriter::waitForWrites()
{
    writes()->waitForDone();
}
