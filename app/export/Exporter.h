#pragma once

#include "desk/EscalationDesk.h"
#include "store/AuditLog.h"
#include "supervisor/Dashboard.h"
#include "supervisor/TaggingQa.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A list as it leaves AssistDesk: a name for the audit log, a header and the rows.
struct CsvTable
{
    QString name; // "escalations", "tagging-qa", "audit-log" …
    QStringList header;
    QList<QStringList> rows;
};

struct ExportOutcome
{
    bool ok = false;
    bool refused = false;
    QString message;
};

// Turns the supervisor's lists into CSV tables and writes them. Contact details (mobile, email)
// are masked unless the supervisor asks for them, and every export is audited with whether they
// were included.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Workspace& workspace);

    static CsvTable escalations(const QList<EscalationRow>& rows, bool includeContacts, const QDateTime& now);
    // Remarks and notes are free text: contact details typed into them are masked unless asked for.
    static CsvTable taggingQa(const QList<QaRow>& rows, bool includeContacts = false);
    static CsvTable audit(const QList<AuditRecord>& records, bool includeContacts);
    static CsvTable dashboardDays(const DashboardData& data);
    static CsvTable dashboardAgents(const DashboardData& data);

    // Needs the Export permission. The file is replaced only when it is written completely.
    ExportOutcome write(const CsvTable& table, const QString& path, bool includeContacts);

private:
    Workspace& m_workspace;
};
