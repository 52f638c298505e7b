#pragma once

#include "app/session/recoverystore.h"

#include <QObject>

class DocumentSession;
class EntryEditor;
class EntrySelection;
class MessageBar;
class QStatusBar;
class QWidget;

// The bar's side of data safety: offers recovered work after a crash
// (Restore / Compare / Discard) and reacts to changes made by other programs
// (reload a clean document in place; ask Reload / Keep mine / Compare for a
// modified one; offer Save As when the file is gone). Nothing is decided
// without the user, except reloading a document that has no unsaved changes.
class SessionNotices : public QObject
{
    Q_OBJECT
public:
    SessionNotices(DocumentSession *session, MessageBar *bar, EntrySelection *selection, EntryEditor *editor,
                   QStatusBar *statusBar, QWidget *dialogParent);

    // After opening `path` (empty: at start-up without a document).
    void offerRecovery(const QString &path);

signals:
    // The bar's Save Now / Save As… / Save Here Again buttons.
    void saveRequested();
    void saveAsRequested();

private:
    void offer(const RecoveryStore::Entry &entry, int older);
    void tellHeldElsewhere(const RecoveryStore::Entry &entry);
    void compareWithRecovered(const RecoveryStore::Entry &entry);
    void onChangedOnDisk(const QByteArray &bytes);
    void onRemovedFromDisk();
    void reloadKeepingPlace(const QByteArray &bytes);

    DocumentSession *m_session;
    MessageBar *m_bar;
    EntrySelection *m_selection;
    EntryEditor *m_editor;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
};
