#include "ui/rehearsal/apikeystore.h"

#include <qt6keychain/keychain.h>

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent) {}

void ApiKeyStore::read(const QString &profile, KeyRead done)
{
    const QByteArray environment = fromEnvironment();
    if (!environment.isEmpty()) {
        done(environment, QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setInsecureFallback(false);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [done, profile](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (read->error()) {
        case QKeychain::NoError:
            done(read->binaryData(), QString());
            break;
        case QKeychain::EntryNotFound:
        case QKeychain::NoBackendAvailable: // no keyring here: ask without a key
            done(QByteArray(), QString());
            break;
        default:
            done(QByteArray(), tr("The API key of “%1” could not be read from the system keyring: %2")
                                   .arg(profile, read->errorString()));
        }
    });
    job->start();
}

void ApiKeyStore::write(const QString &profile, const QByteArray &key, Done done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(service(), this);
        job = remove;
    } else {
        auto *store = new QKeychain::WritePasswordJob(service(), this);
        store->setBinaryData(key);
        job = store;
    }
    job->setInsecureFallback(false);
    job->setKey(profile);
    const bool removing = key.isEmpty();
    connect(job, &QKeychain::Job::finished, this, [done, profile, removing](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || (removing && finished->error() == QKeychain::EntryNotFound)) {
            done(true, QString());
            return;
        }
        done(false, tr("The API key of “%1” could not be stored in the system keyring: %2")
                        .arg(profile, finished->errorString()));
    });
    job->start();
}
