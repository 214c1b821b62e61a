// Agents, sign-in and permissions in the core: real Argon2id hashes, the first supervisor, the
// slow-down after wrong passwords, disabled accounts, and every permission allowed for the right
// roles and refused (with an audit record) for the others.

#include "TestData.h"

#include "actions/TicketActions.h"
#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "agents/PasswordHash.h"
#include "core/AppInfo.h"
#include "desk/EscalationDesk.h"
#include "export/Exporter.h"
#include "store/AuditLog.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/Dashboard.h"
#include "supervisor/TaggingQa.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passwordsAreArgon2id();
    void firstAgentMustBeASupervisor();
    void signInAndOut();
    void wrongPasswordsAreSlowedDownAndAudited();
    void disabledAgentsCannotSignIn();
    void managingAgentsNeedsASupervisor();
    void permissions_data();
    void permissions();
    void roleChangesApplyAtOnce();

private:
    int audited(const QString& action);

    // Opens a fresh copy of a template database: with the floor's agents, or without any agent.
    void openCopy(bool withAgents);

    QTemporaryDir m_templates;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QDateTime m_wall;
};

// Hashing passwords is deliberately slow: the agents are made once and the database copied.
void TestAgents::initTestCase()
{
    AppInfo::installTranslations(u"en"_s);
    for (const bool withAgents : {false, true}) {
        Workspace workspace(PolicyClock::pinnedTo(TestData::today()));
        QVERIFY(workspace.open(m_templates.filePath(withAgents ? u"agents.sqlite"_s : u"empty.sqlite"_s)));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(workspace.orders().upsert(TestData::order(i)));
        }
        if (withAgents) {
            TestData::addAgents(workspace, TestData::floorAgents());
        }
    }
}

void TestAgents::openCopy(bool withAgents)
{
    m_workspace->close();
    const QString path = m_dir->filePath(u"copy.sqlite"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_templates.filePath(withAgents ? u"agents.sqlite"_s : u"empty.sqlite"_s), path));
    QVERIFY(m_workspace->open(path, Database::OpenMode::ExistingOnly));
}

void TestAgents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    openCopy(true);
    m_wall = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
}

void TestAgents::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

int TestAgents::audited(const QString& action)
{
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(u"SELECT count(*) FROM audit_log WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestAgents::passwordsAreArgon2id()
{
    const QByteArray hash = PasswordHash::hash(u"Correct-Horse-7"_s);
    QVERIFY2(hash.startsWith("$argon2id$"), hash.constData());
    QVERIFY(PasswordHash::verify(hash, u"Correct-Horse-7"_s));
    QVERIFY(!PasswordHash::verify(hash, u"correct-horse-7"_s));
    QVERIFY(!PasswordHash::verify(QByteArray(), u"Correct-Horse-7"_s));
    QVERIFY(!PasswordHash::needsRehash(hash));
    // Salted: the same password never hashes the same way twice.
    QVERIFY(PasswordHash::hash(u"Correct-Horse-7"_s) != hash);
    // Devanagari passwords work (UTF-8 underneath).
    QVERIFY(PasswordHash::verify(PasswordHash::hash(u"पासवर्ड-२०२६"_s), u"पासवर्ड-२०२६"_s));
}

void TestAgents::firstAgentMustBeASupervisor()
{
    openCopy(false);
    AgentService service(*m_workspace);
    QVERIFY(service.needsFirstSupervisor());
    AgentOutcome outcome = service.addAgent(TestData::agent(u"l1.meera"_s), TestData::password());
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.contains(u"first account must be a supervisor"_s), qPrintable(outcome.message));
    outcome = service.addAgent(TestData::agent(u"x"_s, Role::Supervisor), TestData::password());
    QVERIFY2(outcome.refused && outcome.message.contains(u"is not an agent ID"_s), qPrintable(outcome.message));
    outcome = service.addAgent(TestData::agent(u"sup.anita"_s, Role::Supervisor), u"short"_s);
    QVERIFY2(outcome.refused && outcome.message.contains(u"at least 8 characters"_s), qPrintable(outcome.message));
    outcome = service.addAgent(TestData::agent(u"sup.anita"_s, Role::Supervisor), u"sup.anita-2026"_s);
    QVERIFY2(outcome.refused && outcome.message.contains(u"must not contain the agent ID"_s),
             qPrintable(outcome.message));
    outcome = service.addAgent(TestData::agent(u"sup.anita"_s, Role::Supervisor), TestData::password());
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(!service.needsFirstSupervisor());
    QCOMPARE(audited(u"add_agent"_s), 1);
    // The stored password is a hash, never the password.
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(u"SELECT password_hash FROM agents"_s) && q.next());
    QVERIFY(q.value(0).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(!q.value(0).toString().contains(TestData::password()));
}

void TestAgents::signInAndOut()
{
    AgentService service(*m_workspace);
    SignInResult result = service.signIn(u" L1.RAVI "_s, TestData::password()); // IDs ignore case and spaces
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_workspace->agent(), u"l1.ravi"_s);
    QCOMPARE(m_workspace->currentAgent()->role, Role::L1);
    QCOMPARE(audited(u"sign_in"_s), 1);
    service.signOut();
    QVERIFY(!m_workspace->currentAgent());
    QCOMPARE(audited(u"sign_out"_s), 1);
    // An unknown ID and a wrong password read the same.
    const SignInResult unknown = service.signIn(u"l1.nobody"_s, TestData::password());
    const SignInResult wrong = service.signIn(u"l1.ravi"_s, u"not-the-password"_s);
    QVERIFY(!unknown.ok && !wrong.ok);
    QCOMPARE(unknown.message, wrong.message);
    QVERIFY(!m_workspace->currentAgent());
    QVERIFY(service.signIn(u"l1.ravi"_s, QString()).message.contains(u"Type your agent ID and your password"_s));
}

