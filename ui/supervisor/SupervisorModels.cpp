#include "SupervisorModels.h"

#include "core/DisplayFormat.h"
#include "domain/Formats.h"
#include "tagging/TaggingCatalog.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
    // The board's two state colours, with contrast on the light row tint and on the base colour.
    QColor lateText()
    {
        return {0xb7, 0x1c, 0x1c};
    }

    QColor lateTint()
    {
        return {0xfd, 0xec, 0xea};
    }

    QColor goodText()
    {
        return {0x1e, 0x7b, 0x34};
    }

    QColor darkText()
    {
        return {0x1f, 0x29, 0x33};
    }

    QString queueName(const QString& id)
    {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(id);
        return queue ? queue->name : id;
    }

    QString valueText(const QJsonValue& value)
    {
        if (value.isString()) {
            return value.toString();
        }
        if (value.isObject() || value.isArray()) {
            return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                      : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        }
        return value.toVariant().toString();
    }
} // namespace

// ---------------------------------------------------------------------------------------------
ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReviewQueueModel::setRows(const QList<EscalationRow>& rows, const QDateTime& now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

const EscalationRow* ReviewQueueModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ReviewQueueModel::rowOf(qint64 escalationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == escalationId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EscalationRow& r = m_rows.at(index.row());
    const bool breached = r.breached(m_now);
    switch (role) {
    case EscalationIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case BreachedRole:
        return breached;
    case Qt::BackgroundRole:
        return breached ? QVariant(lateTint()) : QVariant();
    case Qt::ForegroundRole:
        if (!breached) {
            return {};
        }
        return index.column() == TimingColumn ? lateText() : darkText();
    case Qt::FontRole:
        if (breached && index.column() == TimingColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!r.reviewNote.isEmpty()) {
            return tr("Returned before with the note: %1").arg(Formats::maskContactsInText(r.reviewNote));
        }
        if (index.column() == TimingColumn) {
            return tr("Due %1 (Oathkeeper TAT %n h)", nullptr, r.tatHours).arg(DisplayFormat::dateTime(r.dueAt));
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return QString::number(r.id);
    case ComplaintColumn:
        return r.complaint;
    case OrderTicketColumn:
        return r.ticketId.isEmpty() ? r.orderId : tr("%1 / %2").arg(r.orderId, r.ticketId);
    case EscalatedByColumn:
        return r.escalatedBy;
    case WorkedByColumn:
        return r.assignee.isEmpty() ? tr("nobody yet") : r.assignee;
    case ResolvedColumn:
        return r.resolvedAt.isValid() ? DisplayFormat::dateTime(r.resolvedAt) : tr("not yet");
    case TimingColumn:
        return EscalationDesk::timing(r, m_now);
    case StatusColumn:
        return EscalationDesk::statusName(r.status);
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("#");
    case ComplaintColumn:
        return tr("Complaint");
    case OrderTicketColumn:
        return tr("Order / Ticket");
    case EscalatedByColumn:
        return tr("Escalated by");
    case WorkedByColumn:
        return tr("Worked by");
    case ResolvedColumn:
        return tr("Resolved (IST)");
    case TimingColumn:
        return tr("Timing");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
TaggingQaModel::TaggingQaModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TaggingQaModel::setRows(const QList<QaRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const QaRow* TaggingQaModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int TaggingQaModel::rowOf(qint64 incidentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).incident.id == incidentId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString TaggingQaModel::handleTime(qint64 seconds)
{
    if (seconds < 0) {
        return tr("—");
    }
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int TaggingQaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaggingQaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaggingQaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QaRow& r = m_rows.at(index.row());
    const Incident& i = r.incident;
    switch (role) {
    case IncidentIdRole:
        return i.id;
    case ReviewedRole:
        return r.correct ? QVariant(*r.correct) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ReviewColumn && r.correct) {
            return *r.correct ? goodText() : lateText();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Remarks: %1").arg(Formats::maskContactsInText(i.remarks));
        if (index.column() == TaggingColumn || index.column() == ReviewColumn) {
            tip = data(index, Qt::DisplayRole).toString() + u'\n' + tip;
        }
        if (!r.note.isEmpty()) {
            tip += u'\n' + tr("Review note (%1): %2").arg(r.reviewer, Formats::maskContactsInText(r.note));
        }
        return tip;
    }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IncidentColumn:
        return QString::number(i.id);
    case CreatedColumn:
        return DisplayFormat::dateTime(i.createdAt);
    case AgentColumn:
        return i.agent;
    case TaggingColumn:
        return i.notation();
    case QueueColumn:
        return queueName(i.queueId);
    case HandleTimeColumn:
        return handleTime(i.handleSeconds);
    case ReviewColumn: {
        if (!r.correct) {
            return tr("not reviewed");
        }
        if (*r.correct) {
            return tr("correct");
        }
        const TaggingEntry* right = TaggingCatalog::instance().entry(r.correctEntryId);
        return tr("wrong: should be %1").arg(right ? right->label() : r.correctEntryId);
    }
    default:
        break;
    }
    return {};
}

QVariant TaggingQaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case CreatedColumn:
        return tr("Created (IST)");
    case AgentColumn:
        return tr("Agent");
    case TaggingColumn:
        return tr("Tagging");
    case QueueColumn:
        return tr("Queue");
    case HandleTimeColumn:
        return tr("Handle time");
    case ReviewColumn:
        return tr("Review");
    default:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
AgentAccuracyModel::AgentAccuracyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AgentAccuracyModel::setRows(const QList<AgentAccuracy>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgentAccuracyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentAccuracyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentAccuracyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgentAccuracy& a = m_rows.at(index.row());
    if (role == PercentRole) {
        return a.percent();
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == AgentColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AgentColumn:
        return a.agent;
    case ReviewedColumn:
        return QString::number(a.reviewed);
    case CorrectColumn:
        return QString::number(a.correct);
    case AccuracyColumn:
        return tr("%1 %").arg(a.percent(), 0, 'f', 1);
    default:
        break;
    }
    return {};
}

QVariant AgentAccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ReviewedColumn:
        return tr("Reviewed");
    case CorrectColumn:
        return tr("Correct");
    case AccuracyColumn:
        return tr("Accuracy");
    default:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
AgentFiguresModel::AgentFiguresModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AgentFiguresModel::setRows(const QList<DashboardData::AgentFigures>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgentFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DashboardData::AgentFigures& a = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() == AgentColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AgentColumn:
        return a.agent;
    case IncidentsColumn:
        return QString::number(a.incidents);
    case HandleTimeColumn:
        return a.averageHandleSeconds >= 0 ? TaggingQaModel::handleTime(qRound64(a.averageHandleSeconds)) : tr("—");
    case ReviewedColumn:
        return QString::number(a.reviewed);
    case AccuracyColumn:
        return a.reviewed > 0 ? tr("%1 %").arg(a.accuracyPercent(), 0, 'f', 1) : tr("—");
    default:
        break;
    }
    return {};
}

QVariant AgentFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case IncidentsColumn:
        return tr("Incidents");
    case HandleTimeColumn:
        return tr("Avg handle");
    case ReviewedColumn:
        return tr("Reviewed");
    case AccuracyColumn:
        return tr("Accuracy");
    default:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditTableModel::setRecords(const QList<AuditRecord>& newestFirst)
{
    beginResetModel();
    m_records.clear();
    m_records.reserve(newestFirst.size());
    for (const AuditRecord& record : newestFirst) {
        m_records.append(record.masked());
    }
    endResetModel();
}

QString AuditTableModel::changes(const QJsonObject& before, const QJsonObject& after)
{
    QStringList parts;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QString now = valueText(it.value());
        if (before.contains(it.key())) {
            const QString was = valueText(before.value(it.key()));
            if (was != now) {
                parts.append(u"%1: %2 → %3"_s.arg(it.key(), was, now));
            }
        } else {
            parts.append(u"%1: %2"_s.arg(it.key(), now));
        }
    }
    return parts.join(u"; "_s);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditRecord& r = m_records.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case ActionRole:
        return r.action;
    case Qt::ToolTipRole:
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"before"_s, r.before}, {u"after"_s, r.after}}).toJson(QJsonDocument::Indented));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case AtColumn:
        return DisplayFormat::dateTime(r.at);
    case AgentColumn:
        return r.agent;
    case ActionColumn:
        return r.action;
    case EntityColumn:
        return r.entityId.isEmpty() ? r.entity : tr("%1 %2").arg(r.entity, r.entityId);
    case OrderColumn:
        return r.orderId;
    case ChangeColumn:
        return changes(r.before, r.after);
    case DetailColumn:
        return r.detail;
    default:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AtColumn:
        return tr("At (IST)");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case OrderColumn:
        return tr("Order");
    case ChangeColumn:
        return tr("Change");
    case DetailColumn:
        return tr("Detail");
    default:
        break;
    }
    return {};
}
