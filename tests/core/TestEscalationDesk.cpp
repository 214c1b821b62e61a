// The L2 desk in the core: the Oathkeeper countdown and overdue marking with a pinned clock, the
// escalation's steps and the states they are allowed in, each written with its event and audit
// record; and CSV as Excel reads it.

#include "TestData.h"

#include "actions/TicketActions.h"
#include "agents/AgentStore.h"
#include "core/AppInfo.h"
#include "desk/EscalationDesk.h"
#include "export/Csv.h"
#include "export/Exporter.h"
#include "store/AuditLog.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/TaggingQa.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEscalationDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::installTranslations(u"en"_s); }
    void init();
    void cleanup();
    void countdownAndOverdue();
    void queueFiltersAndOrder();
    void l2Steps();
    void supervisorReview();
    void csvRoundTrips_data();
    void csvRoundTrips();
    void exportMasksContactsUnlessAsked();
    void exportsNeverCarryAFormula();
    void finishedOnesListTheLatestFirst();
    void exportWithoutItsAuditRecordWritesNothing();

private:
    qint64 escalate(const QString& ticketId, const QString& entryId, const QDateTime& moment)
    {
        return TestData::escalate(*m_workspace, u"l1.ravi"_s, ticketId, entryId, moment);
    }
    void as(const QString& agent) { m_workspace->setAgent(*m_workspace->agents().find(agent)); }
    QDateTime at(int day, int hour) const
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), PolicyClock::zone());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestEscalationDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"desk.sqlite"_s)));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_workspace->orders().upsert(TestData::order(i)));
    }
    TestData::addAgents(*m_workspace, TestData::floorAgents() + QList<Agent>{TestData::agent(u"l2.farah"_s, Role::L2)});
}

void TestEscalationDesk::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestEscalationDesk::countdownAndOverdue()
{
    // 24 h TAT from 20-Nov 10:00: due 21-Nov 10:00.
    const qint64 id = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    EscalationDesk desk(*m_workspace);
    EscalationRow row = *desk.find(id);
    QCOMPARE(row.dueAt, at(21, 10));
    QCOMPARE(EscalationDesk::countdown(row.dueAt, at(20, 10)), u"1 d 0 h left"_s);
    QCOMPARE(EscalationDesk::countdown(row.dueAt, at(21, 7).addSecs(5 * 60)), u"2 h 55 min left"_s);
    QCOMPARE(EscalationDesk::countdown(row.dueAt, at(21, 9).addSecs(59 * 60 + 30)), u"0 min left"_s);
    QCOMPARE(EscalationDesk::countdown(row.dueAt, at(21, 10).addSecs(20)), u"overdue by 1 min"_s);
    QCOMPARE(EscalationDesk::countdown(row.dueAt, at(21, 12).addSecs(10 * 60)), u"overdue by 2 h 10 min"_s);
    QVERIFY(!row.isOverdue(at(21, 10)));
    QVERIFY(row.isOverdue(at(21, 10).addSecs(1)));

    // The queue marks it overdue from the clock's now; "overdue only" follows.
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(21, 9)));
    EscalationFilter overdue;
    overdue.overdueOnly = true;
    QCOMPARE(desk.list(overdue).size(), 0);
    m_workspace->setClock(PolicyClock::pinnedAt(at(21, 11)));
    QCOMPARE(desk.list(overdue).size(), 1);

    // Resolved late: no longer overdue (the TAT stopped), but breached, and said so.
    QVERIFY(desk.take(id).ok);
    QVERIFY(desk.resolve(id, u"Done after the TAT."_s).ok);
    row = *desk.find(id);
    QVERIFY(!row.isOverdue(at(22, 10)));
    QVERIFY(row.breached(at(22, 10)));
    QCOMPARE(EscalationDesk::timing(row, at(22, 10)), u"resolved late (overdue by 1 h 00 min)"_s);
}

