#include "ui/spell/spellmenu.h"

#include "app/spell/spellchecker.h"

#include <QActionGroup>
#include <QStatusBar>
#include <QTimer>

SpellMenu::SpellMenu(QWidget *parent) : QMenu(tr("&Spelling"), parent)
{
    setObjectName(QStringLiteral("spellingMenu"));
    connect(SpellChecker::instance(), &SpellChecker::changed, this, &SpellMenu::refresh);
    refresh();
}

void SpellMenu::build()
{
    // Only ever called from refresh() after a reload(), never while one of
    // these actions is emitting.
    clear();
    m_languageActions.clear();
    SpellChecker *spell = SpellChecker::instance();
    m_check = addAction(tr("Check &Spelling"));
    m_check->setObjectName(QStringLiteral("spellCheckAction"));
    m_check->setCheckable(true);
    connect(m_check, &QAction::triggered, spell, &SpellChecker::setEnabled);
    addSeparator();
    const QList<SpellDictionary> dictionaries = spell->dictionaries();
    m_builtFor.clear();
    if (dictionaries.isEmpty()) {
        QAction *none = addAction(tr("No dictionaries installed"));
        none->setObjectName(QStringLiteral("noDictionariesAction"));
        none->setEnabled(false);
    }
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const SpellDictionary &dictionary : dictionaries) {
        QAction *action = addAction(dictionary.displayName());
        action->setObjectName(QStringLiteral("spellLanguage_") + dictionary.language);
        action->setData(dictionary.language);
        action->setCheckable(true);
        group->addAction(action);
        const QString language = dictionary.language;
        connect(action, &QAction::triggered, spell, [spell, language] { spell->setLanguage(language); });
        m_languageActions << action;
        m_builtFor << language;
    }
    m_built = true;
}

void SpellMenu::refresh()
{
    SpellChecker *spell = SpellChecker::instance();
    QStringList languages;
    for (const SpellDictionary &dictionary : spell->dictionaries())
        languages << dictionary.language;
    if (!m_built || languages != m_builtFor)
        build();
    m_check->setChecked(spell->isActive());
    m_check->setEnabled(spell->isAvailable());
    for (QAction *action : std::as_const(m_languageActions)) {
        action->setChecked(action->data().toString() == spell->language());
        action->setEnabled(spell->isEnabled());
    }
}

void SpellMenu::announceIfUnavailable(QStatusBar *bar)
{
    if (!bar || SpellChecker::instance()->isAvailable())
        return;
    // After start-up, so that it is not overwritten by the first messages.
    QTimer::singleShot(0, bar, [bar] {
        bar->showMessage(tr("Spell check is off: no dictionaries installed."), 10000);
    });
}
