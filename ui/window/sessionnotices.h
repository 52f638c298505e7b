#pragma once

#include "app/session/recoverystore.h"

#include <QObject>

class DocumentSession;
class MainWindow;
class MessageBar;

// The bar's side of data safety: offers recovered work after a crash
// (Restore / Compare / Discard) and reacts to changes made by other programs
// (reload a clean document in place; ask Reload / Keep mine / Compare for a
// modified one; offer Save As when the file is gone). Nothing is decided
// without the user, except reloading a document that has no unsaved changes.
class SessionNotices : public QObject
{
    Q_OBJECT
public:
    SessionNotices(MainWindow *window, DocumentSession *session, MessageBar *bar);

    // After opening `path` (empty: at start-up without a document).
    void offerRecovery(const QString &path);

private:
    void offer(const RecoveryStore::Entry &entry, int older);
    void compareWithRecovered(const RecoveryStore::Entry &entry);
    void onChangedOnDisk(const QByteArray &bytes);
    void onRemovedFromDisk();
    void reloadKeepingPlace(const QByteArray &bytes);

    MainWindow *m_window;
    DocumentSession *m_session;
    MessageBar *m_bar;
};
