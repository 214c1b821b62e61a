#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Database;

// Prepared statements of one store, prepared on first use and kept for the connection's life.
// Every query of AssistDesk binds its values: nothing typed by a person is ever pasted into SQL.
class StatementCache final
{
public:
    explicit StatementCache(Database& db);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    // The statement for key, prepared from sql the first time; null (errorString() says why) when
    // it does not prepare.
    QSqlQuery* get(const QString& key, const QString& sql);
    // Runs a prepared statement with its bound values; false with errorString() set on failure.
    bool exec(QSqlQuery* query);

    void clearError() { m_error.clear(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    Database& m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_error;
};
