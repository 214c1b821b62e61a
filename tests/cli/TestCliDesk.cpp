// Agents, the L2 desk and the supervisor through the real assistdesk-cli: the first supervisor,
// passwords on standard input, permissions refused per role, an escalation worked end to end,
// tagging QA, the dashboard and audited CSV exports.

#include "CliRunner.h"
#include "TestData.h"

#include "export/Csv.h"
#include "store/AuditLog.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDesk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void agentsStartWithASupervisor();
    void permissionsAreCheckedPerRole();
    void anEscalationWorkedEndToEnd();
    void qaDashboardAndExports();
    void demoAccountsNeverJoinARealFloor();
    void twoAgentsTakingAtOnceNeverBothGetIt();

private:
    CliRun cli(QStringList arguments, const QString& agent = QString(), const QByteArray& input = QByteArray())
    {
        arguments << u"--db"_s << db();
        return runCli(arguments, m_dir->filePath(u"default.sqlite"_s), agent, input);
    }
    QString db() const { return m_dir->filePath(u"desk.sqlite"_s); }
    void floor() { TestData::addAgents(db(), TestData::floorAgents()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({u"import"_s, TestData::path(u"orders.json"_s)}).status, 0);
}

void TestCliDesk::agentsStartWithASupervisor()
{
    CliRun run = cli({u"agent"_s, u"list"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(u"No agents yet"_s), qPrintable(run.err));
    const QByteArray password = TestData::password().toUtf8() + "\n";
    run = cli({u"agent"_s, u"add"_s, u"--id"_s, u"l1.meera"_s, u"--name"_s, u"Meera"_s, u"--role"_s, u"L1"_s,
               u"--password-stdin"_s},
              QString(), password);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"first account must be a supervisor"_s), qPrintable(run.err));
    run = cli({u"agent"_s, u"add"_s, u"--id"_s, u"sup.anita"_s, u"--name"_s, u"Anita Desai"_s, u"--role"_s,
               u"Supervisor"_s, u"--password-stdin"_s},
              QString(), password);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    // Passwords never on the command line.
    run = cli({u"agent"_s, u"add"_s, u"--id"_s, u"l1.meera"_s, u"--name"_s, u"Meera"_s, u"--role"_s, u"L1"_s},
              u"sup.anita"_s);
    QCOMPARE(run.status, 64);
    run = cli({u"agent"_s, u"add"_s, u"--id"_s, u"l1.meera"_s, u"--name"_s, u"Meera Iyer"_s, u"--role"_s, u"L1"_s,
               u"--password-stdin"_s},
              u"sup.anita"_s, password);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    run = cli({u"agent"_s, u"add"_s, u"--id"_s, u"l1.other"_s, u"--name"_s, u"Other"_s, u"--role"_s, u"L1"_s,
               u"--password-stdin"_s},
              u"l1.meera"_s, password);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"only supervisors may manage agents"_s), qPrintable(run.err));
    run = cli({u"agent"_s, u"list"_s, u"--json"_s});
    const QJsonArray agents = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents.at(0).toObject().value(u"role"_s).toString(), u"L1"_s);
    // A supervisor promotes an L1 agent to L2 (audited); nobody changes their own role, and an
    // L1 agent changes nobody's.
    QCOMPARE(cli({u"agent"_s, u"role"_s, u"--id"_s, u"l1.meera"_s, u"--role"_s, u"L2"_s}, u"l1.meera"_s).status, 2);
    run = cli({u"agent"_s, u"role"_s, u"--id"_s, u"l1.meera"_s, u"--role"_s, u"L2"_s}, u"sup.anita"_s);
    QVERIFY2(run.status == 0 && run.err.contains(u"l1.meera is now L2 agent"_s), qPrintable(run.err));
    QCOMPARE(cli({u"escalations"_s, u"list"_s}, u"l1.meera"_s).status, 0); // the L2 desk is open to her now
    run = cli({u"agent"_s, u"role"_s, u"--id"_s, u"sup.anita"_s, u"--role"_s, u"L1"_s}, u"sup.anita"_s);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"your own role"_s), qPrintable(run.err));
    QCOMPARE(cli({u"agent"_s, u"role"_s, u"--id"_s, u"l1.meera"_s, u"--role"_s, u"Boss"_s}, u"sup.anita"_s).status, 64);
    run = cli({u"audit"_s, u"--all"_s}, u"sup.anita"_s);
    QVERIFY2(run.out.contains(u"change_role"_s) && run.out.contains(u"before {\"role\":\"L1\"}"_s),
             qPrintable(run.out)); // from what, to what
    // A disabled agent can no longer act.
    QCOMPARE(cli({u"agent"_s, u"disable"_s, u"--id"_s, u"l1.meera"_s}, u"sup.anita"_s).status, 0);
    run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Enquiry"_s, u"--incident"_s,
               u"Enquiry About TAT/SPD"_s},
              u"l1.meera"_s);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"disabled"_s), qPrintable(run.err));
    // An agent ID that is not in this database.
    run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Enquiry"_s, u"--incident"_s,
               u"Enquiry About TAT/SPD"_s},
              u"l1.ghost"_s);
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"There is no agent l1.ghost"_s));
}

