#include "TestData.h"

#include "document/OrderDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace
{
    // Replaces (or, with an undefined value, removes) the member at a path like
    // "tickets/0/activity/1/at" inside a document.
    QJsonValue edited(const QJsonValue& node, QStringList path, const QJsonValue& value)
    {
        const QString head = path.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = head.toInt();
            if (path.isEmpty()) {
                if (value.isUndefined()) {
                    array.removeAt(index);
                } else {
                    array.replace(index, value);
                }
            } else {
                array.replace(index, edited(array.at(index), path, value));
            }
            return array;
        }
        QJsonObject object = node.toObject();
        if (path.isEmpty()) {
            if (value.isUndefined()) {
                object.remove(head);
            } else {
                object.insert(head, value);
            }
        } else {
            object.insert(head, edited(object.value(head), path, value));
        }
        return object;
    }

    QJsonObject with(const QJsonObject& document, const QString& path, const QJsonValue& value)
    {
        return edited(document, path.split(u'/'), value).toObject();
    }

    QJsonObject without(const QJsonObject& document, const QString& path)
    {
        return with(document, path, QJsonValue(QJsonValue::Undefined));
    }

    // "tickets/0/at" → "$.tickets[0].at"
    QString jsonPath(const QString& path)
    {
        QString result = u"$"_s;
        for (const QString& part : path.split(u'/')) {
            bool isIndex = false;
            part.toInt(&isIndex);
            result += isIndex ? QString(u'[' + part + u']') : QString(u'.' + part);
        }
        return result;
    }

    QString describe(const OrderDocument::Result& result)
    {
        QStringList lines;
        for (const DocumentIssue& issue : result.errors) {
            lines.append(issue.toString());
        }
        return lines.join(u"; "_s);
    }

    bool hasError(const OrderDocument::Result& result, const QString& path, const QString& fragment)
    {
        return std::any_of(result.errors.cbegin(), result.errors.cend(), [&](const DocumentIssue& issue) {
            return issue.path == path && issue.message.contains(fragment);
        });
    }

    QJsonObject fullDocument()
    {
        // Fixture 0 has every section; add fixture 2's refund so that is covered too.
        QJsonObject document = TestData::document(0);
        document.insert(u"refund"_s, TestData::document(2).value(u"refund"_s));
        return document;
    }
} // namespace

class TestOrderDocument : public QObject
{
    Q_OBJECT

private slots:
    void fixturesParse();
    void parsedValues();
    void roundTrip();
    void orderWithoutTickets();
    void missingRequiredField_data();
    void missingRequiredField();
    void wrongType_data();
    void wrongType();
    void badValue_data();
    void badValue();
    void everyProblemIsReported();
    void unknownFieldsWarn();
    void aliasesAreCanonicalised();
    void lenientWhereHarmless();
    void notAnObject();
};

void TestOrderDocument::fixturesParse()
{
    const QJsonArray documents = TestData::documents();
    QCOMPARE(documents.size(), 4);
    for (const QJsonValue& document : documents) {
        const OrderDocument::Result result = OrderDocument::parse(document);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.warnings.isEmpty());
    }
}

void TestOrderDocument::parsedValues()
{
    const OrderDocument::Result result = OrderDocument::parse(fullDocument());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const Order& order = *result.order;
    QCOMPARE(order.orderId, u"OD428012345678901234"_s);
    QCOMPARE(order.placedAt, QDateTime(QDate(2026, 10, 10), QTime(4, 45), QTimeZone::utc()));
    QCOMPARE(order.platform, Platform::Android);
    QCOMPARE(order.payment, Payment::Prepaid);
    QCOMPARE(order.amountPaise, 209800);
    QCOMPARE(order.customer.phone, u"9876543210"_s);
    QCOMPARE(order.customer.altPhone, u"9123456780"_s);
    QCOMPARE(order.customer.pincode, u"560066"_s);
    QVERIFY(order.refund.has_value());
    QCOMPARE(order.refund->tatDays, 7);
    QCOMPARE(order.tickets.size(), 2);

    const Ticket& done = order.tickets.at(0);
    QCOMPARE(done.line, ServiceLine::Installation);
    QCOMPARE(done.spd, QDate(2026, 10, 12));
    QCOMPARE(done.technician->name, u"Ramesh Kumar"_s);
    QCOMPARE(done.activity.size(), 4);
    QCOMPARE(done.activity.at(2).subStatus, u"SITE_NOT_READY"_s);
    QCOMPARE(done.reopens.constFirst().newTicketId, u"FHS1000000001-R1"_s);
    QCOMPARE(done.fakeFlags.size(), 1);
    QCOMPARE(done.sales.at(1).pricePaise, 85050);
    QCOMPARE(done.salesTotalPaise(), 205050);
    QCOMPARE(done.completion->serial, u"LGAC2104567"_s);
    QVERIFY(done.invoiceAvailable);

    const Ticket& open = order.tickets.at(1);
    QVERIFY(!open.completedAt.isValid()); // null
    QVERIFY(!open.completion.has_value());
    QVERIFY(open.invoiceAvailable); // absent means available
    QVERIFY(open.product.model.isEmpty());
}

