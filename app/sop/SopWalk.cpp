#include "SopWalk.h"

#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "domain/StatusCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
    QString boolValue(bool value)
    {
        return value ? u"true"_s : u"false"_s;
    }

    QString stateValue(TicketState state)
    {
        switch (state) {
        case TicketState::Open:
            return u"open"_s;
        case TicketState::Cancelled:
            return u"cancelled"_s;
        case TicketState::Completed:
            return u"completed"_s;
        }
        return {};
    }

    QString normalizedLabel(QString text)
    {
        text = text.trimmed();
        while (text.endsWith(u':')) {
            text.chop(1);
            text = text.trimmed();
        }
        return text.toCaseFolded();
    }

    QString sourceName(SopAnswerSource source)
    {
        switch (source) {
        case SopAnswerSource::Data:
            return u"data"_s;
        case SopAnswerSource::Agent:
            return u"agent"_s;
        case SopAnswerSource::Override:
            return u"override"_s;
        }
        return {};
    }
} // namespace

SopFacts::SopFacts(const Order& order, const Ticket* ticket, const PolicyClock& clock)
    : m_today(clock.today())
{
    const QString today = DisplayFormat::date(m_today);
    const auto set = [this](const QString& fact, const QString& value, const QString& evidence) {
        m_answers.insert(fact, {value, evidence});
    };
    const auto dateBreached = [&](const QString& fact, const QString& what, QDate date) {
        if (!date.isValid()) {
            set(fact, {}, tr("Ticket %1 has no %2.").arg(ticket->ticketId, what));
        } else if (date < m_today) {
            set(fact, boolValue(true),
                tr("%1 %2 is before today %3: breached").arg(what, DisplayFormat::date(date), today));
        } else if (date == m_today) {
            set(fact, boolValue(false), tr("%1 %2 is today: not breached yet").arg(what, DisplayFormat::date(date)));
        } else {
            set(fact, boolValue(false),
                tr("%1 %2 is after today %3: not breached").arg(what, DisplayFormat::date(date), today));
        }
    };

    // Order facts.
    if (order.refund) {
        const Refund& refund = *order.refund;
        set(u"refund_status_available"_s, boolValue(true),
            tr("Refund %1 on %2, TAT %n day(s)", nullptr, refund.tatDays)
                .arg(Codes::refundStatusName(refund.status), DisplayFormat::dateTime(refund.initiatedAt)));
        const QDate due = PolicyClock::refundDueDate(refund);
        if (refund.status == RefundStatus::Processed) {
            set(u"refund_tat_breached"_s, boolValue(false), tr("The refund is processed: the TAT is met"));
        } else if (clock.refundTatBreached(refund)) {
            set(u"refund_tat_breached"_s, boolValue(true),
                tr("Refund due %1 (initiated %2 + %n day(s)) is before today %3: TAT breached", nullptr, refund.tatDays)
                    .arg(DisplayFormat::date(due), DisplayFormat::date(PolicyClock::localDate(refund.initiatedAt)),
                         today));
        } else {
            set(u"refund_tat_breached"_s, boolValue(false),
                tr("Refund due %1 (initiated %2 + %n day(s)), today is %3: within the TAT", nullptr, refund.tatDays)
                    .arg(DisplayFormat::date(due), DisplayFormat::date(PolicyClock::localDate(refund.initiatedAt)),
                         today));
        }
    } else {
        set(u"refund_status_available"_s, boolValue(false), tr("Order %1 has no refund record").arg(order.orderId));
        set(u"refund_tat_breached"_s, {}, tr("Order %1 has no refund record.").arg(order.orderId));
    }

    if (ticket) {
        set(u"service_details_available"_s, boolValue(true),
            tr("Ticket %1 is registered for order %2").arg(ticket->ticketId, order.orderId));
    } else if (order.tickets.isEmpty()) {
        set(u"service_details_available"_s, boolValue(false), tr("Order %1 has no service ticket").arg(order.orderId));
    } else {
        set(u"service_details_available"_s, boolValue(true),
            tr("Order %1 has %n service ticket(s)", nullptr, static_cast<int>(order.tickets.size()))
                .arg(order.orderId));
    }

    // Ticket facts: without a ticket they are asked.
    if (!ticket) {
        const QString why = order.tickets.isEmpty() ? tr("Order %1 has no service ticket.").arg(order.orderId)
                                                    : tr("No ticket of order %1 is selected.").arg(order.orderId);
        for (const QString& fact : SopTreeReader::factNames()) {
            if (!m_answers.contains(fact)) {
                set(fact, {}, why);
            }
        }
        return;
    }

    const StatusCatalog& statuses = StatusCatalog::instance();
    const QString status = statuses.canonical(ticket->status);
    const QString subStatus = statuses.canonical(ticket->subStatus);
    const TicketState state = statuses.state(status, subStatus);
    const QString pair = status + u" / "_s + subStatus;
    set(u"ticket_state"_s, stateValue(state),
        tr("Ticket %1 is %2: %3").arg(ticket->ticketId, pair, StatusCatalog::stateName(state)));
    set(u"ticket_status"_s, status, tr("Ticket %1 status: %2").arg(ticket->ticketId, status));
    const QString meaning = statuses.meaning(status, subStatus);
    set(u"ticket_sub_status"_s, subStatus,
        meaning.isEmpty() ? tr("Ticket %1 sub-status: %2").arg(ticket->ticketId, subStatus)
                          : tr("Ticket %1 sub-status: %2 (%3)").arg(ticket->ticketId, subStatus, meaning));

    dateBreached(u"spd_breached"_s, tr("SPD"), ticket->spd);
    dateBreached(u"rescheduled_date_breached"_s, tr("Rescheduled date"), ticket->spd);
    dateBreached(u"delivery_breached"_s, tr("Promised delivery"), ticket->deliveryPromised);

    if (!ticket->completedAt.isValid()) {
        set(u"within_30_days_of_service"_s, {},
            state == TicketState::Completed ? tr("Ticket %1 has no completion date.").arg(ticket->ticketId)
                                            : tr("Ticket %1 is not completed.").arg(ticket->ticketId));
    } else {
        const qint64 days = clock.daysSince(ticket->completedAt);
        const bool within = clock.withinServiceWarranty(ticket->completedAt);
        const QString completed = DisplayFormat::date(PolicyClock::localDate(ticket->completedAt));
        set(u"within_30_days_of_service"_s, boolValue(within),
            within
                ? tr("Service completed %1, %n day(s) before today %2: within 30 days", nullptr, static_cast<int>(days))
                      .arg(completed, today)
                : tr("Service completed %1, %n day(s) before today %2: post 30 days", nullptr, static_cast<int>(days))
                      .arg(completed, today));
    }

    set(u"invoice_available"_s, boolValue(ticket->invoiceAvailable),
        ticket->invoiceAvailable ? tr("Ticket %1 has an invoice").arg(ticket->ticketId)
                                 : tr("Ticket %1 has no invoice").arg(ticket->ticketId));
    set(u"technician_assigned"_s, boolValue(ticket->technician.has_value()),
        ticket->technician
            ? tr("Technician %1 is assigned to ticket %2").arg(ticket->technician->name, ticket->ticketId)
            : tr("No technician is assigned to ticket %1").arg(ticket->ticketId));
}

