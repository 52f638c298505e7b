#include "ui/rehearsal/endpointsdialog.h"

#include "ui/rehearsal/apikeystore.h"
#include "ui/rehearsal/endpointstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

EndpointsDialog::EndpointsDialog(ApiKeyStore *keys, QWidget *parent)
    : QDialog(parent), m_keys(keys), m_profiles(EndpointStore::load())
{
    setObjectName(QStringLiteral("endpointsDialog"));
    setWindowTitle(tr("Model Endpoints"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("endpointList"));
    m_list->setAccessibleName(tr("Endpoints"));
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &EndpointsDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &EndpointsDialog::removeProfile);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_baseUrl = new QLineEdit(m_form);
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_model = new QLineEdit(m_form);
    m_api = new QComboBox(m_form);
    m_api->addItem(tr("OpenAI-compatible (/chat/completions)"), EndpointProfile::apiName(EndpointProfile::ApiStyle::OpenAi));
    m_api->addItem(tr("Ollama native (/api/chat)"), EndpointProfile::apiName(EndpointProfile::ApiStyle::Ollama));
    m_temperature = new QDoubleSpinBox(m_form);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_maxTokens = spinBox(1, 1'000'000, m_form);
    m_contextWindow = spinBox(256, 10'000'000, m_form);
    m_concurrency = spinBox(1, 64, m_form);
    m_timeout = spinBox(1, 3600, m_form);
    m_timeout->setSuffix(tr(" s"));
    m_prompt = new QPlainTextEdit(m_form);
    m_prompt->setAccessibleName(tr("System prompt template"));
    m_prompt->setTabChangesFocus(true);
    auto *defaultPrompt = new QPushButton(tr("Restore &Default Prompt"), m_form);
    connect(defaultPrompt, &QPushButton::clicked, this,
            [this] { m_prompt->setPlainText(EndpointProfile::defaultSystemPrompt()); });
    m_key = new QLineEdit(m_form);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("stored in the system keyring, never in settings"));
    m_storeKey = new QPushButton(tr("Store &Key"), m_form);
    connect(m_storeKey, &QPushButton::clicked, this, &EndpointsDialog::storeKey);
    m_keyStatus = new QLabel(m_form);
    m_keyStatus->setWordWrap(true);
    if (ApiKeyStore::environmentHasKey())
        m_keyStatus->setText(tr("QUIRE_API_KEY is set: requests use it, whatever the keyring holds."));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_storeKey);
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("A&PI style:"), m_api);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("Ma&x tokens (answer):"), m_maxTokens);
    form->addRow(tr("&Context window:"), m_contextWindow);
    form->addRow(tr("C&oncurrent requests:"), m_concurrency);
    form->addRow(tr("T&ime-out:"), m_timeout);
    form->addRow(tr("&System prompt ({context} is replaced by the context):"), m_prompt);
    form->addRow(QString(), defaultPrompt);
    form->addRow(tr("API &key:"), keyRow);
    form->addRow(QString(), m_keyStatus);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("endpointProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndpointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndpointsDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    auto *sideButtons = new QHBoxLayout;
    sideButtons->addWidget(add);
    sideButtons->addWidget(remove);
    side->addLayout(sideButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(side);
    columns->addWidget(m_form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const EndpointProfile &p : m_profiles) {
        m_list->addItem(p.name);
        m_keyNames << p.name;
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        QString problem;
        if (m_shown >= 0 && m_shown < m_profiles.size())
            takeForm(&problem); // switching keeps what was typed; OK checks it
        showProfile(row);
    });
    const QString current = EndpointStore::currentName();
    int row = 0;
    for (int i = 0; i < m_profiles.size(); ++i)
        row = m_profiles[i].name == current ? i : row;
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : row);
    if (m_profiles.isEmpty())
        showProfile(-1);
    resize(760, 620);
}

void EndpointsDialog::showProfile(int row)
{
    m_shown = row;
    m_form->setEnabled(row >= 0);
    const EndpointProfile p = row >= 0 && row < m_profiles.size() ? m_profiles[row] : EndpointProfile();
    m_name->setText(p.name);
    m_baseUrl->setText(p.baseUrl.toString());
    m_model->setText(p.model);
    m_api->setCurrentIndex(qMax(0, m_api->findData(EndpointProfile::apiName(p.api))));
    m_temperature->setValue(p.temperature);
    m_maxTokens->setValue(p.maxTokens);
    m_contextWindow->setValue(p.contextWindow);
    m_concurrency->setValue(p.concurrency);
    m_timeout->setValue(p.timeoutSeconds);
    m_prompt->setPlainText(p.systemPromptTemplate);
    m_key->clear();
}