void TestOrderDocument::roundTrip()
{
    for (const QJsonValue& document : TestData::documents()) {
        const OrderDocument::Result first = OrderDocument::parse(document);
        QVERIFY(first.ok());
        const QJsonObject written = OrderDocument::toJson(*first.order);
        const OrderDocument::Result second = OrderDocument::parse(written);
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QVERIFY(second.warnings.isEmpty());
        QCOMPARE(*second.order, *first.order);
        QCOMPARE(OrderDocument::toJson(*second.order), written);
    }
    // Times written with another offset come back as the same moment, written in IST.
    const QJsonObject utc = with(TestData::document(1), u"placed_at"_s, u"2026-11-15T03:30:00Z"_s);
    const OrderDocument::Result parsed = OrderDocument::parse(utc);
    QVERIFY(parsed.ok());
    QCOMPARE(OrderDocument::toJson(*parsed.order).value(u"placed_at").toString(), u"2026-11-15T09:00:00+05:30"_s);
}

void TestOrderDocument::orderWithoutTickets()
{
    const OrderDocument::Result empty = OrderDocument::parse(TestData::document(2));
    QVERIFY2(empty.ok(), qPrintable(describe(empty)));
    QVERIFY(empty.order->tickets.isEmpty());
    const OrderDocument::Result absent = OrderDocument::parse(without(TestData::document(2), u"tickets"_s));
    QVERIFY(absent.ok());
}

void TestOrderDocument::missingRequiredField_data()
{
    QTest::addColumn<QString>("path");
    const QStringList required = {
        u"order_id"_s,
        u"placed_at"_s,
        u"platform"_s,
        u"payment"_s,
        u"amount"_s,
        u"customer"_s,
        u"customer/name"_s,
        u"customer/email"_s,
        u"customer/phone"_s,
        u"customer/address"_s,
        u"customer/pincode"_s,
        u"customer/city"_s,
        u"refund/status"_s,
        u"refund/initiated_at"_s,
        u"refund/tat_days"_s,
        u"tickets/0/ticket_id"_s,
        u"tickets/0/service_line"_s,
        u"tickets/0/service"_s,
        u"tickets/0/product"_s,
        u"tickets/0/product/category"_s,
        u"tickets/0/product/brand"_s,
        u"tickets/0/status"_s,
        u"tickets/0/sub_status"_s,
        u"tickets/0/created_at"_s,
        u"tickets/0/spd"_s,
        u"tickets/0/activity"_s,
        u"tickets/0/technician/name"_s,
        u"tickets/0/technician/phone"_s,
        u"tickets/0/activity/1/at"_s,
        u"tickets/0/activity/1/by"_s,
        u"tickets/0/activity/1/status"_s,
        u"tickets/0/activity/1/sub_status"_s,
        u"tickets/0/activity/1/remark"_s,
        u"tickets/0/reopens/0/at"_s,
        u"tickets/0/reopens/0/reason"_s,
        u"tickets/0/fake_flags/0/at"_s,
        u"tickets/0/fake_flags/0/kind"_s,
        u"tickets/0/fake_flags/0/detail"_s,
        u"tickets/0/sales/0/item"_s,
        u"tickets/0/sales/0/price"_s,
        u"tickets/0/completion/serial"_s,
        u"tickets/0/completion/images"_s,
    };
    for (const QString& path : required) {
        QTest::newRow(qPrintable(path)) << path;
    }
}

void TestOrderDocument::missingRequiredField()
{
    QFETCH(QString, path);
    const OrderDocument::Result result = OrderDocument::parse(without(fullDocument(), path));
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result, jsonPath(path), u"required field is missing"_s), qPrintable(describe(result)));
}

void TestOrderDocument::wrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("order_id number") << u"order_id"_s << QJsonValue(428012345) << u"must be a string, found a number"_s;
    QTest::newRow("amount string") << u"amount"_s << QJsonValue(u"1499"_s) << u"must be a number, found a string"_s;
    QTest::newRow("customer string") << u"customer"_s << QJsonValue(u"Priya"_s)
                                     << u"must be an object, found a string"_s;
    QTest::newRow("tickets object") << u"tickets"_s << QJsonValue(QJsonObject())
                                    << u"must be an array, found an object"_s;
    QTest::newRow("ticket not object") << u"tickets/1"_s << QJsonValue(42) << u"must be an object, found a number"_s;
    QTest::newRow("invoice_available string")
        << u"tickets/0/invoice_available"_s << QJsonValue(u"yes"_s) << u"must be a boolean, found a string"_s;
    QTest::newRow("phone number type") << u"customer/phone"_s << QJsonValue(9876543210.0)
                                       << u"must be a string, found a number"_s;
    QTest::newRow("activity null") << u"tickets/0/activity"_s << QJsonValue(QJsonValue::Null)
                                   << u"must be an array, found null"_s;
    QTest::newRow("image number") << u"tickets/0/completion/images/0"_s << QJsonValue(7)
                                  << u"must be a file path or URL"_s;
}

