#pragma once

#include "app/rehearsal/endpointprofile.h"

#include <QDialog>
#include <QList>

class ApiKeyStore;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Settings → Model Endpoints: named profiles (where the model server is,
// which model, how to ask it). Saved to QSettings through EndpointStore on
// OK; an API key typed here goes only to the system keyring (ApiKeyStore),
// at once, with the result shown in the dialog. Renaming or removing a
// profile moves or removes its key in the keyring on OK.
class EndpointsDialog : public QDialog
{
    Q_OBJECT
public:
    EndpointsDialog(ApiKeyStore *keys, QWidget *parent = nullptr);

    QList<EndpointProfile> profiles() const { return m_profiles; }
    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *modelField() const { return m_model; }
    QComboBox *apiField() const { return m_api; }
    QSpinBox *maxTokensField() const { return m_maxTokens; }
    QSpinBox *contextWindowField() const { return m_contextWindow; }
    QSpinBox *concurrencyField() const { return m_concurrency; }
    QPlainTextEdit *systemPromptField() const { return m_prompt; }
    QLineEdit *apiKeyField() const { return m_key; }
    QPushButton *storeKeyButton() const { return m_storeKey; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    void addProfile();
    void removeProfile();
    void storeKey();
    void accept() override;

signals:
    void keyStored(bool ok);

private:
    void showProfile(int row);
    bool takeForm(QString *problem); // the form into m_profiles[m_shown]
    QString uniqueName(const QString &base) const;
    void save();


    ApiKeyStore *m_keys;
    QList<EndpointProfile> m_profiles;
    // Per profile: the name its key is kept under in the keyring (its name
    // when the dialog opened; empty for a new one). A rename moves the key
    // on OK, so the profile keeps it.
    QStringList m_keyNames;
    QStringList m_removedKeyNames; // removed profiles' (and replaced) keys, removed on OK
    int m_shown = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QComboBox *m_api;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QSpinBox *m_contextWindow;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    QPlainTextEdit *m_prompt;
    QLineEdit *m_key;
    QPushButton *m_storeKey;
    QLabel *m_keyStatus;
    QLabel *m_problem;
    QPushButton *m_ok;
    QWidget *m_form;
};
