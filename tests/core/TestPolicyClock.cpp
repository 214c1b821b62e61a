#include "core/PolicyClock.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestPolicyClock : public QObject
{
    Q_OBJECT

private slots:
    void pinnedDayIsNoonInIndia();
    void localDateUsesIndianDay();
    void spdState_data();
    void spdState();
    void serviceWarranty_data();
    void serviceWarranty();
    void refundTat_data();
    void refundTat();
    void deliveryBreached();
    void unpinnedClockFollowsSystemTime();
    void parseDayIsStrict();
};

void TestPolicyClock::pinnedDayIsNoonInIndia()
{
    const PolicyClock clock = PolicyClock::pinnedTo(QDate(2026, 11, 20));
    QVERIFY(clock.isPinned());
    QCOMPARE(clock.today(), QDate(2026, 11, 20));
    QCOMPARE(clock.now().offsetFromUtc(), 19800);
    QCOMPARE(clock.now().time(), QTime(12, 0));
}

void TestPolicyClock::localDateUsesIndianDay()
{
    // 20:00 UTC on the 19th is 01:30 on the 20th in India: the agent's day is the 20th.
    QCOMPARE(PolicyClock::localDate(QDateTime(QDate(2026, 11, 19), QTime(20, 0), QTimeZone::utc())),
             QDate(2026, 11, 20));
    QCOMPARE(PolicyClock::localDate(QDateTime(QDate(2026, 11, 19), QTime(18, 0), QTimeZone::utc())),
             QDate(2026, 11, 19));
    // A clock pinned late in the Indian evening stays on that day.
    const PolicyClock late = PolicyClock::pinnedAt(QDateTime(QDate(2026, 11, 20), QTime(23, 59), PolicyClock::zone()));
    QCOMPARE(late.today(), QDate(2026, 11, 20));
    const PolicyClock utcEvening =
        PolicyClock::pinnedAt(QDateTime(QDate(2026, 11, 20), QTime(19, 0), QTimeZone::utc()));
    QCOMPARE(utcEvening.today(), QDate(2026, 11, 21));
}

void TestPolicyClock::spdState_data()
{
    QTest::addColumn<QDate>("spd");
    QTest::addColumn<PolicyClock::SpdState>("expected");
    QTest::newRow("yesterday is breached") << QDate(2026, 11, 19) << PolicyClock::SpdState::Breached;
    QTest::newRow("a month ago is breached") << QDate(2026, 10, 20) << PolicyClock::SpdState::Breached;
    QTest::newRow("today is due today") << QDate(2026, 11, 20) << PolicyClock::SpdState::DueToday;
    QTest::newRow("tomorrow is on track") << QDate(2026, 11, 21) << PolicyClock::SpdState::OnTrack;
    QTest::newRow("no SPD is unknown") << QDate() << PolicyClock::SpdState::Unknown;
}

void TestPolicyClock::spdState()
{
    QFETCH(QDate, spd);
    QFETCH(PolicyClock::SpdState, expected);
    QCOMPARE(PolicyClock::pinnedTo(QDate(2026, 11, 20)).spdState(spd), expected);
}

void TestPolicyClock::serviceWarranty_data()
{
    QTest::addColumn<QDateTime>("completedAt");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<bool>("within");
    const QTimeZone ist = PolicyClock::zone();
    QTest::newRow("same day") << QDateTime(QDate(2026, 11, 20), QTime(9, 0), ist) << qint64(0) << true;
    QTest::newRow("day 29") << QDateTime(QDate(2026, 10, 22), QTime(18, 0), ist) << qint64(29) << true;
    QTest::newRow("day 30 is the last day") << QDateTime(QDate(2026, 10, 21), QTime(23, 59), ist) << qint64(30) << true;
    QTest::newRow("day 31 is past") << QDateTime(QDate(2026, 10, 20), QTime(0, 1), ist) << qint64(31) << false;
    // 19:00 UTC on 20-Oct is 00:30 IST on 21-Oct: day 30, not 31.
    QTest::newRow("UTC evening counts as the next Indian day")
        << QDateTime(QDate(2026, 10, 20), QTime(19, 0), QTimeZone::utc()) << qint64(30) << true;
    QTest::newRow("not completed") << QDateTime() << qint64(0) << false;
    QTest::newRow("completed after today (a clock pinned in the past)")
        << QDateTime(QDate(2026, 11, 21), QTime(10, 0), ist) << qint64(-1) << true;
}

