#include "CliRunner.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// tag, action, tagging, config, incidents and audit through the real binary: same rules as the
// console, refusals on stderr with exit status 2.
class TestCliTagging : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void taggingListUsesTheArticlesNotation();
    void tagAnIncident();
    void tagRefusals();
    void escalateWithOathkeeperTat();
    void rescheduleAndItsRules();
    void reopenAndItsRules();
    void cancelAndItsRules();
    void configIsAudited();
    void historyAndAuditOfAnOrder();

private:
    CliRun cli(QStringList arguments, bool withDb = true);
    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestCliTagging::cli(QStringList arguments, bool withDb)
{
    if (withDb) {
        arguments << u"--db"_s << m_dir->filePath(u"tagging.sqlite"_s);
    }
    return runCli(arguments, m_dir->filePath(u"default.sqlite"_s), u"l1.test"_s);
}

void TestCliTagging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({u"import"_s, TestData::path(u"orders.json"_s)}).status, 0);
    TestData::addAgents(m_dir->filePath(u"tagging.sqlite"_s), TestData::floorAgents());
}

void TestCliTagging::taggingListUsesTheArticlesNotation()
{
    const CliRun run = cli({u"tagging"_s, u"list"_s}, false);
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 25);
    QVERIFY(lines.contains(u"Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s));
    QVERIFY(lines.contains(u"Inbound >> Request >> Change of Address >> Resolved"_s));
    const CliRun email = cli({u"tagging"_s, u"list"_s, u"--channel"_s, u"Email"_s}, false);
    QVERIFY(email.out.startsWith(u"Email >> Complaint >> "));
    const CliRun json = cli({u"tagging"_s, u"list"_s, u"--json"_s}, false);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entries.size(), 25);
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
        return v.toObject().value(u"id").toString() == u"women-child-safety-case"
               && v.toObject().value(u"queue").toString() == u"safety";
    }));
    QVERIFY(
        cli({u"tagging"_s, u"list"_s, u"--verbose"_s}, false).out.contains(u"[L2 Escalations, Oathkeeper TAT 24 h]"));
    QCOMPARE(cli({u"tagging"_s}, false).status, 64);
}

void TestCliTagging::tagAnIncident()
{
    const CliRun run = cli({u"tag"_s, u"--order"_s, u"od428012345678901235"_s, u"--channel"_s, u"Inbound"_s,
                            u"--type"_s, u"Enquiry"_s, u"--incident"_s, u"Enquiry About TAT/SPD"_s, u"--agent"_s,
                            u"l1.ravi"_s, u"--today"_s, u"2026-11-20"_s, u"--json"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonObject incident = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(incident.value(u"tagging").toString(), u"Inbound >> Enquiry >> Enquiry About TAT/SPD >> Resolved"_s);
    QCOMPARE(incident.value(u"agent").toString(), u"l1.ravi"_s);
    QCOMPARE(incident.value(u"queue").toString(), u"first-contact"_s);
    QCOMPARE(incident.value(u"created_at").toString(), u"2026-11-20T12:00:00+05:30"_s);
    // No ticket given: the template's ticket fields show as "—"; the order is named.
    QVERIFY(incident.value(u"remarks").toString().contains(u"SPD —"));

    const CliRun text = cli({u"tag"_s, u"--ticket"_s, u"FHS1000000003"_s, u"--type"_s, u"Request"_s, u"--incident"_s,
                             u"change of address"_s, u"--remarks"_s, u"Moving to Pune; told to cancel and rebook."_s});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.startsWith(u"Incident 2: Inbound >> Request >> Change of Address >> Resolved"));
}

void TestCliTagging::tagRefusals()
{
    CliRun run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Complaint"_s, u"--incident"_s,
                      u"Rude technician"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"\"Rude technician\" is not one of the catalog's Complaint incident types"));
    QVERIFY(run.err.contains(u"  Delay in Service >> Out of SPD"));

    run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Enquiry"_s, u"--incident"_s,
               u"Enquiry About TAT/SPD"_s, u"--remarks"_s, u"   "_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"Write the remarks"));

    run = cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Request"_s, u"--incident"_s,
               u"Request to reopen ticket"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"goes with the Reopen action"));

    run = cli({u"tag"_s, u"--order"_s, u"OD999999999999999999"_s, u"--type"_s, u"Enquiry"_s, u"--incident"_s,
               u"Refund status query"_s});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains(u"No order OD999999999999999999 in this database."));

    QCOMPARE(
        cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Grievance"_s, u"--incident"_s, u"x"_s})
            .status,
        64);
    QCOMPARE(cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--type"_s, u"Enquiry"_s}).status, 64);
    QCOMPARE(cli({u"tag"_s, u"--order"_s, u"OD428012345678901235"_s, u"--channel"_s, u"Phone"_s, u"--type"_s,
                  u"Enquiry"_s, u"--incident"_s, u"Refund status query"_s})
                 .status,
             64);
    QCOMPARE(cli({u"incidents"_s, u"--order"_s, u"OD428012345678901235"_s}).out, QString());
}

