#include "domain/StatusCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shippedTableHasEveryKmPair();
    void canonicalSpellings();
    void meaningsAndStates();
    void brokenTablesAreRefused_data();
    void brokenTablesAreRefused();
};

void TestStatusCatalog::shippedTableHasEveryKmPair()
{
    const StatusCatalog& catalog = StatusCatalog::instance();
    // 31 pairs of the KM table, plus CANCELED / NOT_SERVICEABLE, marked as assumed.
    QCOMPARE(catalog.definitions().size(), 32);
    const qsizetype assumed = std::count_if(catalog.definitions().cbegin(), catalog.definitions().cend(),
                                            [](const StatusDefinition& d) { return !d.assumption.isEmpty(); });
    QCOMPARE(assumed, 1);
    const QStringList statuses = {u"CREATED"_s,  u"ALLOCATED"_s, u"RESCHEDULED"_s,     u"CANCEL_INITIATED"_s,
                                  u"CANCELED"_s, u"COMPLETED"_s, u"SERVICE_PENDING"_s, u"PICKUP"_s,
                                  u"WORKSHOP"_s, u"DROP"_s};
    for (const QString& status : statuses) {
        QVERIFY2(catalog.hasStatus(status), qPrintable(status));
    }
    QCOMPARE(catalog.subStatusesOf(u"RESCHEDULED"_s).size(), 5);
    QCOMPARE(catalog.subStatusesOf(u"WORKSHOP"_s).size(), 11);
    QCOMPARE(catalog.subStatusesOf(u"DROP"_s).size(), 5);
    QCOMPARE(catalog.subStatusesOf(u"CANCEL_INITIATED"_s).size(), 3);
}

void TestStatusCatalog::canonicalSpellings()
{
    const StatusCatalog& catalog = StatusCatalog::instance();
    QCOMPARE(catalog.canonical(u"Cancelled"_s), u"CANCELED"_s);
    QCOMPARE(catalog.canonical(u" Service pending "_s), u"SERVICE_PENDING"_s);
    QCOMPARE(catalog.canonical(u"Allocated"_s), u"ALLOCATED"_s);
    QVERIFY(catalog.find(u"CANCELLED"_s, u"customer_not_ready"_s));
    QVERIFY(catalog.find(u"Service pending"_s, u"VENDOR_OFFLOAD"_s));
    QVERIFY(!catalog.find(u"CANCELED"_s, u"SITE_NOT_READY"_s)); // only RESCHEDULED has it
    QVERIFY(!catalog.find(u"CANCELED"_s, u"NOT_SERVICEABLE"_s)->assumption.isEmpty());
    QVERIFY(!catalog.find(u"DONE"_s, u"NOT_APPLICABLE"_s));
}

void TestStatusCatalog::meaningsAndStates()
{
    const StatusCatalog& catalog = StatusCatalog::instance();
    QCOMPARE(catalog.meaning(u"RESCHEDULED"_s, u"CUSTOMER_RESCHEDULE"_s),
             u"Service rescheduled by customer- Updated by technician"_s);
    QCOMPARE(catalog.meaning(u"SERVICE_PENDING"_s, u"VENDOR_OFFLOAD"_s).left(33),
             u"Current sf/ branch did not have c"_s);
    QCOMPARE(catalog.state(u"COMPLETED"_s, u"NOT_APPLICABLE"_s), TicketState::Completed);
    QCOMPARE(catalog.state(u"DROP"_s, u"COMPLETED"_s), TicketState::Completed);
    QCOMPARE(catalog.state(u"CANCELED"_s, u"CUSTOMER_NOT_READY"_s), TicketState::Cancelled);
    QCOMPARE(catalog.state(u"CANCEL_INITIATED"_s, u"CUSTOMER_NOT_READY"_s), TicketState::Open);
    QCOMPARE(catalog.state(u"WORKSHOP"_s, u"REPAIR_COMPLETED"_s), TicketState::Open);
    QVERIFY(catalog.meaning(u"NOPE"_s, u"NOPE"_s).isEmpty());
    const StatusDefinition* pickup = catalog.find(u"PICKUP"_s, u"ALLOCATED"_s);
    QVERIFY(pickup);
    QCOMPARE(pickup->lines, QList<ServiceLine>{ServiceLine::MobileRepair});
}

void TestStatusCatalog::brokenTablesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{statuses") << u"not a JSON object"_s;
    QTest::newRow("empty") << QByteArray(R"({"statuses": []})") << u"empty"_s;
    QTest::newRow("no sub-status") << QByteArray(R"({"statuses": [{"status": "X", "label": "X"}]})")
                                   << u"has no sub-status"_s;
    QTest::newRow("bad state") << QByteArray(
        R"({"statuses": [{"status": "X", "label": "X", "sub_statuses": [{"code": "Y", "state": "maybe", "meaning": "m"}]}]})")
                               << u"unknown state"_s;
    QTest::newRow("bad line") << QByteArray(
        R"({"statuses": [{"status": "X", "label": "X", "lines": ["boats"], "sub_statuses": [{"code": "Y", "state": "open", "meaning": "m"}]}]})")
                              << u"unknown service line"_s;
}

void TestStatusCatalog::brokenTablesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    StatusCatalog catalog;
    QString error;
    QVERIFY(!catalog.load(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(catalog.definitions().isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusCatalog)
#include "TestStatusCatalog.moc"
