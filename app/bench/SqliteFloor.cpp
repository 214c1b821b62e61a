#include "SqliteFloor.h"

#include "store/OrderStore.h"

#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

SqliteFloor::~SqliteFloor()
{
    for (sqlite3_stmt* statement : m_statements) {
        sqlite3_finalize(statement);
    }
    sqlite3_close(m_db);
}

QString SqliteFloor::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool SqliteFloor::fail(const QString& what)
{
    m_error = tr("The bare SQLite connection failed (%1): %2")
                  .arg(what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory"));
    return false;
}

bool SqliteFloor::open(const QString& path, qint64 cacheSize, qint64 mmapSize)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        return fail(u"open"_s);
    }
    // The same page cache and memory map as AssistDesk's connection, so that the two differ only
    // in what runs above SQLite. PRAGMA values cannot be bound; these are integers we formatted.
    const QByteArray pragmas =
        "PRAGMA cache_size = " + QByteArray::number(cacheSize) + "; PRAGMA mmap_size = " + QByteArray::number(mmapSize);
    if (sqlite3_exec(m_db, pragmas.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(u"PRAGMA"_s);
    }
    const std::array<OrderStore::Statement, 3> statements = {OrderStore::Statement::SearchOrderPrefix,
                                                             OrderStore::Statement::SearchPhone,
                                                             OrderStore::Statement::SearchTicket};
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const QByteArray sql = OrderStore::sql(statements.at(i)).toUtf8();
        if (sqlite3_prepare_v3(m_db, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statements.at(i), nullptr)
            != SQLITE_OK) {
            return fail(u"prepare"_s);
        }
    }
    return true;
}

qint64 SqliteFloor::rowCount(const QString& table)
{
    static const QStringList tables = {u"orders"_s, u"tickets"_s, u"ticket_activity"_s, u"incidents"_s};
    if (!m_db || !tables.contains(table)) {
        return -1;
    }
    // A table name cannot be bound; it is one of the names above.
    const QByteArray sql = "SELECT count(*) FROM " + table.toLatin1();
    sqlite3_stmt* statement = nullptr;
    qint64 rows = -1;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        rows = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return rows;
}

int SqliteFloor::run(Lookup lookup, const QByteArray& key, int limit)
{
    sqlite3_stmt* statement = m_statements.at(static_cast<std::size_t>(lookup));
    int parameter = 1;
    sqlite3_bind_text(statement, parameter++, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
    QByteArray upper; // must outlive the step loop: bound without a copy
    switch (lookup) {
    case Lookup::OrderId:
        // The prefix range of OrderStore::search: [key, key + "~").
        upper = key + '~';
        sqlite3_bind_text(statement, parameter++, upper.constData(), static_cast<int>(upper.size()), SQLITE_STATIC);
        break;
    case Lookup::Phone:
        // The mobile as the customer's number and as an alternate number.
        sqlite3_bind_text(statement, parameter++, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        break;
    case Lookup::TicketId:
        break;
    }
    sqlite3_bind_int(statement, parameter, limit);

    int rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        // Every column is read as the application reads it: text as UTF-8, numbers as integers.
        const int columns = sqlite3_column_count(statement);
        for (int column = 0; column < columns; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_INTEGER) {
                static_cast<void>(sqlite3_column_int64(statement, column));
            } else {
                static_cast<void>(sqlite3_column_text(statement, column));
            }
        }
        ++rows;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (status != SQLITE_DONE) {
        fail(u"step"_s);
        return -1;
    }
    return rows;
}
