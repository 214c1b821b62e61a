#include "Exporter.h"

#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "export/Csv.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
    QString iso(const QDateTime& moment)
    {
        return moment.isValid() ? moment.toTimeZone(PolicyClock::zone()).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    }

    QString json(const QJsonObject& object)
    {
        return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
} // namespace

Exporter::Exporter(Workspace& workspace)
    : m_workspace(workspace)
{ }

CsvTable Exporter::escalations(const QList<EscalationRow>& rows, bool includeContacts, const QDateTime& now)
{
    CsvTable table;
    table.name = u"escalations"_s;
    table.header = {tr("Escalation"), tr("Created (IST)"),  tr("Due (IST)"),       tr("TAT (h)"),
                    tr("Status"),     tr("Overdue"),        tr("Complaint"),       tr("Queue"),
                    tr("Order"),      tr("Ticket"),         tr("Service line"),    tr("Escalated by"),
                    tr("Assignee"),   tr("Resolved (IST)"), tr("Customer mobile"), tr("Customer email")};
    for (const EscalationRow& r : rows) {
        table.rows.append({QString::number(r.id), iso(r.createdAt), iso(r.dueAt), QString::number(r.tatHours),
                           EscalationDesk::statusName(r.status), r.breached(now) ? tr("yes") : tr("no"), r.complaint,
                           r.queueId, r.orderId, r.ticketId, r.line ? Codes::serviceLineName(*r.line) : QString(),
                           r.escalatedBy, r.assignee, iso(r.resolvedAt),
                           includeContacts ? r.customerPhone : Formats::maskPhone(r.customerPhone),
                           includeContacts ? r.customerEmail : Formats::maskEmail(r.customerEmail)});
    }
    return table;
}

CsvTable Exporter::taggingQa(const QList<QaRow>& rows, bool includeContacts)
{
    CsvTable table;
    table.name = u"tagging-qa"_s;
    table.header = {tr("Incident"), tr("Created (IST)"), tr("Agent"),           tr("Tagging"), tr("Queue"),
                    tr("Order"),    tr("Ticket"),        tr("Handle time (s)"), tr("Review"),  tr("Right tagging"),
                    tr("Reviewer"), tr("Review note"),   tr("Remarks")};
    for (const QaRow& r : rows) {
        const Incident& i = r.incident;
        const TaggingEntry* right = TaggingCatalog::instance().entry(r.correctEntryId);
        table.rows.append({QString::number(i.id), iso(i.createdAt), i.agent, i.notation(), i.queueId, i.orderId,
                           i.ticketId, i.handleSeconds >= 0 ? QString::number(i.handleSeconds) : QString(),
                           !r.correct   ? tr("not reviewed")
                           : *r.correct ? tr("correct")
                                        : tr("wrong"),
                           right ? right->label() : QString(), r.reviewer,
                           includeContacts ? r.note : Formats::maskContactsInText(r.note),
                           includeContacts ? i.remarks : Formats::maskContactsInText(i.remarks)});
    }
    return table;
}

CsvTable Exporter::audit(const QList<AuditRecord>& records, bool includeContacts)
{
    CsvTable table;
    table.name = u"audit-log"_s;
    table.header = {tr("Record"),    tr("At (IST)"), tr("Agent"),  tr("Action"), tr("Entity"),
                    tr("Entity ID"), tr("Order"),    tr("Before"), tr("After"),  tr("Detail")};
    for (const AuditRecord& full : records) {
        const AuditRecord r = includeContacts ? full : full.masked();
        table.rows.append({QString::number(r.id), iso(r.at), r.agent, r.action, r.entity, r.entityId, r.orderId,
                           json(r.before), json(r.after),
                           includeContacts ? r.detail : Formats::maskContactsInText(r.detail)});
    }
    return table;
}

CsvTable Exporter::dashboardDays(const DashboardData& data)
{
    CsvTable table;
    table.name = u"dashboard-days"_s;
    table.header = {tr("Day"), tr("Resolved"), tr("Unresolved"), tr("TAT breaches")};
    for (const DashboardData::Day& d : data.days) {
        table.rows.append({d.day.toString(Qt::ISODate), QString::number(d.resolved), QString::number(d.unresolved),
                           QString::number(d.breaches)});
    }
    return table;
}

CsvTable Exporter::dashboardAgents(const DashboardData& data)
{
    CsvTable table;
    table.name = u"dashboard-agents"_s;
    table.header = {tr("Agent"),    tr("Incidents"), tr("Average handle time (s)"),
                    tr("Reviewed"), tr("Correct"),   tr("Tagging accuracy (%)")};
    for (const DashboardData::AgentFigures& a : data.agents) {
        table.rows.append({a.agent, QString::number(a.incidents),
                           a.averageHandleSeconds >= 0 ? QString::number(a.averageHandleSeconds, 'f', 0) : QString(),
                           QString::number(a.reviewed), QString::number(a.correct),
                           a.reviewed > 0 ? QString::number(a.accuracyPercent(), 'f', 1) : QString()});
    }
    return table;
}

ExportOutcome Exporter::write(const CsvTable& table, const QString& path, bool includeContacts)
{
    if (const auto why = m_workspace.permit(Permission::Export, tr("export %1").arg(table.name))) {
        return {false, true, *why};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {false, false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    // Remarks and notes are free text typed on calls: none of it may become a formula in the
    // supervisor's spreadsheet.
    QList<QStringList> rows = table.rows;
    for (QStringList& row : rows) {
        for (QString& cell : row) {
            cell = Csv::spreadsheetSafe(cell);
        }
    }
    file.write(Csv::document(table.header, rows));

    // The export goes on record first, and the file replaces an earlier one at that path only
    // when the record is safely written: there is never an unaudited copy of the data, and a
    // failed audit never costs the supervisor the file they exported before.
    AuditRecord record;
    record.at = m_workspace.clock().now();
    record.agent = m_workspace.agent();
    record.action = u"export"_s;
    record.entity = u"list"_s;
    record.entityId = table.name;
    record.after = QJsonObject{{u"rows"_s, static_cast<int>(table.rows.size())},
                               {u"contact_details"_s, includeContacts},
                               {u"file"_s, QDir::toNativeSeparators(path)}};
    record.detail = includeContacts ? tr("contact details included") : tr("contact details masked");
    Database& db = m_workspace.database();
    if (!db.begin()) {
        file.cancelWriting();
        return {false, false, tr("The export could not be recorded in the audit log: %1").arg(db.errorString())};
    }
    if (!m_workspace.audit().append(record)) {
        const QString why = m_workspace.audit().errorString();
        db.rollback();
        file.cancelWriting();
        return {false, false,
                tr("The export could not be recorded in the audit log, so no file was written: %1").arg(why)};
    }
    if (!file.commit()) {
        db.rollback();
        return {false, false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (!db.commit()) {
        // The file is in place but its record is not: take the file back rather than leave an
        // unaudited copy.
        const QString why = db.errorString();
        db.rollback();
        QFile::remove(path);
        return {false, false,
                tr("The export could not be recorded in the audit log, so the file was removed: %1").arg(why)};
    }
    return {true, false,
            tr("%n row(s) exported to %1.", nullptr, static_cast<int>(table.rows.size()))
                .arg(QDir::toNativeSeparators(path))};
}
