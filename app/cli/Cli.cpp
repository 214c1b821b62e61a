#include "Cli.h"

#include "actions/TicketActions.h"
#include "agents/AgentStore.h"
#include "core/AppInfo.h"
#include "core/DisplayFormat.h"
#include "core/Logging.h"
#include "demo/DemoFloor.h"
#include "demo/DemoGenerator.h"
#include "document/DocumentParser.h"
#include "document/DocumentSource.h"
#include "document/OrderDocument.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "domain/StatusCatalog.h"
#include "store/Database.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
    QString located(const QString& file, const QString& location)
    {
        return location.isEmpty() ? file : file + u' ' + location;
    }
} // namespace

QCommandLineOption Cli::dbOption()
{
    return {u"db"_s, tr("The database file (default: %1).").arg(AppInfo::defaultDatabasePath()), tr("FILE")};
}

QCommandLineOption Cli::todayOption()
{
    return {u"today"_s, tr("Take this day (IST) as today for every time fact (SPD, warranty, refund TAT)."),
            tr("YYYY-MM-DD")};
}

QCommandLineOption Cli::agentOption()
{
    return {u"agent"_s,
            tr("The agent doing this: an agent of this database whose role allows it (default: $ASSISTDESK_AGENT). "
               "Needed for every change and every reveal of contact details."),
            tr("ID")};
}

bool Cli::actAs(const QCommandLineParser& parser)
{
    const QString id =
        (parser.isSet(u"agent"_s) ? parser.value(u"agent"_s) : qEnvironmentVariable("ASSISTDESK_AGENT")).trimmed();
    if (id.isEmpty()) {
        m_err << tr("Say who is working: --agent ID (an agent of this database; \"assistdesk-cli agent list\" shows "
                    "them).")
              << Qt::endl;
        return false;
    }
    const std::optional<Agent> agent = m_workspace->agents().find(id);
    if (!agent) {
        m_err << (m_workspace->agents().hasError() ? m_workspace->agents().errorString()
                                                   : tr("There is no agent %1 in this database.").arg(id))
              << Qt::endl;
        return false;
    }
    if (agent->disabled) {
        m_err << tr("The account %1 is disabled: ask your supervisor.").arg(agent->id) << Qt::endl;
        return false;
    }
    m_workspace->setAgent(*agent);
    return true;
}

std::optional<int> Cli::parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{command} + arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        // QCommandLineParser names the program by its path; say "assistdesk-cli COMMAND" instead.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(u"[options]"_s);
        const qsizetype space = help.indexOf(u' ');
        if (options > space && space > 0) {
            help.replace(space + 1, options - space - 1, u"assistdesk-cli "_s + command + u' ');
        }
        m_out << help;
        return Ok;
    }
    return std::nullopt;
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

Cli::~Cli() = default;

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty()) {
        // The one thing that was wrong, and where to look: a script's log should not drown it in
        // the whole command list.
        m_err << problem << Qt::endl
              << tr("Run \"assistdesk-cli --help\" for the commands, \"assistdesk-cli COMMAND --help\" for their "
                    "options.")
              << Qt::endl;
        m_err.flush();
        return UsageError;
    }
    m_out << usageText();
    m_out.flush();
    return Ok;
}