void TestEscalationDesk::queueFiltersAndOrder()
{
    const qint64 later = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 11));
    const qint64 sooner = escalate(u"FHS1000000001"_s, u"technician-not-aware-improper-installation"_s, at(20, 9));
    const qint64 refund = [this] {
        m_workspace->setClock(PolicyClock::pinnedAt(at(20, 8)));
        as(u"l1.test"_s);
        IncidentDraft draft;
        draft.orderId = u"OD428012345678901236"_s; // no ticket
        draft.entryId = u"delay-in-refund"_s;
        draft.remarks = u"Refund late."_s;
        return TicketActions(*m_workspace).escalate(draft).incident.escalation->id;
    }();
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 12)));
    EscalationDesk desk(*m_workspace);
    QList<EscalationRow> rows = desk.list({});
    QCOMPARE(rows.size(), 3);
    // Most urgent first: by due time (48 h TAT for the improper installation, 24 h for the delay).
    QList<qint64> ids;
    for (const EscalationRow& r : rows) {
        ids.append(r.id);
    }
    QCOMPARE(rows.constFirst().dueAt <= rows.constLast().dueAt, true);
    QVERIFY(ids.contains(later) && ids.contains(sooner) && ids.contains(refund));

    EscalationFilter filter;
    filter.queueId = u"refunds"_s;
    QCOMPARE(desk.list(filter).size(), 1);
    filter = {};
    filter.line = ServiceLine::Maintenance; // FHS1000000002
    QCOMPARE(desk.list(filter).constFirst().id, later);
    filter = {};
    filter.escalatedBy = u"L1.TEST"_s;
    QCOMPARE(desk.list(filter).constFirst().id, refund);
    QVERIFY(desk.take(sooner).ok);
    filter = {};
    filter.assignee = u"l2.suresh"_s;
    QCOMPARE(desk.list(filter).size(), 1);
    filter = {};
    filter.statuses = {u"resolved"_s};
    QCOMPARE(desk.list(filter).size(), 0);
}

void TestEscalationDesk::l2Steps()
{
    const qint64 id = escalate(u"FHS1000000002"_s, u"fake-status-updated-by-technician"_s, at(20, 10));
    EscalationDesk desk(*m_workspace);
    as(u"l2.suresh"_s);
    // Nothing is recorded on an escalation nobody took.
    DeskOutcome outcome = desk.logOutcall(id, u"Called."_s);
    QVERIFY2(outcome.refused && outcome.message.contains(u"Take escalation"_s), qPrintable(outcome.message));
    QVERIFY(desk.take(id).ok);
    QVERIFY(desk.take(id).message.contains(u"already yours"_s));
    // Someone else's escalation is not taken over by another L2 agent.
    as(u"l2.farah"_s);
    outcome = desk.take(id);
    QVERIFY2(outcome.refused && outcome.message.contains(u"being worked by l2.suresh"_s), qPrintable(outcome.message));
    QVERIFY(desk.logOutcall(id, u"Called."_s).refused);
    as(u"l2.suresh"_s);

    // The partner's update, with what each one needs.
    outcome = desk.recordPartnerUpdate(id, PartnerUpdate::CallInProgress, QString(), QDate());
    QVERIFY2(outcome.refused && outcome.message.contains(u"new date"_s), qPrintable(outcome.message));
    outcome = desk.recordPartnerUpdate(id, PartnerUpdate::CallInProgress, QString(), TestData::today().addDays(-1));
    QVERIFY(outcome.refused);
    QVERIFY(desk.recordPartnerUpdate(id, PartnerUpdate::CallInProgress, QString(), TestData::today().addDays(1)).ok);
    outcome = desk.recordPartnerUpdate(id, PartnerUpdate::CallCancelledCustomerDependency, u"  "_s, QDate());
    QVERIFY2(outcome.refused && outcome.message.contains(u"reason"_s), qPrintable(outcome.message));
    QVERIFY(
        desk.recordPartnerUpdate(id, PartnerUpdate::CallCancelledCustomerDependency, u"Customer away"_s, QDate()).ok);
    QVERIFY(desk.logOutcall(id, QString()).refused);
    QVERIFY(desk.logOutcall(id, u"Customer will be home tomorrow."_s).ok);
    QVERIFY(desk.reescalateToBrand(id, u"Brand to confirm the part."_s).ok);
    QCOMPARE(desk.find(id)->status, u"brand"_s);
    QVERIFY(desk.reescalateToBrand(id, u"again"_s).refused);
    QVERIFY(desk.resolve(id, QString()).refused);
    QVERIFY(desk.resolve(id, u"Partner completed; customer confirmed."_s).ok);
    const EscalationRow row = *desk.find(id);
    QCOMPARE(row.status, u"resolved"_s);
    QVERIFY(row.resolvedAt.isValid());
    // Resolved: no more L2 steps; L2 cannot approve its own work.
    QVERIFY(desk.logOutcall(id, u"x"_s).refused);
    QVERIFY(desk.approve(id, QString()).refused);

    // Every step: an event and an audit record, together.
    const QList<EscalationEvent> events = desk.events(id);
    QStringList kinds;
    for (const EscalationEvent& e : events) {
        kinds.append(e.kind);
    }
    QCOMPARE(kinds, QStringList(
                        {u"take"_s, u"partner_update"_s, u"partner_update"_s, u"outcall"_s, u"brand"_s, u"resolve"_s}));
    QCOMPARE(events.at(1).partnerUpdate, u"Call In Progress"_s);
    QCOMPARE(events.at(1).newDate, TestData::today().addDays(1));
    QCOMPARE(events.at(2).note, u"Customer away"_s);
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE entity = 'escalation'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    // While it is open, the same complaint is not escalated again; once resolved it may be.
}