SopFactAnswer SopFacts::answer(const QString& fact) const
{
    const auto it = m_answers.constFind(fact);
    if (it == m_answers.constEnd()) {
        return {QString(), tr("\"%1\" is not a fact AssistDesk knows.").arg(fact)};
    }
    return *it;
}

SopWalk::SopWalk(const SopTree& tree, const SopScenario& scenario, const SopFacts& facts)
    : m_treeId(tree.id)
    , m_level(tree.level)
    , m_scenario(scenario)
    , m_facts(facts)
{
    run(m_scenario.start);
}

const SopNode* SopWalk::pending() const
{
    return m_pending.isEmpty() ? nullptr : m_scenario.node(m_pending);
}

QString SopWalk::pendingEvidence() const
{
    const SopNode* node = pending();
    if (!node || node->kind != SopNodeKind::Fact) {
        return {};
    }
    return m_facts.answer(node->fact).evidence;
}

const SopNode* SopWalk::outcome() const
{
    return m_outcome.isEmpty() ? nullptr : m_scenario.node(m_outcome);
}

int SopWalk::matchFact(const SopNode& node, const SopFactAnswer& answer) const
{
    if (!answer.known()) {
        return -1;
    }
    int wildcard = -1;
    for (qsizetype i = 0; i < node.options.size(); ++i) {
        const QString& value = node.options.at(i).value;
        if (value == u"*") {
            wildcard = static_cast<int>(i);
        } else if (value.compare(answer.value, Qt::CaseInsensitive) == 0) {
            return static_cast<int>(i);
        }
    }
    return wildcard;
}

