#include "TestData.h"

#include "store/Database.h"
#include "store/OrderStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    int count(Database& db, const QString& table)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
            return -1;
        }
        return query.value(0).toInt();
    }

    // A row count of every table: "exactly as before" means this is unchanged.
    QList<int> snapshot(Database& db)
    {
        QList<int> counts;
        for (const QString& table :
             {u"customers"_s, u"orders"_s, u"tickets"_s, u"ticket_activity"_s, u"ticket_reopens"_s, u"fake_flags"_s,
              u"ticket_sales"_s, u"ticket_completion"_s, u"completion_images"_s}) {
            counts.append(count(db, table));
        }
        return counts;
    }

    QStringList orderIds(const QList<SearchHit>& hits)
    {
        QStringList ids;
        for (const SearchHit& hit : hits) {
            ids.append(hit.summary.orderId);
        }
        return ids;
    }
} // namespace

class TestOrderStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upsertAndLoadEveryFixture();
    void upsertReplacesTheOrder();
    void ticketCannotMoveBetweenOrders();
    void failureInTheMiddleLeavesNothingBehind();
    void unknownOrderIsNotAnError();
    void searchByOrderId();
    void searchByPrefix();
    void searchByPhoneListsNewestFirst();
    void searchByAltPhone();
    void searchByEmailIgnoresCase();
    void searchByTicketId();
    void searchRespectsLimit();
    void hostileInputIsOnlyData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_store;
};

void TestOrderStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"store.sqlite"_s)), qPrintable(m_db->errorString()));
    m_store = std::make_unique<OrderStore>(*m_db);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(m_store->upsert(TestData::order(i)), qPrintable(m_store->errorString()));
    }
}

void TestOrderStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOrderStore::upsertAndLoadEveryFixture()
{
    QCOMPARE(m_store->orderCount(), 4);
    for (int i = 0; i < 4; ++i) {
        const Order expected = TestData::order(i);
        const std::optional<Order> loaded = m_store->order(expected.orderId);
        QVERIFY2(loaded.has_value(), qPrintable(m_store->errorString()));
        QCOMPARE(*loaded, expected);
    }
    QCOMPARE(count(*m_db, u"customers"_s), 2); // three orders share Priya's mobile
}

void TestOrderStore::upsertReplacesTheOrder()
{
    Order order = TestData::order(0);
    order.amountPaise = 99900;
    order.customer.name = u"Priya S. Sharma"_s;
    order.tickets.removeLast(); // the maintenance ticket is gone in the new version
    Ticket& first = order.tickets.first();
    first.activity.removeFirst();
    first.sales.clear();
    first.completion->images.append(u"https://img.fhs-partner.in/completion/FHS1000000001/2.jpg"_s);
    QVERIFY2(m_store->upsert(order), qPrintable(m_store->errorString()));

    const std::optional<Order> loaded = m_store->order(order.orderId);
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, order);
    QCOMPARE(m_store->orderCount(), 4);
    QCOMPARE(count(*m_db, u"tickets"_s), 3); // 2 + 1 + 0 + 1, minus the removed one
    // Each order keeps the details it was placed with: the other orders of this mobile are unchanged.
    QCOMPARE(*m_store->order(u"OD428012345678901235"_s), TestData::order(1));
    QCOMPARE(count(*m_db, u"customers"_s), 2);
}

void TestOrderStore::ticketCannotMoveBetweenOrders()
{
    const QList<int> before = snapshot(*m_db);
    Order thief = TestData::order(3);
    thief.tickets.append(TestData::order(1).tickets.constFirst()); // FHS1000000003 belongs to …235
    thief.tickets.last().ticketId = u"fhs1000000003"_s; // in any case
    QVERIFY(!m_store->upsert(thief));
    QVERIFY2(m_store->errorString().contains(u"already belongs to order OD428012345678901235"),
             qPrintable(m_store->errorString()));
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(*m_store->order(thief.orderId), TestData::order(3));
}

void TestOrderStore::failureInTheMiddleLeavesNothingBehind()
{
    // The failure is injected by the database itself, half-way through the write: after the
    // customer, order and first ticket are written, an activity row is refused.
    QSqlQuery trigger(m_db->connection());
    QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_boom BEFORE INSERT ON ticket_activity"
                         " WHEN NEW.remark = 'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    const QList<int> before = snapshot(*m_db);

    Order order = TestData::order(0);
    order.customer.name = u"Changed Name"_s;
    order.amountPaise = 1;
    order.tickets.last().activity.last().remark = u"boom"_s;
    QVERIFY(!m_store->upsert(order));
    QVERIFY(m_store->errorString().contains(u"injected failure"));
    QCOMPARE(m_db->transactionDepth(), 0);

    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(*m_store->order(order.orderId), TestData::order(0));

    // The same inside a caller's transaction: only this order's savepoint is undone.
    QVERIFY(m_db->begin());
    Order fresh = TestData::order(3);
    fresh.orderId = u"OD428099999999990002"_s;
    fresh.tickets.first().ticketId = u"FHS2000000002"_s;
    QVERIFY(m_store->upsert(fresh));
    QVERIFY(!m_store->upsert(order));
    QVERIFY(m_db->commit());
    QCOMPARE(m_store->orderCount(), 5);
    QCOMPARE(*m_store->order(order.orderId), TestData::order(0));
}

