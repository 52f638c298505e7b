#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where a model endpoint's API key comes from: the QUIRE_API_KEY
// environment variable when it is set, else the system keyring (QtKeychain:
// the Secret Service or KWallet), one entry per endpoint profile. Keys are
// never kept in QSettings (QtKeychain's plain-text fallback stays off) and
// never put into a message: errors name the profile, not the key.
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

    static QString service() { return QStringLiteral("Quire model endpoints"); }
};