void TestPolicyClock::serviceWarranty()
{
    QFETCH(QDateTime, completedAt);
    QFETCH(qint64, days);
    QFETCH(bool, within);
    const PolicyClock clock = PolicyClock::pinnedTo(QDate(2026, 11, 20));
    if (completedAt.isValid()) {
        QCOMPARE(clock.daysSince(completedAt), days);
    }
    QCOMPARE(clock.withinServiceWarranty(completedAt), within);
}

void TestPolicyClock::refundTat_data()
{
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QDate>("initiated");
    QTest::addColumn<int>("tatDays");
    QTest::addColumn<bool>("breached");
    QTest::newRow("due today is not breached") << RefundStatus::Initiated << QDate(2026, 11, 13) << 7 << false;
    QTest::newRow("due yesterday is breached") << RefundStatus::Initiated << QDate(2026, 11, 12) << 7 << true;
    QTest::newRow("failed refunds breach too") << RefundStatus::Failed << QDate(2026, 11, 1) << 5 << true;
    QTest::newRow("processed is never breached") << RefundStatus::Processed << QDate(2026, 10, 1) << 5 << false;
}

void TestPolicyClock::refundTat()
{
    QFETCH(RefundStatus, status);
    QFETCH(QDate, initiated);
    QFETCH(int, tatDays);
    QFETCH(bool, breached);
    Refund refund;
    refund.status = status;
    refund.initiatedAt = QDateTime(initiated, QTime(18, 0), PolicyClock::zone());
    refund.tatDays = tatDays;
    QCOMPARE(PolicyClock::refundDueDate(refund), initiated.addDays(tatDays));
    QCOMPARE(PolicyClock::pinnedTo(QDate(2026, 11, 20)).refundTatBreached(refund), breached);
}

void TestPolicyClock::deliveryBreached()
{
    const PolicyClock clock = PolicyClock::pinnedTo(QDate(2026, 11, 20));
    QVERIFY(clock.deliveryBreached(QDate(2026, 11, 19)));
    QVERIFY(!clock.deliveryBreached(QDate(2026, 11, 20)));
    QVERIFY(!clock.deliveryBreached(QDate()));
}

void TestPolicyClock::unpinnedClockFollowsSystemTime()
{
    const PolicyClock clock;
    QVERIFY(!clock.isPinned());
    const qint64 drift = qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc()));
    QVERIFY2(drift < 60, qPrintable(u"drift %1 s"_s.arg(drift)));
    QCOMPARE(clock.now().offsetFromUtc(), 19800);
}

void TestPolicyClock::parseDayIsStrict()
{
    QCOMPARE(PolicyClock::parseDay(u"2026-11-20"_s), QDate(2026, 11, 20));
    QCOMPARE(PolicyClock::parseDay(u" 2026-11-20 "_s), QDate(2026, 11, 20));
    QVERIFY(!PolicyClock::parseDay(u"2026-11-20x"_s).isValid());
    QVERIFY(!PolicyClock::parseDay(u"2026-11-20T10:00"_s).isValid());
    QVERIFY(!PolicyClock::parseDay(u"20-11-2026"_s).isValid());
    QVERIFY(!PolicyClock::parseDay(u"2026-02-30"_s).isValid());
}

QTEST_GUILESS_MAIN(TestPolicyClock)
#include "TestPolicyClock.moc"