void TestCliTagging::escalateWithOathkeeperTat()
{
    CliRun run = cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s,
                      u"Delay in Service"_s, u"--sub"_s, u"Out of SPD"_s, u"--today"_s, u"2026-11-20"_s,
                      u"--customer-said"_s, u"Nobody came on the 18th"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Incident 1: Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"));
    QVERIFY(run.out.contains(u"Escalated: Oathkeeper TAT 24 h, due 21-Nov-2026 12:00"));
    run = cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s, u"Delay in Service"_s,
               u"--today"_s, u"2026-11-20"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"already escalated for this ticket and still open (due 21-Nov-2026 12:00)"));
    run = cli({u"action"_s, u"escalate"_s, u"--order"_s, u"OD428012345678901236"_s, u"--incident"_s,
               u"Delay in refund"_s, u"--today"_s, u"2026-11-20"_s, u"--json"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"escalation").toObject().value(u"queue").toString(),
        u"refunds"_s);
    run = cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--type"_s, u"Enquiry"_s,
               u"--incident"_s, u"Enquiry About TAT/SPD"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"is not escalated to L2"));
}

void TestCliTagging::rescheduleAndItsRules()
{
    CliRun run = cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--date"_s, u"2026-11-19"_s,
                      u"--today"_s, u"2026-11-20"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"The new date 19-Nov-2026 is in the past"));
    run = cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS1000000001"_s, u"--date"_s, u"2026-11-22"_s,
               u"--today"_s, u"2026-11-20"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"This service is already completed"));
    run = cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--date"_s, u"2026-11-22"_s,
               u"--slot"_s, u"18:00-21:00"_s, u"--today"_s, u"2026-11-20"_s, u"--agent"_s, u"l1.ravi"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"Incident 1: Inbound >> Enquiry >> Request to reschedule >> Resolved"));
    const CliRun show = cli({u"order"_s, u"show"_s, u"FHS1000000002"_s, u"--today"_s, u"2026-11-20"_s});
    QVERIFY(show.out.contains(u"SPD:         22-Nov-2026 (On track, in 2 days)"));
    QVERIFY(show.out.contains(u"Slot:        18:00-21:00"));
    QVERIFY(show.out.contains(u"AssistDesk (l1.ravi)  RESCHEDULED/CUSTOMER_RESCHEDULE  Rescheduled to 22-Nov-2026"));
    QCOMPARE(cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS1000000002"_s}).status, 64); // no date
    QCOMPARE(
        cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS9999999999"_s, u"--date"_s, u"2026-11-22"_s}).status, 1);
    QCOMPARE(cli({u"action"_s, u"teleport"_s, u"--ticket"_s, u"FHS1000000002"_s}).status, 64);
}

void TestCliTagging::reopenAndItsRules()
{
    CliRun run = cli({u"action"_s, u"reopen"_s, u"--ticket"_s, u"FHS1000000001"_s, u"--date"_s, u"2026-11-30"_s,
                      u"--view"_s, u"Mobile Number Change"_s, u"--detail"_s, u"98450 12345"_s, u"--reason"_s,
                      u"Improper installation"_s, u"--today"_s, u"2026-11-29"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(
        run.err.contains(u"Reopen is only possible within 30 days of service; this service was completed 39 days ago "
                         "(on 21-Oct-2026)."),
        qPrintable(run.err));
    run = cli({u"action"_s, u"reopen"_s, u"--ticket"_s, u"FHS1000000001"_s, u"--date"_s, u"2026-11-21"_s, u"--view"_s,
               u"Sideways"_s, u"--today"_s, u"2026-11-20"_s});
    QCOMPARE(run.status, 64);
    run = cli({u"action"_s, u"reopen"_s, u"--ticket"_s, u"FHS1000000001"_s, u"--date"_s, u"2026-11-21"_s, u"--view"_s,
               u"mobile number change"_s, u"--detail"_s, u"98450 12345"_s, u"--reason"_s, u"Improper installation"_s,
               u"--today"_s, u"2026-11-20"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"Incident 1: Inbound >> Request >> Request to reopen ticket >> Resolved"));
    const CliRun show = cli({u"order"_s, u"show"_s, u"--json"_s, u"OD428012345678901234"_s});
    const QJsonArray tickets = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"tickets").toArray();
    QCOMPARE(tickets.size(), 3);
    const QJsonObject ticket = tickets.at(0).toObject();
    QCOMPARE(ticket.value(u"status").toString(), u"COMPLETED"_s);
    const QJsonObject reopen = ticket.value(u"reopens").toArray().at(1).toObject();
    QCOMPARE(reopen.value(u"view").toString(), u"Mobile Number Change"_s);
    QCOMPARE(reopen.value(u"detail").toString(), u"9845012345"_s);
    QCOMPARE(reopen.value(u"new_ticket_id").toString(), u"FHS1000000001-R2"_s);
    QCOMPARE(tickets.at(2).toObject().value(u"ticket_id").toString(), u"FHS1000000001-R2"_s);
    QCOMPARE(tickets.at(2).toObject().value(u"status").toString(), u"CREATED"_s);
    // The audit shows the change without the number; the export itself was audited.
    const CliRun audit = cli({u"audit"_s, u"--order"_s, u"OD428012345678901234"_s});
    QVERIFY(!audit.out.contains(u"9845012345"));
    QVERIFY(audit.out.contains(u"reveal_contact"));
}

void TestCliTagging::cancelAndItsRules()
{
    CliRun run = cli({u"action"_s, u"cancel"_s, u"--ticket"_s, u"FHS1000000003"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(
        run.err.contains(u"Cancel is only possible when the ticket is in Cancel Initiated; this ticket is CREATED"));
    // Make it Cancel Initiated through an import, as the partner's update would.
    QJsonObject order = TestData::document(1);
    QJsonArray tickets = order.value(u"tickets").toArray();
    QJsonObject ticket = tickets.at(0).toObject();
    ticket.insert(u"status"_s, u"CANCEL_INITIATED"_s);
    ticket.insert(u"sub_status"_s, u"CUSTOMER_NOT_READY"_s);
    tickets.replace(0, ticket);
    order.insert(u"tickets"_s, tickets);
    QFile file(m_dir->filePath(u"cancel-initiated.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(order).toJson());
    file.close();
    QCOMPARE(cli({u"import"_s, file.fileName()}).status, 0);
    run = cli({u"action"_s, u"cancel"_s, u"--ticket"_s, u"FHS1000000003"_s, u"--channel"_s, u"Email"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"Incident 1: Email >> Request >> Cancellation of service >> Resolved"));
    QVERIFY(
        cli({u"order"_s, u"show"_s, u"FHS1000000003"_s}).out.contains(u"Status:      CANCELED / CUSTOMER_NOT_READY"));
}

void TestCliTagging::configIsAudited()
{
    CliRun run = cli({u"config"_s, u"set"_s, u"oathkeeper.delay-in-service-out-of-spd.hours"_s, u"36"_s, u"--agent"_s,
                      u"sup.anita"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(cli({u"config"_s, u"get"_s, u"oathkeeper.delay-in-service-out-of-spd.hours"_s}).out.trimmed(), u"36"_s);
    QVERIFY(cli({u"config"_s, u"list"_s}).out.contains(u"reschedule.horizon_days = 14"));
    QCOMPARE(cli({u"config"_s, u"set"_s, u"reschedule.horizon_days"_s, u"0"_s}).status, 2);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"colour"_s, u"blue"_s}).status, 2);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"reschedule.horizon_days"_s, u"many"_s}).status, 2);
    QCOMPARE(cli({u"config"_s, u"frobnicate"_s}).status, 64);
    const CliRun all = cli({u"audit"_s, u"--all"_s, u"--agent"_s, u"sup.anita"_s});
    QVERIFY(all.out.contains(u"sup.anita  change_setting  setting oathkeeper.delay-in-service-out-of-spd.hours"));
    QVERIFY(all.out.contains(u"before {\"value\":24}  after {\"value\":36}"));
    run = cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s, u"Delay in Service"_s,
               u"--today"_s, u"2026-11-20"_s});
    QVERIFY(run.out.contains(u"Oathkeeper TAT 36 h, due 22-Nov-2026 00:00"));
}