QString Cli::usageText()
{
    return tr(
        "Usage: assistdesk-cli [--lang LANG] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  import [--db FILE] DOC...             Load order documents (one document, an array, or JSON Lines)\n"
        "  order show [--db FILE] [--json] ID    Print an order (OD ID or ticket ID)\n"
        "  search [--db FILE] [--json] TEXT      Find orders by OD ID, ticket ID, mobile number or email\n"
        "  demo [--db FILE] [--orders N] [--seed S]  Write realistic demo orders\n"
        "  db-path                               Print where the default database lives\n"
        "  tag --order OD --type T --incident I  Tag an incident (Inbound >> Complaint >> ...)\n"
        "  action reschedule|reopen|cancel|escalate --ticket T ...  Carry out a ticket action\n"
        "  tagging list                          Print the tagging catalog in the article's notation\n"
        "  config list|get|set                   Floor settings: Oathkeeper TATs, reschedule horizon\n"
        "  incidents --order OD                  The order's incidents, newest first\n"
        "  audit --order OD | --all              The order's audit log (or all of it), newest first\n"
        "  sop lint|list|assumptions|walk        The SOP trees: check, list, walk a scenario on an order\n"
        "  agent add|passwd|disable|enable|list  The agents who sign in (supervisors manage them)\n"
        "  escalations list|show|take|update|... The L2 desk and the supervisor's review\n"
        "  qa list|mark|accuracy                 Tagging QA (supervisors)\n"
        "  dashboard [--from D] [--to D]         The supervisor's figures for a period\n"
        "  export LIST --out FILE                A list as CSV (supervisors; audited)\n"
        "  bench --db FILE [--orders N] [--json] Measure lookups, ticket open, SOP walk and submit against SQLite\n"
        "\n"
        "Run \"assistdesk-cli COMMAND --help\" for the options of a command.\n"
        "Changes and reveals need --agent ID (or $ASSISTDESK_AGENT): an agent of the database whose role allows it.\n"
        "Exit status: 0 done, 1 not found, 2 input rejected or refused by a rule or a permission, 3 an SOP walk\n"
        "needs an answer, 4 database problem, 64 usage error.\n");
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << tr("No command given.") << Qt::endl << Qt::endl << usageText();
        m_err.flush();
        return UsageError;
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        return usage();
    }
    if (command == u"--version") {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command == u"import") {
        return importDocuments(rest);
    }
    if (command == u"order") {
        return order(rest);
    }
    if (command == u"search") {
        return search(rest);
    }
    if (command == u"demo") {
        return demo(rest);
    }
    if (command == u"db-path") {
        return dbPath(rest);
    }
    if (command == u"tag") {
        return tag(rest);
    }
    if (command == u"action") {
        return action(rest);
    }
    if (command == u"tagging") {
        return tagging(rest);
    }
    if (command == u"config") {
        return config(rest);
    }
    if (command == u"incidents") {
        return incidents(rest);
    }
    if (command == u"audit") {
        return audit(rest);
    }
    if (command == u"sop") {
        return sop(rest);
    }
    if (command == u"agent") {
        return agent(rest);
    }
    if (command == u"escalations") {
        return escalations(rest);
    }
    if (command == u"qa") {
        return qa(rest);
    }
    if (command == u"dashboard") {
        return dashboard(rest);
    }
    if (command == u"export") {
        return exportList(rest);
    }
    if (command == u"bench") {
        return bench(rest);
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

bool Cli::openDatabase(const QString& path, bool mustExist)
{
    const QString file = path.isEmpty() ? AppInfo::defaultDatabasePath() : path;
    m_workspace = std::make_unique<Workspace>(m_clock);
    if (!m_workspace->open(file, mustExist ? Database::OpenMode::ExistingOnly : Database::OpenMode::CreateIfMissing)) {
        m_err << m_workspace->errorString() << Qt::endl;
        return false;
    }
    return true;
}

bool Cli::parseToday(const QString& text)
{
    if (text.isEmpty()) {
        return true;
    }
    const QDate day = PolicyClock::parseDay(text);
    if (!day.isValid()) {
        m_err << tr("--today \"%1\" is not a date: write it as YYYY-MM-DD, for example 2026-11-20.").arg(text)
              << Qt::endl;
        return false;
    }
    m_clock = PolicyClock::pinnedTo(day);
    return true;
}

int Cli::dbPath(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        return usage(tr("db-path takes no arguments."));
    }
    m_out << QDir::toNativeSeparators(AppInfo::defaultDatabasePath()) << Qt::endl;
    return Ok;
}

