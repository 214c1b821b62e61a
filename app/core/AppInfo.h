#pragma once

#include <QCoreApplication>
#include <QString>

// Names, version, where the user's database lives, and the translations: shared by the GUI and
// the CLI so that both find the same database and speak the same language.
class AppInfo final
{
    Q_DECLARE_TR_FUNCTIONS(AppInfo)

public:
    // Sets application and organisation names and the version on the running application.
    static void apply();
    // $ASSISTDESK_DB when set, else <user data folder>/AssistDesk/assistdesk.sqlite.
    static QString defaultDatabasePath();
    // Installs AssistDesk's and Qt's own translation for the language ("hi", "en", or empty for the
    // system locale). Returns the language actually loaded ("en" when none matched).
    static QString installTranslations(const QString& language);
};
