#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Where a model endpoint's API key comes from: the QUIRE_API_KEY
// environment variable when it is set, else the system keyring (QtKeychain:
// the Secret Service or KWallet), one entry per endpoint profile, named by
// the profile. Keys are never kept in QSettings (QtKeychain's plain-text
// fallback stays off) and never put into a message: errors name the
// profile, not the key.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    using KeyRead = std::function<void(const QByteArray &key, const QString &error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit ApiKeyStore(QObject *parent = nullptr);

    static QByteArray fromEnvironment() { return qgetenv("QUIRE_API_KEY"); }
    static bool environmentHasKey() { return !fromEnvironment().isEmpty(); }

    // The key for `profile`: the environment's at once, else the keyring's
    // when it answers. No key at all is not an error (local servers need
    // none): `key` is then empty and so is `error`.
    void read(const QString &profile, KeyRead done);
    // Stores (or with an empty key, removes) the profile's key in the keyring.
    void write(const QString &profile, const QByteArray &key, Done done);
    // Profiles renamed (old name -> new name) take their keys along, and
    // the keys of `removed` profiles go. Every key is read before any is
    // written, and old entries are removed last, so a swap of two names
    // works and a failed write loses nothing.
    void rename(const QHash<QString, QString> &renamed, const QStringList &removed, Done done);

    static QString service() { return QStringLiteral("Quire model endpoints"); }

protected:
    // The keyring itself, one entry at a time (QtKeychain here). A test's
    // store keeps the entries in memory instead, so that no test writes
    // into the keyring of whoever runs it.
    enum class Outcome { Ok, NotFound, NoKeyring, Failed };
    using EntryDone = std::function<void(Outcome outcome, const QByteArray &data, const QString &error)>;
    virtual void readEntry(const QString &entry, EntryDone done);
    // An empty `data` removes the entry.
    virtual void writeEntry(const QString &entry, const QByteArray &data, EntryDone done);

private:
    struct Move;
    void moveStep(std::shared_ptr<Move> move);
};
