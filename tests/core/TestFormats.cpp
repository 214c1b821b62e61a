#include "domain/Codes.h"
#include "domain/Formats.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void orderIds_data();
    void orderIds();
    void mobiles_data();
    void mobiles();
    void pincodes();
    void emails();
    void ticketIds_data();
    void ticketIds();
    void masking();
    void rupees_data();
    void rupees();
    void codesRoundTrip();
};

void TestFormats::orderIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("prefix");
    QTest::newRow("18 digits") << u"OD428012345678901234"_s << true << false;
    QTest::newRow("15 digits, the shortest") << u"OD123456789012345"_s << true << false;
    QTest::newRow("21 digits, the longest") << u"OD123456789012345678901"_s << true << false;
    QTest::newRow("14 digits is a prefix") << u"OD12345678901234"_s << false << true;
    QTest::newRow("22 digits") << u"OD1234567890123456789012"_s << false << false;
    QTest::newRow("8 characters is a prefix") << u"OD428012"_s << false << true;
    QTest::newRow("7 characters is too short") << u"OD42801"_s << false << false;
    QTest::newRow("lower case od") << u"od428012345678901234"_s << false << false;
    QTest::newRow("letter inside") << u"OD4280123456789O1234"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestFormats::orderIds()
{
    QFETCH(QString, text);
    QFETCH(bool, full);
    QFETCH(bool, prefix);
    QCOMPARE(Formats::isOrderId(text), full);
    QCOMPARE(Formats::isOrderIdPrefix(text), prefix || full);
}

void TestFormats::mobiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("bare") << u"9876543210"_s << u"9876543210"_s;
    QTest::newRow("+91 with spaces") << u"+91 98765 43210"_s << u"9876543210"_s;
    QTest::newRow("+91-dashes") << u"+91-98765-43210"_s << u"9876543210"_s;
    QTest::newRow("91 prefix") << u"919876543210"_s << u"9876543210"_s;
    QTest::newRow("leading 0") << u"09876543210"_s << u"9876543210"_s;
    QTest::newRow("brackets") << u"(98765) 43210"_s << u"9876543210"_s;
    QTest::newRow("starts with 5") << u"5876543210"_s << QString();
    QTest::newRow("nine digits") << u"987654321"_s << QString();
    QTest::newRow("eleven digits") << u"98765432101"_s << QString();
    QTest::newRow("letters") << u"98765abcde"_s << QString();
    QTest::newRow("plus in the middle") << u"98765+43210"_s << QString();
    QTest::newRow("Devanagari digits are not accepted") << u"९८७६५४३२१०"_s << QString();
}

void TestFormats::mobiles()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(Formats::normalizeMobile(text), normalized);
    QCOMPARE(Formats::isMobile(text), text == normalized);
}

void TestFormats::pincodes()
{
    QVERIFY(Formats::isPincode(u"560066"));
    QVERIFY(Formats::isPincode(u"110001"));
    QVERIFY(!Formats::isPincode(u"056006"));
    QVERIFY(!Formats::isPincode(u"56006"));
    QVERIFY(!Formats::isPincode(u"5600666"));
    QVERIFY(!Formats::isPincode(u"56006A"));
}

void TestFormats::emails()
{
    QVERIFY(Formats::isEmail(u"priya.sharma@example.com"));
    QVERIFY(Formats::isEmail(u"a+b@mail.co.in"));
    QVERIFY(!Formats::isEmail(u"priya.sharma@"));
    QVERIFY(!Formats::isEmail(u"@example.com"));
    QVERIFY(!Formats::isEmail(u"priya sharma@example.com"));
    QVERIFY(!Formats::isEmail(u"priya@example"));
}

void TestFormats::ticketIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("FHS ticket") << u"FHS4000123457"_s << true;
    QTest::newRow("lower case") << u"fhs4000123457"_s << true;
    QTest::newRow("with dashes") << u"SR-2611-0045"_s << true;
    QTest::newRow("reopen suffix") << u"FHS1000000001-R1"_s << true;
    QTest::newRow("no digit") << u"ABCDEFG"_s << false;
    QTest::newRow("too short") << u"FH12"_s << false;
    QTest::newRow("starts with digit") << u"1FHS23456"_s << false;
    QTest::newRow("an OD ID is not a ticket") << u"OD428012345678901234"_s << false;
    QTest::newRow("space inside") << u"FHS 123456"_s << false;
    QTest::newRow("too long") << QString(u"F"_s + QString(32, u'1')) << false;
}

void TestFormats::ticketIds()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Formats::isTicketId(text), valid);
}

void TestFormats::masking()
{
    QCOMPARE(Formats::maskPhone(u"9876543210"_s), u"******3210"_s);
    QCOMPARE(Formats::maskEmail(u"priya.sharma@example.com"_s), u"p*****@example.com"_s);
    QCOMPARE(Formats::maskEmail(u"a@b.in"_s), u"a*****@b.in"_s);
    QCOMPARE(Formats::maskEmail(u"broken"_s), u"******"_s);
    // In free text: every mobile and email, however written; other numbers stay.
    QCOMPARE(Formats::maskContactsInText(u"Call 98765 43210 or +91-9123456780, mail priya@example.com; OD 4280123"_s),
             u"Call ******3210 or ******6780, mail p*****@example.com; OD 4280123"_s);
    QCOMPARE(Formats::maskContactsInText(u"ticket FHS9876543210, amount 1499"_s),
             u"ticket FHS9876543210, amount 1499"_s);
    QCOMPARE(Formats::maskContactsInText(u"ग्राहक का नंबर 09876543210 है"_s), u"ग्राहक का नंबर ******3210 है"_s);
    // The service's own mailbox is read out to customers: it stays whole; a customer's does not.
    QCOMPARE(Formats::maskContactsInText(u"Proof to assist@jeeves.co.in, not priya@jeeves.co.in.example.com"_s),
             u"Proof to assist@jeeves.co.in, not p*****@jeeves.co.in.example.com"_s);
}

void TestFormats::rupees_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"₹0"_s;
    QTest::newRow("hundreds") << qint64(49900) << u"₹499"_s;
    QTest::newRow("thousands") << qint64(149900) << u"₹1,499"_s;
    QTest::newRow("paise") << qint64(85050) << u"₹850.50"_s;
    QTest::newRow("lakh") << qint64(12345600) << u"₹1,23,456"_s;
    QTest::newRow("crore") << qint64(1234567800) << u"₹1,23,45,678"_s;
}

void TestFormats::rupees()
{
    QFETCH(qint64, paise);
    QFETCH(QString, text);
    QCOMPARE(Codes::rupees(paise), text);
}

void TestFormats::codesRoundTrip()
{
    for (ServiceLine line : Codes::allServiceLines()) {
        QCOMPARE(Codes::parseServiceLine(Codes::serviceLine(line)), std::optional(line));
        QVERIFY(!Codes::serviceLineName(line).isEmpty());
    }
    QCOMPARE(Codes::parseServiceLine(u"Installation"), std::nullopt); // wire codes are exact
    QCOMPARE(Codes::parsePlatform(u"ios"), std::optional(Platform::Ios));
    QCOMPARE(Codes::parsePayment(u"cash"), std::optional(Payment::Cash));
    QCOMPARE(Codes::parseRefundStatus(u"failed"), std::optional(RefundStatus::Failed));
    QCOMPARE(Codes::parsePlatform(u"tablet"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "TestFormats.moc"
