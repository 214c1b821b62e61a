#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>
#include <utility>

// The AssistDesk database file: one named QtSql connection, the schema brought up to date by
// numbered migrations, WAL journal and foreign keys on. open() refuses — with a message that says
// what is wrong and what to do — a file that is not an SQLite database, an SQLite database that is
// not AssistDesk's, a damaged file, or one written by a newer AssistDesk; it never rewrites them.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Status
    {
        Closed,
        Open,
        Missing, // OpenMode::ExistingOnly and no such file
        CannotOpen, // the OS or driver refused (permissions, directory missing…)
        NotADatabase, // not an SQLite file at all
        NotAssistDesk, // an SQLite file of some other program
        Corrupt, // an SQLite file whose structure is damaged
        NewerSchema, // written by a newer AssistDesk
        Busy, // locked by another writer beyond the busy timeout
        MigrationFailed,
    };

    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
    };

    // SQLite's application_id header field: identifies the file as ours ("ADSK").
    static constexpr qint32 ApplicationId = 0x4144534B;
    static constexpr int BusyTimeoutMs = 5000;

    explicit Database(const QString& connectionName = QString());
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // How long a write waits for another writer to finish before it gives up (default BusyTimeoutMs).
    // Takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    bool open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();

    bool isOpen() const { return m_status == Status::Open; }
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    int schemaVersion() const { return m_schemaVersion; }
    // The value of a PRAGMA that reads a setting of this connection ("journal_mode",
    // "synchronous", "cache_size" …); an invalid QVariant on error. For reports, not for logic.
    QVariant pragma(const QString& name) const;
    static int latestSchemaVersion();

    // SQLite's page cache of this connection, in KiB: SQLite's default for agents' lookups, which
    // the operating system's file cache serves well; BulkCacheKiB while a bulk writer runs.
    static constexpr int DefaultCacheKiB = 2000;
    static constexpr int BulkCacheKiB = 256 * 1024;
    bool setCacheSizeKiB(int kib);

    // Transactions that nest: the outermost is BEGIN IMMEDIATE … COMMIT (taking the write lock
    // up front, so a reader never has to upgrade and fail), inner ones are savepoints.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // An SQL error in words an agent understands, with what to do about it.
    static QString describe(const QSqlError& error);
    static bool isBusy(const QSqlError& error);
    static bool isCorrupt(const QSqlError& error);

private:
    bool fail(Status status, const QString& message);
    bool exec(const QString& sql, QSqlError* error = nullptr);
    // Runs a transaction-control statement, prepared once per connection.
    bool control(const QString& sql, QSqlError* error = nullptr);
    bool migrate();
    // Reads the header fields and schema version; the failure to report, if any.
    std::optional<std::pair<Status, QString>> inspect(const QString& shown);

    QString m_connectionName;
    QString m_path;
    Status m_status = Status::Closed;
    QString m_error;
    int m_schemaVersion = 0;
    int m_depth = 0;
    int m_busyTimeoutMs = BusyTimeoutMs;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_control;
};

// A bulk writer (the demo generator, an import) runs with a page cache large enough to keep the
// dirty pages of the random indexes (OD ID, ticket ID, email, mobile) of a big transaction until it
// commits; otherwise SQLite spills them to the WAL and writes them again and again. The cache
// goes back to its size when the scope ends.
class BulkWriteScope final
{
public:
    explicit BulkWriteScope(Database& db)
        : m_db(db)
    {
        m_db.setCacheSizeKiB(Database::BulkCacheKiB);
    }
    ~BulkWriteScope() { m_db.setCacheSizeKiB(Database::DefaultCacheKiB); }
    Q_DISABLE_COPY_MOVE(BulkWriteScope)

private:
    Database& m_db;
};

// Rolls back unless committed: the usual shape of a write.
class TransactionScope final
{
public:
    explicit TransactionScope(Database& db)
        : m_db(db)
        , m_active(db.begin())
    { }
    ~TransactionScope()
    {
        if (m_active) {
            m_db.rollback();
        }
    }
    Q_DISABLE_COPY_MOVE(TransactionScope)

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active) {
            return false;
        }
        m_active = false;
        if (!m_db.commit()) {
            m_db.rollback();
            return false;
        }
        return true;
    }

private:
    Database& m_db;
    bool m_active;
};
