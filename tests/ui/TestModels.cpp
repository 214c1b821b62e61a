#include "TestData.h"

#include "core/AppInfo.h"

#include "search/SearchResultModel.h"
#include "ticket/ActivityModel.h"
#include "ticket/SectionTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::installTranslations(u"en"_s); }
    void activityIsNewestFirst();
    void activityKeepsPartnerOrderForEqualTimes();
    void searchResultsMaskPhones();
    void sectionTable();
};

void TestModels::activityIsNewestFirst()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Ticket ticket = TestData::order(0).tickets.constFirst();
    model.setActivity(ticket.activity);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.index(0, ActivityModel::StatusColumn).data().toString(), u"COMPLETED / NOT_APPLICABLE"_s);
    QCOMPARE(model.index(0, ActivityModel::TimeColumn).data().toString(), u"21-Oct-2026 16:40"_s);
    QCOMPARE(model.index(3, ActivityModel::StatusColumn).data(ActivityModel::StatusRole).toString(), u"CREATED"_s);
    QCOMPARE(model.index(1, ActivityModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             u"Service site was not ready hence service is pending"_s);
    QCOMPARE(model.index(1, ActivityModel::ByColumn).data().toString(), u"Ramesh Kumar"_s);
    QCOMPARE(model.headerData(ActivityModel::RemarkColumn, Qt::Horizontal).toString(), u"Remark"_s);
    model.setActivity({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::activityKeepsPartnerOrderForEqualTimes()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime at(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    model.setActivity({{at, u"A"_s, u"CREATED"_s, u"NOT_APPLICABLE"_s, u"first"_s},
                       {at, u"B"_s, u"ALLOCATED"_s, u"NOT_APPLICABLE"_s, u"second"_s}});
    QCOMPARE(model.index(0, ActivityModel::RemarkColumn).data().toString(), u"second"_s);
}

void TestModels::searchResultsMaskPhones()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchHit hit;
    hit.summary.orderId = u"OD428012345678901234"_s;
    hit.summary.phone = u"9876543210"_s;
    hit.summary.customerName = u"प्रिया शर्मा"_s;
    hit.summary.ticketCount = 0;
    hit.matchedTicketId = u"FHS1"_s;
    model.setHits({hit, hit});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SearchResultModel::PhoneColumn).data().toString(), u"******3210"_s);
    QCOMPARE(model.index(0, SearchResultModel::CustomerColumn).data().toString(), u"प्रिया शर्मा"_s);
    QCOMPARE(model.index(1, SearchResultModel::CityColumn).data(SearchResultModel::OrderIdRole).toString(),
             u"OD428012345678901234"_s);
    QCOMPARE(model.index(1, 0).data(SearchResultModel::MatchedTicketRole).toString(), u"FHS1"_s);
    QVERIFY(model.index(0, SearchResultModel::LatestColumn).data().toString().contains(u"No ticket"));
}

void TestModels::sectionTable()
{
    SectionTableModel model({u"Item"_s, u"Price"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNumericColumns({1});
    model.setRows({{u"Stand"_s, u"₹1,200"_s}, {u"Pipe"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 1).data().toString(), u"₹1,200"_s);
    QCOMPARE(model.index(1, 1).data().toString(), QString()); // short rows are padded
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Item"_s);
}

QTEST_MAIN(TestModels)
#include "TestModels.moc"