void SopWalk::take(const SopNode& node, int option, SopStep step)
{
    const SopOption& chosen = node.options.at(option);
    step.option = option;
    step.answer = chosen.label;
    step.assumed = step.assumed || !chosen.assumed.isEmpty();
    m_steps.append(step);
}

void SopWalk::run(const QString& from)
{
    m_pending.clear();
    m_outcome.clear();
    QString id = from;
    // The linter refuses cycles; the bound keeps a tree loaded without it from hanging the console.
    for (qsizetype guard = 0; guard <= m_scenario.nodes.size(); ++guard) {
        const SopNode* node = m_scenario.node(id);
        if (!node) {
            return;
        }
        SopStep step;
        step.nodeId = node->id;
        step.kind = node->kind;
        step.prompt = node->prompt();
        step.assumed = !node->assumed.isEmpty();
        switch (node->kind) {
        case SopNodeKind::Script:
            step.script = node->steps;
            m_steps.append(step);
            id = node->next;
            continue;
        case SopNodeKind::Outcome: {
            const TaggingEntry* entry = TaggingCatalog::instance().entry(node->tagging);
            step.prompt = entry ? entry->label() : QString();
            step.script = node->script;
            m_steps.append(step);
            m_outcome = node->id;
            return;
        }
        case SopNodeKind::Fact: {
            const SopFactAnswer answer = m_facts.answer(node->fact);
            const int option = matchFact(*node, answer);
            if (option < 0) {
                m_pending = node->id;
                return;
            }
            step.fact = node->fact;
            step.factValue = answer.value;
            step.evidence = answer.evidence;
            step.source = SopAnswerSource::Data;
            take(*node, option, step);
            id = node->options.at(option).next;
            continue;
        }
        case SopNodeKind::Question:
            m_pending = node->id;
            return;
        }
    }
}

bool SopWalk::answer(int option)
{
    const SopNode* node = pending();
    if (!node || option < 0 || option >= node->options.size()) {
        return false;
    }
    SopStep step;
    step.nodeId = node->id;
    step.kind = node->kind;
    step.prompt = node->prompt();
    step.assumed = !node->assumed.isEmpty();
    step.source = SopAnswerSource::Agent;
    if (node->kind == SopNodeKind::Fact) {
        const SopFactAnswer answer = m_facts.answer(node->fact);
        step.fact = node->fact;
        step.factValue = answer.value;
        step.evidence = answer.evidence;
    }
    take(*node, option, step);
    run(node->options.at(option).next);
    return true;
}

