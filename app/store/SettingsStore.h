#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

class Database;

// Settings shared by everyone working on the database (a whole floor on a shared server):
// Oathkeeper TAT per incident type, how far ahead a reschedule may go. Per-PC preferences
// (language, window size) live in QSettings instead.
class SettingsStore final
{
public:
    explicit SettingsStore(Database& db);
    ~SettingsStore();
    Q_DISABLE_COPY_MOVE(SettingsStore)

    std::optional<QString> value(const QString& key);
    int intValue(const QString& key, int fallback);
    // Joins the caller's transaction; the caller audits the change.
    bool setValue(const QString& key, const QString& value);

    QString errorString() const { return m_error; }

private:
    Database& m_db;
    std::unique_ptr<QSqlQuery> m_select;
    std::unique_ptr<QSqlQuery> m_upsert;
    QString m_error;
};
