#include "TestData.h"

#include "actions/TicketActions.h"
#include "store/Workspace.h"
#include "tagging/TaggingCatalog.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTaggingCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shippedCatalogLoads();
    void everyIncidentTypeOfTheArticleIsThere_data();
    void everyIncidentTypeOfTheArticleIsThere();
    void everyEntryAutofills();
    void safetyIsTheMostUrgentQueue();
    void findByTheArticlesWords();
    void fillReplacesPlaceholders();
    void brokenCatalogsAreRefused_data();
    void brokenCatalogsAreRefused();
};

void TestTaggingCatalog::shippedCatalogLoads()
{
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    QCOMPARE(catalog.entries().size(), 25);
    QCOMPARE(catalog.queues().size(), 4);
    QCOMPARE(catalog.remarksLimit(), 1000);
    QCOMPARE(catalog.entries(IncidentKind::Complaint).size(), 12);
    QCOMPARE(catalog.entries(IncidentKind::Enquiry).size(), 10);
    QCOMPARE(catalog.entries(IncidentKind::Request).size(), 3);
}

void TestTaggingCatalog::everyIncidentTypeOfTheArticleIsThere_data()
{
    // Every "Tagging on Kapture:" line of the KM article, in its own words.
    QTest::addColumn<QString>("notation");
    const QStringList lines = {
        u"Inbound >> Enquiry >> Enquiry about the cancellation >> Resolved"_s,
        u"Inbound >> Complaint >> Fake closure/ Fake Status >> service not provided / Call closed without service >> Unresolved"_s,
        u"Inbound >> Complaint >> Fake status updated by technician >> Unresolved"_s,
        u"Inbound >> Request >> Cancellation of service >> Resolved"_s,
        u"Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s,
        u"Inbound >> Enquiry >> Enquiry About TAT/SPD >> Resolved"_s,
        u"Inbound >> Request >> Request to reopen ticket >> Resolved"_s,
        u"Inbound >> Complaint >> Technician Not Aware Of Installation/Improper Installation >> Unresolved"_s,
        u"Inbound >> Enquiry >> Post Policy-Service Denial >> Resolved"_s,
        u"Inbound >> Request >> Change of Address >> Resolved"_s,
        u"Inbound >> Complaint >> Technician damaged customers property >> Unresolved"_s,
        u"Inbound >> Complaint >> Bill Not Given By Technician >> Unresolved"_s,
        u"Inbound >> Enquiry >> Refund status query >> Resolved"_s,
        u"Inbound >> Complaint >> Delay in refund >> Unresolved"_s,
        u"Inbound >> Enquiry >> Enquiry About Service Charges >> Resolved"_s,
        u"Inbound >> Complaint >> Extra Cash Collected By Technician >> Unresolved"_s,
        u"Inbound >> Complaint >> Women & Child Safety Case >> Unresolved"_s,
        u"Inbound >> Enquiry >> Pickup Status Enquiry >> Resolved"_s,
        u"Inbound >> Complaint >> Delay in pickup >> Unresolved"_s,
        u"Inbound >> Enquiry >> Delivery Status Enquiry >> Resolved"_s,
        u"Inbound >> Complaint >> Delay in delivery >> Unresolved"_s,
        u"Inbound >> Enquiry >> Request to reschedule >> Resolved"_s,
        u"Inbound >> Enquiry >> Invoice related query >> Resolved"_s,
        u"Inbound >> Enquiry >> Request to reopen ticket >> Unresolved"_s,
        u"Inbound >> Complaint >> Technician not responding/not Reachable >> Unresolved"_s,
    };
    for (const QString& line : lines) {
        QTest::newRow(qPrintable(line)) << line;
    }
}

void TestTaggingCatalog::everyIncidentTypeOfTheArticleIsThere()
{
    QFETCH(QString, notation);
    QStringList notations;
    for (const TaggingEntry& e : TaggingCatalog::instance().entries()) {
        notations.append(TaggingCatalog::notation(Channel::Inbound, e));
    }
    QVERIFY2(notations.contains(notation), qPrintable(notation));
    // The same entries exist for e-mail.
    const TaggingEntry& first = TaggingCatalog::instance().entries().constFirst();
    QVERIFY(TaggingCatalog::notation(Channel::Email, first).startsWith(u"Email >> "));
}