bool SopWalk::overrideFact(int stepIndex, int option)
{
    if (stepIndex < 0 || stepIndex >= m_steps.size()) {
        return false;
    }
    SopStep step = m_steps.at(stepIndex);
    const SopNode* node = m_scenario.node(step.nodeId);
    if (!node || node->kind != SopNodeKind::Fact || step.source == SopAnswerSource::Agent || option < 0
        || option >= node->options.size()) {
        return false;
    }
    if (option == step.option) {
        return false; // nothing changes
    }
    if (step.source == SopAnswerSource::Data) {
        step.dataAnswer = step.answer;
        step.source = SopAnswerSource::Override;
    } else if (node->options.at(option).label == step.dataAnswer) {
        step.dataAnswer.clear(); // back to what the data said
        step.source = SopAnswerSource::Data;
    }
    step.assumed = !node->assumed.isEmpty();
    m_steps.resize(stepIndex);
    take(*node, option, step);
    run(node->options.at(option).next);
    return true;
}

bool SopWalk::canGoBack() const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(),
                       [](const SopStep& step) { return step.source != SopAnswerSource::Data; });
}

bool SopWalk::back()
{
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        const SopStep& step = m_steps.at(i);
        if (step.kind == SopNodeKind::Script || step.kind == SopNodeKind::Outcome
            || step.source == SopAnswerSource::Data) {
            continue;
        }
        const QString node = step.nodeId;
        m_steps.resize(i);
        // A question (or an unanswerable fact) is asked again; an overridden fact takes the data's answer again.
        run(node);
        return true;
    }
    return false;
}

const TaggingEntry* SopWalk::entry() const
{
    const SopNode* node = outcome();
    return node ? TaggingCatalog::instance().entry(node->tagging) : nullptr;
}

Disposition SopWalk::disposition() const
{
    const SopNode* node = outcome();
    if (node && node->disposition) {
        return *node->disposition;
    }
    const TaggingEntry* e = entry();
    return e ? e->disposition : Disposition::Resolved;
}

QString SopWalk::tagging(Channel channel) const
{
    const TaggingEntry* e = entry();
    if (!e) {
        return {};
    }
    return TaggingCatalog::notation(channel, e->kind, e->incident, e->subType, disposition());
}

QList<SopActionLine> SopWalk::actionLines(int tatHours, const QDateTime& now) const
{
    QList<SopActionLine> lines;
    const SopNode* node = outcome();
    if (!node) {
        return lines;
    }
    for (const SopAction action : node->actions) {
        QString text;
        switch (action) {
        case SopAction::Reschedule:
            text = u"Reschedule"_s;
            break;
        case SopAction::Reopen:
            text = u"Reopen"_s;
            break;
        case SopAction::Cancel:
            text = u"Cancel"_s;
            break;
        case SopAction::Escalate:
            // The verbs are the contract of "sop walk" (scripts match them); the details are for people.
            text = u"Escalate to L2 "_s
                   + tr("(Oathkeeper TAT %n h, due %1)", nullptr, tatHours)
                         .arg(DisplayFormat::dateTime(now.addSecs(tatHours * 3600LL)));
            break;
        }
        lines.append({action, text});
    }
    return lines;
}

QString SopWalk::customerAnswers() const
{
    QStringList answers;
    for (const SopStep& step : m_steps) {
        if (step.kind == SopNodeKind::Question || step.source == SopAnswerSource::Agent) {
            answers.append(step.answer);
        }
    }
    return answers.join(u"; "_s);
}

