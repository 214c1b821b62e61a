#include "Database.h"

#include "Migrations.h"
#include "core/Logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
    // SQLite primary result codes (the low byte of an extended code).
    enum SqliteCode
    {
        SqliteBusy = 5,
        SqliteLocked = 6,
        SqliteReadOnly = 8,
        SqliteIoErr = 10,
        SqliteCorrupt = 11,
        SqliteFull = 13,
        SqliteCantOpen = 14,
        SqliteNotADb = 26,
    };

    int primaryCode(const QSqlError& error)
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return ok ? (code & 0xff) : -1;
    }

    QString uniqueConnectionName()
    {
        static QAtomicInteger<quint32> counter;
        return u"assistdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    }
} // namespace

Database::Database(const QString& connectionName)
    : m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : connectionName)
{ }

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QVariant Database::pragma(const QString& name) const
{
    // A PRAGMA name cannot be bound; only a plain identifier is let through.
    static const QRegularExpression identifier(u"^[a-z_]+$"_s);
    if (!identifier.match(name).hasMatch()) {
        return {};
    }
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        return {};
    }
    return query.value(0);
}

bool Database::fail(Status status, const QString& message)
{
    qCWarning(lcStore).noquote() << "cannot use" << m_path << ":" << message;
    close();
    m_status = status;
    m_error = message;
    return false;
}

bool Database::exec(const QString& sql, QSqlError* error)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        if (error) {
            *error = query.lastError();
        }
        qCWarning(lcStore).noquote() << "statement failed:" << sql << query.lastError().text();
        return false;
    }
    return true;
}

bool Database::control(const QString& sql, QSqlError* error)
{
    // Every order an import writes is a savepoint of its own: parsing "SAVEPOINT sp1" and
    // "RELEASE SAVEPOINT sp1" each time cost more than writing a small order.
    std::unique_ptr<QSqlQuery>& query = m_control[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(connection());
        if (!query->prepare(sql)) {
            if (error) {
                *error = query->lastError();
            }
            qCWarning(lcStore).noquote() << "statement failed:" << sql << query->lastError().text();
            query.reset();
            return false;
        }
    }
    if (!query->exec()) {
        if (error) {
            *error = query->lastError();
        }
        qCWarning(lcStore).noquote() << "statement failed:" << sql << query->lastError().text();
        return false;
    }
    return true;
}

bool Database::open(const QString& path, OpenMode mode)
{
    close();
    m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);

    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly) {
            return fail(Status::Missing, tr("There is no database at %1. Check the path, or create a demo "
                                            "database with \"assistdesk-cli demo --db %1\".")
                                             .arg(shown));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(Status::CannotOpen, tr("Cannot create the folder %1 for the database. Check that you may "
                                               "write there, or choose another location.")
                                                .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    } else if (info.size() == 0 && mode == OpenMode::ExistingOnly) {
        return fail(Status::NotAssistDesk, tr("%1 is an empty file, not an AssistDesk database. Check the path, or "
                                              "create a demo database with \"assistdesk-cli demo --db %1\".")
                                               .arg(shown));
    } else if (info.isDir()) {
        return fail(Status::CannotOpen, tr("%1 is a folder, not a database file. Give the path of a file.").arg(shown));
    } else if (info.size() > 0) {
        // Look at the header ourselves before SQLite does: a file that is not a database must
        // never be touched, not even by a journal file appearing beside it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Status::CannotOpen,
                        tr("Cannot read %1: %2. Check the file's permissions.").arg(shown, file.errorString()));
        }
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0")) {
            return fail(Status::NotADatabase, tr("%1 is not an AssistDesk database (it is not an SQLite database "
                                                 "file at all). AssistDesk left it untouched; choose the right file.")
                                                  .arg(shown));
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
        if (!db.open()) {
            return fail(Status::CannotOpen, tr("Cannot open the database %1: %2").arg(shown, db.lastError().text()));
        }
    }

    if (const auto failure = inspect(shown)) {
        return fail(failure->first, failure->second);
    }

    // WAL lets agents read while an import writes; FULL makes every commit durable on disk
    // before the call returns (an incident an agent submitted must survive a power cut).
    // temp_store = MEMORY keeps what SQLite needs only while a statement or savepoint runs (the
    // savepoint journal of each imported order, sorts) in memory instead of in files.
    QSqlError pragmaError;
    if (!exec(u"PRAGMA journal_mode = WAL"_s, &pragmaError) || !exec(u"PRAGMA foreign_keys = ON"_s, &pragmaError)
        || !exec(u"PRAGMA synchronous = FULL"_s, &pragmaError)
        || !exec(u"PRAGMA temp_store = MEMORY"_s, &pragmaError)) {
        return fail(isBusy(pragmaError) ? Status::Busy : Status::CannotOpen,
                    tr("Cannot prepare the database %1: %2").arg(shown, describe(pragmaError)));
    }

    m_status = Status::Open;
    m_error.clear();
    if (!migrate()) {
        const QString reason = m_error;
        return fail(Status::MigrationFailed, tr("Cannot bring the database %1 up to date: %2. The file was left as "
                                                "it was before.")
                                                 .arg(shown, reason));
    }
    qCInfo(lcStore).noquote() << "opened" << shown << "schema" << m_schemaVersion;
    return true;
}

