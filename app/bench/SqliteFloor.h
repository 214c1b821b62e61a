#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

// The floor of a lookup: the same SQL that OrderStore runs, prepared once on its own connection
// through the bare SQLite C API, bound, stepped through every row and every column, and reset.
// No QtSql, no QString, no domain objects: what the database engine itself costs for that answer.
class SqliteFloor final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFloor)

public:
    enum class Lookup
    {
        OrderId,
        Phone,
        TicketId,
    };

    SqliteFloor() = default;
    ~SqliteFloor();
    Q_DISABLE_COPY_MOVE(SqliteFloor)

    // Opens the file read-only with the page cache and memory map sizes of AssistDesk's own
    // connection, and prepares the statements. False with errorString() on failure.
    bool open(const QString& path, qint64 cacheSize, qint64 mmapSize);

    // Runs one lookup with the same bindings as OrderStore::search; the number of rows, -1 on error.
    int run(Lookup lookup, const QByteArray& key, int limit);

    // Rows of one of AssistDesk's tables ("orders", "tickets", "ticket_activity", "incidents"),
    // for the report; -1 on error or for another name.
    qint64 rowCount(const QString& table);

    QString errorString() const { return m_error; }
    static QString libraryVersion();

private:
    bool fail(const QString& what);

    sqlite3* m_db = nullptr;
    std::array<sqlite3_stmt*, 3> m_statements{};
    QString m_error;
};
