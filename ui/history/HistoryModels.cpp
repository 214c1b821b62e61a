#include "HistoryModels.h"

#include "core/DisplayFormat.h"
#include "domain/Formats.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace
{
    QString queueName(const QString& id)
    {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(id);
        return queue ? queue->name : id;
    }

    // {"spd":"2026-11-18","slot":"…"} → {"spd":"2026-11-25",…}: "spd 2026-11-18 → 2026-11-25"
    QString changes(const QJsonObject& before, const QJsonObject& after)
    {
        QStringList lines;
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.contains(it.key()) && before.value(it.key()) != it.value()) {
                lines.append(u"%1: %2 → %3"_s.arg(it.key(), before.value(it.key()).toVariant().toString(),
                                                  it.value().toVariant().toString()));
            }
        }
        return lines.join(u"; "_s);
    }
} // namespace

IncidentHistoryModel::IncidentHistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void IncidentHistoryModel::setIncidents(const QList<Incident>& newestFirst)
{
    beginResetModel();
    m_incidents = newestFirst;
    endResetModel();
}

int IncidentHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

QVariant IncidentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Incident& i = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString where = queueName(i.queueId);
        if (!i.ticketId.isEmpty()) {
            where += u" · "_s + i.ticketId;
        }
        if (i.escalation) {
            where += u" · "_s + tr("due %1").arg(DisplayFormat::dateTime(i.escalation->dueAt));
        }
        return tr("%1 · %2\n%3\n%4\n%5")
            .arg(DisplayFormat::dateTime(i.createdAt), i.agent, i.notation(), where,
                 Formats::maskContactsInText(i.remarks)); // a number typed into remarks is PII too
    }
    case Qt::ToolTipRole:
        return Formats::maskContactsInText(i.remarks);
    case IncidentIdRole:
        return i.id;
    case NotationRole:
        return i.notation();
    case EscalationDueRole:
        return i.escalation ? QVariant(i.escalation->dueAt) : QVariant();
    default:
        break;
    }
    return {};
}

AuditModel::AuditModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void AuditModel::setRecords(const QList<AuditRecord>& newestFirst)
{
    beginResetModel();
    m_records = newestFirst;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

Qt::ItemFlags AuditModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) & ~Qt::ItemIsEditable;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditRecord r = m_records.at(index.row()).masked(); // contact details stay masked here
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text =
            tr("%1 · %2 · %3 %4 %5").arg(DisplayFormat::dateTime(r.at), r.agent, r.action, r.entity, r.entityId);
        const QString changed = changes(r.before, r.after);
        if (!changed.isEmpty()) {
            text += u'\n' + changed;
        } else if (r.after.contains(u"tagging")) {
            text += u'\n' + r.after.value(u"tagging").toString();
        } else if (!r.detail.isEmpty()) {
            text += u'\n' + r.detail;
        }
        return text;
    }
    case Qt::ToolTipRole:
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"before"_s, r.before}, {u"after"_s, r.after}}).toJson(QJsonDocument::Indented));
    case ActionRole:
        return r.action;
    case AgentRole:
        return r.agent;
    default:
        break;
    }
    return {};
}