void TestTaggingCatalog::everyEntryAutofills()
{
    // For every entry, on a real order: queue, disposition and remarks come out filled, with no
    // placeholder left and within the limit.
    QTemporaryDir dir;
    Workspace workspace(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(workspace.open(dir.filePath(u"catalog.sqlite"_s)));
    TicketActions actions(workspace);
    const Order order = TestData::order(0);
    const Ticket& ticket = order.tickets.constLast();
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    static const QRegularExpression leftover(u"\\{[a-z_]+\\}"_s);
    for (const TaggingEntry& e : catalog.entries()) {
        QVERIFY2(catalog.queue(e.queueId), qPrintable(e.id));
        const QString remarks = actions.defaultRemarks(e, order, &ticket, u"AC not installed yet"_s);
        QVERIFY2(!remarks.isEmpty(), qPrintable(e.id));
        QVERIFY2(!leftover.match(remarks).hasMatch(), qPrintable(remarks));
        QVERIFY(remarks.size() <= catalog.remarksLimit());
        if (e.remarksTemplate.contains(u"{ticket_id}")) {
            QVERIFY2(remarks.contains(u"FHS1000000002"), qPrintable(remarks));
        }
        if (e.remarksTemplate.contains(u"{customer_said}")) {
            QVERIFY(remarks.contains(u"AC not installed yet"));
        }
        if (e.escalates) {
            QVERIFY(e.tatHours > 0);
            QCOMPARE(actions.oathkeeperHours(e), e.tatHours);
            if (e.remarksTemplate.contains(u"{tat_due}")) {
                QVERIFY2(remarks.contains(u"21-Nov-2026 12:00") || e.tatHours != 24, qPrintable(remarks));
            }
        }
        QVERIFY(!e.source.isEmpty());
    }
}

void TestTaggingCatalog::safetyIsTheMostUrgentQueue()
{
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    const TaggingEntry* safety = catalog.find(IncidentKind::Complaint, u"Women & Child Safety Case"_s);
    QVERIFY(safety);
    const int priority = catalog.queue(safety->queueId)->priority;
    for (const TaggingQueue& queue : catalog.queues()) {
        QVERIFY(priority <= queue.priority);
    }
    QCOMPARE(priority, 1);
    QVERIFY(safety->escalates);
    for (const TaggingEntry& e : catalog.entries()) {
        if (e.escalates) {
            QVERIFY2(safety->tatHours <= e.tatHours, qPrintable(e.id));
        }
    }
}

void TestTaggingCatalog::findByTheArticlesWords()
{
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    QCOMPARE(catalog.find(IncidentKind::Complaint, u"delay in service"_s)->id, u"delay-in-service-out-of-spd"_s);
    QCOMPARE(catalog.find(IncidentKind::Complaint, u"Delay in Service"_s, u"out of spd"_s)->id,
             u"delay-in-service-out-of-spd"_s);
    QVERIFY(!catalog.find(IncidentKind::Complaint, u"Delay in Service"_s, u"Out of TAT"_s));
    QCOMPARE(catalog.find(IncidentKind::Enquiry, u"Request to reopen ticket"_s)->disposition, Disposition::Unresolved);
    QCOMPARE(catalog.find(IncidentKind::Request, u"Request to reopen ticket"_s)->action, TicketAction::Reopen);
    QVERIFY(!catalog.find(IncidentKind::Request, u"Delay in Service"_s));
}

void TestTaggingCatalog::fillReplacesPlaceholders()
{
    QCOMPARE(TaggingCatalog::fill(u"Ticket {ticket_id} SPD {spd}; VOC: {customer_said}"_s,
                                  {{u"ticket_id"_s, u"FHS1"_s}, {u"spd"_s, u"18-Nov-2026"_s}}),
             u"Ticket FHS1 SPD 18-Nov-2026; VOC: —"_s);
    QCOMPARE(TaggingCatalog::fill(u"no placeholders"_s, {}), u"no placeholders"_s);
}

void TestTaggingCatalog::brokenCatalogsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray queue = R"("queues": [{"id": "q", "name": "Q", "priority": 1}])";
    auto entry = [&](const QByteArray& fields) -> QByteArray {
        return "{" + queue
               + R"(, "entries": [{"id": "e", "type": "Complaint", "incident": "X", "disposition": "Resolved", "queue": "q", "remarks": "r", "source": "s")"
               + fields + "}]}";
    };
    QTest::newRow("not JSON") << QByteArray("[") << u"not a JSON object"_s;
    QTest::newRow("no queues") << QByteArray(R"({"entries": []})") << u"no queues"_s;
    QTest::newRow("no entries") << QByteArray("{" + queue + "}") << u"no entries"_s;
    QTest::newRow("unknown queue") << entry(R"(, "queue": "nope")") << u"unknown queue"_s;
    QTest::newRow("unknown placeholder") << entry(R"(, "remarks": "see {colour}")")
                                         << u"unknown placeholder {colour}"_s;
    QTest::newRow("escalates without TAT") << entry(R"(, "escalates": true)") << u"tat_hours"_s;
    QTest::newRow("TAT without escalation") << entry(R"(, "tat_hours": 5)") << u"tat_hours"_s;
    QTest::newRow("bad disposition") << entry(R"(, "disposition": "Maybe")")
                                     << u"unknown type, disposition or action"_s;
    QTest::newRow("bad action") << entry(R"(, "action": "Refund")") << u"unknown type, disposition or action"_s;
    QTest::newRow("no source") << entry(R"(, "source": "")") << u"source"_s;
}

void TestTaggingCatalog::brokenCatalogsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    TaggingCatalog catalog;
    QString error;
    QVERIFY(!catalog.load(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTaggingCatalog)
#include "TestTaggingCatalog.moc"
