#include "SettingsStore.h"

#include "Database.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

SettingsStore::SettingsStore(Database& db)
    : m_db(db)
{ }

SettingsStore::~SettingsStore() = default;

std::optional<QString> SettingsStore::value(const QString& key)
{
    m_error.clear();
    if (!m_select) {
        m_select = std::make_unique<QSqlQuery>(m_db.connection());
        m_select->setForwardOnly(true);
        if (!m_select->prepare(u"SELECT value FROM app_settings WHERE key = ?"_s)) {
            m_error = Database::describe(m_select->lastError());
            m_select.reset();
            return std::nullopt;
        }
    }
    m_select->addBindValue(key);
    if (!m_select->exec()) {
        m_error = Database::describe(m_select->lastError());
        return std::nullopt;
    }
    std::optional<QString> result;
    if (m_select->next()) {
        result = m_select->value(0).toString();
    }
    m_select->finish();
    return result;
}

int SettingsStore::intValue(const QString& key, int fallback)
{
    bool ok = false;
    const int parsed = value(key).value_or(QString()).toInt(&ok);
    return ok ? parsed : fallback;
}

bool SettingsStore::setValue(const QString& key, const QString& value)
{
    m_error.clear();
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_upsert->prepare(u"INSERT INTO app_settings (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)) {
            m_error = Database::describe(m_upsert->lastError());
            m_upsert.reset();
            return false;
        }
    }
    m_upsert->addBindValue(key);
    m_upsert->addBindValue(value);
    if (!m_upsert->exec()) {
        m_error = Database::describe(m_upsert->lastError());
        return false;
    }
    return true;
}
