#include "TestData.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrderStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    QByteArray fingerprint(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // Runs SQL on the file through a connection of its own, as another program would.
    bool rawExec(const QString& path, const QStringList& statements)
    {
        const QString name = u"raw-%1"_s.arg(reinterpret_cast<quintptr>(&path));
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery query(db);
            for (const QString& sql : statements) {
                if (ok && !query.exec(sql)) {
                    qWarning() << sql << query.lastError().text();
                    ok = false;
                }
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsSchemaWithMigrations();
    void reopensExistingDatabase();
    void migratesAnOlderSchema();
    void refusesMissingFileWhenAskedToOpenExisting();
    void refusesAnEmptyFileWhenAskedToOpenExisting();
    void refusesAFolder();
    void leavesNonDatabaseFilesUntouched_data();
    void leavesNonDatabaseFilesUntouched();
    void leavesOtherSqliteDatabasesUntouched();
    void refusesNewerSchema();
    void reportsDamagedDatabase();
    void lockedDatabaseSaysSoAndLosesNothing();
    void nestedTransactionsRollBackOnlyTheirPart();
    void describesErrorsForPeople();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString& name) const { return m_dir->filePath(name); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsSchemaWithMigrations()
{
    Database db;
    QVERIFY2(db.open(file(u"new/sub/folder/assistdesk.sqlite"_s)), qPrintable(db.errorString()));
    QCOMPARE(db.status(), Database::Status::Open);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::ApplicationId);
    QVERIFY(query.exec(u"SELECT version, description FROM schema_version ORDER BY version"_s));
    int steps = 0;
    while (query.next()) {
        ++steps;
        QCOMPARE(query.value(0).toInt(), steps);
        QVERIFY(!query.value(1).toString().isEmpty());
    }
    QCOMPARE(steps, Database::latestSchemaVersion());
    const QStringList tables = db.connection().tables();
    for (const QString& table : {u"customers"_s, u"orders"_s, u"tickets"_s, u"ticket_activity"_s, u"ticket_reopens"_s,
                                 u"fake_flags"_s, u"ticket_sales"_s, u"ticket_completion"_s, u"completion_images"_s}) {
        QVERIFY2(tables.contains(table), qPrintable(table));
    }
}

void TestDatabase::reopensExistingDatabase()
{
    const QString path = file(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        OrderStore store(db);
        QVERIFY(store.upsert(TestData::order(0)));
    }
    Database db;
    QVERIFY2(db.open(path, Database::OpenMode::ExistingOnly), qPrintable(db.errorString()));
    OrderStore store(db);
    QCOMPARE(store.orderCount(), 1);
}

void TestDatabase::migratesAnOlderSchema()
{
    // A file that stopped at schema 0 (only the version table, as an interrupted first run
    // leaves it) is brought up to date, not refused.
    const QString path = file(u"old.sqlite"_s);
    QVERIFY(rawExec(path, {u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId),
                           u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                           "applied_at TEXT NOT NULL)"_s}));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesMissingFileWhenAskedToOpenExisting()
{
    Database db;
    QVERIFY(!db.open(file(u"nothing-here.sqlite"_s), Database::OpenMode::ExistingOnly));
    QCOMPARE(db.status(), Database::Status::Missing);
    QVERIFY(db.errorString().contains(u"There is no database"));
    QVERIFY(!QFile::exists(file(u"nothing-here.sqlite"_s)));
}

void TestDatabase::refusesAnEmptyFileWhenAskedToOpenExisting()
{
    const QString path = file(u"zero.txt"_s);
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Database db;
    QVERIFY(!db.open(path, Database::OpenMode::ExistingOnly));
    QCOMPARE(db.status(), Database::Status::NotAssistDesk);
    QVERIFY(db.errorString().contains(u"is an empty file"));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDatabase::refusesAFolder()
{
    Database db;
    QVERIFY(!db.open(m_dir->path()));
    QCOMPARE(db.status(), Database::Status::CannotOpen);
    QVERIFY(db.errorString().contains(u"is a folder"));
}

void TestDatabase::leavesNonDatabaseFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("order_id,phone\nOD428012345678901234,9876543210\n");
    QTest::newRow("json") << TestData::read(u"orders.json"_s);
    QTest::newRow("binary") << QByteArray(4096, '\x7f');
}

void TestDatabase::leavesNonDatabaseFilesUntouched()
{
    QFETCH(QByteArray, content);
    const QString path = file(u"orders.csv"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    const QByteArray before = fingerprint(path);

    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::NotADatabase);
    QVERIFY2(db.errorString().contains(u"is not an AssistDesk database"), qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(u"untouched"));
    QCOMPARE(fingerprint(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDatabase::leavesOtherSqliteDatabasesUntouched()
{
    const QString path = file(u"browser-history.sqlite"_s);
    QVERIFY(
        rawExec(path, {u"CREATE TABLE visits (url TEXT)"_s, u"INSERT INTO visits VALUES ('https://flipkart.com')"_s}));
    const QByteArray before = fingerprint(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::NotAssistDesk);
    QVERIFY2(db.errorString().contains(u"another program"), qPrintable(db.errorString()));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = file(u"future.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
    }
    const int future = Database::latestSchemaVersion() + 5;
    QVERIFY(rawExec(path, {u"PRAGMA journal_mode = DELETE"_s,
                           u"INSERT INTO schema_version VALUES (%1, 'from the future', '2030-01-01')"_s.arg(future)}));
    const QByteArray before = fingerprint(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::NewerSchema);
    QVERIFY2(db.errorString().contains(u"newer AssistDesk"), qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(QString::number(future)));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabase::reportsDamagedDatabase()
{
    const QString path = file(u"damaged.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        OrderStore store(db);
        QVERIFY(store.upsert(TestData::order(0)));
    }
    QVERIFY(rawExec(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"PRAGMA journal_mode = DELETE"_s}));
    // Overwrite the schema page (page 1 after the 100-byte header) with garbage.
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    QVERIFY(raw.seek(100));
    raw.write(QByteArray(3000, '\x5a'));
    raw.close();
    const QByteArray before = fingerprint(path);

    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::Corrupt);
    QVERIFY2(db.errorString().contains(u"damaged"), qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(u"backup"));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabase::lockedDatabaseSaysSoAndLosesNothing()
{
    const QString path = file(u"busy.sqlite"_s);
    Database first;
    QVERIFY(first.open(path));
    OrderStore firstStore(first);
    QVERIFY(firstStore.upsert(TestData::order(1)));

    Database second;
    second.setBusyTimeout(200);
    QVERIFY(second.open(path));
    // Another writer holds the write lock for the whole busy timeout.
    QVERIFY(first.begin());
    OrderStore secondStore(second);
    QVERIFY(!secondStore.upsert(TestData::order(0)));
    QVERIFY2(secondStore.errorString().contains(u"locked by another program"), qPrintable(secondStore.errorString()));
    first.rollback();

    // What was saved before is still there, and the refused write can be retried.
    QCOMPARE(secondStore.orderCount(), 1);
    QVERIFY(secondStore.upsert(TestData::order(0)));
    QCOMPARE(firstStore.orderCount(), 2);
}

void TestDatabase::nestedTransactionsRollBackOnlyTheirPart()
{
    Database db;
    QVERIFY(db.open(file(u"nested.sqlite"_s)));
    OrderStore store(db);
    QVERIFY(db.begin());
    QVERIFY(store.upsert(TestData::order(1)));
    {
        TransactionScope inner(db);
        QVERIFY(inner.isActive());
        QCOMPARE(db.transactionDepth(), 2);
        QVERIFY(store.upsert(TestData::order(3)));
        // leaves without commit: rolled back
    }
    QCOMPARE(db.transactionDepth(), 1);
    QVERIFY(db.commit());
    QCOMPARE(store.orderCount(), 1);
    QVERIFY(store.order(u"OD428012345678901235"_s).has_value());
    QVERIFY(!store.order(u"OD428099999999990001"_s).has_value());
}

void TestDatabase::describesErrorsForPeople()
{
    const QSqlError busy(u"database is locked"_s, u"database is locked"_s, QSqlError::StatementError, u"5"_s);
    QVERIFY(Database::isBusy(busy));
    QVERIFY(Database::describe(busy).contains(u"try again"));
    const QSqlError corrupt(u"malformed"_s, u"database disk image is malformed"_s, QSqlError::StatementError, u"11"_s);
    QVERIFY(Database::isCorrupt(corrupt));
    QVERIFY(Database::describe(corrupt).contains(u"backup"));
    const QSqlError full(u"full"_s, u"database or disk is full"_s, QSqlError::StatementError, u"13"_s);
    QVERIFY(Database::describe(full).contains(u"disk is full"));
    const QSqlError extended(u"busy"_s, u"busy snapshot"_s, QSqlError::StatementError,
                             u"517"_s); // SQLITE_BUSY_SNAPSHOT
    QVERIFY(Database::isBusy(extended));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