void TestOrderDocument::wrongType()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const OrderDocument::Result result = OrderDocument::parse(with(fullDocument(), path, value));
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result, jsonPath(path), message), qPrintable(describe(result)));
}

void TestOrderDocument::badValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("short OD") << u"order_id"_s << QJsonValue(u"OD12345"_s) << u"OD followed by 15 to 21 digits"_s;
    QTest::newRow("OD with letters") << u"order_id"_s << QJsonValue(u"ODX28012345678901234"_s)
                                     << u"is not an order ID"_s;
    QTest::newRow("lower-case od") << u"order_id"_s << QJsonValue(u"od428012345678901234"_s) << u"is not an order ID"_s;
    QTest::newRow("phone too short") << u"customer/phone"_s << QJsonValue(u"98765"_s) << u"10-digit Indian mobile"_s;
    QTest::newRow("phone with +91") << u"customer/phone"_s << QJsonValue(u"+919876543210"_s)
                                    << u"10-digit Indian mobile"_s;
    QTest::newRow("phone starting 5") << u"customer/phone"_s << QJsonValue(u"5876543210"_s)
                                      << u"10-digit Indian mobile"_s;
    QTest::newRow("alt phone") << u"customer/alt_phone"_s << QJsonValue(u"12345"_s) << u"10-digit Indian mobile"_s;
    QTest::newRow("technician phone") << u"tickets/0/technician/phone"_s << QJsonValue(u"900000000"_s)
                                      << u"10-digit Indian mobile"_s;
    QTest::newRow("pincode 5 digits") << u"customer/pincode"_s << QJsonValue(u"56006"_s) << u"6-digit PIN code"_s;
    QTest::newRow("pincode leading 0") << u"customer/pincode"_s << QJsonValue(u"056006"_s) << u"6-digit PIN code"_s;
    QTest::newRow("email") << u"customer/email"_s << QJsonValue(u"priya.sharma@"_s) << u"is not an email address"_s;
    QTest::newRow("empty name") << u"customer/name"_s << QJsonValue(u"  "_s) << u"must not be empty"_s;
    QTest::newRow("platform") << u"platform"_s << QJsonValue(u"tablet"_s) << u"is not one of: android, ios, web"_s;
    QTest::newRow("payment") << u"payment"_s << QJsonValue(u"upi"_s) << u"is not one of: prepaid, cash"_s;
    QTest::newRow("negative amount") << u"amount"_s << QJsonValue(-5) << u"must be zero or more"_s;
    QTest::newRow("service line") << u"tickets/0/service_line"_s << QJsonValue(u"plumbing"_s) << u"is not one of"_s;
    QTest::newRow("unknown status") << u"tickets/0/status"_s << QJsonValue(u"DONE"_s)
                                    << u"is not a status of the KM status table"_s;
    QTest::newRow("unknown sub-status") << u"tickets/0/sub_status"_s << QJsonValue(u"HALF_DONE"_s)
                                        << u"is not a sub-status of COMPLETED"_s;
    QTest::newRow("pair not in table") << u"tickets/1/sub_status"_s << QJsonValue(u"VENDOR_OFFLOAD"_s)
                                       << u"is not a sub-status of RESCHEDULED"_s;
    QTest::newRow("activity status") << u"tickets/0/activity/0/status"_s << QJsonValue(u"OPENED"_s)
                                     << u"is not a status of the KM status table"_s;
    QTest::newRow("date-time without offset")
        << u"placed_at"_s << QJsonValue(u"2026-10-10T10:15:00"_s) << u"ISO-8601 date-time with offset"_s;
    QTest::newRow("date-time with space") << u"tickets/0/created_at"_s << QJsonValue(u"2026-10-10 10:15:00+05:30"_s)
                                          << u"ISO-8601 date-time with offset"_s;
    QTest::newRow("impossible date") << u"tickets/0/spd"_s << QJsonValue(u"2026-02-30"_s)
                                     << u"is not a date YYYY-MM-DD"_s;
    QTest::newRow("date with time") << u"tickets/0/spd"_s << QJsonValue(u"2026-10-12T00:00:00+05:30"_s)
                                    << u"is not a date YYYY-MM-DD"_s;
    QTest::newRow("refund status") << u"refund/status"_s << QJsonValue(u"done"_s)
                                   << u"is not one of: initiated, processed, failed"_s;
    QTest::newRow("fractional TAT") << u"refund/tat_days"_s << QJsonValue(2.5) << u"whole number of days"_s;
    QTest::newRow("ticket id shape") << u"tickets/0/ticket_id"_s << QJsonValue(u"12"_s) << u"is not a ticket ID"_s;
    QTest::newRow("duplicate ticket") << u"tickets/1/ticket_id"_s << QJsonValue(u"fhs1000000001"_s)
                                      << u"appears twice in this order"_s;
    QTest::newRow("negative sale") << u"tickets/0/sales/0/price"_s << QJsonValue(-1) << u"must be zero or more"_s;
    QTest::newRow("reopen ticket id") << u"tickets/0/reopens/0/new_ticket_id"_s << QJsonValue(u"new one"_s)
                                      << u"is not a ticket ID"_s;
    QTest::newRow("impossible offset") << u"placed_at"_s << QJsonValue(u"2026-10-10T10:15:00+19:00"_s)
                                       << u"ISO-8601 date-time with offset"_s;
}

