#include "search/SearchQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = SearchQuery::Kind;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalidInputSaysWhatIsAccepted();
};

void TestSearchQuery::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("full OD ID") << u"OD428012345678901234"_s << Kind::OrderId << u"OD428012345678901234"_s;
    QTest::newRow("OD ID in lower case with spaces")
        << u"  od428012345678901234 "_s << Kind::OrderId << u"OD428012345678901234"_s;
    QTest::newRow("OD prefix of 8") << u"OD428012"_s << Kind::OrderIdPrefix << u"OD428012"_s;
    QTest::newRow("OD prefix too short") << u"OD42801"_s << Kind::Invalid << QString();
    QTest::newRow("OD with 22 digits") << u"OD4280123456789012345678"_s << Kind::Invalid << QString();
    QTest::newRow("bare mobile") << u"9876543210"_s << Kind::Phone << u"9876543210"_s;
    QTest::newRow("+91 mobile") << u"+91 98765 43210"_s << Kind::Phone << u"9876543210"_s;
    QTest::newRow("0 mobile with dashes") << u"0-98765-43210"_s << Kind::Phone << u"9876543210"_s;
    QTest::newRow("landline-like number") << u"0802345678"_s << Kind::Invalid << QString();
    QTest::newRow("email") << u" Priya.Sharma@Example.com "_s << Kind::Email << u"Priya.Sharma@Example.com"_s;
    QTest::newRow("broken email") << u"priya@"_s << Kind::Invalid << QString();
    QTest::newRow("ticket ID") << u"FHS1000000001"_s << Kind::TicketId << u"FHS1000000001"_s;
    QTest::newRow("ticket ID lower case") << u"fhs1000000001"_s << Kind::TicketId << u"fhs1000000001"_s;
    QTest::newRow("a name") << u"Priya Sharma"_s << Kind::Invalid << QString();
    QTest::newRow("SQL") << u"' OR 1=1 --"_s << Kind::Invalid << QString();
    QTest::newRow("empty") << QString() << Kind::Empty << QString();
    QTest::newRow("spaces") << u"   "_s << Kind::Empty << QString();
}

void TestSearchQuery::parse()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    const SearchQuery query = SearchQuery::parse(input);
    QCOMPARE(query.kind, kind);
    if (kind != Kind::Invalid) {
        QCOMPARE(query.value, value);
        QVERIFY(query.message.isEmpty());
    }
    QCOMPARE(query.isRunnable(), kind != Kind::Invalid && kind != Kind::Empty);
}

void TestSearchQuery::invalidInputSaysWhatIsAccepted()
{
    const SearchQuery name = SearchQuery::parse(u"Priya Sharma"_s);
    QVERIFY(name.message.contains(u"Priya Sharma"));
    QVERIFY(name.message.contains(u"order ID"));
    QVERIFY(name.message.contains(u"mobile"));
    QVERIFY(name.message.contains(u"email"));

    const SearchQuery shortId = SearchQuery::parse(u"OD4280"_s);
    QVERIFY2(shortId.message.contains(u"at least 8 characters"), qPrintable(shortId.message));

    const SearchQuery digits = SearchQuery::parse(u"12345"_s);
    QVERIFY2(digits.message.contains(u"10-digit"), qPrintable(digits.message));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "TestSearchQuery.moc"