void TestCliDesk::permissionsAreCheckedPerRole()
{
    floor();
    // Nobody named: no change.
    CliRun run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Enquiry"_s, u"--incident"_s,
                      u"Enquiry About TAT/SPD"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"Say who is working"_s), qPrintable(run.err));
    struct Case
    {
        QStringList arguments;
        QString allowed; // the least role allowed
    };
    const QString out = m_dir->filePath(u"out.csv"_s);
    const QList<Case> cases = {
        {{u"escalations"_s, u"list"_s}, u"L2"_s},
        {{u"qa"_s, u"list"_s}, u"Supervisor"_s},
        {{u"dashboard"_s}, u"Supervisor"_s},
        {{u"export"_s, u"audit"_s, u"--out"_s, out}, u"Supervisor"_s},
        {{u"audit"_s, u"--all"_s}, u"Supervisor"_s},
        {{u"config"_s, u"set"_s, u"reschedule.horizon_days"_s, u"10"_s}, u"Supervisor"_s},
    };
    const QList<QPair<QString, QString>> agents = {
        {u"l1.ravi"_s, u"L1"_s}, {u"l2.suresh"_s, u"L2"_s}, {u"sup.anita"_s, u"Supervisor"_s}};
    for (const Case& c : cases) {
        bool reached = false;
        for (const auto& [agent, role] : agents) {
            reached = reached || role == c.allowed;
            QFile::remove(out);
            run = cli(c.arguments + QStringList{u"--today"_s, u"2026-11-20"_s}, agent);
            const QString context = c.arguments.join(u' ') + u" by "_s + agent + u": "_s + run.err;
            if (reached) {
                QVERIFY2(run.status == 0, qPrintable(context));
            } else {
                QVERIFY2(run.status == 2, qPrintable(context));
                QVERIFY2(run.err.contains(u"is signed in as"_s), qPrintable(context));
                QVERIFY2(!QFile::exists(out), qPrintable(context));
            }
        }
    }
    // Every refusal is on record.
    run = cli({u"audit"_s, u"--all"_s}, u"sup.anita"_s);
    QCOMPARE(run.out.count(u"permission_denied"_s), 11); // 1 + 2 + 2 + 2 + 2 + 2
}