void TestAgents::wrongPasswordsAreSlowedDownAndAudited()
{
    AgentService service(*m_workspace);
    service.setWallClock([this] { return m_wall; });
    for (int i = 1; i <= AgentService::FreeAttempts - 1; ++i) {
        const SignInResult r = service.signIn(u"l1.ravi"_s, u"guess-"_s + QString::number(i));
        QVERIFY(!r.ok);
        QCOMPARE(r.retryAfterSeconds, 0);
    }
    SignInResult r = service.signIn(u"l1.ravi"_s, u"guess-3"_s);
    QCOMPARE(r.retryAfterSeconds, AgentService::FirstDelaySeconds);
    QVERIFY2(r.message.contains(u"Wait 5 seconds"_s), qPrintable(r.message));
    // While held back even the right password is not tried.
    r = service.signIn(u"l1.ravi"_s, TestData::password());
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"Too many wrong passwords for l1.ravi"_s), qPrintable(r.message));
    QVERIFY(r.retryAfterSeconds > 0);
    // The next wrong one doubles the wait.
    m_wall = m_wall.addSecs(6);
    r = service.signIn(u"l1.ravi"_s, u"guess-4"_s);
    QCOMPARE(r.retryAfterSeconds, 2 * AgentService::FirstDelaySeconds);
    QCOMPARE(AgentService::delayAfter(40), AgentService::MaxDelaySeconds);
    // A restarted console (a new service) remembers: the count is in the database.
    AgentService restarted(*m_workspace);
    restarted.setWallClock([this] { return m_wall; });
    QVERIFY(restarted.signIn(u"l1.ravi"_s, TestData::password()).retryAfterSeconds > 0);
    // Once the wait is over the right password works and the count starts again.
    m_wall = m_wall.addSecs(11);
    r = restarted.signIn(u"l1.ravi"_s, TestData::password());
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(m_workspace->agents().credentials(u"l1.ravi"_s)->failedSignIns, 0);
    QCOMPARE(audited(u"sign_in_failed"_s), 6);
}

