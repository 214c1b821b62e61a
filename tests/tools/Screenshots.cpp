// assistdesk-screenshots: renders the console's main states to PNG files, the way an agent sees
// them at 1366×768, for the README and for looking at the screens after a change.
// Run through scripts/screenshots.sh, which prepares a demo database for it.

#include "MainWindow.h"
#include "actions/CancelDialog.h"
#include "actions/EscalateDialog.h"
#include "actions/ReopenDialog.h"
#include "actions/RescheduleDialog.h"
#include "agents/AgentStore.h"
#include "agents/SignInDialog.h"
#include "core/AppInfo.h"
#include "demo/DemoGenerator.h"
#include "desk/EscalationQueueView.h"
#include "domain/StatusCatalog.h"
#include "sop/SopPanel.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorBoard.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
    struct Examples
    {
        QString sharedPhone;
        QString fullTicketOrder; // a ticket ID: the search opens its order on that ticket
        QString severalTicketsOrder;
        QString noTicketOrder;
        QString cancelInitiatedOrder;
        QString reopenableOrder;
    };

    // Picks, from the demo orders, one example of each screen worth showing.
    Examples findExamples(const DemoGenerator& generator, const PolicyClock& clock, qint64 count)
    {
        Examples examples;
        QMap<QString, int> perPhone;
        int bestScore = -1;
        const StatusCatalog& catalog = StatusCatalog::instance();
        for (qint64 i = 0; i < count; ++i) {
            const Order order = generator.order(i);
            perPhone[order.customer.phone] += 1;
            if (order.tickets.isEmpty() && order.refund && examples.noTicketOrder.isEmpty()) {
                examples.noTicketOrder = order.orderId;
            }
            // The richest completed ticket: reopened, photos, sales, a fake flag, a long timeline.
            for (const Ticket& t : order.tickets) {
                if (t.reopens.isEmpty() || !t.completion || t.completion->images.size() < 2) {
                    continue;
                }
                const int score = (t.sales.isEmpty() ? 0 : 2) + (t.fakeFlags.isEmpty() ? 0 : 2)
                                  + static_cast<int>(qMin<qsizetype>(t.activity.size(), 8));
                if (score > bestScore) {
                    bestScore = score;
                    examples.fullTicketOrder = t.ticketId;
                }
            }
            if (order.tickets.size() == 1 && examples.cancelInitiatedOrder.isEmpty()
                && order.tickets.constFirst().status == u"CANCEL_INITIATED") {
                examples.cancelInitiatedOrder = order.orderId;
            }
            if (order.tickets.size() == 1 && examples.reopenableOrder.isEmpty()
                && catalog.state(order.tickets.constFirst().status, order.tickets.constFirst().subStatus)
                       == TicketState::Completed
                && clock.withinServiceWarranty(order.tickets.constFirst().completedAt)
                && order.tickets.constFirst().product.category == u"Air Conditioner") {
                examples.reopenableOrder = order.orderId;
            }
            if (order.tickets.size() >= 2 && examples.severalTicketsOrder.isEmpty()) {
                const Ticket& newest = order.tickets.constLast();
                if (catalog.state(newest.status, newest.subStatus) == TicketState::Open
                    && clock.spdState(newest.spd) == PolicyClock::SpdState::Breached && newest.activity.size() >= 4) {
                    examples.severalTicketsOrder = order.orderId;
                }
            }
        }
        int best = 0;
        for (auto it = perPhone.cbegin(); it != perPhone.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                examples.sharedPhone = it.key();
            }
        }
        return examples;
    }
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::apply();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Demo database written by assistdesk-cli demo."_s, u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"Folder for the PNG files."_s, u"DIR"_s);
    const QCommandLineOption todayOption(u"today"_s, u"The --today the demo was written with."_s, u"YYYY-MM-DD"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"The --seed the demo was written with."_s, u"S"_s,
                                        QString::number(DemoGenerator::DefaultSeed));
    const QCommandLineOption ordersOption(u"orders"_s, u"How many demo orders to look through."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption mediaOption(u"media"_s, u"The demo's photo folder."_s, u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language."_s, u"LANG"_s, u"en"_s);
    parser.addOptions({dbOption, outOption, todayOption, seedOption, ordersOption, mediaOption, langOption});
    parser.process(app);
    AppInfo::installTranslations(parser.value(langOption));

    const PolicyClock clock = PolicyClock::pinnedTo(QDate::fromString(parser.value(todayOption), Qt::ISODate));
    Workspace workspace(clock);
    if (!workspace.open(parser.value(dbOption), Database::OpenMode::ExistingOnly)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(workspace.errorString()));
        return 1;
    }
    DemoGenerator generator(clock, parser.value(seedOption).toULongLong());
    if (parser.isSet(mediaOption)) {
        generator.setMediaFolder(QFileInfo(parser.value(mediaOption)).absoluteFilePath());
    }
    // The demo floor's agents: an L1 agent takes the calls, then the L2 agent and the supervisor.
    auto signInAs = [&workspace](const QString& id) {
        const std::optional<Agent> agent = workspace.agents().find(id);
        if (!agent) {
            std::fprintf(stderr, "the demo database has no agent %s\n", qUtf8Printable(id));
            std::exit(1);
        }
        workspace.setAgent(*agent);
    };
    signInAs(u"l1.demo"_s);
    const Examples examples = findExamples(generator, clock, parser.value(ordersOption).toLongLong());

    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    MainWindow window(workspace);
    // The client area of a maximised window on a 1366×768 screen with a taskbar and title bar.
    window.resize(1366, 700);
    window.show();
    auto* search = window.findChild<QLineEdit*>(u"orderSearchLineEdit"_s);

    int failures = 0;
    auto shot = [&](const QString& name) {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        const QString file = out.filePath(name + u".png"_s);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qUtf8Printable(file));
            ++failures;
            return;
        }
        std::printf("%s\n", qUtf8Printable(file));
    };
    auto type = [&](const QString& text) {
        search->setText(text);
        QMetaObject::invokeMethod(&window, "runSearch");
    };

    shot(u"01-start"_s);
    type(u"+91 "_s + examples.sharedPhone.left(5) + u' ' + examples.sharedPhone.mid(5));
    shot(u"02-results"_s);
    type(examples.fullTicketOrder);
    shot(u"03-ticket-view"_s);
    type(examples.severalTicketsOrder);
    shot(u"04-several-tickets"_s);
    type(examples.noTicketOrder);
    shot(u"05-no-ticket"_s);
    type(u"Priya 98765"_s);
    shot(u"06-invalid-input"_s);

    // Tagging: an open ticket past its SPD, the complaint found by typing two words.
    type(examples.severalTicketsOrder);
    QMetaObject::invokeMethod(&window, "showTagPanel");
    auto* filter = window.findChild<QLineEdit*>(u"incidentFilterLineEdit"_s);
    filter->setText(u"delay spd"_s);
    shot(u"07-tag-incident"_s);

    // The action dialogs, each on a ticket where the article allows it.
    TicketActions actions(workspace);
    auto dialogShot = [&](ActionDialog& dialog, const QString& name) {
        dialog.show();
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        const QString file = out.filePath(name + u".png"_s);
        if (!dialog.grab().save(file)) {
            ++failures;
        }
        std::printf("%s\n", qUtf8Printable(file));
        dialog.close();
    };
    auto draftFor = [](const Order& order, const QString& entryId) {
        IncidentDraft draft;
        draft.orderId = order.orderId;
        draft.ticketId = order.tickets.constLast().ticketId;
        draft.entryId = entryId;
        return draft;
    };
    const Order several = *workspace.orders().order(examples.severalTicketsOrder);
    {
        RescheduleDialog dialog(actions, draftFor(several, u"request-to-reschedule"_s), several,
                                several.tickets.constLast(), &window);
        dialogShot(dialog, u"08-reschedule-dialog"_s);
    }
    if (const auto order = workspace.orders().order(examples.reopenableOrder)) {
        ReopenDialog dialog(actions, draftFor(*order, u"request-to-reopen-ticket"_s), *order,
                            order->tickets.constLast(), &window);
        dialogShot(dialog, u"09-reopen-dialog"_s);
    }
    if (const auto order = workspace.orders().order(examples.cancelInitiatedOrder)) {
        CancelDialog dialog(actions, draftFor(*order, u"cancellation-of-service"_s), *order, order->tickets.constLast(),
                            &window);
        dialogShot(dialog, u"10-cancel-dialog"_s);
    }
    {
        EscalateDialog dialog(actions, draftFor(several, u"delay-in-service-out-of-spd"_s), several,
                              several.tickets.constLast(), &window);
        dialogShot(dialog, u"11-escalate-dialog"_s);
    }

    // History after tagging: the escalation just made, with its audit record.
    IncidentDraft escalation = draftFor(several, u"delay-in-service-out-of-spd"_s);
    escalation.remarks = actions.defaultRemarks(*TaggingCatalog::instance().entry(escalation.entryId), several,
                                                &several.tickets.constLast(), u"Technician did not come on the SPD"_s);
    actions.escalate(escalation);
    type(examples.severalTicketsOrder);
    window.findChild<QAction*>(u"actionShowHistory"_s)->trigger();
    shot(u"12-history"_s);

    // The SOP walker on the same ticket: the scenarios of its line, then "Status Check" walked.
    window.findChild<QAction*>(u"actionShowSop"_s)->trigger();
    auto* sopFilter = window.findChild<QLineEdit*>(u"sopFilterLineEdit"_s);
    sopFilter->setText(u"status"_s);
    shot(u"13-sop-scenarios"_s);
    sopFilter->clear();
    auto* options = window.findChild<QListWidget*>(u"sopOptionsListWidget"_s);
    auto press = [](QWidget* widget, int key) {
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &down);
    };
    if (window.findChild<SopPanel*>()->startScenario(u"Status Check"_s)) {
        press(options, Qt::Key_1); // Status of the service
        shot(u"14-sop-walk"_s);
        // The agent selects a fact the data answered and overrides it.
        auto* steps = window.findChild<QListWidget*>(u"sopStepsListWidget"_s);
        for (int row = steps->count() - 1; row >= 0; --row) {
            const QString text = steps->item(row)->text();
            if (text.startsWith(u"From the data"_s) && text.contains(u"SPD"_s)) {
                steps->setCurrentRow(row);
                break;
            }
        }
        window.findChild<QPushButton*>(u"sopOverrideButton"_s)->click();
        shot(u"15-sop-override"_s);
    } else {
        ++failures;
    }

    // Signing in: the dialog at the start of a shift.
    {
        SignInDialog dialog(workspace, &window);
        dialog.setAgentId(u"l2.demo"_s);
        dialog.show();
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        const QString file = out.filePath(u"16-sign-in.png"_s);
        if (!dialog.grab().save(file)) {
            ++failures;
        }
        std::printf("%s\n", qUtf8Printable(file));
    }

    // The L2 agent's queue, then the most urgent escalation beside its order.
    signInAs(u"l2.demo"_s);
    search->clear();
    window.applyRole();
    window.findChild<QAction*>(u"actionEscalationQueue"_s)->trigger();
    shot(u"17-l2-queue"_s);
    if (auto* queue = window.findChild<EscalationQueueView*>(); queue && queue->currentEscalationId() != 0) {
        queue->openCurrent();
        shot(u"18-escalation-panel"_s);
    } else {
        std::fprintf(stderr, "the L2 queue is empty\n");
        ++failures;
    }

    // The supervisor's board: review queue, tagging QA, dashboard, audit log.
    signInAs(u"sup.demo"_s);
    window.applyRole();
    window.findChild<QAction*>(u"actionSupervisorBoard"_s)->trigger();
    auto* board = window.findChild<SupervisorBoard*>();
    const QList<std::pair<SupervisorBoard::Tab, QString>> tabs{
        {SupervisorBoard::Tab::ReviewQueue, u"19-review-board"_s},
        {SupervisorBoard::Tab::TaggingQa, u"20-tagging-qa"_s},
        {SupervisorBoard::Tab::Dashboard, u"21-dashboard"_s},
        {SupervisorBoard::Tab::AuditLog, u"22-audit-log"_s}};
    for (const auto& [tab, name] : tabs) {
        board->setCurrentTab(tab);
        shot(name);
    }
    return failures == 0 ? 0 : 1;
}