void TestCliDesk::anEscalationWorkedEndToEnd()
{
    floor();
    CliRun run = cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s,
                      u"Delay in Service"_s, u"--today"_s, u"2026-11-20"_s},
                     u"l1.ravi"_s);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QStringList today = {u"--today"_s, u"2026-11-20"_s};
    run = cli(QStringList{u"escalations"_s, u"list"_s, u"--json"_s} + today, u"l2.suresh"_s);
    QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(u"overdue"_s).toBool(), false);
    QCOMPARE(row.value(u"countdown"_s).toString(), u"1 d 0 h left"_s);
    QCOMPARE(row.value(u"escalated_by"_s).toString(), u"l1.ravi"_s);
    const QString id = QString::number(row.value(u"id"_s).toInteger());
    // Two days later it is overdue, and "--overdue" finds it.
    run =
        cli({u"escalations"_s, u"list"_s, u"--json"_s, u"--overdue"_s, u"--today"_s, u"2026-11-22"_s}, u"l2.suresh"_s);
    row = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(row.value(u"overdue"_s).toBool(), true);
    QCOMPARE(row.value(u"countdown"_s).toString(), u"overdue by 1 d 0 h"_s);

    QCOMPARE(cli(QStringList{u"escalations"_s, u"take"_s, id} + today, u"l2.suresh"_s).status, 0);
    run = cli(QStringList{u"escalations"_s, u"update"_s, id, u"--update"_s, u"Call In Progress"_s} + today,
              u"l2.suresh"_s);
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"new date"_s));
    QCOMPARE(cli(QStringList{u"escalations"_s, u"update"_s, id, u"--update"_s, u"Call In Progress"_s, u"--date"_s,
                             u"2026-11-21"_s}
                     + today,
                 u"l2.suresh"_s)
                 .status,
             0);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"update"_s, id, u"--update"_s, u"nonsense"_s} + today, u"l2.suresh"_s)
                 .status,
             64);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"outcall"_s, id, u"--note"_s, u"Shared the new date."_s} + today,
                 u"l2.suresh"_s)
                 .status,
             0);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"resolve"_s, id, u"--note"_s, u"Visit done; customer happy."_s} + today,
                 u"l2.suresh"_s)
                 .status,
             0);
    // L2 cannot approve its own work; the supervisor sees it in review and approves.
    QCOMPARE(cli(QStringList{u"escalations"_s, u"approve"_s, id} + today, u"l2.suresh"_s).status, 2);
    run = cli(QStringList{u"escalations"_s, u"list"_s, u"--status"_s, u"review"_s} + today, u"sup.anita"_s);
    QVERIFY2(run.out.contains(u"Waiting for review"_s) && run.out.contains(u"resolved in time"_s), qPrintable(run.out));
    QCOMPARE(cli(QStringList{u"escalations"_s, u"approve"_s, id} + today, u"sup.anita"_s).status, 0);
    run = cli(QStringList{u"escalations"_s, u"show"_s, id, u"--json"_s} + today, u"l2.suresh"_s);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(shown.value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(shown.value(u"events"_s).toArray().size(), 5);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"show"_s, u"999"_s} + today, u"l2.suresh"_s).status, 1);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"take"_s, u"999"_s} + today, u"l2.suresh"_s).status, 1);
    QCOMPARE(cli(QStringList{u"escalations"_s, u"take"_s, u"abc"_s} + today, u"l2.suresh"_s).status, 64);
}