void TestCliTagging::historyAndAuditOfAnOrder()
{
    QCOMPARE(cli({u"action"_s, u"escalate"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--incident"_s, u"Delay in Service"_s,
                  u"--today"_s, u"2026-11-20"_s, u"--agent"_s, u"l1.ravi"_s})
                 .status,
             0);
    QCOMPARE(cli({u"action"_s, u"reschedule"_s, u"--ticket"_s, u"FHS1000000002"_s, u"--date"_s, u"2026-11-24"_s,
                  u"--today"_s, u"2026-11-20"_s, u"--agent"_s, u"l1.ravi"_s})
                 .status,
             0);
    const CliRun incidents = cli({u"incidents"_s, u"--order"_s, u"OD428012345678901234"_s, u"--json"_s});
    const QJsonArray list = QJsonDocument::fromJson(incidents.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(u"tagging").toString(),
             u"Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s);
    const CliRun audit = cli({u"audit"_s, u"--order"_s, u"OD428012345678901234"_s});
    QCOMPARE(audit.status, 0);
    const QStringList lines = audit.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(u"l1.ravi  reschedule  ticket FHS1000000002"));
    QVERIFY(lines.at(0).contains(u"before {\"slot\":\"15:00-18:00\",\"spd\":\"2026-11-18\""));
    QVERIFY(lines.at(1).contains(u"escalate  incident 1"));
    QCOMPARE(cli({u"audit"_s}).status, 64);
    QCOMPARE(cli({u"audit"_s, u"--all"_s, u"--order"_s, u"OD428012345678901234"_s}).status, 64);
}

QTEST_GUILESS_MAIN(TestCliTagging)
#include "TestCliTagging.moc"