void TestAgents::disabledAgentsCannotSignIn()
{
    m_workspace->setAgent(*m_workspace->agents().find(u"sup.anita"_s));
    AgentService service(*m_workspace);
    QVERIFY(service.setDisabled(u"l1.ravi"_s, true).ok);
    QVERIFY(service.setDisabled(u"sup.anita"_s, true).refused); // not oneself
    m_workspace->clearAgent();
    const SignInResult r = service.signIn(u"l1.ravi"_s, TestData::password());
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"disabled"_s), qPrintable(r.message));
    QCOMPARE(audited(u"disable_agent"_s), 1);
}

void TestAgents::managingAgentsNeedsASupervisor()
{
    AgentService service(*m_workspace);
    m_workspace->setAgent(*m_workspace->agents().find(u"l1.ravi"_s));
    AgentOutcome outcome = service.addAgent(TestData::agent(u"l1.new"_s), TestData::password());
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.contains(u"only supervisors may manage agents"_s), qPrintable(outcome.message));
    QCOMPARE(audited(u"permission_denied"_s), 1);
    // Agents change their own password, not others'.
    QVERIFY(service.changePassword(u"l1.ravi"_s, u"Another-Pass-9"_s).ok);
    QVERIFY(service.changePassword(u"l1.test"_s, u"Another-Pass-9"_s).refused);
    m_workspace->clearAgent();
    QVERIFY(service.signIn(u"l1.ravi"_s, u"Another-Pass-9"_s).ok);
    m_workspace->setAgent(*m_workspace->agents().find(u"sup.anita"_s));
    QVERIFY(service.changePassword(u"l1.test"_s, u"Another-Pass-9"_s).ok);
    QVERIFY(service.addAgent(TestData::agent(u"l2.new"_s, Role::L2), TestData::password()).ok);
    QVERIFY(service.addAgent(TestData::agent(u"l2.new"_s, Role::L2), TestData::password()).refused); // exists
}

// Each operation of the core, tried by each role: allowed for the roles the issue gives it,
// refused — with the reason and an audit record — for the others.
void TestAgents::permissions_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    const QList<QPair<QString, Role>> operations = {
        {u"tag"_s, Role::L1},
        {u"reschedule"_s, Role::L1},
        {u"escalate"_s, Role::L1},
        {u"reveal"_s, Role::L1},
        {u"queue"_s, Role::L2},
        {u"take"_s, Role::L2},
        {u"approve"_s, Role::Supervisor},
        {u"qa"_s, Role::Supervisor},
        {u"dashboard"_s, Role::Supervisor},
        {u"export"_s, Role::Supervisor},
        {u"settings"_s, Role::Supervisor},
        {u"add_agent"_s, Role::Supervisor},
    };
    for (const auto& [operation, least] : operations) {
        for (const Role role : Roles::all()) {
            QTest::newRow(qPrintable(operation + u" by "_s + Roles::code(role)))
                << operation << static_cast<int>(role) << (static_cast<int>(role) >= static_cast<int>(least));
        }
    }
}