void TestOrderDocument::badValue()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const OrderDocument::Result result = OrderDocument::parse(with(fullDocument(), path, value));
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result, jsonPath(path), message), qPrintable(describe(result)));
}

void TestOrderDocument::everyProblemIsReported()
{
    QJsonObject document = with(fullDocument(), u"customer/phone"_s, u"123"_s);
    document = with(document, u"customer/pincode"_s, u"1"_s);
    document = without(document, u"tickets/1/spd"_s);
    const OrderDocument::Result result = OrderDocument::parse(document);
    QCOMPARE(result.errors.size(), 3);
    QVERIFY(!result.order.has_value());
}

void TestOrderDocument::unknownFieldsWarn()
{
    QJsonObject document = with(fullDocument(), u"loyalty_tier"_s, u"plus"_s);
    document = with(document, u"tickets/0/product/colour"_s, u"white"_s);
    const OrderDocument::Result result = OrderDocument::parse(document);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.warnings.size(), 2);
    QCOMPARE(result.warnings.at(0).path, u"$.loyalty_tier"_s);
    QCOMPARE(result.warnings.at(1).path, u"$.tickets[0].product.colour"_s);
    QVERIFY(result.warnings.at(0).message.contains(u"ignored"));
}

void TestOrderDocument::aliasesAreCanonicalised()
{
    QJsonObject document = with(fullDocument(), u"tickets/1/status"_s, u"Cancelled"_s);
    document = with(document, u"tickets/1/sub_status"_s, u"customer_not_ready"_s);
    document = with(document, u"tickets/0/activity/0/status"_s, u"created"_s);
    const OrderDocument::Result result = OrderDocument::parse(document);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.order->tickets.at(1).status, u"CANCELED"_s);
    QCOMPARE(result.order->tickets.at(1).subStatus, u"CUSTOMER_NOT_READY"_s);
    QCOMPARE(result.order->tickets.at(0).activity.at(0).status, u"CREATED"_s);

    // A workshop status on an installation ticket is odd but not invalid: a warning.
    QJsonObject odd = with(fullDocument(), u"tickets/1/status"_s, u"WORKSHOP"_s);
    odd = with(odd, u"tickets/1/sub_status"_s, u"DIAGNOSIS"_s);
    const OrderDocument::Result warned = OrderDocument::parse(odd);
    QVERIFY(warned.ok());
    QCOMPARE(warned.warnings.size(), 1);
    QCOMPARE(warned.warnings.constFirst().path, u"$.tickets[1].status"_s);
}

void TestOrderDocument::lenientWhereHarmless()
{
    // An empty optional number is no number; an amount with fractions of a paisa is rounded,
    // with a warning so the sender knows.
    QJsonObject document = with(fullDocument(), u"customer/alt_phone"_s, u""_s);
    document = with(document, u"amount"_s, 1499.995);
    const OrderDocument::Result result = OrderDocument::parse(document);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.order->customer.altPhone.isEmpty());
    QCOMPARE(result.order->amountPaise, 150000);
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.constFirst().path, u"$.amount"_s);
    QVERIFY(result.warnings.constFirst().message.contains(u"1500.00"));
}

void TestOrderDocument::notAnObject()
{
    const OrderDocument::Result result = OrderDocument::parse(QJsonValue(QJsonArray{1, 2}));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.constFirst().path, u"$"_s);
    QVERIFY(result.errors.constFirst().message.contains(u"must be a JSON object"));
}

QTEST_GUILESS_MAIN(TestOrderDocument)
#include "TestOrderDocument.moc"
