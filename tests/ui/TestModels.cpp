#include "TestData.h"

#include "core/AppInfo.h"

#include "search/SearchResultModel.h"
#include "ticket/ActivityModel.h"

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
};

void TestModels::activityIsNewestFirst()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Ticket ticket = TestData::order(0).tickets.constFirst();
    model.setActivity(ticket.activity);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex newest = model.index(0);
    QCOMPARE(newest.data(ActivityModel::StatusRole).toString(), u"COMPLETED"_s);
    QCOMPARE(newest.data(ActivityModel::SubStatusRole).toString(), u"NOT_APPLICABLE"_s);
    QCOMPARE(newest.data(ActivityModel::TimeTextRole).toString(), u"21-Oct-2026 16:40"_s);
    QCOMPARE(newest.data(ActivityModel::ActorRole).toString(), u"Ramesh Kumar"_s);
    QCOMPARE(
        newest.data(Qt::DisplayRole).toString(),
        u"21-Oct-2026 16:40, Ramesh Kumar: COMPLETED / NOT_APPLICABLE. Installed and demo given. COP code verified."_s);
    QCOMPARE(model.index(3).data(ActivityModel::StatusRole).toString(), u"CREATED"_s);
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), u"Service site was not ready hence service is pending"_s);
    QVERIFY(model.index(1).data(ActivityModel::StatusChangedRole).toBool());
    model.setActivity({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::activityKeepsPartnerOrderForEqualTimes()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime at(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    // Sent out of order: the model sorts by time, and keeps the sender's order for equal times.
    model.setActivity({{at.addSecs(60), u"C"_s, u"ALLOCATED"_s, u"NOT_APPLICABLE"_s, u"third"_s},
                       {at, u"A"_s, u"CREATED"_s, u"NOT_APPLICABLE"_s, u"first"_s},
                       {at, u"B"_s, u"CREATED"_s, u"NOT_APPLICABLE"_s, u"second"_s}});
    QCOMPARE(model.index(0).data(ActivityModel::RemarkRole).toString(), u"third"_s);
    QCOMPARE(model.index(1).data(ActivityModel::RemarkRole).toString(), u"second"_s);
    QCOMPARE(model.index(2).data(ActivityModel::RemarkRole).toString(), u"first"_s);
    // "second" kept the status of "first": a remark, not a status change.
    QVERIFY(!model.index(1).data(ActivityModel::StatusChangedRole).toBool());
    QVERIFY(model.index(0).data(ActivityModel::StatusChangedRole).toBool());
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

QTEST_MAIN(TestModels)
#include "TestModels.moc"
