#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Database;

// One state change, or one sensitive read (a contact reveal): who, when, what, on which record,
// and the values before and after.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString agent;
    QString action; // "reschedule", "tag_incident", "reveal_contact" …
    QString entity; // "ticket", "order", "incident", "setting"
    QString entityId; // FHS…, OD…, incident number, setting key
    QString orderId; // the order it belongs to, for the order's audit view; may be empty
    QJsonObject before;
    QJsonObject after;
    QString detail;

    // A copy fit for the screen: phone numbers and email masked, addresses not repeated.
    AuditRecord masked() const;
};

// The append-only audit log. There is deliberately no way to change or remove a record through
// this class, and the database refuses UPDATE and DELETE on the table (triggers in migration 2).
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    // Joins the caller's transaction when there is one. Sets record.id.
    bool append(AuditRecord& record);
    QList<AuditRecord> forOrder(const QString& orderId, int limit = 500);
    // The whole log, newest first (settings changes included).
    QList<AuditRecord> recent(int limit = 500);

    QString errorString() const { return m_error; }

private:
    Database& m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_forOrder;
    std::unique_ptr<QSqlQuery> m_recent;
    QString m_error;
};
