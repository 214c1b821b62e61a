#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How an interaction is tagged, in the KM article's notation:
//   Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved
// channel >> type >> incident type [>> sub-type] >> disposition, plus the queue it lands in,
// the remarks, and whether it escalates to L2 with an Oathkeeper TAT.

enum class Channel
{
    Inbound,
    Email,
};

enum class IncidentKind // the article's "type": Complaint / Enquiry / Request
{
    Complaint,
    Enquiry,
    Request,
};

enum class Disposition
{
    Resolved,
    Unresolved,
};

// The ticket action an entry needs before it can be submitted ("Request to reopen ticket" needs
// the Reopen action …). Escalation is not an action here: it follows from TaggingEntry::escalates.
enum class TicketAction
{
    None,
    Reschedule,
    Reopen,
    Cancel,
};

struct TaggingQueue
{
    QString id; // "l2-escalations"
    QString name; // "L2 Escalations"
    int priority = 0; // 1 is the most urgent
    QString description;
};

struct TaggingEntry
{
    QString id; // stable key, e.g. "delay-in-service-out-of-spd"
    IncidentKind kind = IncidentKind::Complaint;
    QString incident; // the article's wording: "Delay in Service"
    QString subType; // "Out of SPD"; empty when the article has none
    Disposition disposition = Disposition::Resolved;
    QString queueId;
    QString remarksTemplate; // with {order_id}, {ticket_id}, {status} … placeholders
    bool escalates = false; // escalates to L2 with an Oathkeeper TAT
    int tatHours = 0; // default Oathkeeper TAT when escalates
    TicketAction action = TicketAction::None;
    QString source; // where in the KM article it comes from
    QString assumption; // non-empty when the article was silent and this was chosen; says why

    // "Delay in Service >> Out of SPD"
    QString label() const;
};

// The tagging catalog shipped in resources/tagging/catalog.json (docs/tagging.md).
class TaggingCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(TaggingCatalog)

public:
    // Placeholders a remarks template may use; TaggingCatalog::fill replaces them.
    static const QStringList& placeholders();

    // The catalog compiled into the application. Loaded once; a broken resource is a build defect
    // and aborts with its reason (a test loads it on every build).
    static const TaggingCatalog& instance();

    // Parses and validates a catalog document; false with *error set when it is not usable.
    bool load(const QByteArray& json, QString* error);

    const QList<TaggingEntry>& entries() const { return m_entries; }
    const QList<TaggingQueue>& queues() const { return m_queues; }
    int remarksLimit() const { return m_remarksLimit; }

    const TaggingEntry* entry(const QString& id) const;
    const TaggingQueue* queue(const QString& id) const;
    QList<const TaggingEntry*> entries(IncidentKind kind) const;
    // Matches the article's words case-insensitively (trimmed); an empty subType matches an entry
    // without a sub-type, or the only entry of that incident type. Null when none or ambiguous.
    const TaggingEntry* find(IncidentKind kind, const QString& incident, const QString& subType = QString()) const;

    // "Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"
    static QString notation(Channel channel, const TaggingEntry& entry);
    static QString notation(Channel channel, IncidentKind kind, const QString& incident, const QString& subType,
                            Disposition disposition);

    // Replaces {name} placeholders with values; placeholders without a value become "—"…
    static QString fill(const QString& remarksTemplate, const QHash<QString, QString>& values);

    static QString channelName(Channel channel); // "Inbound", "Email" (the article's words, not translated)
    static std::optional<Channel> parseChannel(const QString& text);
    static QString kindName(IncidentKind kind); // "Complaint", "Enquiry", "Request"
    static std::optional<IncidentKind> parseKind(const QString& text);
    static QString dispositionName(Disposition disposition);
    static std::optional<Disposition> parseDisposition(const QString& text);
    static QString actionName(TicketAction action); // "Reschedule", "Reopen", "Cancel", ""
    static std::optional<TicketAction> parseAction(const QString& text);

private:
    QList<TaggingEntry> m_entries;
    QList<TaggingQueue> m_queues;
    int m_remarksLimit = 1000;
};
