#include "TaggingCatalog.h"

#include "core/CoreResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace
{
    const QRegularExpression& placeholderPattern()
    {
        static const QRegularExpression pattern(u"\\{([a-z_]+)\\}"_s);
        return pattern;
    }
} // namespace

QString TaggingEntry::label() const
{
    return subType.isEmpty() ? incident : incident + u" >> "_s + subType;
}

const QStringList& TaggingCatalog::placeholders()
{
    static const QStringList names = {
        u"order_id"_s,  u"ticket_id"_s,    u"service"_s,       u"status"_s,     u"sub_status"_s,
        u"spd"_s,       u"completed_on"_s, u"refund_status"_s, u"refund_due"_s, u"customer_said"_s,
        u"tat_hours"_s, u"tat_due"_s,      u"new_date"_s,
    };
    return names;
}

const TaggingCatalog& TaggingCatalog::instance()
{
    static const TaggingCatalog catalog = [] {
        ensureCoreResources();
        TaggingCatalog loaded;
        QFile file(u":/tagging/catalog.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !loaded.load(file.readAll(), &error)) {
            qFatal("The built-in tagging catalog is missing or broken: %s", qPrintable(error));
        }
        return loaded;
    }();
    return catalog;
}

bool TaggingCatalog::load(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The tagging catalog is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();

    QList<TaggingQueue> queues;
    QSet<QString> queueIds;
    for (const QJsonValue& value : root.value(u"queues").toArray()) {
        const QJsonObject object = value.toObject();
        TaggingQueue queue{object.value(u"id").toString(), object.value(u"name").toString(),
                           object.value(u"priority").toInt(), object.value(u"description").toString()};
        if (queue.id.isEmpty() || queue.name.isEmpty() || queue.priority < 1 || queueIds.contains(queue.id)) {
            *error = tr("Queue \"%1\" needs a unique id, a name and a priority of 1 or more.").arg(queue.id);
            return false;
        }
        queueIds.insert(queue.id);
        queues.append(queue);
    }
    if (queues.isEmpty()) {
        *error = tr("The tagging catalog has no queues.");
        return false;
    }
    const int remarksLimit = root.value(u"remarks_limit").toInt(1000);
    if (remarksLimit < 50) {
        *error = tr("remarks_limit must be at least 50 characters.");
        return false;
    }

    QList<TaggingEntry> entries;
    QSet<QString> ids;
    QSet<QString> labels;
    for (const QJsonValue& value : root.value(u"entries").toArray()) {
        const QJsonObject object = value.toObject();
        TaggingEntry entry;
        entry.id = object.value(u"id").toString();
        const QString where = entry.id.isEmpty() ? tr("An entry") : tr("Entry \"%1\"").arg(entry.id);
        const auto kind = parseKind(object.value(u"type").toString());
        const auto disposition = parseDisposition(object.value(u"disposition").toString());
        const auto action = parseAction(object.value(u"action").toString());
        entry.incident = object.value(u"incident").toString().trimmed();
        entry.subType = object.value(u"sub_type").toString().trimmed();
        entry.queueId = object.value(u"queue").toString();
        entry.remarksTemplate = object.value(u"remarks").toString();
        entry.escalates = object.value(u"escalates").toBool();
        entry.tatHours = object.value(u"tat_hours").toInt();
        entry.source = object.value(u"source").toString();
        entry.assumption = object.value(u"assumption").toString();
        if (entry.id.isEmpty() || ids.contains(entry.id)) {
            *error = tr("%1 needs a unique id.").arg(where);
            return false;
        }
        if (!kind || !disposition || !action) {
            *error = tr("%1 has an unknown type, disposition or action.").arg(where);
            return false;
        }
        entry.kind = *kind;
        entry.disposition = *disposition;
        entry.action = *action;
        if (entry.incident.isEmpty() || entry.remarksTemplate.isEmpty() || entry.source.isEmpty()) {
            *error = tr("%1 needs an incident type, a remarks template and its source in the article.").arg(where);
            return false;
        }
        if (!queueIds.contains(entry.queueId)) {
            *error = tr("%1 names an unknown queue \"%2\".").arg(where, entry.queueId);
            return false;
        }
        if (entry.escalates != (entry.tatHours > 0)) {
            *error =
                tr("%1: an escalating entry needs tat_hours, and only an escalating entry may have them.").arg(where);
            return false;
        }
        if (entry.remarksTemplate.size() > remarksLimit) {
            *error = tr("%1: the remarks template is longer than the %2-character limit.").arg(where).arg(remarksLimit);
            return false;
        }
        auto matches = placeholderPattern().globalMatch(entry.remarksTemplate);
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (!placeholders().contains(name)) {
                *error = tr("%1 uses an unknown placeholder {%2}.").arg(where, name);
                return false;
            }
        }
        const QString key = kindName(entry.kind) + u'|' + entry.label().toLower();
        if (labels.contains(key)) {
            *error = tr("%1 repeats \"%2\" under %3.").arg(where, entry.label(), kindName(entry.kind));
            return false;
        }
        ids.insert(entry.id);
        labels.insert(key);
        entries.append(entry);
    }
    if (entries.isEmpty()) {
        *error = tr("The tagging catalog has no entries.");
        return false;
    }
    m_queues = queues;
    m_entries = entries;
    m_remarksLimit = remarksLimit;
    return true;
}

