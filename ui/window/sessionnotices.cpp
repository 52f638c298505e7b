#include "ui/window/sessionnotices.h"

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "ui/common/entryselection.h"
#include "ui/common/messagebar.h"
#include "ui/compare/comparedialog.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"

#include <QLocale>
#include <QStatusBar>

SessionNotices::SessionNotices(DocumentSession *session, MessageBar *bar, EntrySelection *selection,
                               EntryEditor *editor, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_bar(bar), m_selection(selection), m_editor(editor),
      m_statusBar(statusBar), m_dialogParent(dialogParent)
{
    connect(session, &DocumentSession::changedOnDisk, this, &SessionNotices::onChangedOnDisk);
    connect(session, &DocumentSession::removedFromDisk, this, &SessionNotices::onRemovedFromDisk);
    connect(session, &DocumentSession::unreadableOnDisk, this, [this](const QString &reason) {
        m_bar->showMessage(MessageBar::Kind::Warning,
                           tr("%1 can no longer be read (%2): changes other programs make to it are not noticed.")
                               .arg(m_session->displayName(), reason));
    });
    connect(session, &DocumentSession::recoveryFailed, this, [this](const QString &reason) {
        // Never silent: the user must know his unsaved work is not protected.
        m_bar->showMessage(MessageBar::Kind::Error,
                           tr("Unsaved changes cannot be protected against a crash: %1. Save to keep them safe.")
                               .arg(reason));
        m_bar->addAction(tr("&Save Now"), [this] { emit saveRequested(); });
    });
}

void SessionNotices::offerRecovery(const QString &path)
{
    QList<RecoveryStore::Entry> held;
    QList<RecoveryStore::Entry> found = path.isEmpty() ? RecoveryStore::untitledOrphans(&held)
                                                       : RecoveryStore::orphansFor(path, &held);
    // A copy identical to the file holds no work of its own. The document's
    // bytes are written out only when there is a copy to compare (a 65 MB
    // document would otherwise be serialised at every start).
    QByteArray current;
    if (!found.isEmpty() && !path.isEmpty())
        current = m_session->model()->document().toBytes();
    while (!found.isEmpty() && !path.isEmpty() && RecoveryStore::read(found.first()) == current) {
        RecoveryStore::discard(found.first());
        found.removeFirst();
    }
    if (!found.isEmpty())
        offer(found.first(), int(found.size()) - 1);
    else if (!held.isEmpty())
        tellHeldElsewhere(held.first());
}

void SessionNotices::tellHeldElsewhere(const RecoveryStore::Entry &entry)
{
    // Not silent, and not taken: the other Quire may still save this work.
    m_bar->showMessage(MessageBar::Kind::Warning,
                       tr("Another running Quire (process %1) holds unsaved changes to this document in %2. "
                          "They are left to it: close that Quire to save or recover them.")
                           .arg(entry.heldByPid)
                           .arg(entry.markdownPath));
}

void SessionNotices::offer(const RecoveryStore::Entry &entry, int older)
{
    const QString when = QLocale().toString(entry.savedAt, QLocale::ShortFormat);
    QString text = entry.documentPath.isEmpty()
        ? tr("Unsaved work from an untitled document (%1) was recovered after Quire stopped unexpectedly.").arg(when)
        : tr("Unsaved changes to %1 from %2 were recovered after Quire stopped unexpectedly.")
              .arg(m_session->displayName(), when);
    if (older > 0)
        text += tr(" %n older copies stay in %1.", nullptr, older).arg(RecoveryStore::folder());
    m_bar->showMessage(MessageBar::Kind::Warning, text);
    m_bar->addAction(tr("&Restore"), [this, entry] {
        if (entry.documentPath.isEmpty() && !m_session->filePath().isEmpty())
            m_session->newDocument();
        LoadError error;
        if (!m_session->restoreRecovered(entry, &error))
            m_bar->showMessage(MessageBar::Kind::Error, tr("Could not restore: %1").arg(error.message));
        else
            m_statusBar->showMessage(tr("Recovered text restored; it is not saved yet."), 6000);
    });
    if (!entry.documentPath.isEmpty()) {
        m_bar->addAction(tr("C&ompare"), [this, entry] {
            compareWithRecovered(entry);
            offer(entry, 0); // still undecided
        });
    }
    m_bar->addAction(tr("&Discard"), [entry] { RecoveryStore::discard(entry); });
}

void SessionNotices::compareWithRecovered(const RecoveryStore::Entry &entry)
{
    const std::optional<QaDocument> recovered = QaDocument::fromBytes(RecoveryStore::read(entry), entry.markdownPath);
    if (!recovered)
        return;
    CompareDialog dialog(m_session->model()->document(), tr("On disk"), *recovered, tr("Recovered"), m_dialogParent);
    dialog.exec();
}

void SessionNotices::reloadKeepingPlace(const QByteArray &bytes)
{
    const EntryRef place = m_selection->currentEntry();
    const int section = m_selection->currentSection();
    const int cursor = m_editor->answerEditor()->textCursor().position();
    LoadError error;
    if (!m_session->reloadFrom(bytes, &error)) {
        m_bar->showMessage(MessageBar::Kind::Error,
                           tr("%1 changed on disk and cannot be read: %2").arg(m_session->displayName(), error.message));
        return;
    }
    const QaDocument &document = m_session->model()->document();
    if (document.contains(place)) {
        m_selection->selectEntry(place);
        MarkdownEditor *answer = m_editor->answerEditor();
        QTextCursor c = answer->textCursor();
        c.setPosition(qMin(cursor, int(answer->toPlainText().size())));
        answer->setTextCursor(c);
    } else if (section >= 0 && section < document.sectionCount()) {
        m_selection->showSection(section);
    }
}

void SessionNotices::onChangedOnDisk(const QByteArray &bytes)
{
    if (!m_session->isModified()) {
        reloadKeepingPlace(bytes);
        m_statusBar->showMessage(tr("%1 changed on disk and was reloaded.").arg(m_session->displayName()), 6000);
        return;
    }
    m_bar->showMessage(MessageBar::Kind::Warning,
                       tr("%1 was changed by another program, and you have unsaved changes.")
                           .arg(m_session->displayName()));
    m_bar->addAction(tr("&Reload"), [this, bytes] { reloadKeepingPlace(bytes); });
    m_bar->addAction(tr("&Keep Mine"), [this, bytes] {
        m_session->keepMine(bytes);
        m_statusBar->showMessage(tr("Your version stays; saving will replace the one on disk."), 6000);
    });
    m_bar->addAction(tr("C&ompare"), [this, bytes] {
        const std::optional<QaDocument> disk = QaDocument::fromBytes(bytes, m_session->filePath());
        if (disk) {
            CompareDialog dialog(m_session->model()->document(), tr("Yours (unsaved)"), *disk, tr("On disk now"), m_dialogParent);
            dialog.exec();
        }
        onChangedOnDisk(bytes); // still undecided
    });
}

void SessionNotices::onRemovedFromDisk()
{
    m_bar->showMessage(MessageBar::Kind::Warning,
                       tr("%1 was deleted or moved by another program. Your text is still here.")
                           .arg(m_session->filePath()));
    m_bar->addAction(tr("Save &As…"), [this] { emit saveAsRequested(); });
    m_bar->addAction(tr("&Save Here Again"), [this] { emit saveRequested(); });
}