void TestEscalationDesk::supervisorReview()
{
    const qint64 a = escalate(u"FHS1000000002"_s, u"fake-status-updated-by-technician"_s, at(20, 10));
    const qint64 b = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    EscalationDesk desk(*m_workspace);
    as(u"l2.suresh"_s);
    for (const qint64 id : {a, b}) {
        QVERIFY(desk.take(id).ok);
        QVERIFY(desk.resolve(id, u"Done."_s).ok);
    }
    as(u"sup.anita"_s);
    QVERIFY(desk.approve(a, QString()).ok);
    QCOMPARE(desk.find(a)->status, u"closed"_s);
    QVERIFY(desk.approve(a, QString()).refused); // already closed
    QVERIFY(desk.returnToAgent(b, QString()).refused);
    QVERIFY(desk.returnToAgent(b, u"Call the customer back: the partner's update is not confirmed."_s).ok);
    EscalationRow row = *desk.find(b);
    QCOMPARE(row.status, u"in_progress"_s);
    QCOMPARE(row.reviewNote, u"Call the customer back: the partner's update is not confirmed."_s);
    QVERIFY(!row.resolvedAt.isValid()); // returned: not resolved any more, its TAT counts again
    // Reassign: only to an active L2 agent or supervisor.
    DeskOutcome outcome = desk.reassign(b, u"l1.ravi"_s, QString());
    QVERIFY2(outcome.refused && outcome.message.contains(u"cannot work escalations"_s), qPrintable(outcome.message));
    QVERIFY(desk.reassign(b, u"nobody"_s, QString()).refused);
    QVERIFY(desk.reassign(b, u"l2.farah"_s, u"Suresh is on leave."_s).ok);
    QCOMPARE(desk.find(b)->assignee, u"l2.farah"_s);
    // Now Farah works it; Suresh no longer may.
    as(u"l2.suresh"_s);
    QVERIFY(desk.logOutcall(b, u"x"_s).refused);
    as(u"sup.anita"_s);
    QVERIFY(desk.close(b, QString()).refused);
    QVERIFY(desk.close(b, u"Duplicate of a brand case."_s).ok);
    row = *desk.find(b);
    QCOMPARE(row.status, u"closed"_s);
    QVERIFY(row.resolvedAt.isValid());
}

void TestEscalationDesk::csvRoundTrips_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("commas, quotes, newlines")
        << QList<QStringList>{{u"remarks"_s, u"agent"_s},
                              {u"Customer said, \"come tomorrow\"\nand hung up"_s, u"l1.ravi"_s},
                              {u"line1\r\nline2"_s, u" padded "_s}};
    QTest::newRow("Devanagari") << QList<QStringList>{{u"नाम"_s, u"टिप्पणी"_s},
                                                      {u"प्रिया शर्मा"_s, u"ग्राहक ने कहा, \"कल आना\"\nठीक है"_s}};
    QTest::newRow("empty fields") << QList<QStringList>{{u"a"_s, QString(), u"c"_s}, {QString(), QString(), QString()}};
}

