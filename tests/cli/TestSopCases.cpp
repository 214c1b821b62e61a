// The KM article's cases, as a table (tests/data/sop-cases/*.json), walked through the real
// assistdesk-cli: each case is an order document, a day and the customer's answers; the walk must
// print the tagging and the actions the article prescribes. Also the "sop" command's contract:
// exit statuses, ambiguity, unused answers, --json, --tree, and docs/sop-assumptions.md.

#include "CliRunner.h"
#include "TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    struct SopCase
    {
        QString file;
        QJsonObject object;
        QString orderId;
        QString ticketId;
    };

    // The order every case starts from (tests/data/sop-cases/README.md).
    QJsonObject baseOrder(const QString& orderId, const QString& ticketId, const QString& line)
    {
        const QJsonObject activity{{u"at"_s, u"2026-11-10T10:30:00+05:30"_s},
                                   {u"by"_s, u"Jeeves SRMS"_s},
                                   {u"status"_s, u"CREATED"_s},
                                   {u"sub_status"_s, u"NOT_APPLICABLE"_s},
                                   {u"remark"_s, u"Service request registered."_s}};
        const QJsonObject ticket{
            {u"ticket_id"_s, ticketId},
            {u"service_line"_s, line},
            {u"service"_s, u"Service"_s},
            {u"product"_s,
             QJsonObject{{u"category"_s, u"Air Conditioner"_s}, {u"brand"_s, u"Daikin"_s}, {u"model"_s, u"FTKM50"_s}}},
            {u"status"_s, u"CREATED"_s},
            {u"sub_status"_s, u"NOT_APPLICABLE"_s},
            {u"created_at"_s, u"2026-11-10T10:30:00+05:30"_s},
            {u"spd"_s, u"2026-11-22"_s},
            {u"slot"_s, u"12:00-15:00"_s},
            {u"technician"_s, QJsonObject{{u"name"_s, u"Ravi Kumar"_s}, {u"phone"_s, u"9123456780"_s}}},
            {u"completed_at"_s, QJsonValue()},
            {u"invoice_available"_s, true},
            {u"activity"_s, QJsonArray{activity}}};
        return QJsonObject{{u"order_id"_s, orderId},
                           {u"placed_at"_s, u"2026-11-10T10:00:00+05:30"_s},
                           {u"platform"_s, u"android"_s},
                           {u"payment"_s, u"prepaid"_s},
                           {u"amount"_s, 1499},
                           {u"customer"_s, QJsonObject{{u"name"_s, u"Asha Verma"_s},
                                                       {u"email"_s, u"asha@example.com"_s},
                                                       {u"phone"_s, u"9876543210"_s},
                                                       {u"address"_s, u"12 MG Road"_s},
                                                       {u"pincode"_s, u"560001"_s},
                                                       {u"city"_s, u"Bengaluru"_s}}},
                           {u"tickets"_s, QJsonArray{ticket}}};
    }

    QJsonObject merged(QJsonObject base, const QJsonObject& overrides)
    {
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            base.insert(it.key(), it.value());
        }
        return base;
    }

    QList<SopCase> loadCases()
    {
        QList<SopCase> cases;
        const QDir dir(TestData::path(u"sop-cases"_s));
        int index = 0;
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("cannot read %s", qPrintable(name));
            }
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (!document.isArray()) {
                qFatal("%s is not a JSON array: %s", qPrintable(name), qPrintable(error.errorString()));
            }
            for (const QJsonValue& value : document.array()) {
                ++index;
                cases.append({name, value.toObject(), u"OD7%1"_s.arg(index, 17, 10, QLatin1Char('0')),
                              u"FHS7%1"_s.arg(index, 9, 10, QLatin1Char('0'))});
            }
        }
        return cases;
    }

    QJsonObject documentFor(const SopCase& c)
    {
        QJsonObject order = baseOrder(c.orderId, c.ticketId, c.object.value(u"line"_s).toString());
        QJsonArray tickets = order.value(u"tickets"_s).toArray();
        QJsonObject ticket = merged(tickets.at(0).toObject(), c.object.value(u"ticket"_s).toObject());
        ticket.insert(u"ticket_id"_s, c.ticketId);
        tickets.replace(0, ticket);
        order.insert(u"tickets"_s, tickets);
        return merged(order, c.object.value(u"order"_s).toObject());
    }

    QStringList linesWith(const QString& out, const QString& prefix)
    {
        QStringList lines;
        for (const QString& line : out.split(u'\n')) {
            if (line.startsWith(prefix)) {
                lines.append(line.mid(prefix.size()));
            }
        }
        return lines;
    }
} // namespace

class TestSopCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<SopCase> m_cases;

    // The base order as it is: a created installation ticket with its SPD on 22-Nov-2026.
    static QString plainOrder() { return u"OD799999999999999999"_s; }

    // As an L2 agent, who may walk the trees of both levels.
    CliRun cli(const QStringList& arguments, const QString& agent = u"l2.suresh"_s)
    {
        return runCli(arguments, m_dir.filePath(u"default.sqlite"_s), agent);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cases.sqlite"_s);
        m_cases = loadCases();
        QVERIFY2(m_cases.size() >= 40, qPrintable(u"only %1 cases"_s.arg(m_cases.size())));
        QJsonArray documents;
        for (const SopCase& c : std::as_const(m_cases)) {
            documents.append(documentFor(c));
        }
        documents.append(QJsonObject(TestData::document(2))); // an order without ticket
        documents.append(baseOrder(plainOrder(), u"FHS7999999999"_s, u"installation"_s));
        const QString path = m_dir.filePath(u"cases.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(documents).toJson());
        file.close();
        const CliRun imported = cli({u"import"_s, u"--db"_s, m_db, path});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        TestData::addAgents(m_db, TestData::floorAgents());
    }

    void articleCase_data()
    {
        QTest::addColumn<int>("index");
        QSet<QString> names;
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const QString name = m_cases.at(i).object.value(u"name"_s).toString();
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(m_cases.at(i).file + u": "_s + name));
            names.insert(name);
            QTest::newRow(qPrintable(name)) << static_cast<int>(i);
        }
    }

    void articleCase()
    {
        QFETCH(int, index);
        const SopCase& c = m_cases.at(index);
        const QJsonObject o = c.object;
        QStringList arguments{u"sop"_s,        u"walk"_s,
                              u"--db"_s,       m_db,
                              u"--order"_s,    c.orderId,
                              u"--line"_s,     o.value(u"line"_s).toString(),
                              u"--level"_s,    o.value(u"level"_s).toString(u"L1"_s),
                              u"--channel"_s,  o.value(u"channel"_s).toString(u"Inbound"_s),
                              u"--today"_s,    o.value(u"today"_s).toString(u"2026-11-20"_s),
                              u"--scenario"_s, o.value(u"scenario"_s).toString()};
        for (const QJsonValue& choice : o.value(u"choose"_s).toArray()) {
            arguments << u"--choose"_s << choice.toString();
        }
        const CliRun run = cli(arguments);
        const QString context = c.file + u" — "_s + o.value(u"article"_s).toString() + u"\n"_s + run.out + run.err;
        QVERIFY2(run.status == 0, qPrintable(context));
        QVERIFY2(!run.err.contains(u"Unused --choose"_s), qPrintable(context));

        const QJsonObject expect = o.value(u"expect"_s).toObject();
        const QStringList tagging = linesWith(run.out, u"TAGGING: "_s);
        if (expect.value(u"tagging"_s).isNull()) {
            QVERIFY2(tagging.isEmpty(), qPrintable(context));
        } else {
            QCOMPARE(tagging.size(), 1);
            QCOMPARE(tagging.constFirst(), expect.value(u"tagging"_s).toString());
        }
        const QStringList actions = linesWith(run.out, u"ACTION: "_s);
        const QJsonArray expected = expect.value(u"actions"_s).toArray();
        QVERIFY2(actions.size() == expected.size(), qPrintable(context));
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QVERIFY2(actions.at(i).startsWith(expected.at(i).toString()), qPrintable(context));
        }
    }

    void walkPrintsFactsWithEvidence()
    {
        // A created ticket whose SPD was the 22nd, walked on the 24th: the SPD fact is answered.
        const CliRun run =
            cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, plainOrder(), u"--today"_s, u"2026-11-24"_s,
                 u"--scenario"_s, u"status check"_s, u"--choose"_s, u"Status of the service"_s});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"FACT: "_s)
                     && run.out.contains(u"SPD 22-Nov-2026 is before today 24-Nov-2026: breached"_s),
                 qPrintable(run.out));
        QCOMPARE(linesWith(run.out, u"TAGGING: "_s),
                 QStringList{u"Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s});
        QVERIFY(linesWith(run.out, u"ACTION: "_s).constFirst().startsWith(u"Escalate to L2 (Oathkeeper TAT"_s));
    }

    void walkContract()
    {
        const QString order = plainOrder();
        const QStringList base{u"sop"_s,     u"walk"_s, u"--db"_s,    m_db,
                               u"--order"_s, order,     u"--today"_s, u"2026-11-24"_s};

        // Several scenarios fit: exit 2 with the candidates.
        CliRun run = cli(base + QStringList{u"--scenario"_s, u"customer"_s});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"Status Check"_s), qPrintable(run.err));
        // None fits: exit 2 with the list.
        run = cli(base + QStringList{u"--scenario"_s, u"no such scenario"_s});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"Status Check"_s), qPrintable(run.err));

        // A question without an answer: exit 3, the question and its options.
        run = cli(base + QStringList{u"--scenario"_s, u"status check"_s});
        QCOMPARE(run.status, 3);
        QVERIFY2(run.out.contains(u"QUESTION: What does the customer want?"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"OPTION: Status of the service"_s));
        QVERIFY(linesWith(run.out, u"TAGGING: "_s).isEmpty());

        // Values that fit no option wait for later questions; unused ones go to stderr only.
        run = cli(base
                  + QStringList{u"--scenario"_s, u"status check"_s, u"--choose"_s, u"xyz"_s, u"--choose"_s,
                                u"status of the service:"_s});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"Unused --choose values: xyz"_s), qPrintable(run.err));
        QVERIFY(!run.out.contains(u"xyz"_s));

        // A value contained in several labels: exit 2 listing them.
        run = cli(base + QStringList{u"--scenario"_s, u"status check"_s, u"--choose"_s, u"service"_s});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"Status of the service"_s) && run.err.contains(u"cancel the installation"_s),
                 qPrintable(run.err));

        // --json: one object with the scenario, steps, facts, actions and the tagging with its queue.
        run = cli(
            base
            + QStringList{u"--scenario"_s, u"status check"_s, u"--choose"_s, u"status of the service"_s, u"--json"_s});
        QCOMPARE(run.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"scenario"_s).toObject().value(u"number"_s).toString(), u"1"_s);
        QVERIFY(json.value(u"steps"_s).toArray().size() >= 3);
        QVERIFY(json.value(u"facts"_s).toObject().contains(u"ticket_state"_s));
        QVERIFY(json.value(u"tagging"_s).toObject().contains(u"queue"_s));
        QVERIFY(json.value(u"actions"_s).isArray());
        QCOMPARE(json.value(u"finished"_s).toBool(), true);

        // Bad input.
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, u"OD12"_s, u"--scenario"_s, u"status"_s});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(u"not an order ID"_s));
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, u"OD999999999999999999"_s, u"--scenario"_s,
                   u"status"_s});
        QCOMPARE(run.status, 1);
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, order, u"--ticket"_s, u"FHS0"_s, u"--scenario"_s,
                   u"status"_s});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(u"has no ticket FHS0"_s));
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, order});
        QCOMPARE(run.status, 64);
        run = cli(base + QStringList{u"--scenario"_s, u"status"_s, u"--level"_s, u"L3"_s});
        QCOMPARE(run.status, 64);
        run = cli(base + QStringList{u"--scenario"_s, u"status"_s, u"--today"_s, u"20/11/2026"_s});
        QCOMPARE(run.status, 64);
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s), u"--order"_s, order,
                   u"--scenario"_s, u"status"_s});
        QCOMPARE(run.status, 4);
    }

    void l2TreesNeedAnL2Agent()
    {
        const QStringList walk{u"sop"_s,     u"walk"_s, u"--db"_s,       m_db,  u"--order"_s, plainOrder(),
                               u"--level"_s, u"L2"_s,   u"--scenario"_s, u"1"_s};
        // An L1 agent walks L1 trees only: refused in the core, with the reason, and on record.
        CliRun run = cli(walk, u"l1.ravi"_s);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"may walk the L2 processes"_s), qPrintable(run.err));
        // Nobody named: refused too.
        run = cli(walk, QString());
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"--agent"_s), qPrintable(run.err));
        // The L1 tree needs no agent: reading the SOP changes nothing.
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, plainOrder(), u"--scenario"_s, u"status check"_s,
                   u"--choose"_s, u"status of the service"_s},
                  QString());
        QVERIFY2(run.status == 0 || run.status == 3, qPrintable(run.err));
        // An L2 agent gets past the permission (the walk itself may still need answers).
        run = cli(walk);
        QVERIFY2(!run.err.contains(u"may walk the L2 processes"_s), qPrintable(run.err));
        const CliRun audit = cli({u"audit"_s, u"--db"_s, m_db, u"--all"_s}, u"sup.anita"_s);
        QVERIFY2(audit.out.contains(u"permission_denied"_s), qPrintable(audit.out));
    }

    void orderWithoutTicketNeedsTheLine()
    {
        const QString order = TestData::document(2).value(u"order_id"_s).toString();
        CliRun run =
            cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, order, u"--scenario"_s, u"status check"_s});
        QCOMPARE(run.status, 64);
        QVERIFY2(run.err.contains(u"--line"_s), qPrintable(run.err));
        // With the line, ticket facts are asked like questions.
        run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, order, u"--line"_s, u"installation"_s,
                   u"--scenario"_s, u"status check"_s});
        QCOMPARE(run.status, 3);
        QVERIFY2(run.out.contains(u"QUESTION: Where is the ticket?"_s), qPrintable(run.out));
    }

    void treeFileForAuthors()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": 1, \"id\": \"x\", \"scenarios\": [ { \"title\": \"t\" ");
        file.close();
        CliRun run = cli({u"sop"_s, u"walk"_s, u"--db"_s, m_db, u"--order"_s, m_cases.constFirst().orderId, u"--tree"_s,
                          broken, u"--scenario"_s, u"t"_s});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"broken.json"_s), qPrintable(run.err));

        run = cli({u"sop"_s, u"lint"_s, broken});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(u"broken.json"_s) && run.err.contains(u"1 problem"_s), qPrintable(run.err));

        run = cli({u"sop"_s, u"lint"_s});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"7 trees fine"_s), qPrintable(run.err));
    }

    void assumptionsDocumentIsCurrent()
    {
        const CliRun run = cli({u"sop"_s, u"assumptions"_s});
        QCOMPARE(run.status, 0);
        QFile file(QStringLiteral(ASSISTDESK_SOURCE_DIR) + u"/docs/sop-assumptions.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY2(
            document == run.out,
            "docs/sop-assumptions.md is out of date: run assistdesk-cli sop assumptions > docs/sop-assumptions.md");
        QVERIFY(document.count(u"\n- "_s) >= 20);
    }
};

QTEST_GUILESS_MAIN(TestSopCases)
#include "TestSopCases.moc"