void TestAgents::permissions()
{
    QFETCH(QString, operation);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    // An escalation to work on, made by an L1 agent.
    m_workspace->setAgent(*m_workspace->agents().find(u"l1.test"_s));
    TicketActions actions(*m_workspace);
    IncidentDraft draft;
    draft.orderId = u"OD428012345678901234"_s;
    draft.ticketId = u"FHS1000000002"_s;
    draft.entryId = u"fake-status-updated-by-technician"_s;
    draft.remarks = u"Customer disputes the update."_s;
    const ActionOutcome made = actions.escalate(draft);
    QVERIFY2(made.ok, qPrintable(made.message));
    const qint64 escalation = made.incident.escalation->id;
    EscalationDesk desk(*m_workspace);
    m_workspace->setAgent(*m_workspace->agents().find(u"l2.suresh"_s));
    QVERIFY(desk.take(escalation).ok);
    QVERIFY(desk.resolve(escalation, u"Partner revisited; customer confirmed."_s).ok);

    const QString actor = role == static_cast<int>(Role::L1)   ? u"l1.ravi"_s
                          : role == static_cast<int>(Role::L2) ? u"l2.suresh"_s
                                                               : u"sup.anita"_s;
    m_workspace->setAgent(*m_workspace->agents().find(actor));
    const int deniedBefore = audited(u"permission_denied"_s);
    bool ok = false;
    bool refused = false;
    QString message;
    if (operation == u"tag" || operation == u"escalate") {
        IncidentDraft d = draft;
        d.ticketId = u"FHS1000000003"_s;
        d.orderId = u"OD428012345678901235"_s;
        d.entryId = operation == u"tag" ? u"enquiry-about-tat-spd"_s : u"delay-in-service-out-of-spd"_s;
        const ActionOutcome o = operation == u"tag" ? actions.tag(d) : actions.escalate(d);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"reschedule") {
        IncidentDraft d = draft;
        d.entryId = u"request-to-reschedule"_s;
        const ActionOutcome o = actions.reschedule(d, TestData::today().addDays(2), u"12:00-15:00"_s);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"reveal") {
        const ActionOutcome o = actions.revealContact(draft.orderId);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"queue") {
        QString refusal;
        const QList<EscalationRow> rows = desk.list({}, &refusal);
        ok = refusal.isEmpty();
        refused = !ok;
        message = refusal;
        if (ok) {
            QCOMPARE(rows.size(), 0); // resolved: no longer active
        }
    } else if (operation == u"take") {
        // Another escalation, still open.
        m_workspace->setAgent(*m_workspace->agents().find(u"l1.test"_s));
        IncidentDraft d = draft;
        d.entryId = u"delay-in-service-out-of-spd"_s;
        const ActionOutcome second = actions.escalate(d);
        QVERIFY(second.ok);
        m_workspace->setAgent(*m_workspace->agents().find(actor));
        const DeskOutcome o = desk.take(second.incident.escalation->id);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"approve") {
        const DeskOutcome o = desk.approve(escalation, QString());
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"qa") {
        const QaOutcome o = TaggingQa(*m_workspace).markCorrect(made.incident.id);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"dashboard") {
        DashboardData data;
        const std::optional<QString> problem =
            Dashboard::load(*m_workspace, TestData::today().addDays(-6), TestData::today(), &data);
        ok = !problem;
        refused = problem.has_value();
        message = problem.value_or(QString());
        if (ok) {
            QCOMPARE(data.escalations, 1);
        }
    } else if (operation == u"export") {
        const ExportOutcome o =
            Exporter(*m_workspace).write(Exporter::taggingQa({}), m_dir->filePath(u"qa.csv"_s), false);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"settings") {
        const ActionOutcome o = actions.setRescheduleHorizonDays(7);
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    } else if (operation == u"add_agent") {
        const AgentOutcome o =
            AgentService(*m_workspace).addAgent(TestData::agent(u"l1.extra"_s), TestData::password());
        ok = o.ok;
        refused = o.refused;
        message = o.message;
    }
    if (allowed) {
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(audited(u"permission_denied"_s), deniedBefore);
    } else {
        QVERIFY2(!ok && refused, qPrintable(message));
        QVERIFY2(message.contains(u"is signed in as"_s) && message.contains(u"only"_s), qPrintable(message));
        QCOMPARE(audited(u"permission_denied"_s), deniedBefore + 1);
    }
}

void TestAgents::roleChangesApplyAtOnce()
{
    // A session that thinks it is a supervisor: the database says L1, and the database wins.
    Agent stale = *m_workspace->agents().find(u"l1.ravi"_s);
    stale.role = Role::Supervisor;
    m_workspace->setAgent(stale);
    QVERIFY(m_workspace->permit(Permission::ManageAgents).has_value());
    QCOMPARE(m_workspace->currentAgent()->role, Role::L1);
    // Disabled while signed in: refused from the next action on.
    QVERIFY(m_workspace->agents().setDisabled(u"l1.ravi"_s, true));
    const std::optional<QString> why = m_workspace->permit(Permission::Tag);
    QVERIFY(why && why->contains(u"disabled"_s));
    // Nobody signed in: nothing is allowed.
    m_workspace->clearAgent();
    QVERIFY(m_workspace->permit(Permission::ViewOrders)->contains(u"Sign in first"_s));
}

QTEST_GUILESS_MAIN(TestAgents)
#include "TestAgents.moc"