QString SopWalk::stepLine(const SopStep& step)
{
    // The prefixes are part of the CLI's contract, like ACTION: and TAGGING:, and stay English.
    switch (step.kind) {
    case SopNodeKind::Script:
        return u"SAY: "_s + tr("%1 — %2").arg(step.prompt, step.script.join(u" / "_s));
    case SopNodeKind::Outcome:
        if (step.script.isEmpty()) {
            return u"OUTCOME: "_s + (step.prompt.isEmpty() ? tr("no tagging") : step.prompt);
        }
        return u"OUTCOME: "_s
               + tr("%1 — %2").arg(step.prompt.isEmpty() ? tr("no tagging") : step.prompt, step.script.join(u" / "_s));
    case SopNodeKind::Question:
        return u"ASKED: "_s + tr("%1 → %2").arg(step.prompt, step.answer);
    case SopNodeKind::Fact:
        break;
    }
    switch (step.source) {
    case SopAnswerSource::Data:
        return u"FACT: "_s + tr("%1 → %2 (%3)").arg(step.prompt, step.answer, step.evidence);
    case SopAnswerSource::Override:
        return u"FACT: "_s
               + tr("%1 → %2 (overridden by the agent; the data said \"%3\": %4)")
                     .arg(step.prompt, step.answer, step.dataAnswer, step.evidence);
    case SopAnswerSource::Agent:
        break;
    }
    return u"ASKED: "_s + tr("%1 → %2 (the data cannot tell: %3)").arg(step.prompt, step.answer, step.evidence);
}

QStringList SopWalk::transcript() const
{
    QStringList lines;
    for (const SopStep& step : m_steps) {
        lines.append(stepLine(step));
    }
    return lines;
}

int SopWalk::matchOption(const SopNode& node, const QString& text, QStringList* several)
{
    const QString wanted = normalizedLabel(text);
    if (wanted.isEmpty()) {
        return -1;
    }
    QList<int> containing;
    for (qsizetype i = 0; i < node.options.size(); ++i) {
        const QString label = normalizedLabel(node.options.at(i).label);
        if (label == wanted) {
            return static_cast<int>(i);
        }
        if (label.contains(wanted)) {
            containing.append(static_cast<int>(i));
        }
    }
    if (containing.size() == 1) {
        return containing.constFirst();
    }
    if (containing.size() > 1) {
        if (several) {
            several->clear();
            for (const int i : containing) {
                several->append(node.options.at(i).label);
            }
        }
        return -2;
    }
    return -1;
}

QJsonObject SopWalk::toJson() const
{
    QJsonArray steps;
    QJsonObject facts;
    for (const SopStep& step : m_steps) {
        QJsonObject object{{u"node"_s, step.nodeId}, {u"kind"_s, SopTreeReader::kindName(step.kind)}};
        if (!step.prompt.isEmpty()) {
            object.insert(u"text"_s, step.prompt);
        }
        if (!step.script.isEmpty()) {
            object.insert(u"script"_s, QJsonArray::fromStringList(step.script));
        }
        if (step.option >= 0) {
            object.insert(u"answer"_s, step.answer);
            object.insert(u"by"_s, sourceName(step.source));
        }
        if (!step.fact.isEmpty()) {
            object.insert(u"fact"_s, step.fact);
            object.insert(u"value"_s, step.factValue.isEmpty() ? QJsonValue() : QJsonValue(step.factValue));
            object.insert(u"evidence"_s, step.evidence);
            if (!step.dataAnswer.isEmpty()) {
                object.insert(u"data_answer"_s, step.dataAnswer);
            }
            QJsonObject fact{{u"value"_s, step.factValue.isEmpty() ? QJsonValue() : QJsonValue(step.factValue)},
                             {u"evidence"_s, step.evidence},
                             {u"answer"_s, step.answer},
                             {u"by"_s, sourceName(step.source)}};
            facts.insert(step.fact, fact);
        }
        if (step.assumed) {
            object.insert(u"assumed"_s, true);
        }
        steps.append(object);
    }
    QJsonObject object{{u"tree"_s, m_treeId},
                       {u"level"_s, m_level},
                       {u"scenario"_s, QJsonObject{{u"number"_s, m_scenario.number}, {u"title"_s, m_scenario.title}}},
                       {u"today"_s, m_facts.today().toString(Qt::ISODate)},
                       {u"steps"_s, steps},
                       {u"facts"_s, facts},
                       {u"finished"_s, isFinished()}};
    if (const SopNode* node = outcome()) {
        object.insert(u"outcome"_s, node->id);
    }
    return object;
}
