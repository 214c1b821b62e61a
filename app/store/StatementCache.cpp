#include "StatementCache.h"

#include "Database.h"
#include "core/Logging.h"

#include <QSqlError>

StatementCache::StatementCache(Database& db)
    : m_db(db)
{ }

StatementCache::~StatementCache() = default;

QSqlQuery* StatementCache::get(const QString& key, const QString& sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_error = Database::describe(query->lastError());
            qCWarning(lcStore).noquote() << "cannot prepare" << key << query->lastError().text();
            return nullptr;
        }
        it = m_statements.insert(key, query);
    }
    return it->get();
}

bool StatementCache::exec(QSqlQuery* query)
{
    if (!query) {
        return false;
    }
    if (!query->exec()) {
        m_error = Database::describe(query->lastError());
        qCWarning(lcStore).noquote() << "statement failed:" << query->lastQuery() << query->lastError().text();
        return false;
    }
    return true;
}