void TestEscalationDesk::csvRoundTrips()
{
    QFETCH(QList<QStringList>, rows);
    const QByteArray document = Csv::document(rows.constFirst(), rows.mid(1));
    QVERIFY(document.startsWith("\xEF\xBB\xBF"));
    QVERIFY(document.contains("\r\n"));
    bool ok = false;
    const QList<QStringList> back = Csv::parse(document, &ok);
    QVERIFY(ok);
    QCOMPARE(back, rows);
    QCOMPARE(Csv::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(Csv::field(u"plain"_s), u"plain"_s);
    Csv::parse("\"never ends", &ok);
    QVERIFY(!ok);
}

void TestEscalationDesk::exportsNeverCarryAFormula()
{
    // What Excel or LibreOffice would run is shown as text; everything else is left alone.
    QCOMPARE(Csv::spreadsheetSafe(u"=HYPERLINK(\"http://x\",\"click\")"_s), u"'=HYPERLINK(\"http://x\",\"click\")"_s);
    QCOMPARE(Csv::spreadsheetSafe(u"+91 98765"_s), u"'+91 98765"_s);
    QCOMPARE(Csv::spreadsheetSafe(u"-2+3"_s), u"'-2+3"_s);
    QCOMPARE(Csv::spreadsheetSafe(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(Csv::spreadsheetSafe(u"\tx"_s), u"'\tx"_s);
    QCOMPARE(Csv::spreadsheetSafe(u"Customer said = no visit"_s), u"Customer said = no visit"_s);
    QCOMPARE(Csv::spreadsheetSafe(QString()), QString());

    // Through an export: a remark that starts like a formula arrives as text.
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 10)));
    as(u"l1.ravi"_s);
    IncidentDraft draft;
    draft.orderId = m_workspace->orders().locateTicket(u"FHS1000000002"_s)->orderId;
    draft.ticketId = u"FHS1000000002"_s;
    draft.entryId = u"delay-in-service-out-of-spd"_s;
    draft.remarks = u"=1+1 the customer typed this"_s;
    QVERIFY(TicketActions(*m_workspace).escalate(draft).ok);
    as(u"sup.anita"_s);
    const QString path = m_dir->filePath(u"qa.csv"_s);
    QVERIFY(Exporter(*m_workspace).write(Exporter::taggingQa(TaggingQa(*m_workspace).list({})), path, false).ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = Csv::parse(file.readAll());
    QCOMPARE(csv.at(1).constLast(), u"'=1+1 the customer typed this"_s);
}

void TestEscalationDesk::exportMasksContactsUnlessAsked()
{
    escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 13)));
    as(u"sup.anita"_s);
    EscalationDesk desk(*m_workspace);
    const QList<EscalationRow> rows = desk.list({});
    const QString path = m_dir->filePath(u"escalations.csv"_s);
    Exporter exporter(*m_workspace);
    QVERIFY(exporter.write(Exporter::escalations(rows, false, at(20, 12)), path, false).ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> csv = Csv::parse(file.readAll());
    file.close();
    const qsizetype mobile = csv.constFirst().indexOf(u"Customer mobile"_s);
    QVERIFY(mobile > 0);
    QCOMPARE(csv.at(1).at(mobile), u"******3210"_s);
    QVERIFY(exporter.write(Exporter::escalations(rows, true, at(20, 12)), path, true).ok);
    QVERIFY(file.open(QIODevice::ReadOnly));
    csv = Csv::parse(file.readAll());
    QCOMPARE(csv.at(1).at(mobile), u"9876543210"_s);
    const QList<AuditRecord> audit = m_workspace->audit().recent(2);
    QCOMPARE(audit.at(0).action, u"export"_s);
    QCOMPARE(audit.at(0).after.value(u"contact_details"_s).toBool(), true);
    QCOMPARE(audit.at(1).after.value(u"contact_details"_s).toBool(), false);
    // An L2 agent may not export at all.
    as(u"l2.suresh"_s);
    QVERIFY(exporter.write(Exporter::escalations(rows, false, at(20, 12)), m_dir->filePath(u"x.csv"_s), false).refused);
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.csv"_s)));
}

void TestEscalationDesk::finishedOnesListTheLatestFirst()
{
    const qint64 first = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 9));
    const qint64 second = escalate(u"FHS1000000001"_s, u"technician-not-aware-improper-installation"_s, at(20, 10));
    EscalationDesk desk(*m_workspace);
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 11)));
    QVERIFY(desk.take(second).ok);
    QVERIFY(desk.resolve(second, u"Done first."_s).ok);
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 12)));
    QVERIFY(desk.take(first).ok);
    QVERIFY(desk.resolve(first, u"Done second."_s).ok);
    as(u"sup.anita"_s);
    EscalationFilter review;
    review.statuses = {u"resolved"_s};
    QList<EscalationRow> rows = desk.list(review);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, second); // waiting longest: reviewed first
    // The second goes back to the agent and is resolved again, last of all.
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 13)));
    QVERIFY(desk.returnToAgent(second, u"Confirm with the customer."_s).ok);
    QVERIFY(desk.approve(first, QString()).ok);
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 14)));
    QVERIFY(desk.resolve(second, u"Customer confirmed."_s).ok);
    as(u"sup.anita"_s);
    QVERIFY(desk.approve(second, QString()).ok);
    EscalationFilter closed;
    closed.statuses = {u"closed"_s};
    rows = desk.list(closed);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, second); // resolved at 14:00, after the other (12:00): the latest first
    QCOMPARE(rows.at(1).id, first);
}

void TestEscalationDesk::exportWithoutItsAuditRecordWritesNothing()
{
    as(u"sup.anita"_s);
    const QString path = m_dir->filePath(u"review.csv"_s);
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("yesterday's export\n");
    }
    // The audit log cannot take a record (a full disk, a broken file …).
    QSqlQuery failAudit(m_workspace->database().connection());
    QVERIFY(failAudit.exec(u"CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
    const ExportOutcome outcome =
        Exporter(*m_workspace).write(Exporter::escalations({}, false, at(20, 12)), path, false);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(u"no file was written"_s), qPrintable(outcome.message));
    // Nothing unaudited was written, and the earlier file is still there.
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("yesterday's export\n"));
    QVERIFY(failAudit.exec(u"DROP TRIGGER temp.no_audit"_s));
}

QTEST_GUILESS_MAIN(TestEscalationDesk)
#include "TestEscalationDesk.moc"