const TaggingEntry* TaggingCatalog::entry(const QString& id) const
{
    for (const TaggingEntry& e : m_entries) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

const TaggingQueue* TaggingCatalog::queue(const QString& id) const
{
    for (const TaggingQueue& q : m_queues) {
        if (q.id == id) {
            return &q;
        }
    }
    return nullptr;
}

QList<const TaggingEntry*> TaggingCatalog::entries(IncidentKind kind) const
{
    QList<const TaggingEntry*> result;
    for (const TaggingEntry& e : m_entries) {
        if (e.kind == kind) {
            result.append(&e);
        }
    }
    return result;
}

const TaggingEntry* TaggingCatalog::find(IncidentKind kind, const QString& incident, const QString& subType) const
{
    const QString wantedIncident = incident.trimmed();
    const QString wantedSub = subType.trimmed();
    QList<const TaggingEntry*> candidates;
    for (const TaggingEntry* e : entries(kind)) {
        if (e->incident.compare(wantedIncident, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!wantedSub.isEmpty() && e->subType.compare(wantedSub, Qt::CaseInsensitive) != 0) {
            continue;
        }
        candidates.append(e);
    }
    if (candidates.size() > 1 && wantedSub.isEmpty()) {
        // "Delay in Service" alone: prefer the entry without a sub-type if there is one.
        for (const TaggingEntry* e : candidates) {
            if (e->subType.isEmpty()) {
                return e;
            }
        }
    }
    return candidates.size() == 1 ? candidates.constFirst() : nullptr;
}

QString TaggingCatalog::notation(Channel channel, const TaggingEntry& entry)
{
    return notation(channel, entry.kind, entry.incident, entry.subType, entry.disposition);
}

QString TaggingCatalog::notation(Channel channel, IncidentKind kind, const QString& incident, const QString& subType,
                                 Disposition disposition)
{
    QStringList parts{channelName(channel), kindName(kind), incident};
    if (!subType.isEmpty()) {
        parts.append(subType);
    }
    parts.append(dispositionName(disposition));
    return parts.join(u" >> "_s);
}

QString TaggingCatalog::fill(const QString& remarksTemplate, const QHash<QString, QString>& values)
{
    QString result;
    qsizetype last = 0;
    auto matches = placeholderPattern().globalMatch(remarksTemplate);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(remarksTemplate).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1)).trimmed();
        result += value.isEmpty() ? u"—"_s : value;
        last = match.capturedEnd();
    }
    result += QStringView(remarksTemplate).mid(last);
    return result;
}

QString TaggingCatalog::channelName(Channel channel)
{
    return channel == Channel::Inbound ? u"Inbound"_s : u"Email"_s;
}

std::optional<Channel> TaggingCatalog::parseChannel(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(u"Inbound", Qt::CaseInsensitive) == 0) {
        return Channel::Inbound;
    }
    if (t.compare(u"Email", Qt::CaseInsensitive) == 0) {
        return Channel::Email;
    }
    return std::nullopt;
}

QString TaggingCatalog::kindName(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Complaint:
        return u"Complaint"_s;
    case IncidentKind::Enquiry:
        return u"Enquiry"_s;
    case IncidentKind::Request:
        return u"Request"_s;
    }
    return {};
}

std::optional<IncidentKind> TaggingCatalog::parseKind(const QString& text)
{
    for (IncidentKind kind : {IncidentKind::Complaint, IncidentKind::Enquiry, IncidentKind::Request}) {
        if (kindName(kind).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString TaggingCatalog::dispositionName(Disposition disposition)
{
    return disposition == Disposition::Resolved ? u"Resolved"_s : u"Unresolved"_s;
}

std::optional<Disposition> TaggingCatalog::parseDisposition(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(u"Resolved", Qt::CaseInsensitive) == 0) {
        return Disposition::Resolved;
    }
    if (t.compare(u"Unresolved", Qt::CaseInsensitive) == 0) {
        return Disposition::Unresolved;
    }
    return std::nullopt;
}

QString TaggingCatalog::actionName(TicketAction action)
{
    switch (action) {
    case TicketAction::None:
        return {};
    case TicketAction::Reschedule:
        return u"Reschedule"_s;
    case TicketAction::Reopen:
        return u"Reopen"_s;
    case TicketAction::Cancel:
        return u"Cancel"_s;
    }
    return {};
}

std::optional<TicketAction> TaggingCatalog::parseAction(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return TicketAction::None;
    }
    for (TicketAction action : {TicketAction::Reschedule, TicketAction::Reopen, TicketAction::Cancel}) {
        if (actionName(action).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return action;
        }
    }
    return std::nullopt;
}