std::optional<std::pair<Database::Status, QString>> Database::inspect(const QString& shown)
{
    using Failure = std::pair<Status, QString>;
    m_schemaVersion = 0;
    QSqlQuery probe(connection());
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        const QSqlError error = probe.lastError();
        switch (primaryCode(error)) {
        case SqliteNotADb:
            return Failure(Status::NotADatabase, tr("%1 is not an AssistDesk database (SQLite cannot read it as a "
                                                    "database). AssistDesk left it untouched; choose the right file.")
                                                     .arg(shown));
        case SqliteCorrupt:
            return Failure(Status::Corrupt, tr("The database %1 is damaged (%2). Restore it from a backup; "
                                               "AssistDesk did not change it.")
                                                .arg(shown, error.databaseText()));
        case SqliteBusy:
        case SqliteLocked:
            return Failure(Status::Busy, describe(error));
        default:
            return Failure(Status::CannotOpen, tr("Cannot read the database %1: %2").arg(shown, describe(error)));
        }
    }
    const qint32 applicationId = probe.value(0).toInt();
    probe.finish();

    if (!probe.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s)
        || !probe.next()) {
        const QSqlError error = probe.lastError();
        if (isCorrupt(error)) {
            return Failure(Status::Corrupt, tr("The database %1 is damaged (%2). Restore it from a backup; "
                                               "AssistDesk did not change it.")
                                                .arg(shown, error.databaseText()));
        }
        return Failure(Status::CannotOpen, tr("Cannot read the database %1: %2").arg(shown, describe(error)));
    }
    const int tableCount = probe.value(0).toInt();
    probe.finish();

    if (applicationId != ApplicationId && !(applicationId == 0 && tableCount == 0)) {
        return Failure(Status::NotAssistDesk, tr("%1 is an SQLite database of another program, not an AssistDesk "
                                                 "database. AssistDesk left it untouched; choose the right file.")
                                                  .arg(shown));
    }

    if (tableCount > 0) {
        if (!probe.exec(u"SELECT max(version) FROM schema_version"_s) || !probe.next()) {
            return Failure(Status::Corrupt, tr("The database %1 has no readable schema version (%2). Restore it from "
                                               "a backup; AssistDesk did not change it.")
                                                .arg(shown, probe.lastError().text()));
        }
        m_schemaVersion = probe.value(0).toInt();
        probe.finish();
        if (m_schemaVersion > latestSchemaVersion()) {
            return Failure(Status::NewerSchema, tr("The database %1 was written by a newer AssistDesk (schema %2; this "
                                                   "version knows schema %3 at most). Update AssistDesk to open it; "
                                                   "the file was not changed.")
                                                    .arg(shown)
                                                    .arg(m_schemaVersion)
                                                    .arg(latestSchemaVersion()));
        }
    }

    return std::nullopt;
}

