// Settings → Model Endpoints (ui/rehearsal): profiles saved to QSettings
// without any API key and with base URLs stripped of user-info, read back
// from the settings file itself.

#include "ui/rehearsal/apikeystore.h"
#include "ui/rehearsal/endpointsdialog.h"
#include "ui/rehearsal/endpointstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// The keyring as ApiKeyStore sees it, kept in memory: it answers later,
// as a real one does, and no test touches the keyring of whoever runs it.
class MemoryKeyring : public ApiKeyStore
{
public:
    QHash<QString, QByteArray> entries;

protected:
    void readEntry(const QString &entry, EntryDone done) override
    {
        QTimer::singleShot(0, this, [this, entry, done] {
            if (entries.contains(entry))
                done(Outcome::Ok, entries.value(entry), QString());
            else
                done(Outcome::NotFound, QByteArray(), QString());
        });
    }
    void writeEntry(const QString &entry, const QByteArray &data, EntryDone done) override
    {
        QTimer::singleShot(0, this, [this, entry, data, done] {
            if (data.isEmpty()) {
                done(entries.remove(entry) ? Outcome::Ok : Outcome::NotFound, QByteArray(), QString());
                return;
            }
            entries.insert(entry, data);
            done(Outcome::Ok, QByteArray(), QString());
        });
    }
};

class TestEndpointsDialog : public QObject
{
    Q_OBJECT

