// assistdesk-cli bench as CI runs it: a small database, a few draws, every figure printed (text
// and JSON) — and nothing asserted about time, which depends on the machine. Bad input is refused
// before anything is generated or written.

#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBench : public QObject
{
    Q_OBJECT

private slots:
    void smallRunPrintsEveryFigure();
    void badInputIsRefused_data();
    void badInputIsRefused();
};

void TestCliBench::smallRunPrintsEveryFigure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"bench.sqlite"_s);

    // The first run creates the database with the demo generator and measures that too.
    const CliRun text = runCli(
        {u"bench"_s, u"--db"_s, db, u"--orders"_s, u"1500"_s, u"--draws"_s, u"200"_s, u"--today"_s, u"2026-11-20"_s},
        dir.filePath(u"default.sqlite"_s));
    QVERIFY2(text.status == 0, qPrintable(text.err));
    QVERIFY(QFileInfo::exists(db));
    for (const QString& line :
         {u"OD ID lookup"_s, u"Phone lookup"_s, u"Ticket-ID lookup"_s, u"Ticket open (every section)"_s,
          u"SOP walk to its outcome"_s, u"Incident submit (reschedule + audit)"_s, u"Import: 1,500 orders"_s,
          u"Demo generation: 1,500 orders"_s, u"journal wal, synchronous full"_s}) {
        QVERIFY2(text.out.contains(line), qPrintable(line + u"\n"_s + text.out));
    }
    // No scratch files are left beside the database.
    QCOMPARE(QDir(dir.path()).entryList({u"assistdesk-bench-*"_s}, QDir::Dirs).size(), 0);

    // The second run measures the database as it is, as JSON, under the agent given.
    const CliRun json = runCli({u"bench"_s, u"--db"_s, db, u"--draws"_s, u"200"_s, u"--today"_s, u"2026-11-20"_s,
                                u"--agent"_s, u"l1.arjun"_s, u"--json"_s},
                               dir.filePath(u"default.sqlite"_s));
    QVERIFY2(json.status == 0, qPrintable(json.err));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(u"rows"_s).toObject().value(u"orders"_s).toInteger(), 1500);
    QCOMPARE(report.value(u"draws"_s).toInt(), 200);
    const QJsonObject latency = report.value(u"latency"_s).toObject();
    for (const QString& key : {u"od_lookup"_s, u"phone_lookup"_s, u"ticket_lookup"_s, u"ticket_open"_s, u"sop_walk"_s,
                               u"incident_submit"_s}) {
        const QJsonObject figures = latency.value(key).toObject();
        QVERIFY2(!figures.isEmpty(), qPrintable(key + u" missing in "_s + json.out));
        QVERIFY(figures.value(u"p50_ms"_s).toDouble() > 0.0);
        QVERIFY(figures.value(u"p50_ms"_s).toDouble() <= figures.value(u"p99_ms"_s).toDouble());
    }
    for (const QString& key : {u"od_lookup"_s, u"phone_lookup"_s, u"ticket_lookup"_s}) {
        QVERIFY2(report.value(u"floor"_s).toObject().contains(key), qPrintable(key));
        QVERIFY(report.value(u"ratio"_s).toObject().value(key).toObject().value(u"p99"_s).toDouble() > 0.0);
    }
    QVERIFY(report.value(u"import"_s).toObject().value(u"orders_per_second"_s).toDouble() > 0.0);
    QVERIFY(report.value(u"generation"_s).isNull()); // the database existed
}

void TestCliBench::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << QStringList{u"bench"_s} << 64 << u"bench needs --db FILE"_s;
    QTest::newRow("orders not a number") << QStringList{u"bench"_s, u"--db"_s, u"@DB@"_s, u"--orders"_s, u"many"_s}
                                         << 64 << u"--orders must be a whole number"_s;
    QTest::newRow("too few draws") << QStringList{u"bench"_s, u"--db"_s, u"@DB@"_s, u"--draws"_s, u"5"_s} << 64
                                   << u"--draws must be a whole number"_s;
    QTest::newRow("unknown agent") << QStringList{u"bench"_s, u"--db"_s,    u"@EXISTING@"_s, u"--draws"_s,
                                                  u"100"_s,   u"--agent"_s, u"nobody"_s}
                                   << 2 << u"There is no agent nobody"_s;
    QTest::newRow("a floor's real data") << QStringList{u"bench"_s, u"--db"_s,    u"@REAL@"_s, u"--draws"_s,
                                                        u"100"_s,   u"--agent"_s, u"l1.any"_s}
                                         << 2 << u"is not a demo database"_s;
    QTest::newRow("not a database") << QStringList{u"bench"_s, u"--db"_s, u"@TEXT@"_s, u"--draws"_s, u"100"_s} << 4
                                    << u"not an AssistDesk database"_s;
}

void TestCliBench::badInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"existing.sqlite"_s);
    if (arguments.contains(u"@EXISTING@"_s)) {
        const CliRun demo = runCli({u"demo"_s, u"--db"_s, existing, u"--orders"_s, u"200"_s, u"--no-media"_s},
                                   dir.filePath(u"default.sqlite"_s));
        QVERIFY2(demo.status == 0, qPrintable(demo.err));
    }
    const QString real = dir.filePath(u"real.sqlite"_s);
    if (arguments.contains(u"@REAL@"_s)) {
        // Orders without the demo floor: what a floor's own database looks like to the benchmark.
        const CliRun demo =
            runCli({u"demo"_s, u"--db"_s, real, u"--orders"_s, u"200"_s, u"--no-media"_s, u"--no-floor"_s},
                   dir.filePath(u"default.sqlite"_s));
        QVERIFY2(demo.status == 0, qPrintable(demo.err));
    }
    const QString text = dir.filePath(u"notes.txt"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    arguments.replaceInStrings(u"@DB@"_s, dir.filePath(u"new.sqlite"_s));
    arguments.replaceInStrings(u"@EXISTING@"_s, existing);
    arguments.replaceInStrings(u"@TEXT@"_s, text);
    arguments.replaceInStrings(u"@REAL@"_s, real);
    const CliRun run = runCli(arguments, dir.filePath(u"default.sqlite"_s));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.status, status);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"new.sqlite"_s))); // refused before generating anything
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "TestCliBench.moc"
