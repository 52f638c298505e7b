#pragma once

#include "app/document/qalabel.h"

#include <QObject>
#include <optional>

class DocumentSession;
class FileCommands;
class MessageBar;
class QAction;
class QActionGroup;
class QMenu;
class QStatusBar;
class QWidget;

// View → Read As…: Automatic, or one dialect the document is read as when
// the guess is wrong. The document is read again in a worker
// (DocumentSession::startReadAs); unsaved changes are saved or discarded
// first, as the user says. The choice is remembered per document
// (ReadAsPreference) and applied when the document is opened again.
class ReadAsController : public QObject
{
    Q_OBJECT
public:
    ReadAsController(DocumentSession *session, FileCommands *files, MessageBar *messages, QStatusBar *statusBar,
                     QWidget *dialogParent);

    // Adds the Read As submenu to `view`.
    void fillMenu(QMenu *view);
    // Reads the open document as `dialect` (empty: Automatic); what the
    // menu's items do. False when the user canceled or nothing was started.
    bool readAs(std::optional<QaLabel::Dialect> dialect);
    QAction *action(std::optional<QaLabel::Dialect> dialect) const; // for tests

private:
    void applyRemembered(const QString &path); // after a document was opened
    void syncChecks();                         // the menu shows how the document is read

    DocumentSession *m_session;
    FileCommands *m_files;
    MessageBar *m_messages;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
    QActionGroup *m_group = nullptr;
    QAction *m_automatic = nullptr;
    QList<QAction *> m_dialects; // indexed by QaLabel::Dialect
};
