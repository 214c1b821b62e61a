#include "MainWindow.h"

#include "core/AppInfo.h"
#include "core/ProcessStats.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();

    QApplication app(argc, argv);
    AppInfo::apply();
    QApplication::setApplicationDisplayName(u"AssistDesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "AssistDesk: the Flipkart Home Services support console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "FILE"), AppInfo::defaultDatabasePath());
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "Interface language (en, hi); default: the system's."),
        QApplication::translate("main", "LANG"));
    const QCommandLineOption todayOption(
        u"today"_s, QApplication::translate("main", "Take this day (IST) as today, for training and tests."),
        QApplication::translate("main", "YYYY-MM-DD"));
    const QCommandLineOption measureOption(
        u"measure-startup"_s, QApplication::translate("main", "Print the time to a ready window, then quit."));
    const QCommandLineOption measureOrdersOption(
        u"measure-orders"_s,
        QApplication::translate("main",
                                "With --measure-startup: then open N orders spread over the database, one after "
                                "the other, and print the time and the peak memory before quitting."),
        QApplication::translate("main", "N"));
    const QCommandLineOption agentOption(
        u"agent"_s, QApplication::translate("main", "Fill in this agent ID in the sign-in dialog."),
        QApplication::translate("main", "ID"));
    parser.addOption(dbOption);
    parser.addOption(agentOption);
    parser.addOption(langOption);
    parser.addOption(todayOption);
    parser.addOption(measureOption);
    parser.addOption(measureOrdersOption);
    parser.process(app);

    AppInfo::installTranslations(parser.value(langOption));

    PolicyClock clock;
    if (parser.isSet(todayOption)) {
        const QDate today = PolicyClock::parseDay(parser.value(todayOption));
        if (!today.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QApplication::translate("main", "--today \"%1\" is not a date YYYY-MM-DD.")
                                            .arg(parser.value(todayOption))));
            return 64;
        }
        clock = PolicyClock::pinnedTo(today);
    }

    Workspace workspace(clock);
    // An existing database only: a mistyped --db must not quietly become a new, empty one. A
    // failure is shown in the window, which offers to open another file.
    workspace.open(parser.value(dbOption), Database::OpenMode::ExistingOnly);

    MainWindow window(workspace);
    window.show();

    if (parser.isSet(measureOption)) {
        const int ordersToOpen = qMax(0, parser.value(measureOrdersOption).toInt());
        // Ready: the first event-loop pass after show() has painted the window and it takes input
        // (the sign-in that follows waits for a person, so it is not part of the measurement).
        QTimer::singleShot(0, &app, [&startup, &app, &window, &workspace, ordersToOpen] {
            std::printf("ASSISTDESK_READY %lld ms\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            if (ordersToOpen > 0 && workspace.isOpen()) {
                // As an agent would, one order after the other, each painted before the next.
                const QList<OrderKeys> orders = workspace.orders().sampleOrders(ordersToOpen, 6);
                QElapsedTimer opening;
                opening.start();
                for (const OrderKeys& order : orders) {
                    window.openOrder(order.orderId);
                    window.repaint();
                    QCoreApplication::processEvents();
                }
                std::printf("ASSISTDESK_ORDERS_OPENED %lld in %lld ms\n", static_cast<long long>(orders.size()),
                            static_cast<long long>(opening.elapsed()));
            }
            if (const std::optional<qint64> peak = ProcessStats::peakResidentKiB()) {
                std::printf("ASSISTDESK_PEAK_RSS %lld KiB\n", static_cast<long long>(*peak));
            }
            std::fflush(stdout);
            app.quit();
        });
    } else {
        // Every shift starts with a sign-in; nothing is searched or changed before it.
        QTimer::singleShot(0, &window,
                           [&window, &parser, &agentOption] { window.requireSignIn(parser.value(agentOption)); });
    }
    return QApplication::exec();
}
