#include "ui/rehearsal/apikeystore.h"

#include <qt6keychain/keychain.h>

#include <QList>
#include <QSet>

#include <utility>

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent) {}

void ApiKeyStore::read(const QString &profile, KeyRead done)
{
    const QByteArray environment = fromEnvironment();
    if (!environment.isEmpty()) {
        done(environment, QString());
        return;
    }
    readEntry(profile, [done, profile](Outcome outcome, const QByteArray &key, const QString &error) {
        if (outcome == Outcome::Failed) {
            done(QByteArray(), tr("The API key of “%1” could not be read from the system keyring: %2").arg(profile, error));
            return;
        }
        done(key, QString()); // no key, or no keyring here: ask without a key
    });
}

void ApiKeyStore::write(const QString &profile, const QByteArray &key, Done done)
{
    const bool removing = key.isEmpty();
    writeEntry(profile, key, [done, profile, removing](Outcome outcome, const QByteArray &, const QString &error) {
        if (outcome == Outcome::Ok || (removing && outcome == Outcome::NotFound)) {
            done(true, QString());
            return;
        }
        done(false, tr("The API key of “%1” could not be stored in the system keyring: %2").arg(profile, error));
    });
}

// A rename in three rounds, one keyring entry at a time: read the old
// entries, write the new ones, remove the old ones nothing was moved to.
struct ApiKeyStore::Move
{
    QList<std::pair<QString, QString>> renamed; // old, new
    QStringList removed;
    QHash<QString, QByteArray> keys; // by old name: the keys found
    enum class Round { Read, Write, Remove } round = Round::Read;
    int next = 0;
    Done done;
};

void ApiKeyStore::rename(const QHash<QString, QString> &renamed, const QStringList &removed, Done done)
{
    auto move = std::make_shared<Move>();
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        if (it.key() != it.value())
            move->renamed.append({it.key(), it.value()});
    }
    move->removed = removed;
    move->done = std::move(done);
    moveStep(move);
}

void ApiKeyStore::moveStep(std::shared_ptr<Move> move)
{
    const auto fail = [move](const QString &name, const QString &error) {
        move->done(false, tr("The API key of “%1” could not be moved in the system keyring: %2").arg(name, error));
    };
    if (move->round == Move::Round::Read) {
        if (move->next < move->renamed.size()) {
            const QString from = move->renamed[move->next++].first;
            readEntry(from, [this, move, from, fail](Outcome outcome, const QByteArray &key, const QString &error) {
                if (outcome == Outcome::Failed)
                    return fail(from, error);
                if (outcome == Outcome::Ok)
                    move->keys.insert(from, key);
                moveStep(move);
            });
            return;
        }
        move->round = Move::Round::Write;
        move->next = 0;
    }
    if (move->round == Move::Round::Write) {
        while (move->next < move->renamed.size() && !move->keys.contains(move->renamed[move->next].first))
            ++move->next; // nothing kept for it
        if (move->next < move->renamed.size()) {
            const auto [from, to] = move->renamed[move->next++];
            writeEntry(to, move->keys.value(from), [this, move, to = to, fail](Outcome outcome, const QByteArray &, const QString &error) {
                if (outcome != Outcome::Ok)
                    return fail(to, error);
                moveStep(move);
            });
            return;
        }
        // What goes: the old names and the removed profiles', unless a
        // profile is called so now.
        QSet<QString> kept;
        for (const auto &[from, to] : std::as_const(move->renamed))
            kept.insert(to);
        QStringList gone;
        for (const auto &[from, to] : std::as_const(move->renamed)) {
            if (move->keys.contains(from) && !kept.contains(from))
                gone << from;
        }
        for (const QString &name : std::as_const(move->removed)) {
            if (!kept.contains(name) && !gone.contains(name))
                gone << name;
        }
        move->removed = gone;
        move->round = Move::Round::Remove;
        move->next = 0;
    }
    if (move->next < move->removed.size()) {
        const QString name = move->removed[move->next++];
        writeEntry(name, QByteArray(), [this, move, name, fail](Outcome outcome, const QByteArray &, const QString &error) {
            if (outcome == Outcome::Failed)
                return fail(name, error);
            moveStep(move); // not found, or no keyring: nothing to remove
        });
        return;
    }
    move->done(true, QString());
}

void ApiKeyStore::readEntry(const QString &entry, EntryDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (read->error()) {
        case QKeychain::NoError: done(Outcome::Ok, read->binaryData(), QString()); break;
        case QKeychain::EntryNotFound: done(Outcome::NotFound, QByteArray(), QString()); break;
        case QKeychain::NoBackendAvailable: done(Outcome::NoKeyring, QByteArray(), read->errorString()); break;
        default: done(Outcome::Failed, QByteArray(), read->errorString());
        }
    });
    job->start();
}

void ApiKeyStore::writeEntry(const QString &entry, const QByteArray &data, EntryDone done)
{
    QKeychain::Job *job = nullptr;
    if (data.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(service(), this);
    } else {
        auto *store = new QKeychain::WritePasswordJob(service(), this);
        store->setBinaryData(data);
        job = store;
    }
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError: done(Outcome::Ok, QByteArray(), QString()); break;
        case QKeychain::EntryNotFound: done(Outcome::NotFound, QByteArray(), QString()); break;
        case QKeychain::NoBackendAvailable: done(Outcome::NoKeyring, QByteArray(), finished->errorString()); break;
        default: done(Outcome::Failed, QByteArray(), finished->errorString());
        }
    });
    job->start();
}
