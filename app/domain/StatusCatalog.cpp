#include "StatusCatalog.h"

#include "Codes.h"
#include "core/CoreResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

const StatusCatalog& StatusCatalog::instance()
{
    static const StatusCatalog catalog = [] {
        ensureCoreResources();
        StatusCatalog loaded;
        QFile file(u":/status/status-definitions.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !loaded.load(file.readAll(), &error)) {
            qFatal("The built-in status table is missing or broken: %s", qPrintable(error));
        }
        return loaded;
    }();
    return catalog;
}

bool StatusCatalog::load(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = tr("The status table is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();

    QHash<QString, QString> aliases;
    const QJsonObject aliasObject = root.value(u"aliases").toObject();
    for (auto it = aliasObject.begin(); it != aliasObject.end(); ++it) {
        aliases.insert(it.key().toUpper(), it.value().toString());
    }

    QList<StatusDefinition> definitions;
    const QJsonArray statuses = root.value(u"statuses").toArray();
    for (const QJsonValue& statusValue : statuses) {
        const QJsonObject statusObject = statusValue.toObject();
        const QString status = statusObject.value(u"status").toString();
        const QString label = statusObject.value(u"label").toString();
        if (status.isEmpty() || label.isEmpty()) {
            *error = tr("A status entry has no code or label.");
            return false;
        }
        QList<ServiceLine> lines;
        for (const QJsonValue& line : statusObject.value(u"lines").toArray()) {
            const auto parsed = Codes::parseServiceLine(line.toString());
            if (!parsed) {
                *error = tr("Status %1 names an unknown service line \"%2\".").arg(status, line.toString());
                return false;
            }
            lines.append(*parsed);
        }
        const QJsonArray subs = statusObject.value(u"sub_statuses").toArray();
        if (subs.isEmpty()) {
            *error = tr("Status %1 has no sub-status.").arg(status);
            return false;
        }
        for (const QJsonValue& subValue : subs) {
            const QJsonObject sub = subValue.toObject();
            StatusDefinition definition;
            definition.status = status;
            definition.statusLabel = label;
            definition.subStatus = sub.value(u"code").toString();
            definition.meaning = sub.value(u"meaning").toString();
            definition.assumption = sub.value(u"assumed").toString();
            definition.lines = lines;
            const QString state = sub.value(u"state").toString();
            if (state == u"open") {
                definition.state = TicketState::Open;
            } else if (state == u"cancelled") {
                definition.state = TicketState::Cancelled;
            } else if (state == u"completed") {
                definition.state = TicketState::Completed;
            } else {
                *error = tr("%1 / %2 has an unknown state \"%3\".").arg(status, definition.subStatus, state);
                return false;
            }
            if (definition.subStatus.isEmpty() || definition.meaning.isEmpty()) {
                *error = tr("A sub-status of %1 has no code or meaning.").arg(status);
                return false;
            }
            definitions.append(definition);
        }
    }
    if (definitions.isEmpty()) {
        *error = tr("The status table is empty.");
        return false;
    }
    m_definitions = definitions;
    m_aliases = aliases;
    return true;
}

QString StatusCatalog::canonical(const QString& code) const
{
    QString normalized = code.trimmed().toUpper();
    normalized.replace(u' ', u'_');
    return m_aliases.value(normalized, normalized);
}

const StatusDefinition* StatusCatalog::find(const QString& status, const QString& subStatus) const
{
    const QString s = canonical(status);
    const QString sub = canonical(subStatus);
    for (const StatusDefinition& definition : m_definitions) {
        if (definition.status == s && definition.subStatus == sub) {
            return &definition;
        }
    }
    return nullptr;
}

bool StatusCatalog::hasStatus(const QString& status) const
{
    const QString s = canonical(status);
    return std::any_of(m_definitions.cbegin(), m_definitions.cend(),
                       [&s](const StatusDefinition& d) { return d.status == s; });
}

QStringList StatusCatalog::subStatusesOf(const QString& status) const
{
    const QString s = canonical(status);
    QStringList subs;
    for (const StatusDefinition& definition : m_definitions) {
        if (definition.status == s) {
            subs.append(definition.subStatus);
        }
    }
    return subs;
}

TicketState StatusCatalog::state(const QString& status, const QString& subStatus) const
{
    const StatusDefinition* definition = find(status, subStatus);
    return definition ? definition->state : TicketState::Open;
}

QString StatusCatalog::meaning(const QString& status, const QString& subStatus) const
{
    const StatusDefinition* definition = find(status, subStatus);
    // Translated through the "StatusMeaning" context (StatusMeanings.cpp lists them for lupdate).
    return definition ? QCoreApplication::translate("StatusMeaning", definition->meaning.toUtf8().constData())
                      : QString();
}

QString StatusCatalog::stateName(TicketState state)
{
    switch (state) {
    case TicketState::Open:
        return tr("Open");
    case TicketState::Cancelled:
        return tr("Cancelled");
    case TicketState::Completed:
        return tr("Completed");
    }
    return {};
}