bool Database::migrate()
{
    QSqlError error;
    if (m_schemaVersion == 0) {
        if (!begin()) {
            return false;
        }
        if (!exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                  "  version INTEGER PRIMARY KEY,"
                  "  description TEXT NOT NULL,"
                  "  applied_at TEXT NOT NULL)"_s,
                  &error)
            || !exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId), &error)) {
            rollback();
            m_error = describe(error);
            return false;
        }
        if (!commit()) {
            return false;
        }
    }
    for (const Migration& step : migrations()) {
        if (step.version <= m_schemaVersion) {
            continue;
        }
        if (!begin()) {
            return false;
        }
        bool ok = !step.rewritesDefinitions || exec(u"PRAGMA writable_schema = ON"_s, &error);
        for (const QString& statement : step.statements) {
            if (!ok || !exec(statement, &error)) {
                ok = false;
                break;
            }
        }
        if (ok && step.rewritesDefinitions) {
            // SQLite's procedure for editing sqlite_schema: one more than the schema version
            // read inside the same transaction, so that other connections read the definitions again.
            QSqlQuery cookie(connection());
            ok = cookie.exec(u"PRAGMA schema_version"_s) && cookie.next();
            if (!ok) {
                error = cookie.lastError();
            }
            const int next = ok ? cookie.value(0).toInt() + 1 : 0;
            cookie.finish();
            ok = ok && exec(u"PRAGMA schema_version = %1"_s.arg(next), &error)
                 && exec(u"PRAGMA writable_schema = OFF"_s, &error);
        }
        if (ok) {
            QSqlQuery record(connection());
            record.prepare(u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"_s);
            record.addBindValue(step.version);
            record.addBindValue(step.description);
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = record.exec();
            if (!ok) {
                error = record.lastError();
            }
        }
        if (!ok) {
            if (step.rewritesDefinitions) {
                exec(u"PRAGMA writable_schema = OFF"_s);
            }
            rollback();
            m_error = tr("step %1 (%2) failed: %3").arg(step.version).arg(step.description, describe(error));
            return false;
        }
        if (!commit()) {
            return false;
        }
        if (step.rewritesDefinitions) {
            // This connection set the new schema version itself, so it would go on with the
            // definitions it parsed before; RESET makes it read them again.
            exec(u"PRAGMA writable_schema = RESET"_s);
        }
        qCInfo(lcStore) << "migrated to schema" << step.version;
        m_schemaVersion = step.version;
    }
    return true;
}

void Database::close()
{
    m_control.clear(); // statements go before their connection
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_status = Status::Closed;
    m_depth = 0;
}

bool Database::setCacheSizeKiB(int kib)
{
    // A negative cache_size is a size in KiB rather than a number of pages.
    return exec(u"PRAGMA cache_size = %1"_s.arg(-qMax(1, kib)));
}

bool Database::begin()
{
    QSqlError error;
    const QString sql = m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_depth);
    if (!control(sql, &error)) {
        m_error = describe(error);
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth == 0) {
        return false;
    }
    QSqlError error;
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth - 1);
    if (!control(sql, &error)) {
        m_error = describe(error);
        return false;
    }
    --m_depth;
    return true;
}

void Database::rollback()
{
    if (m_depth == 0) {
        return;
    }
    if (m_depth == 1) {
        control(u"ROLLBACK"_s);
    } else {
        // Undo the savepoint's work, then drop it so the outer transaction carries on.
        control(u"ROLLBACK TO SAVEPOINT sp%1"_s.arg(m_depth - 1));
        control(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth - 1));
    }
    --m_depth;
}

bool Database::isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

bool Database::isCorrupt(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

QString Database::describe(const QSqlError& error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("the database is locked by another program or another AssistDesk that is writing to it. "
                  "Wait a moment and try again; nothing was changed");
    case SqliteReadOnly:
        return tr("the database file is read-only. Ask IT for write access to it; nothing was changed");
    case SqliteCorrupt:
    case SqliteNotADb:
        return tr("the database file is damaged (%1). Restore it from a backup; nothing was changed").arg(detail);
    case SqliteFull:
        return tr("the disk is full. Free some space and try again; nothing was changed");
    case SqliteIoErr:
        return tr("the database file could not be read or written (%1). Check the disk or network drive; "
                  "nothing was changed")
            .arg(detail);
    case SqliteCantOpen:
        return tr("the database file cannot be opened (%1). Check that it still exists and that you may use it")
            .arg(detail);
    default:
        break;
    }
    return tr("database error: %1").arg(detail);
}