bool EndpointsDialog::takeForm(QString *problem)
{
    if (m_shown < 0 || m_shown >= m_profiles.size())
        return true;
    EndpointProfile &p = m_profiles[m_shown];
    p.name = m_name->text().trimmed();
    const std::optional<QUrl> url = EndpointProfile::cleanBaseUrl(m_baseUrl->text());
    p.baseUrl = url.value_or(QUrl());
    if (url)
        m_baseUrl->setText(url->toString()); // the user-info is gone: show that it is
    p.model = m_model->text().trimmed();
    p.api = EndpointProfile::apiFromName(m_api->currentData().toString()).value_or(EndpointProfile::ApiStyle::OpenAi);
    p.temperature = m_temperature->value();
    p.maxTokens = m_maxTokens->value();
    p.contextWindow = m_contextWindow->value();
    p.concurrency = m_concurrency->value();
    p.timeoutSeconds = m_timeout->value();
    p.systemPromptTemplate = m_prompt->toPlainText();
    if (QListWidgetItem *item = m_list->item(m_shown))
        item->setText(p.name);
    if (p.name.isEmpty())
        *problem = tr("Every endpoint needs a name.");
    else if (!url)
        *problem = tr("“%1”: the base URL must be an http:// or https:// address.").arg(p.name);
    else if (p.model.isEmpty())
        *problem = tr("“%1”: which model? (for example llama3.1:8b)").arg(p.name);
    else if (!p.systemPromptTemplate.contains(QStringLiteral("{context}")))
        *problem = tr("“%1”: the system prompt needs {context} where the context goes.").arg(p.name);
    return problem->isEmpty();
}

QString EndpointsDialog::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const EndpointProfile &p : m_profiles)
            taken = taken || p.name == name;
        if (!taken)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

void EndpointsDialog::addProfile()
{
    QString problem;
    takeForm(&problem);
    EndpointProfile p;
    p.name = uniqueName(tr("Local server"));
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_profiles.append(p);
    m_keyNames << QString();
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EndpointsDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    m_shown = -1; // the form belongs to the removed profile
    m_profiles.removeAt(row);
    if (!m_keyNames[row].isEmpty())
        m_removedKeyNames << m_keyNames[row];
    m_keyNames.removeAt(row);
    delete m_list->takeItem(row);
    showProfile(m_list->currentRow());
}

void EndpointsDialog::storeKey()
{
    QString problem;
    takeForm(&problem);
    if (m_shown < 0 || m_profiles[m_shown].name.isEmpty())
        return;
    const QByteArray key = m_key->text().trimmed().toUtf8();
    m_key->clear(); // not kept in the widget longer than it takes
    m_storeKey->setEnabled(false);
    m_keyStatus->setText(tr("Storing…"));
    // The keyring may answer after the dialog is gone.
    QPointer<EndpointsDialog> self(this);
    const QString name = m_profiles[m_shown].name;
    m_keys->write(name, key, [self, name, removed = key.isEmpty()](bool ok, const QString &error) {
        if (!self)
            return;
        EndpointsDialog *d = self;
        // The key now lives under the profile's new name: OK moves no
        // older key over it, and removes the one under the old name.
        for (int row = 0; ok && row < d->m_profiles.size(); ++row) {
            if (d->m_profiles[row].name != name || d->m_keyNames[row] == name)
                continue;
            if (!d->m_keyNames[row].isEmpty())
                d->m_removedKeyNames << d->m_keyNames[row];
            d->m_keyNames[row] = name;
        }
        d->m_storeKey->setEnabled(true);
        d->m_keyStatus->setText(ok ? (removed ? tr("Key removed from the system keyring.")
                                           : tr("Key stored in the system keyring."))
                                : error);
        emit d->keyStored(ok);
    });
}

void EndpointsDialog::accept()
{
    QString problem;
    if (!takeForm(&problem)) {
        m_problem->setText(problem);
        return;
    }
    for (int i = 0; i < m_profiles.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (m_profiles[i].name == m_profiles[j].name) {
                m_problem->setText(tr("Two endpoints are called “%1”.").arg(m_profiles[i].name));
                return;
            }
        }
    }
    QHash<QString, QString> renamed;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (!m_keyNames[i].isEmpty() && m_keyNames[i] != m_profiles[i].name)
            renamed.insert(m_keyNames[i], m_profiles[i].name);
    }
    if (renamed.isEmpty() && m_removedKeyNames.isEmpty()) {
        save();
        return;
    }
    // The keys first: if the keyring fails, nothing is saved and the
    // dialog stays open to say so.
    m_ok->setEnabled(false);
    m_problem->setText(tr("Moving the API keys in the system keyring…"));
    QPointer<EndpointsDialog> self(this);
    m_keys->rename(renamed, m_removedKeyNames, [self](bool ok, const QString &error) {
        if (!self)
            return;
        self->m_ok->setEnabled(true);
        if (!ok) {
            self->m_problem->setText(error);
            return;
        }
        self->m_problem->clear();
        for (int i = 0; i < self->m_profiles.size(); ++i)
            self->m_keyNames[i] = self->m_profiles[i].name;
        self->m_removedKeyNames.clear();
        self->save();
    });
}

void EndpointsDialog::save()
{
    EndpointStore::save(m_profiles);
    if (m_shown >= 0)
        EndpointStore::setCurrentName(m_profiles[m_shown].name);
    QDialog::accept();
}
