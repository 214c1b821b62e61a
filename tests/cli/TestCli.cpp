#include "CliRunner.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
} // namespace

// Drives the real assistdesk-cli binary the way a script would, bad input included.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageErrors();
    void importFixtures();
    void importReportsEachRejectedDocument();
    void importJsonLinesWithABrokenLine();
    void importBrokenFileSaysWhere();
    void importMissingFile();
    void orderShowJsonRoundTrips();
    void orderShowTextMasksContacts();
    void orderShowByTicket();
    void orderShowErrors();
    void searchResults();
    void searchErrors();
    void refusesWhatIsNotADatabase();
    void demoIsDeterministic();
    void dbPathFollowsEnvironment();

private:
    Run cli(const QStringList& arguments);
    QString write(const QString& name, const QByteArray& content);
    QString db() const { return m_dir->filePath(u"cli.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::cli(const QStringList& arguments)
{
    const CliRun run = runCli(arguments, m_dir->filePath(u"default/assistdesk.sqlite"_s), u"l1.test"_s);
    return {run.status, run.out, run.err};
}

QString TestCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(content);
    return path;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::usageErrors()
{
    Run run = cli({});
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains(u"Usage: assistdesk-cli"));

    run = cli({u"explode"_s});
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains(u"Unknown command \"explode\""));

    run = cli({u"search"_s, u"--db"_s, db(), u"--frobnicate"_s, u"x"_s});
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains(u"frobnicate"));

    run = cli({u"import"_s, u"--db"_s, db()});
    QCOMPARE(run.status, 64);

    run = cli({u"demo"_s, u"--db"_s, db(), u"--orders"_s, u"lots"_s});
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains(u"--orders"));

    run = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"--today"_s, u"20-11-2026"_s, u"OD428012345678901234"_s});
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains(u"YYYY-MM-DD"));

    run = cli({u"--help"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(u"Commands:"));
    const Run help = cli({u"import"_s, u"--help"_s});
    QVERIFY(help.out.startsWith(u"Usage: assistdesk-cli import [options] DOC..."));
    QVERIFY(help.out.contains(u"an array of them"));
}

void TestCli::importFixtures()
{
    const Run run = cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(u"Imported 4 orders; 0 rejected; 0 warnings."), qPrintable(run.err));
    // Importing again replaces, it does not duplicate.
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    const Run search = cli({u"search"_s, u"--db"_s, db(), u"--json"_s, u"OD4280"_s + u"12"_s});
    QCOMPARE(QJsonDocument::fromJson(search.out.toUtf8()).array().size(), 3);
}

void TestCli::importReportsEachRejectedDocument()
{
    QJsonArray documents = TestData::documents();
    QJsonObject bad = documents.at(3).toObject();
    QJsonObject customer = bad.value(u"customer").toObject();
    customer.insert(u"phone"_s, u"98765"_s);
    bad.insert(u"customer"_s, customer);
    bad.insert(u"order_id"_s, u"OD428099999999990002"_s);
    QJsonObject warned = documents.at(1).toObject();
    warned.insert(u"coupon"_s, u"FHS50"_s);
    const QJsonArray mixed{documents.at(0), bad, u"not an order"_s, warned};
    const QString file = write(u"mixed.json"_s, QJsonDocument(mixed).toJson());

    const Run run = cli({u"import"_s, u"--db"_s, db(), file});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(file + u" [1] $.customer.phone: \"98765\" is not a 10-digit Indian mobile number"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(file + u" [1]: rejected (1 error); nothing of it was written"_s));
    QVERIFY(run.err.contains(file + u" [2] $: an order document must be a JSON object, found a string"_s));
    QVERIFY(run.err.contains(file + u" [3] $.coupon: warning: unknown field, ignored"_s));
    QVERIFY(run.err.contains(u"Imported 2 orders; 2 rejected; 1 warning."));

    QCOMPARE(cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"OD428012345678901234"_s}).status, 0);
    QCOMPARE(cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"OD428012345678901235"_s}).status, 0);
    QCOMPARE(cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"OD428099999999990002"_s}).status, 1);
}

