#include "AppInfo.h"

#include "CoreResources.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

void AppInfo::apply()
{
    QCoreApplication::setOrganizationName(u"AssistDesk"_s);
    QCoreApplication::setApplicationName(u"AssistDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSISTDESK_VERSION));
}

QString AppInfo::defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ASSISTDESK_DB");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"AssistDesk/assistdesk.sqlite"_s);
}

QString AppInfo::installTranslations(const QString& language)
{
    ensureCoreResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* app = QCoreApplication::instance();

    // English is the fallback: it also carries the singular and plural forms of "%n order(s)".
    auto* own = new QTranslator(app);
    QString loaded = locale.name();
    if (!own->load(locale, u"assistdesk"_s, u"_"_s, u":/i18n"_s)) {
        loaded = u"en"_s;
        if (!own->load(u"assistdesk_en"_s, u":/i18n"_s)) {
            delete own;
            own = nullptr;
        }
    }
    if (own) {
        QCoreApplication::installTranslator(own);
    }

    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return loaded;
}
