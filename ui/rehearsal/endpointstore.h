#pragma once

#include "app/rehearsal/endpointprofile.h"

#include <QList>
#include <QString>

// The model endpoints the user configured (Settings → Model Endpoints), kept
// in QSettings under "rehearsal/endpoints". Only what a profile holds is
// written: never an API key (ApiKeyStore keeps those), and base URLs only
// as EndpointProfile::cleanBaseUrl leaves them, without user-info.
class EndpointStore
{
public:
    static QList<EndpointProfile> load();
    static void save(const QList<EndpointProfile> &profiles);
    // The profile a rehearsal uses (by name); the first one when that is gone.
    static QString currentName();
    static void setCurrentName(const QString &name);
    static std::optional<EndpointProfile> current();
};