void TestCli::importJsonLinesWithABrokenLine()
{
    QByteArray lines;
    const QJsonArray documents = TestData::documents();
    lines += QJsonDocument(documents.at(0).toObject()).toJson(QJsonDocument::Compact) + '\n';
    lines += "{\"order_id\": \"OD1\",\n";
    lines += QJsonDocument(documents.at(3).toObject()).toJson(QJsonDocument::Compact) + '\n';
    const QString file = write(u"orders.jsonl"_s, lines);
    const Run run = cli({u"import"_s, u"--db"_s, db(), file});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(file + u" line 2: rejected: not valid JSON"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Imported 2 orders; 1 rejected"));
}

void TestCli::importBrokenFileSaysWhere()
{
    const QString file =
        write(u"broken.json"_s, "{\n  \"order_id\": \"OD428012345678901234\",\n  \"amount\": 12,,\n}\n");
    const Run run = cli({u"import"_s, u"--db"_s, db(), file});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"not valid JSON"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"line 3, column"), qPrintable(run.err));
}

void TestCli::importMissingFile()
{
    const Run run =
        cli({u"import"_s, u"--db"_s, db(), m_dir->filePath(u"nope.json"_s), TestData::path(u"orders.json"_s)});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"cannot read the file"));
    QVERIFY(run.err.contains(u"Imported 4 orders; 1 rejected"));
}

void TestCli::orderShowJsonRoundTrips()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    // A full export reveals contact details: only a named agent of the database may ask for it.
    QCOMPARE(cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"--json"_s, u"OD428012345678901234"_s}).status, 2);
    TestData::addAgents(db(), TestData::floorAgents());
    for (const QString& id : {u"OD428012345678901234"_s, u"OD428012345678901236"_s, u"OD428099999999990001"_s}) {
        const Run first = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"--json"_s, id});
        QCOMPARE(first.status, 0);
        const QString exported = write(id + u".json"_s, first.out.toUtf8());
        const QString otherDb = m_dir->filePath(u"other-"_s + id + u".sqlite"_s);
        const Run imported = cli({u"import"_s, u"--db"_s, otherDb, exported});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY(!imported.err.contains(u"warning:"));
        TestData::addAgents(otherDb,
                            {TestData::agent(u"sup.anita"_s, Role::Supervisor), TestData::agent(u"l1.test"_s)});
        const Run second = cli({u"order"_s, u"show"_s, u"--db"_s, otherDb, u"--json"_s, id});
        QCOMPARE(second.out, first.out);
        // And it is the fixture itself, field for field.
        const OrderDocument::Result parsed = OrderDocument::parse(QJsonDocument::fromJson(first.out.toUtf8()).object());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.order->orderId, id);
    }
}

void TestCli::orderShowTextMasksContacts()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    const QStringList show = {
        u"order"_s, u"show"_s, u"--db"_s, db(), u"--today"_s, u"2026-11-20"_s, u"OD428012345678901234"_s};
    const Run masked = cli(show);
    QCOMPARE(masked.status, 0);
    QVERIFY(masked.out.contains(u"******3210"));
    QVERIFY(masked.out.contains(u"p*****@example.com"));
    QVERIFY(!masked.out.contains(u"9876543210"));
    QVERIFY(!masked.out.contains(u"priya.sharma@example.com"));
    QVERIFY(masked.out.contains(u"Service rescheduled by customer- Updated by technician"));
    QVERIFY(masked.out.contains(u"18-Nov-2026 (Breached, 2 days ago)"));
    QVERIFY(masked.out.contains(u"within the 30-day service warranty"));
    QVERIFY(masked.out.contains(u"Water leakage from indoor unit"));
    QVERIFY(masked.out.contains(u"Total  ₹2,050.50"));
    QVERIFY(masked.out.contains(u"No reopens")); // the second ticket

    TestData::addAgents(db(), TestData::floorAgents());
    const Run unmasked = cli(show + QStringList{u"--unmask"_s});
    QVERIFY(unmasked.out.contains(u"9876543210"));
    QVERIFY(unmasked.out.contains(u"priya.sharma@example.com"));

    // Past the warranty a month later.
    const Run later =
        cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"--today"_s, u"2026-11-21"_s, u"OD428012345678901234"_s});
    QVERIFY(later.out.contains(u"past the 30-day service warranty"));
}

void TestCli::orderShowByTicket()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    const Run run = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"fhs1000000002"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(u"Ticket FHS1000000002"));
    QVERIFY(!run.out.contains(u"Ticket FHS1000000001"));
}

