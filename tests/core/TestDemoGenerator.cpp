#include "demo/DemoGenerator.h"
#include "document/OrderDocument.h"
#include "domain/Formats.h"
#include "domain/StatusCatalog.h"
#include "store/Database.h"
#include "store/OrderStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static QDate TestData_today()
{
    return QDate(2026, 11, 20);
}

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameOrders();
    void differentSeedDifferentOrders();
    void coversTheWholeProcess();
    void everyOrderIsAValidDocument();
    void identifiersAreUnique();
    void writesToTheDatabaseWithPhotos();

private:
    static PolicyClock clock() { return PolicyClock::pinnedTo(QDate(2026, 11, 20)); }
};

void TestDemoGenerator::sameSeedSameOrders()
{
    const DemoGenerator a(clock(), 7);
    const DemoGenerator b(clock(), 7);
    for (qint64 i : {0, 1, 2, 57, 999, 123456}) {
        QCOMPARE(OrderDocument::toJson(a.order(i)), OrderDocument::toJson(b.order(i)));
    }
}

void TestDemoGenerator::differentSeedDifferentOrders()
{
    const DemoGenerator a(clock(), 7);
    const DemoGenerator b(clock(), 8);
    QVERIFY(a.order(5).orderId != b.order(5).orderId);
    QVERIFY(a.order(5).customer.phone != b.order(5).customer.phone);
}

void TestDemoGenerator::coversTheWholeProcess()
{
    const DemoGenerator generator(clock());
    QSet<QString> pairs;
    QSet<ServiceLine> lines;
    int withoutTickets = 0;
    int severalTickets = 0;
    int reopens = 0;
    int fakeFlags = 0;
    int sales = 0;
    int completions = 0;
    int refunds = 0;
    int breachedSpd = 0;
    int pastWarranty = 0;
    int withinWarranty = 0;
    QMap<QString, int> ordersPerPhone;
    const PolicyClock today = clock();
    for (qint64 i = 0; i < 600; ++i) {
        const Order order = generator.order(i);
        ordersPerPhone[order.customer.phone] += 1;
        withoutTickets += order.tickets.isEmpty() ? 1 : 0;
        severalTickets += order.tickets.size() > 1 ? 1 : 0;
        refunds += order.refund ? 1 : 0;
        const QDateTime anchor(TestData_today(), QTime(9, 0), PolicyClock::zone());
        for (const Ticket& t : order.tickets) {
            QVERIFY2(t.createdAt >= order.placedAt, qPrintable(t.ticketId));
            for (const ActivityEntry& a : t.activity) {
                QVERIFY2(a.at <= anchor, qPrintable(t.ticketId)); // nothing happens after "now"
            }
            for (const ReopenEntry& r : t.reopens) {
                QVERIFY2(r.at > t.completedAt, qPrintable(t.ticketId)); // reopened after the service
                const Ticket* revisit = order.ticket(r.newTicketId);
                QVERIFY2(revisit, qPrintable(r.newTicketId)); // the new ticket is in the order
                QVERIFY(revisit->createdAt >= r.at);
                QCOMPARE(revisit->service, t.service);
            }
            pairs.insert(t.status + u'/' + t.subStatus);
            lines.insert(t.line);
            reopens += t.reopens.isEmpty() ? 0 : 1;
            fakeFlags += t.fakeFlags.isEmpty() ? 0 : 1;
            sales += t.sales.isEmpty() ? 0 : 1;
            completions += t.completion ? 1 : 0;
            const TicketState state = StatusCatalog::instance().state(t.status, t.subStatus);
            if (state == TicketState::Open && today.spdState(t.spd) == PolicyClock::SpdState::Breached) {
                ++breachedSpd;
            }
            if (state == TicketState::Completed) {
                QVERIFY(t.completedAt.isValid());
                (today.withinServiceWarranty(t.completedAt) ? withinWarranty : pastWarranty) += 1;
            }
            QVERIFY(!t.activity.isEmpty());
            QCOMPARE(t.activity.constLast().status, t.status);
            for (qsizetype k = 1; k < t.activity.size(); ++k) {
                QVERIFY(t.activity.at(k - 1).at <= t.activity.at(k).at);
            }
        }
    }
    QCOMPARE(pairs.size(), StatusCatalog::instance().definitions().size()); // every pair of the KM table
    QCOMPARE(lines.size(), 4);
    QVERIFY(withoutTickets > 0);
    QVERIFY(severalTickets > 0);
    QVERIFY(reopens > 0);
    QVERIFY(fakeFlags > 0);
    QVERIFY(sales > 0);
    QVERIFY(completions > 0);
    QVERIFY(refunds > 0);
    QVERIFY(breachedSpd > 0);
    QVERIFY(withinWarranty > 0);
    QVERIFY(pastWarranty > 0);
    const bool repeatCustomer =
        std::any_of(ordersPerPhone.cbegin(), ordersPerPhone.cend(), [](int n) { return n > 1; });
    QVERIFY(repeatCustomer);
}

void TestDemoGenerator::everyOrderIsAValidDocument()
{
    const DemoGenerator generator(clock());
    for (qint64 i = 0; i < 300; ++i) {
        const Order order = generator.order(i);
        const OrderDocument::Result result = OrderDocument::parse(OrderDocument::toJson(order));
        QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.constFirst().toString()));
        QVERIFY2(result.warnings.isEmpty(),
                 qPrintable(result.warnings.isEmpty() ? QString() : result.warnings.constFirst().toString()));
        QVERIFY(Formats::isMobile(order.customer.phone));
        QVERIFY(Formats::isPincode(order.customer.pincode));
    }
}

void TestDemoGenerator::identifiersAreUnique()
{
    const DemoGenerator generator(clock());
    QSet<QString> orders;
    QSet<QString> tickets;
    for (qint64 i = 0; i < 3000; ++i) {
        const Order order = generator.order(i);
        QVERIFY(!orders.contains(order.orderId));
        orders.insert(order.orderId);
        for (const Ticket& t : order.tickets) {
            QVERIFY2(!tickets.contains(t.ticketId), qPrintable(t.ticketId));
            tickets.insert(t.ticketId);
        }
    }
}

void TestDemoGenerator::writesToTheDatabaseWithPhotos()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"demo.sqlite"_s)));
    OrderStore store(db);
    DemoGenerator generator(clock());
    generator.setMediaFolder(dir.filePath(u"media"_s));
    QString error;
    QVERIFY2(generator.installMedia(&error), qPrintable(error));
    QCOMPARE(QDir(dir.filePath(u"media"_s)).entryList({u"*.png"_s}).size(), 3);
    qint64 lastProgress = 0;
    QVERIFY2(generator.generate(
                 db, store, 2500, [&](qint64 done) { lastProgress = done; }, &error),
             qPrintable(error));
    QCOMPARE(lastProgress, 2500);
    QCOMPARE(store.orderCount(), 2500);
    const Order loaded = *store.order(generator.order(1234).orderId);
    QCOMPARE(loaded, generator.order(1234));

    bool localPhoto = false;
    for (qint64 i = 0; i < 200 && !localPhoto; ++i) {
        for (const Ticket& t : generator.order(i).tickets) {
            if (t.completion && !t.completion->images.isEmpty()
                && QFileInfo::exists(t.completion->images.constFirst())) {
                localPhoto = true;
            }
        }
    }
    QVERIFY(localPhoto);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
