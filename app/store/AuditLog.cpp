#include "AuditLog.h"

#include "Database.h"
#include "core/PolicyClock.h"
#include "domain/Formats.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    QVariant json(const QJsonObject& object)
    {
        return object.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

    QJsonObject object(const QVariant& value)
    {
        return value.isNull() ? QJsonObject() : QJsonDocument::fromJson(value.toString().toUtf8()).object();
    }

    bool prepare(std::unique_ptr<QSqlQuery>& query, Database& db, const QString& sql, QString* error)
    {
        if (query) {
            return true;
        }
        auto prepared = std::make_unique<QSqlQuery>(db.connection());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            *error = Database::describe(prepared->lastError());
            return false;
        }
        query = std::move(prepared);
        return true;
    }
} // namespace

AuditRecord AuditRecord::masked() const
{
    auto mask = [](QJsonObject values) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString key = it.key();
            const QString text = it.value().toString();
            if (text.isEmpty()) {
                continue;
            }
            if (key == u"phone" || key == u"alt_phone") {
                *it = Formats::maskPhone(text);
            } else if (key == u"email") {
                *it = Formats::maskEmail(text);
            } else if (key == u"address") {
                *it = AuditLog::tr("(address)");
            }
        }
        return values;
    };
    AuditRecord copy = *this;
    copy.before = mask(before);
    copy.after = mask(after);
    // The detail holds remarks and notes as typed, where a customer's number may be.
    copy.detail = Formats::maskContactsInText(detail);
    return copy;
}

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

AuditLog::~AuditLog() = default;

bool AuditLog::append(AuditRecord& record)
{
    m_error.clear();
    if (!prepare(
            m_insert, m_db,
            u"INSERT INTO audit_log (at, agent, action, entity, entity_id, order_id, before_json, after_json, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            &m_error)) {
        return false;
    }
    m_insert->addBindValue(record.at.toSecsSinceEpoch());
    m_insert->addBindValue(record.agent);
    m_insert->addBindValue(record.action);
    m_insert->addBindValue(record.entity);
    m_insert->addBindValue(record.entityId);
    m_insert->addBindValue(record.orderId.isEmpty() ? QVariant() : QVariant(record.orderId));
    m_insert->addBindValue(json(record.before));
    m_insert->addBindValue(json(record.after));
    m_insert->addBindValue(record.detail.isEmpty() ? QVariant() : QVariant(record.detail));
    if (!m_insert->exec()) {
        m_error = Database::describe(m_insert->lastError());
        return false;
    }
    record.id = m_insert->lastInsertId().toLongLong();
    return true;
}

namespace
{
    QList<AuditRecord> readRecords(QSqlQuery& query)
    {
        QList<AuditRecord> records;
        while (query.next()) {
            records.append({query.value(0).toLongLong(),
                            QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), PolicyClock::zone()),
                            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                            query.value(5).toString(), query.value(6).toString(), object(query.value(7)),
                            object(query.value(8)), query.value(9).toString()});
        }
        query.finish();
        return records;
    }

    const QString selectColumns =
        u"SELECT id, at, agent, action, entity, entity_id, order_id, before_json, after_json, detail FROM audit_log "_s;
} // namespace

QList<AuditRecord> AuditLog::forOrder(const QString& orderId, int limit)
{
    m_error.clear();
    if (!prepare(m_forOrder, m_db, selectColumns + u"WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT ?"_s,
                 &m_error)) {
        return {};
    }
    m_forOrder->addBindValue(orderId);
    m_forOrder->addBindValue(limit);
    if (!m_forOrder->exec()) {
        m_error = Database::describe(m_forOrder->lastError());
        return {};
    }
    return readRecords(*m_forOrder);
}

QList<AuditRecord> AuditLog::recent(int limit)
{
    m_error.clear();
    if (!prepare(m_recent, m_db, selectColumns + u"ORDER BY at DESC, id DESC LIMIT ?"_s, &m_error)) {
        return {};
    }
    m_recent->addBindValue(limit);
    if (!m_recent->exec()) {
        m_error = Database::describe(m_recent->lastError());
        return {};
    }
    return readRecords(*m_recent);
}