void TestCli::orderShowErrors()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    Run run = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"OD999999999999999999"_s});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains(u"No order OD999999999999999999"));
    run = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"OD12"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"is not an order ID"));
    run = cli({u"order"_s, u"show"_s, u"--db"_s, db(), u"FHS9999999999"_s});
    QCOMPARE(run.status, 1);
    run = cli({u"order"_s, u"list"_s, u"--db"_s, db(), u"OD428012345678901234"_s});
    QCOMPARE(run.status, 64);
}

void TestCli::searchResults()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    Run run = cli({u"search"_s, u"--db"_s, db(), u"--json"_s, u"+91"_s, u"98765"_s, u"43210"_s});
    QCOMPARE(run.status, 0);
    const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).toObject().value(u"order_id").toString(), u"OD428012345678901235"_s);
    QCOMPARE(hits.at(0).toObject().value(u"phone").toString(), u"******3210"_s);
    QCOMPARE(hits.at(2).toObject().value(u"tickets").toInt(), 0);

    run = cli({u"search"_s, u"--db"_s, db(), u"FHS2000000001"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(u"OD428099999999990001"));
    QVERIFY(run.out.contains(u"(ticket FHS2000000001)"));

    run = cli({u"search"_s, u"--db"_s, db(), u"9999999999"_s});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains(u"No order matches"));
}

void TestCli::searchErrors()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), TestData::path(u"orders.json"_s)}).status, 0);
    Run run = cli({u"search"_s, u"--db"_s, db(), u"Priya"_s});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"Search by order ID"));
    run = cli({u"search"_s, u"--db"_s, db(), u"--limit"_s, u"0"_s, u"9876543210"_s});
    QCOMPARE(run.status, 64);
    run = cli({u"search"_s, u"--db"_s, db()});
    QCOMPARE(run.status, 64);
}

void TestCli::refusesWhatIsNotADatabase()
{
    const QString notes = write(u"notes.txt"_s, "call back customer at 5pm\n");
    Run run = cli({u"search"_s, u"--db"_s, notes, u"9876543210"_s});
    QCOMPARE(run.status, 4);
    QVERIFY(run.err.contains(u"is not an AssistDesk database"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("call back customer at 5pm\n"));

    run = cli({u"import"_s, u"--db"_s, notes, TestData::path(u"orders.json"_s)});
    QCOMPARE(run.status, 4);

    run = cli({u"search"_s, u"--db"_s, m_dir->filePath(u"missing.sqlite"_s), u"9876543210"_s});
    QCOMPARE(run.status, 4);
    QVERIFY(run.err.contains(u"There is no database"));
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.sqlite"_s)));
}

void TestCli::demoIsDeterministic()
{
    const QString a = m_dir->filePath(u"a.sqlite"_s);
    const QString b = m_dir->filePath(u"b.sqlite"_s);
    for (const QString& file : {a, b}) {
        const Run run = cli({u"demo"_s, u"--db"_s, file, u"--orders"_s, u"60"_s, u"--seed"_s, u"42"_s, u"--today"_s,
                             u"2026-11-20"_s, u"--no-media"_s});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(u"Wrote 60 demo orders"));
    }
    const Run listA = cli({u"search"_s, u"--db"_s, a, u"--json"_s, u"--limit"_s, u"100"_s, u"OD400000"_s});
    const Run listB = cli({u"search"_s, u"--db"_s, b, u"--json"_s, u"--limit"_s, u"100"_s, u"OD400000"_s});
    QCOMPARE(listA.out, listB.out);
    const QJsonArray hits = QJsonDocument::fromJson(listA.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    const QString id = hits.at(0).toObject().value(u"order_id").toString();
    QCOMPARE(cli({u"order"_s, u"show"_s, u"--db"_s, a, u"--json"_s, u"--agent"_s, u"l1.demo"_s, id}).out,
             cli({u"order"_s, u"show"_s, u"--db"_s, b, u"--json"_s, u"--agent"_s, u"l1.demo"_s, id}).out);
}

void TestCli::dbPathFollowsEnvironment()
{
    const Run run = cli({u"db-path"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), QDir::toNativeSeparators(m_dir->filePath(u"default/assistdesk.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