int Cli::importDocuments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Load order documents into the database. Each document is checked on its "
                                        "own; a rejected one is reported with its file, index, JSON path and reason "
                                        "and nothing of it is written."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(u"DOC"_s, tr("Files holding one order document, an array of them, or JSON Lines."),
                                 u"DOC..."_s);
    if (const auto status = parse(parser, u"import"_s, arguments)) {
        return *status;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usage(tr("import needs at least one document file."));
    }
    if (!openDatabase(parser.value(u"db"_s), false)) {
        return DatabaseError;
    }

    // A big import keeps the dirty pages of the random indexes in memory until each commit.
    const BulkWriteScope bulk(m_workspace->database());
    int imported = 0;
    int rejected = 0;
    int warnings = 0;
    auto summary = [&](int status) {
        m_err << tr("Imported %n order(s)", nullptr, imported) << u"; "_s << tr("%n rejected", nullptr, rejected)
              << u"; "_s << tr("%n warning(s).", nullptr, warnings) << Qt::endl;
        return status;
    };
    for (const QString& file : files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            m_err << tr("%1: cannot read the file: %2").arg(file, input.errorString()) << Qt::endl;
            ++rejected;
            continue;
        }
        const QList<SourceDocument> documents = DocumentSource::split(input.readAll());

        // Documents are written in batches of one transaction; each document is a savepoint of
        // its own, so a rejected one leaves nothing behind and the others still land.
        constexpr int batchSize = 500;
        int pending = 0;
        auto commitBatch = [&]() {
            if (m_workspace->database().transactionDepth() > 0 && !m_workspace->database().commit()) {
                m_err << tr("%1: the last %n document(s) could not be saved: %2", nullptr, pending)
                             .arg(file, m_workspace->database().errorString())
                      << Qt::endl;
                m_workspace->database().rollback();
                return false;
            }
            imported += pending;
            pending = 0;
            return true;
        };

        // The next documents are checked on the other core while this one writes.
        DocumentParser checker(documents);
        for (qsizetype index = 0; index < documents.size(); ++index) {
            const SourceDocument& source = documents.at(index);
            const OrderDocument::Result result = checker.take(index);
            const QString where = located(file, source.location);
            if (!source.parseError.isEmpty()) {
                m_err << tr("%1: rejected: %2").arg(where, source.parseError) << Qt::endl;
                ++rejected;
                continue;
            }
            for (const DocumentIssue& warning : result.warnings) {
                m_err << tr("%1 %2: warning: %3").arg(where, warning.path, warning.message) << Qt::endl;
                ++warnings;
            }
            if (!result.ok()) {
                for (const DocumentIssue& error : result.errors) {
                    m_err << tr("%1 %2: %3").arg(where, error.path, error.message) << Qt::endl;
                }
                m_err << tr("%1: rejected (%n error(s)); nothing of it was written", nullptr,
                            static_cast<int>(result.errors.size()))
                             .arg(where)
                      << Qt::endl;
                ++rejected;
                continue;
            }
            if (m_workspace->database().transactionDepth() == 0 && !m_workspace->database().begin()) {
                m_err << tr("%1: cannot start writing: %2").arg(where, m_workspace->database().errorString())
                      << Qt::endl;
                return summary(DatabaseError);
            }
            if (!m_workspace->orders().upsert(*result.order)) {
                m_err
                    << tr("%1: rejected: %2; nothing of it was written").arg(where, m_workspace->orders().errorString())
                    << Qt::endl;
                ++rejected;
                continue;
            }
            if (++pending >= batchSize && !commitBatch()) {
                return summary(DatabaseError);
            }
        }
        if (!commitBatch()) {
            return summary(DatabaseError);
        }
    }

    return summary(rejected > 0 ? Rejected : Ok);
}

namespace
{
    QString spdBadge(const PolicyClock& clock, QDate spd)
    {
        const PolicyClock::SpdState state = clock.spdState(spd);
        return u"%1 (%2, %3)"_s.arg(DisplayFormat::date(spd), PolicyClock::spdStateName(state),
                                    DisplayFormat::relativeDay(spd, clock.today()));
    }
} // namespace