void TestCliDesk::qaDashboardAndExports()
{
    floor();
    QCOMPARE(cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s, u"Delay in Service"_s,
                  u"--today"_s, u"2026-11-20"_s, u"--remarks"_s,
                  u"Customer says, \"nobody came\" — call back on 98765 43210"_s},
                 u"l1.ravi"_s)
                 .status,
             0);
    const QStringList today = {u"--today"_s, u"2026-11-20"_s};
    // A number typed into the remarks is masked wherever the remarks are shown.
    CliRun run = cli({u"incidents"_s, u"--order"_s, u"OD428012345678901234"_s});
    QVERIFY2(run.out.contains(u"call back on ******3210"_s) && !run.out.contains(u"43210"_s), qPrintable(run.out));
    run = cli(QStringList{u"escalations"_s, u"show"_s, u"1"_s} + today, u"l2.suresh"_s);
    QVERIFY2(run.out.contains(u"call back on ******3210"_s) && !run.out.contains(u"43210"_s), qPrintable(run.out));
    // The audit log keeps the remarks as typed in its detail; every screen shows the masked copy.
    {
        Workspace workspace;
        QVERIFY(workspace.open(db(), Database::OpenMode::ExistingOnly));
        const QList<AuditRecord> records = workspace.audit().forOrder(u"OD428012345678901234"_s);
        QVERIFY(!records.isEmpty());
        QVERIFY(records.constFirst().detail.contains(u"98765 43210"_s));
        QCOMPARE(records.constFirst().masked().detail, u"Customer says, \"nobody came\" — call back on ******3210"_s);
    }
    // A note an L2 agent types on the escalation is masked where it is shown.
    QCOMPARE(cli(QStringList{u"escalations"_s, u"take"_s, u"1"_s} + today, u"l2.suresh"_s).status, 0);
    QCOMPARE(
        cli(QStringList{u"escalations"_s, u"outcall"_s, u"1"_s, u"--note"_s, u"Reached her on 91234 56780"_s} + today,
            u"l2.suresh"_s)
            .status,
        0);
    run = cli(QStringList{u"escalations"_s, u"show"_s, u"1"_s, u"--json"_s} + today, u"l2.suresh"_s);
    QVERIFY2(run.out.contains(u"Reached her on ******6780"_s) && !run.out.contains(u"56780"_s), qPrintable(run.out));
    run = cli(QStringList{u"qa"_s, u"mark"_s, u"1"_s, u"wrong"_s} + today, u"sup.anita"_s);
    QCOMPARE(run.status, 2); // the right tagging is needed
    run = cli(QStringList{u"qa"_s, u"mark"_s, u"1"_s, u"wrong"_s, u"--right"_s, u"fake-status-updated-by-technician"_s}
                  + today,
              u"sup.anita"_s);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    run = cli(QStringList{u"qa"_s, u"accuracy"_s, u"--json"_s} + today, u"sup.anita"_s);
    const QJsonObject accuracy = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(accuracy.value(u"agent"_s).toString(), u"l1.ravi"_s);
    QCOMPARE(accuracy.value(u"reviewed"_s).toInt(), 1);
    QCOMPARE(accuracy.value(u"correct"_s).toInt(), 0);

    run = cli(QStringList{u"dashboard"_s, u"--json"_s} + today, u"sup.anita"_s);
    const QJsonObject dashboard = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(dashboard.value(u"incidents"_s).toInt(), 1);
    QCOMPARE(dashboard.value(u"active_escalations"_s).toInt(), 1);
    QCOMPARE(dashboard.value(u"days"_s).toArray().size(), 14);
    QCOMPARE(dashboard.value(u"agents"_s).toArray().at(0).toObject().value(u"accuracy_percent"_s).toDouble(), 0.0);

    // Exports: masked by default, full only when asked, both audited.
    const QString masked = m_dir->filePath(u"masked.csv"_s);
    const QString full = m_dir->filePath(u"full.csv"_s);
    QCOMPARE(cli(QStringList{u"export"_s, u"escalations"_s, u"--out"_s, masked} + today, u"sup.anita"_s).status, 0);
    QCOMPARE(cli(QStringList{u"export"_s, u"escalations"_s, u"--out"_s, full, u"--include-contacts"_s} + today,
                 u"sup.anita"_s)
                 .status,
             0);
    auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? Csv::parse(file.readAll()) : QList<QStringList>();
    };
    const QList<QStringList> a = read(masked);
    const QList<QStringList> b = read(full);
    const qsizetype mobile = a.constFirst().indexOf(u"Customer mobile"_s);
    QCOMPARE(a.at(1).at(mobile), u"******3210"_s);
    QCOMPARE(b.at(1).at(mobile), u"9876543210"_s);
    // The QA export's remarks keep commas and quotes, and mask the number typed into them.
    const QString qa = m_dir->filePath(u"qa.csv"_s);
    QCOMPARE(cli(QStringList{u"export"_s, u"qa"_s, u"--out"_s, qa} + today, u"sup.anita"_s).status, 0);
    const QList<QStringList> rows = read(qa);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).constLast(), u"Customer says, \"nobody came\" — call back on ******3210"_s);
    // Asked for, the contact details are in the file, as the audit record says.
    const QString qaFull = m_dir->filePath(u"qa-full.csv"_s);
    QCOMPARE(cli(QStringList{u"export"_s, u"qa"_s, u"--out"_s, qaFull, u"--include-contacts"_s} + today, u"sup.anita"_s)
                 .status,
             0);
    QCOMPARE(read(qaFull).at(1).constLast(), u"Customer says, \"nobody came\" — call back on 98765 43210"_s);
    run = cli({u"audit"_s, u"--all"_s}, u"sup.anita"_s);
    QCOMPARE(run.out.count(u"  export  list"_s), 4);
    QVERIFY(run.out.contains(u"\"contact_details\":true"_s));
    QCOMPARE(cli(QStringList{u"export"_s, u"nothing"_s, u"--out"_s, qa} + today, u"sup.anita"_s).status, 64);
    // A mistyped date is an error, not "everything".
    run = cli(QStringList{u"export"_s, u"qa"_s, u"--out"_s, qa, u"--from"_s, u"2026-11-19x"_s} + today, u"sup.anita"_s);
    QCOMPARE(run.status, 64);
    QVERIFY2(run.err.contains(u"YYYY-MM-DD"_s), qPrintable(run.err));
}

