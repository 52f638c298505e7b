// ReviewStore::follow, apart from the rest of the store: the one part that
// needs the Qt model (and, through its undo stack, Qt Gui). It is built into
// quiremodel; quire check and export use the store without it and link only
// quirecore (app/CMakeLists.txt).

#include "app/review/reviewstore.h"

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"

#include <QTimer>
#include <utility>

void ReviewStore::follow(DocumentSession *session)
{
    QaModel *model = session->model();
    connect(model, &QaModel::documentReset, this, [this, model] {
        // Another file, a reload or a recovered text. Which one is known
        // only when the session has (or has not) announced a new path, in
        // this same turn of the event loop; until then keys follow the new
        // text but records are neither re-matched nor written.
        flush();
        m_keys.rebuild(&model->document(), model->keysAtReset()); // keyed in the parsing worker, if it could
        m_keysCurrent = true; // the attach or load in a moment need not key it again
        m_orphans.invalidate();
        if (m_resetPending)
            return;
        m_resetPending = true;
        QTimer::singleShot(0, this, [this, model] {
            if (!m_resetPending)
                return;
            m_resetPending = false;
            attachInBackground(&model->document());
        });
    });
    connect(session, &DocumentSession::filePathChanged, this, [this, model](const QString &path) {
        if (m_resetPending) {
            m_resetPending = false;
            startLoad(path, &model->document(), std::exchange(m_keysCurrent, false)); // keyed by the reset
        } else {
            moveTo(path);
        }
    });
    connect(model, &QaModel::entryChanged, this, &ReviewStore::followEdit);
    connect(model, &QaModel::structureChanged, this, [this] {
        m_orphans.patch(m_keys.rebuildReportingChanges(document()), m_records, m_keys);
        m_keysCurrent = false;
        emit recordsChanged(); // a removed entry's review is now an orphan, and back on undo
    });
    loadInBackground(session->filePath(), &model->document());
}