int Cli::order(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print an order with every section of its tickets."));
    parser.addOption(dbOption());
    parser.addOption({u"json"_s, tr("Print the order document (it imports back to the same order).")});
    parser.addOption({u"unmask"_s, tr("Show phone numbers and email in full in the text report (audited).")});
    parser.addOption(agentOption());
    parser.addOption(todayOption());
    parser.addPositionalArgument(u"show"_s, tr("The action: show."));
    parser.addPositionalArgument(u"ID"_s, tr("An OD order ID or a ticket ID."));
    if (const auto status = parse(parser, u"order"_s, arguments)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.constFirst() != u"show") {
        return usage(tr("Use: assistdesk-cli order show [--db FILE] [--json] ID"));
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    const SearchQuery query = SearchQuery::parse(positional.at(1));
    if (query.kind != SearchQuery::Kind::OrderId && query.kind != SearchQuery::Kind::TicketId) {
        m_err << tr("\"%1\" is not an order ID (OD followed by 15 to 21 digits) or a ticket ID.").arg(positional.at(1))
              << Qt::endl;
        return Rejected;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    QString orderId = query.value;
    QString ticketId;
    if (query.kind == SearchQuery::Kind::TicketId) {
        const QList<SearchHit> hits = m_workspace->orders().search(query, 1);
        if (m_workspace->orders().hasError()) {
            m_err << m_workspace->orders().errorString() << Qt::endl;
            return DatabaseError;
        }
        if (hits.isEmpty()) {
            m_err << tr("No ticket %1 in this database.").arg(query.value) << Qt::endl;
            return NotFound;
        }
        orderId = hits.constFirst().summary.orderId;
        ticketId = hits.constFirst().matchedTicketId;
    }
    const std::optional<Order> found = m_workspace->orders().order(orderId);
    if (!found) {
        if (m_workspace->orders().hasError()) {
            m_err << m_workspace->orders().errorString() << Qt::endl;
            return DatabaseError;
        }
        m_err << tr("No order %1 in this database.").arg(orderId) << Qt::endl;
        return NotFound;
    }
    const Order& o = *found;
    // Full contact details leave the database only with an audit record, by a named agent.
    if (parser.isSet(u"json"_s) || parser.isSet(u"unmask"_s)) {
        if (!actAs(parser)) {
            return Rejected;
        }
        TicketActions actions(*m_workspace);
        const ActionOutcome audited = actions.revealContact(
            o.orderId, parser.isSet(u"json"_s) ? tr("order show --json: full contact details exported")
                                               : tr("order show --unmask: contact details shown in full"));
        if (!audited.ok) {
            m_err << tr("The contact details are not shown: %1").arg(audited.message) << Qt::endl;
            return audited.refused ? Rejected : DatabaseError;
        }
    }
    if (parser.isSet(u"json"_s)) {
        m_out << QString::fromUtf8(QJsonDocument(OrderDocument::toJson(o)).toJson(QJsonDocument::Indented));
        return Ok;
    }

    const bool unmask = parser.isSet(u"unmask"_s);
    auto phone = [unmask](const QString& p) { return unmask ? p : Formats::maskPhone(p); };
    const StatusCatalog& catalog = StatusCatalog::instance();

    m_out << tr("Order %1").arg(o.orderId) << Qt::endl;
    m_out << u"  "_s
          << tr("Placed:   %1 via %2, %3, %4")
                 .arg(DisplayFormat::dateTime(o.placedAt), Codes::platformName(o.platform),
                      Codes::paymentName(o.payment), Codes::rupees(o.amountPaise))
          << Qt::endl;
    m_out << u"  "_s
          << tr("Customer: %1, %2, %3")
                 .arg(o.customer.name, phone(o.customer.phone),
                      unmask ? o.customer.email : Formats::maskEmail(o.customer.email))
          << Qt::endl;
    if (!o.customer.altPhone.isEmpty()) {
        m_out << u"  "_s << tr("Alternate: %1").arg(phone(o.customer.altPhone)) << Qt::endl;
    }
    m_out << u"  "_s << tr("Address:  %1, %2 %3").arg(o.customer.address, o.customer.city, o.customer.pincode)
          << Qt::endl;
    if (o.refund) {
        const QDate due = PolicyClock::refundDueDate(*o.refund);
        m_out << u"  "_s
              << tr("Refund:   %1 on %2, TAT %3 days (due %4)%5")
                     .arg(Codes::refundStatusName(o.refund->status), DisplayFormat::dateTime(o.refund->initiatedAt))
                     .arg(o.refund->tatDays)
                     .arg(DisplayFormat::date(due),
                          m_clock.refundTatBreached(*o.refund) ? tr(" — TAT breached") : QString())
              << Qt::endl;
    }
    if (o.tickets.isEmpty()) {
        m_out << u"  "_s << tr("No service ticket: the booking was not confirmed.") << Qt::endl;
    }
    for (const Ticket& t : o.tickets) {
        if (!ticketId.isEmpty() && t.ticketId.compare(ticketId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        m_out << Qt::endl
              << tr("Ticket %1: %2 (%3)").arg(t.ticketId, t.service, Codes::serviceLineName(t.line)) << Qt::endl;
        m_out << u"  "_s
              << tr("Status:      %1 / %2: %3").arg(t.status, t.subStatus, catalog.meaning(t.status, t.subStatus))
              << Qt::endl;
        const bool open = catalog.state(t.status, t.subStatus) == TicketState::Open;
        m_out << u"  "_s << tr("SPD:         %1").arg(open ? spdBadge(m_clock, t.spd) : DisplayFormat::date(t.spd))
              << Qt::endl;
        if (t.deliveryPromised.isValid()) {
            m_out << u"  "_s << tr("Delivery by: %1").arg(DisplayFormat::date(t.deliveryPromised)) << Qt::endl;
        }
        if (!t.slot.isEmpty()) {
            m_out << u"  "_s << tr("Slot:        %1").arg(t.slot) << Qt::endl;
        }
        m_out << u"  "_s
              << tr("Technician:  %1")
                     .arg(t.technician ? t.technician->name + u", "_s + phone(t.technician->phone) : tr("not assigned"))
              << Qt::endl;
        m_out << u"  "_s
              << tr("Product:     %1, %2%3%4")
                     .arg(t.product.category, t.product.brand,
                          t.product.model.isEmpty() ? QString() : u", "_s + t.product.model,
                          t.product.serial.isEmpty() ? QString() : tr(", serial %1").arg(t.product.serial))
              << Qt::endl;
        if (t.completedAt.isValid()) {
            m_out << u"  "_s
                  << tr("Completed:   %1 (%2, %3)")
                         .arg(DisplayFormat::dateTime(t.completedAt),
                              DisplayFormat::relativeDay(PolicyClock::localDate(t.completedAt), m_clock.today()),
                              m_clock.withinServiceWarranty(t.completedAt) ? tr("within the 30-day service warranty")
                                                                           : tr("past the 30-day service warranty"))
                  << Qt::endl;
        }
        m_out << u"  "_s << tr("Activity (newest first):") << Qt::endl;
        if (t.activity.isEmpty()) {
            m_out << u"    "_s << tr("No activity yet") << Qt::endl;
        }
        for (auto it = t.activity.crbegin(); it != t.activity.crend(); ++it) {
            m_out << u"    "_s << DisplayFormat::dateTime(it->at) << u"  "_s << it->by << u"  "_s << it->status << u'/'
                  << it->subStatus << u"  "_s << it->remark << Qt::endl;
        }
        m_out << u"  "_s << tr("Reopen history:") << u' ';
        if (t.reopens.isEmpty()) {
            m_out << tr("No reopens") << Qt::endl;
        } else {
            m_out << Qt::endl;
            for (const ReopenEntry& r : t.reopens) {
                m_out << u"    "_s << DisplayFormat::dateTime(r.at) << u"  "_s << r.reason
                      << (r.newTicketId.isEmpty() ? QString() : tr("  (new ticket %1)").arg(r.newTicketId)) << Qt::endl;
            }
        }
        m_out << u"  "_s << tr("Fake detection:") << u' ';
        if (t.fakeFlags.isEmpty()) {
            m_out << tr("No fake updates detected") << Qt::endl;
        } else {
            m_out << Qt::endl;
            for (const FakeFlag& f : t.fakeFlags) {
                m_out << u"    "_s << DisplayFormat::dateTime(f.at) << u"  "_s << f.kind << u": "_s << f.detail
                      << Qt::endl;
            }
        }
        m_out << u"  "_s << tr("Sales:") << u' ';
        if (t.sales.isEmpty()) {
            m_out << tr("No sales") << Qt::endl;
        } else {
            m_out << Qt::endl;
            for (const SaleItem& s : t.sales) {
                m_out << u"    "_s << s.item << u"  "_s << Codes::rupees(s.pricePaise) << Qt::endl;
            }
            m_out << u"    "_s << tr("Total  %1").arg(Codes::rupees(t.salesTotalPaise())) << Qt::endl;
        }
        m_out << u"  "_s << tr("Completion:") << u' ';
        if (!t.completion) {
            m_out << tr("Not completed yet") << Qt::endl;
        } else {
            m_out << tr("serial %1").arg(t.completion->serial) << Qt::endl;
            for (const QString& image : t.completion->images) {
                m_out << u"    "_s << image << Qt::endl;
            }
        }
    }
    return Ok;
}

int Cli::search(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SearchQuery::acceptedFormats());
    parser.addOption(dbOption());
    parser.addOption({u"json"_s, tr("Print the hits as a JSON array.")});
    parser.addOption({u"unmask"_s, tr("Show phone numbers in full (audited).")});
    parser.addOption(agentOption());
    parser.addOption(
        {u"limit"_s, tr("At most this many hits (default %1).").arg(OrderStore::DefaultSearchLimit), tr("N")});
    parser.addPositionalArgument(u"TEXT"_s, tr("What the customer gave: OD ID, ticket ID, mobile or email."),
                                 u"TEXT..."_s);
    if (const auto status = parse(parser, u"search"_s, arguments)) {
        return *status;
    }
    int limit = OrderStore::DefaultSearchLimit;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1) {
            return usage(tr("--limit must be a whole number of 1 or more."));
        }
    }
    const QString text = parser.positionalArguments().join(u' ');
    const SearchQuery query = SearchQuery::parse(text);
    if (query.kind == SearchQuery::Kind::Empty) {
        return usage(tr("search needs something to look for.") + u' ' + SearchQuery::acceptedFormats());
    }
    if (query.kind == SearchQuery::Kind::Invalid) {
        m_err << query.message << Qt::endl;
        return Rejected;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    const QList<SearchHit> hits = m_workspace->orders().search(query, limit);
    if (m_workspace->orders().hasError()) {
        m_err << m_workspace->orders().errorString() << Qt::endl;
        return DatabaseError;
    }
    const bool unmask = parser.isSet(u"unmask"_s);
    if (unmask) {
        if (!actAs(parser)) {
            return Rejected;
        }
        TicketActions actions(*m_workspace);
        for (const SearchHit& hit : hits) {
            const ActionOutcome audited = actions.revealContact(hit.summary.orderId, tr("search --unmask"));
            if (!audited.ok) {
                m_err << tr("The contact details are not shown: %1").arg(audited.message) << Qt::endl;
                return audited.refused ? Rejected : DatabaseError;
            }
        }
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit& hit : hits) {
            const OrderSummary& s = hit.summary;
            QJsonObject object{{u"order_id"_s, s.orderId},
                               {u"placed_at"_s, OrderDocument::formatDateTime(s.placedAt)},
                               {u"customer"_s, s.customerName},
                               {u"phone"_s, unmask ? s.phone : Formats::maskPhone(s.phone)},
                               {u"city"_s, s.city},
                               {u"tickets"_s, s.ticketCount}};
            if (!s.firstService.isEmpty()) {
                object.insert(u"service"_s, s.firstService);
                object.insert(u"status"_s, s.firstStatus);
                object.insert(u"sub_status"_s, s.firstSubStatus);
            }
            if (!hit.matchedTicketId.isEmpty()) {
                object.insert(u"ticket_id"_s, hit.matchedTicketId);
            }
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const SearchHit& hit : hits) {
            const OrderSummary& s = hit.summary;
            m_out << s.orderId << u"  "_s << DisplayFormat::dateTime(s.placedAt) << u"  "_s << s.customerName << u"  "_s
                  << (unmask ? s.phone : Formats::maskPhone(s.phone)) << u"  "_s << s.city << u"  "_s
                  << tr("%n ticket(s)", nullptr, s.ticketCount);
            if (!s.firstService.isEmpty()) {
                m_out << u"  "_s << s.firstService << u": "_s << s.firstStatus << u'/' << s.firstSubStatus;
            }
            if (!hit.matchedTicketId.isEmpty()) {
                m_out << u"  "_s << tr("(ticket %1)").arg(hit.matchedTicketId);
            }
            m_out << Qt::endl;
        }
    }
    if (hits.isEmpty()) {
        m_err << tr("No order matches %1 %2.").arg(SearchQuery::kindName(query.kind), query.value) << Qt::endl;
        return NotFound;
    }
    return Ok;
}

int Cli::demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write realistic, deterministic demo orders: the same seed and the same "
                                        "--today give the same orders."));
    parser.addOption(dbOption());
    parser.addOption({u"orders"_s, tr("How many orders (default %1).").arg(DemoGenerator::DefaultOrders), tr("N")});
    parser.addOption({u"seed"_s, tr("Random seed (default %1).").arg(DemoGenerator::DefaultSeed), tr("S")});
    parser.addOption(todayOption());
    parser.addOption({u"media"_s,
                      tr("Folder for the sample completion photos (default: assistdesk-media beside "
                         "the database)."),
                      tr("DIR")});
    parser.addOption({u"no-media"_s, tr("Reference completion photos by URL only; write no image files.")});
    parser.addOption({u"no-floor"_s, tr("Write the orders only: no demo agents, incidents or escalations.")});
    if (const auto status = parse(parser, u"demo"_s, arguments)) {
        return *status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("demo takes no file arguments; give the database with --db FILE."));
    }
    qint64 count = DemoGenerator::DefaultOrders;
    if (parser.isSet(u"orders"_s)) {
        bool ok = false;
        count = parser.value(u"orders"_s).toLongLong(&ok);
        if (!ok || count < 1 || count > 100000000) {
            return usage(tr("--orders must be a whole number from 1 to 100000000."));
        }
    }
    quint64 seed = DemoGenerator::DefaultSeed;
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            return usage(tr("--seed must be a whole number."));
        }
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    if (!openDatabase(parser.value(u"db"_s), false)) {
        return DatabaseError;
    }
    // Demo accounts have a published password: they never join a floor's real agents.
    if (!parser.isSet(u"no-floor"_s) && m_workspace->agents().count() > 0
        && !m_workspace->agents().find(u"sup.demo"_s)) {
        m_err << tr("%1 already has agents of its own, so the demo floor (demo accounts with a published password) "
                    "is not added to it. Add --no-floor to write only the demo orders, or use a new file.")
                     .arg(QDir::toNativeSeparators(m_workspace->database().path()))
              << Qt::endl;
        return Rejected;
    }

    DemoGenerator generator(m_clock, seed);
    if (!parser.isSet(u"no-media"_s)) {
        const QString media =
            parser.isSet(u"media"_s)
                ? parser.value(u"media"_s)
                : QFileInfo(m_workspace->database().path()).absoluteDir().filePath(u"assistdesk-media"_s);
        generator.setMediaFolder(QFileInfo(media).absoluteFilePath());
        QString error;
        if (!generator.installMedia(&error)) {
            m_err << error << Qt::endl;
            return DatabaseError;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool verbose = count >= 50000;
    const bool ok = generator.generate(
        m_workspace->database(), m_workspace->orders(), count,
        [&](qint64 done) {
            if (verbose && (done % 50000 == 0 || done == count)) {
                m_err << tr("%1 of %2 orders written").arg(done).arg(count) << Qt::endl;
            }
        },
        &error);
    if (!ok) {
        m_err << error << Qt::endl;
        return DatabaseError;
    }
    m_err << tr("Wrote %n demo order(s) to %1 in %2 s.", nullptr, static_cast<int>(count))
                 .arg(QDir::toNativeSeparators(m_workspace->database().path()))
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (!parser.isSet(u"no-floor"_s)) {
        if (!DemoFloor::populate(*m_workspace, m_clock.today(), seed, &error)) {
            m_err << error << Qt::endl;
            return DatabaseError;
        }
        m_err << tr("Demo agents (password %1):").arg(DemoFloor::demoPassword()) << Qt::endl;
        for (const DemoFloor::DemoAgent& agent : DemoFloor::demoAgents()) {
            m_err << u"  "_s << agent.id << u"  "_s << agent.role << u"  "_s << agent.name << Qt::endl;
        }
    }
    return Ok;
}