void TestCliDesk::demoAccountsNeverJoinARealFloor()
{
    floor();
    auto orders = [this] {
        Workspace workspace;
        return workspace.open(db(), Database::OpenMode::ExistingOnly) ? workspace.orders().orderCount() : -1;
    };
    const qint64 before = orders();
    QVERIFY(before > 0);
    // Refused before anything is written: no demo order, no demo account.
    CliRun run = cli({u"demo"_s, u"--orders"_s, u"100"_s, u"--no-media"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--no-floor"_s), qPrintable(run.err));
    QCOMPARE(orders(), before);
    QVERIFY(!cli({u"agent"_s, u"list"_s}).out.contains(u"sup.demo"_s));
    // Orders only: fine.
    run = cli({u"demo"_s, u"--orders"_s, u"100"_s, u"--no-media"_s, u"--no-floor"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(orders(), before + 100);
    QVERIFY(!cli({u"agent"_s, u"list"_s}).out.contains(u"sup.demo"_s));
}

void TestCliDesk::twoAgentsTakingAtOnceNeverBothGetIt()
{
    // Two L2 agents on two PCs press Take on the same escalations at the same moment. Whoever
    // commits second must be refused, never told "it is yours" as well.
    const QString floorDb = m_dir->filePath(u"floor.sqlite"_s);
    const QStringList today = {u"--today"_s, u"2026-11-20"_s, u"--db"_s, floorDb};
    const CliRun demo =
        runCli({u"demo"_s, u"--db"_s, floorDb, u"--orders"_s, u"300"_s, u"--no-media"_s, u"--today"_s, u"2026-11-20"_s},
               m_dir->filePath(u"default.sqlite"_s));
    QVERIFY2(demo.status == 0, qPrintable(demo.err));
    const CliRun open = runCli(QStringList{u"escalations"_s, u"list"_s, u"--status"_s, u"open"_s, u"--json"_s} + today,
                               m_dir->filePath(u"default.sqlite"_s), u"l2.demo"_s);
    const QJsonArray rows = QJsonDocument::fromJson(open.out.toUtf8()).array();
    QVERIFY2(rows.size() >= 4, qPrintable(open.out));

    QList<std::pair<QString, std::shared_ptr<QProcess>>> runs;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 8); ++i) {
        const QString id = QString::number(rows.at(i).toObject().value(u"id"_s).toInteger());
        for (const QString& agent : {u"l2.demo"_s, u"l2.farah"_s}) {
            auto process = std::make_shared<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"ASSISTDESK_AGENT"_s, agent);
            process->setProcessEnvironment(environment);
            process->start(QStringLiteral(ASSISTDESK_CLI_PATH), QStringList{u"escalations"_s, u"take"_s, id} + today);
            runs.append({id, process});
        }
    }
    QHash<QString, int> yours;
    for (const auto& [id, process] : runs) {
        QVERIFY(process->waitForFinished(60000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++yours[id];
        } else {
            QCOMPARE(process->exitCode(), 2); // refused, with the reason
            QVERIFY2(err.contains(u"being worked by"_s) || err.contains(u"changed by"_s), qPrintable(err));
        }
    }
    for (auto it = yours.cbegin(); it != yours.cend(); ++it) {
        QCOMPARE(it.value(), 1);
        const CliRun shown = runCli(QStringList{u"escalations"_s, u"show"_s, it.key(), u"--json"_s} + today,
                                    m_dir->filePath(u"default.sqlite"_s), u"l2.demo"_s);
        int takes = 0;
        for (const QJsonValue& event :
             QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"events"_s).toArray()) {
            takes += event.toObject().value(u"kind"_s).toString() == u"take"_s ? 1 : 0;
        }
        QCOMPARE(takes, 1);
    }
    QCOMPARE(yours.size(), std::min<qsizetype>(rows.size(), 8));
}

QTEST_GUILESS_MAIN(TestCliDesk)
#include "TestCliDesk.moc"