    static QByteArray settingsBytes()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("QUIRE_API_KEY");
    }

    void init() { QSettings().clear(); }

    void keyAndUserInfoNeverReachSettings()
    {
        ApiKeyStore keys;
        EndpointsDialog dialog(&keys);
        QCOMPARE(dialog.list()->count(), 0);
        dialog.addProfile();
        QCOMPARE(dialog.list()->count(), 1);
        // The default prompt is shown, editable.
        QCOMPARE(dialog.systemPromptField()->toPlainText(), EndpointProfile::defaultSystemPrompt());
        dialog.nameField()->setText(QStringLiteral("llama-server"));
        dialog.baseUrlField()->setText(QStringLiteral("http://alice:sk-in-url-1234@127.0.0.1:9999/v1/"));
        dialog.modelField()->setText(QStringLiteral("qwen2.5-7b"));
        dialog.apiField()->setCurrentIndex(1);
        dialog.maxTokensField()->setValue(700);
        dialog.contextWindowField()->setValue(32768);
        dialog.concurrencyField()->setValue(3);
        dialog.systemPromptField()->setPlainText(QStringLiteral("Answer from this only:\n{context}"));
        dialog.apiKeyField()->setText(QStringLiteral("sk-typed-5678"));
        QSignalSpy stored(&dialog, &EndpointsDialog::keyStored);
        dialog.storeKey();
        QVERIFY(dialog.apiKeyField()->text().isEmpty());
        // No keyring in the test's session: the failure is said, without the key.
        QVERIFY(stored.wait(10000));
        QVERIFY(!dialog.keyStatus()->text().contains(QStringLiteral("sk-typed-5678")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QByteArray bytes = settingsBytes();
        QVERIFY2(bytes.contains("127.0.0.1:9999/v1"), bytes.constData());
        QVERIFY(!bytes.contains("sk-typed-5678"));
        QVERIFY(!bytes.contains("sk-in-url-1234"));
        QVERIFY(!bytes.contains("alice"));

        const QList<EndpointProfile> profiles = EndpointStore::load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles[0].baseUrl.toString(), QStringLiteral("http://127.0.0.1:9999/v1"));
        QCOMPARE(profiles[0].model, QStringLiteral("qwen2.5-7b"));
        QCOMPARE(profiles[0].api, EndpointProfile::ApiStyle::Ollama);
        QCOMPARE(profiles[0].maxTokens, 700);
        QCOMPARE(profiles[0].contextWindow, 32768);
        QCOMPARE(profiles[0].concurrency, 3);
        QCOMPARE(profiles[0].systemPromptTemplate, QStringLiteral("Answer from this only:\n{context}"));
        QCOMPARE(EndpointStore::currentName(), QStringLiteral("llama-server"));
    }

    // A settings file edited by hand with user-info in it is cleaned on read.
    void handEditedUserInfoIsDropped()
    {
        {
            QSettings settings;
            settings.beginWriteArray(QStringLiteral("rehearsal/endpoints"), 1);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("hosted"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://bob:secret@api.example.com/v1"));
            settings.setValue(QStringLiteral("model"), QStringLiteral("m"));
            settings.endArray();
        }
        const QList<EndpointProfile> profiles = EndpointStore::load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles[0].baseUrl.toString(), QStringLiteral("https://api.example.com/v1"));
        EndpointStore::save(profiles);
        QVERIFY(!settingsBytes().contains("secret"));
        // The default prompt is not written: a later default reaches the profile.
        QVERIFY(!settingsBytes().contains("systemPrompt"));
        QCOMPARE(EndpointStore::load()[0].systemPromptTemplate, EndpointProfile::defaultSystemPrompt());
    }

    void incompleteProfilesAreRefused()
    {
        ApiKeyStore keys;
        EndpointsDialog dialog(&keys);
        dialog.addProfile();
        dialog.baseUrlField()->setText(QStringLiteral("ftp://example.com"));
        dialog.modelField()->setText(QStringLiteral("m"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("http://")));
        dialog.baseUrlField()->setText(QStringLiteral("http://127.0.0.1:1/v1"));
        dialog.systemPromptField()->setPlainText(QStringLiteral("no placeholder"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("{context}")));
        QVERIFY(EndpointStore::load().isEmpty());
    }

    static EndpointProfile profile(const QString &name)
    {
        EndpointProfile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        p.model = QStringLiteral("m");
        return p;
    }
    static void rename(EndpointsDialog &dialog, int row, const QString &name)
    {
        dialog.list()->setCurrentRow(row);
        dialog.nameField()->setText(name);
    }
    static QByteArray keyOf(ApiKeyStore &keys, const QString &profile)
    {
        QByteArray got = "(no answer)";
        keys.read(profile, [&got](const QByteArray &key, const QString &) { got = key; });
        if (!QTest::qWaitFor([&got] { return got != "(no answer)"; }, 5000))
            return "(no answer)";
        return got;
    }

    // Renaming a profile takes its key along in the keyring; a swap of two
    // names swaps the keys; removing a profile removes its key; a key typed
    // after a rename is the one kept.
    void keysFollowRenamedProfiles()
    {
        EndpointStore::save({profile(QStringLiteral("hosted")), profile(QStringLiteral("local"))});
        MemoryKeyring keys;
        keys.entries = {{QStringLiteral("hosted"), "sk-hosted"}, {QStringLiteral("local"), "sk-local"}};
        {
            EndpointsDialog dialog(&keys);
            rename(dialog, 0, QStringLiteral("hosted (work)"));
            dialog.accept();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(keys.entries.size(), 2);
        QCOMPARE(keyOf(keys, QStringLiteral("hosted (work)")), QByteArray("sk-hosted"));
        QCOMPARE(keyOf(keys, QStringLiteral("hosted")), QByteArray());
        QCOMPARE(EndpointStore::load()[0].name, QStringLiteral("hosted (work)"));
        {
            EndpointsDialog dialog(&keys);
            rename(dialog, 0, QStringLiteral("local"));
            rename(dialog, 1, QStringLiteral("hosted (work)"));
            dialog.accept();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(keys.entries.value(QStringLiteral("local")), QByteArray("sk-hosted"));
        QCOMPARE(keys.entries.value(QStringLiteral("hosted (work)")), QByteArray("sk-local"));
        QCOMPARE(keys.entries.size(), 2);
        {
            EndpointsDialog dialog(&keys);
            dialog.list()->setCurrentRow(1);
            dialog.removeProfile();
            rename(dialog, 0, QStringLiteral("renamed"));
            dialog.apiKeyField()->setText(QStringLiteral("sk-typed"));
            QSignalSpy stored(&dialog, &EndpointsDialog::keyStored);
            dialog.storeKey();
            QVERIFY(stored.wait(5000));
            QCOMPARE(stored.first().first().toBool(), true);
            dialog.accept();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(keys.entries, (QHash<QString, QByteArray>{{QStringLiteral("renamed"), "sk-typed"}}));
        // Cancel moves nothing.
        {
            EndpointsDialog dialog(&keys);
            rename(dialog, 0, QStringLiteral("not kept"));
            dialog.reject();
        }
        QCOMPARE(keys.entries, (QHash<QString, QByteArray>{{QStringLiteral("renamed"), "sk-typed"}}));
        QCOMPARE(EndpointStore::load()[0].name, QStringLiteral("renamed"));
    }

    // The environment's key wins, at once, without asking the keyring.
    void environmentKeyComesFirst()
    {
        qputenv("QUIRE_API_KEY", "sk-env-42");
        ApiKeyStore keys;
        QByteArray got;
        bool called = false;
        keys.read(QStringLiteral("any"), [&](const QByteArray &key, const QString &error) {
            got = key;
            called = error.isEmpty();
        });
        qunsetenv("QUIRE_API_KEY");
        QVERIFY(called);
        QCOMPARE(got, QByteArray("sk-env-42"));
    }
};

QTEST_MAIN(TestEndpointsDialog)
#include "tst_endpointsdialog.moc"