void TestOrderStore::unknownOrderIsNotAnError()
{
    QVERIFY(!m_store->order(u"OD111111111111111111"_s).has_value());
    QVERIFY(!m_store->hasError());
}

void TestOrderStore::searchByOrderId()
{
    const QList<SearchHit> hits = m_store->search(SearchQuery::parse(u"od428012345678901234"_s));
    QCOMPARE(hits.size(), 1);
    const OrderSummary& s = hits.constFirst().summary;
    QCOMPARE(s.orderId, u"OD428012345678901234"_s);
    QCOMPARE(s.customerName, u"Priya Sharma"_s);
    QCOMPARE(s.ticketCount, 2);
    QCOMPARE(s.firstService, u"AC Maintenance (Foam Jet Service)"_s); // the newest ticket
    QCOMPARE(s.firstStatus, u"RESCHEDULED"_s);
    QVERIFY(hits.constFirst().matchedTicketId.isEmpty());
}

void TestOrderStore::searchByPrefix()
{
    QCOMPARE(orderIds(m_store->search(SearchQuery::parse(u"OD4280123"_s))),
             (QStringList{u"OD428012345678901235"_s, u"OD428012345678901234"_s, u"OD428012345678901236"_s}));
    QCOMPARE(orderIds(m_store->search(SearchQuery::parse(u"OD4280999"_s))), QStringList{u"OD428099999999990001"_s});
    QVERIFY(m_store->search(SearchQuery::parse(u"OD4281000"_s)).isEmpty());
    // A prefix long enough to look like a full ID (OD + 15 digits) still finds the longer IDs…
    QCOMPARE(m_store->search(SearchQuery::parse(u"OD428012345678901"_s)).size(), 3);
    // …and a full ID that exists opens that order alone.
    QCOMPARE(orderIds(m_store->search(SearchQuery::parse(u"OD428012345678901234"_s))),
             QStringList{u"OD428012345678901234"_s});
}

void TestOrderStore::searchByPhoneListsNewestFirst()
{
    const QList<SearchHit> hits = m_store->search(SearchQuery::parse(u"+91 98765-43210"_s));
    QCOMPARE(orderIds(hits),
             (QStringList{u"OD428012345678901235"_s, u"OD428012345678901234"_s, u"OD428012345678901236"_s}));
    QCOMPARE(hits.at(2).summary.ticketCount, 0);
    QVERIFY(hits.at(2).summary.firstService.isEmpty());
}

void TestOrderStore::searchByAltPhone()
{
    QCOMPARE(m_store->search(SearchQuery::parse(u"09123456780"_s)).size(), 3);
}

void TestOrderStore::searchByEmailIgnoresCase()
{
    QCOMPARE(m_store->search(SearchQuery::parse(u"Arjun.Reddy@EXAMPLE.in"_s)).size(), 1);
}

void TestOrderStore::searchByTicketId()
{
    const QList<SearchHit> hits = m_store->search(SearchQuery::parse(u"fhs1000000001"_s));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().summary.orderId, u"OD428012345678901234"_s);
    QCOMPARE(hits.constFirst().matchedTicketId, u"FHS1000000001"_s);
    QCOMPARE(hits.constFirst().summary.firstService, u"Split AC Installation"_s); // the ticket asked for
}

void TestOrderStore::searchRespectsLimit()
{
    QCOMPARE(m_store->search(SearchQuery::parse(u"9876543210"_s), 2).size(), 2);
}

void TestOrderStore::hostileInputIsOnlyData()
{
    // Values are bound, never spliced into SQL: a quote in a name or remark is just text.
    Order order = TestData::order(3);
    order.customer.name = u"Robert'); DROP TABLE orders; --"_s;
    order.tickets.first().activity.first().remark = u"' OR '1'='1"_s;
    QVERIFY(m_store->upsert(order));
    QCOMPARE(m_store->order(order.orderId)->customer.name, order.customer.name);
    QCOMPARE(m_store->orderCount(), 4);
    SearchQuery injected;
    injected.kind = SearchQuery::Kind::Email;
    injected.value = u"x' OR '1'='1"_s;
    QVERIFY(m_store->search(injected).isEmpty());
}

QTEST_GUILESS_MAIN(TestOrderStore)
#include "TestOrderStore.moc"
