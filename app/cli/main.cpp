#include "Cli.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang is global and comes before the command: assistdesk-cli --lang hi search …
    QString language;
    if (arguments.size() >= 2 && arguments.constFirst() == QLatin1String("--lang")) {
        language = arguments.at(1);
        arguments = arguments.mid(2);
    }
    AppInfo::installTranslations(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int status = cli.run(arguments);
    out.flush();
    err.flush();
    return status;
}
