#include "OrderDocument.h"

#include "core/PolicyClock.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "domain/StatusCatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

const QStringList& reopenViews()
{
    static const QStringList views = {u"Alternate Contact Change"_s, u"Mobile Number Change"_s, u"Address Change"_s};
    return views;
}

QString DocumentIssue::toString() const
{
    return path + u": "_s + message;
}

namespace
{
    QString typeName(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return OrderDocument::tr("null");
        case QJsonValue::Bool:
            return OrderDocument::tr("a boolean");
        case QJsonValue::Double:
            return OrderDocument::tr("a number");
        case QJsonValue::String:
            return OrderDocument::tr("a string");
        case QJsonValue::Array:
            return OrderDocument::tr("an array");
        case QJsonValue::Object:
            return OrderDocument::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return OrderDocument::tr("nothing");
    }

    // Walks one document, remembering where it is so that every message carries a JSON path.
    class Reader
    {
    public:
        QList<DocumentIssue> errors;
        QList<DocumentIssue> warnings;

        QString at(const QString& key) const { return m_path + u'.' + key; }

        void error(const QString& path, const QString& message) { errors.append({path, message}); }
        void warn(const QString& path, const QString& message) { warnings.append({path, message}); }

        // Scoped descent into an object member or array element.
        class Scope
        {
        public:
            Scope(Reader& reader, const QString& suffix)
                : m_reader(reader)
                , m_saved(reader.m_path)
            {
                reader.m_path += suffix;
            }
            ~Scope() { m_reader.m_path = m_saved; }
            Q_DISABLE_COPY_MOVE(Scope)

        private:
            Reader& m_reader;
            QString m_saved;
        };

        Scope enter(const QString& key) { return Scope(*this, u'.' + key); }
        Scope enterIndex(qsizetype index) { return Scope(*this, u'[' + QString::number(index) + u']'); }
        const QString& path() const { return m_path; }

        void checkKnown(const QJsonObject& object, std::initializer_list<QStringView> known)
        {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
                    warn(at(it.key()), OrderDocument::tr("unknown field, ignored"));
                }
            }
        }

        // Present (and not null when optional) members of the expected JSON type.
        std::optional<QJsonValue> member(const QJsonObject& object, const QString& key, QJsonValue::Type type,
                                         bool required)
        {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || (!required && value.isNull())) {
                if (required) {
                    error(at(key), OrderDocument::tr("required field is missing"));
                }
                return std::nullopt;
            }
            if (value.type() != type) {
                error(at(key),
                      OrderDocument::tr("must be %1, found %2").arg(typeName(QJsonValue(type)), typeName(value)));
                return std::nullopt;
            }
            return value;
        }

        QString string(const QJsonObject& object, const QString& key, bool required = true, bool allowEmpty = false)
        {
            const auto value = member(object, key, QJsonValue::String, required);
            if (!value) {
                return {};
            }
            const QString text = value->toString().trimmed();
            if (text.isEmpty() && !allowEmpty) {
                error(at(key), OrderDocument::tr("must not be empty"));
            }
            return text;
        }

        QDateTime dateTime(const QJsonObject& object, const QString& key, bool required = true)
        {
            const auto value = member(object, key, QJsonValue::String, required);
            if (!value) {
                return {};
            }
            const QDateTime moment = OrderDocument::parseDateTime(value->toString());
            if (!moment.isValid()) {
                error(at(key), OrderDocument::tr("\"%1\" is not an ISO-8601 date-time with offset "
                                                 "(for example 2026-11-18T10:15:00+05:30)")
                                   .arg(value->toString()));
            }
            return moment;
        }

        QDate date(const QJsonObject& object, const QString& key, bool required = true)
        {
            const auto value = member(object, key, QJsonValue::String, required);
            if (!value) {
                return {};
            }
            static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
            const QString text = value->toString();
            const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
            if (!day.isValid()) {
                error(at(key), OrderDocument::tr("\"%1\" is not a date YYYY-MM-DD").arg(text));
            }
            return day;
        }

        std::optional<double> number(const QJsonObject& object, const QString& key, bool required = true)
        {
            const auto value = member(object, key, QJsonValue::Double, required);
            if (!value) {
                return std::nullopt;
            }
            const double n = value->toDouble();
            if (!std::isfinite(n) || n < 0) {
                error(at(key), OrderDocument::tr("must be zero or more"));
                return std::nullopt;
            }
            return n;
        }

        std::optional<qint64> paise(const QJsonObject& object, const QString& key, bool required = true)
        {
            const auto rupees = number(object, key, required);
            if (!rupees) {
                return std::nullopt;
            }
            if (*rupees > 1e12) {
                error(at(key), OrderDocument::tr("%1 is too large for an amount in rupees").arg(*rupees));
                return std::nullopt;
            }
            const qint64 paise = std::llround(*rupees * 100.0);
            if (std::abs(*rupees * 100.0 - static_cast<double>(paise)) > 1e-6) {
                warn(at(key), OrderDocument::tr("%1 has more than two decimals; read as %2")
                                  .arg(*rupees)
                                  .arg(static_cast<double>(paise) / 100.0, 0, 'f', 2));
            }
            return paise;
        }

        template <typename Enum>
        std::optional<Enum> code(const QJsonObject& object, const QString& key,
                                 std::optional<Enum> (*parse)(QStringView), const QStringList& allowed,
                                 bool required = true)
        {
            const auto value = member(object, key, QJsonValue::String, required);
            if (!value) {
                return std::nullopt;
            }
            const auto parsed = parse(value->toString());
            if (!parsed) {
                error(at(key),
                      OrderDocument::tr("\"%1\" is not one of: %2").arg(value->toString(), allowed.join(u", "_s)));
            }
            return parsed;
        }

        QString mobile(const QJsonObject& object, const QString& key, bool required = true)
        {
            const auto value = member(object, key, QJsonValue::String, required);
            if (!value) {
                return {};
            }
            const QString text = value->toString().trimmed();
            if (text.isEmpty() && !required) {
                return {}; // an empty optional number is the same as none
            }
            if (!Formats::isMobile(text)) {
                error(at(key), OrderDocument::tr("\"%1\" is not a 10-digit Indian mobile number "
                                                 "(ten digits starting with 6, 7, 8 or 9, no +91 or 0)")
                                   .arg(text));
            }
            return text;
        }

        std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, bool required = true)
        {
            const auto value = member(parent, key, QJsonValue::Object, required);
            return value ? std::optional(value->toObject()) : std::nullopt;
        }

        QJsonArray array(const QJsonObject& parent, const QString& key, bool required = true)
        {
            const auto value = member(parent, key, QJsonValue::Array, required);
            return value ? value->toArray() : QJsonArray();
        }

        // Array elements that must be objects; others are reported and skipped.
        template <typename Fn>
        void forEachObject(const QJsonObject& parent, const QString& key, bool required, Fn fn)
        {
            const QJsonArray items = array(parent, key, required);
            auto scope = enter(key);
            for (qsizetype i = 0; i < items.size(); ++i) {
                auto itemScope = enterIndex(i);
                if (!items.at(i).isObject()) {
                    error(m_path, OrderDocument::tr("must be an object, found %1").arg(typeName(items.at(i))));
                    continue;
                }
                fn(items.at(i).toObject());
            }
        }

    private:
        QString m_path = u"$"_s;
    };

    void readStatusPair(Reader& r, const QJsonObject& object, QString& status, QString& subStatus,
                        std::optional<ServiceLine> line)
    {
        const StatusCatalog& catalog = StatusCatalog::instance();
        const QString rawStatus = r.string(object, u"status"_s);
        const QString rawSub = r.string(object, u"sub_status"_s);
        if (rawStatus.isEmpty()) {
            return;
        }
        status = catalog.canonical(rawStatus);
        if (!catalog.hasStatus(status)) {
            QStringList known;
            for (const StatusDefinition& d : catalog.definitions()) {
                if (!known.contains(d.status)) {
                    known.append(d.status);
                }
            }
            r.error(r.at(u"status"_s), OrderDocument::tr("\"%1\" is not a status of the KM status table (%2)")
                                           .arg(rawStatus, known.join(u", "_s)));
            return;
        }
        if (rawSub.isEmpty()) {
            return;
        }
        subStatus = catalog.canonical(rawSub);
        const StatusDefinition* definition = catalog.find(status, subStatus);
        if (!definition) {
            r.error(r.at(u"sub_status"_s), OrderDocument::tr("\"%1\" is not a sub-status of %2 (%3)")
                                               .arg(rawSub, status, catalog.subStatusesOf(status).join(u", "_s)));
            return;
        }
        if (line && !definition->lines.isEmpty() && !definition->lines.contains(*line)) {
            r.warn(r.at(u"status"_s), OrderDocument::tr("%1 is not a status %2 tickets normally reach")
                                          .arg(status, Codes::serviceLine(*line)));
        }
    }

    const QStringList serviceLineCodes = {u"installation"_s, u"maintenance"_s, u"large_repair"_s, u"mobile_repair"_s};

    Ticket readTicket(Reader& r, const QJsonObject& object)
    {
        r.checkKnown(object, {u"ticket_id", u"service_line", u"service", u"product", u"status", u"sub_status",
                              u"created_at", u"spd", u"delivery_promised", u"slot", u"technician", u"completed_at",
                              u"invoice_available", u"activity", u"reopens", u"fake_flags", u"sales", u"completion"});
        Ticket ticket;
        ticket.ticketId = r.string(object, u"ticket_id"_s);
        if (!ticket.ticketId.isEmpty() && !Formats::isTicketId(ticket.ticketId)) {
            r.error(r.at(u"ticket_id"_s),
                    OrderDocument::tr("\"%1\" is not a ticket ID (a letter, then letters, digits or dashes; "
                                      "6 to 32 characters with at least one digit)")
                        .arg(ticket.ticketId));
        }
        const auto line = r.code<ServiceLine>(object, u"service_line"_s, &Codes::parseServiceLine, serviceLineCodes);
        if (line) {
            ticket.line = *line;
        }
        ticket.service = r.string(object, u"service"_s);
        if (const auto product = r.object(object, u"product"_s)) {
            auto scope = r.enter(u"product"_s);
            r.checkKnown(*product, {u"category", u"brand", u"model", u"serial"});
            ticket.product.category = r.string(*product, u"category"_s);
            ticket.product.brand = r.string(*product, u"brand"_s);
            ticket.product.model = r.string(*product, u"model"_s, false, true);
            ticket.product.serial = r.string(*product, u"serial"_s, false, true);
        }
        readStatusPair(r, object, ticket.status, ticket.subStatus, line);
        ticket.createdAt = r.dateTime(object, u"created_at"_s);
        ticket.spd = r.date(object, u"spd"_s);
        ticket.deliveryPromised = r.date(object, u"delivery_promised"_s, false);
        ticket.slot = r.string(object, u"slot"_s, false, true);
        if (const auto technician = r.object(object, u"technician"_s, false)) {
            auto scope = r.enter(u"technician"_s);
            r.checkKnown(*technician, {u"name", u"phone"});
            Technician t;
            t.name = r.string(*technician, u"name"_s);
            t.phone = r.mobile(*technician, u"phone"_s);
            ticket.technician = t;
        }
        ticket.completedAt = r.dateTime(object, u"completed_at"_s, false);
        if (const auto invoice = r.member(object, u"invoice_available"_s, QJsonValue::Bool, false)) {
            ticket.invoiceAvailable = invoice->toBool();
        }

        r.forEachObject(object, u"activity"_s, true, [&](const QJsonObject& entry) {
            r.checkKnown(entry, {u"at", u"by", u"status", u"sub_status", u"remark"});
            ActivityEntry activity;
            activity.at = r.dateTime(entry, u"at"_s);
            activity.by = r.string(entry, u"by"_s);
            readStatusPair(r, entry, activity.status, activity.subStatus, std::nullopt);
            activity.remark = r.string(entry, u"remark"_s, true, true);
            ticket.activity.append(activity);
        });
        r.forEachObject(object, u"reopens"_s, false, [&](const QJsonObject& entry) {
            r.checkKnown(entry, {u"at", u"reason", u"new_ticket_id", u"view", u"detail"});
            ReopenEntry reopen;
            reopen.at = r.dateTime(entry, u"at"_s);
            reopen.reason = r.string(entry, u"reason"_s);
            reopen.newTicketId = r.string(entry, u"new_ticket_id"_s, false, true);
            reopen.view = r.string(entry, u"view"_s, false, true);
            reopen.detail = r.string(entry, u"detail"_s, false, true);
            if (!reopen.view.isEmpty() && !reopenViews().contains(reopen.view)) {
                r.error(r.at(u"view"_s),
                        OrderDocument::tr("\"%1\" is not one of: %2").arg(reopen.view, reopenViews().join(u", "_s)));
            }
            if (!reopen.newTicketId.isEmpty() && !Formats::isTicketId(reopen.newTicketId)) {
                r.error(r.at(u"new_ticket_id"_s),
                        OrderDocument::tr("\"%1\" is not a ticket ID").arg(reopen.newTicketId));
            }
            ticket.reopens.append(reopen);
        });
        r.forEachObject(object, u"fake_flags"_s, false, [&](const QJsonObject& entry) {
            r.checkKnown(entry, {u"at", u"kind", u"detail"});
            FakeFlag flag;
            flag.at = r.dateTime(entry, u"at"_s);
            flag.kind = r.string(entry, u"kind"_s);
            flag.detail = r.string(entry, u"detail"_s, true, true);
            ticket.fakeFlags.append(flag);
        });
        r.forEachObject(object, u"sales"_s, false, [&](const QJsonObject& entry) {
            r.checkKnown(entry, {u"item", u"price"});
            SaleItem sale;
            sale.item = r.string(entry, u"item"_s);
            sale.pricePaise = r.paise(entry, u"price"_s).value_or(0);
            ticket.sales.append(sale);
        });
        if (const auto completion = r.object(object, u"completion"_s, false)) {
            auto scope = r.enter(u"completion"_s);
            r.checkKnown(*completion, {u"serial", u"images"});
            Completion c;
            c.serial = r.string(*completion, u"serial"_s, true, true);
            const QJsonArray images = r.array(*completion, u"images"_s);
            auto imagesScope = r.enter(u"images"_s);
            for (qsizetype i = 0; i < images.size(); ++i) {
                if (!images.at(i).isString() || images.at(i).toString().trimmed().isEmpty()) {
                    auto itemScope = r.enterIndex(i);
                    r.error(r.path(), OrderDocument::tr("must be a file path or URL"));
                    continue;
                }
                c.images.append(images.at(i).toString().trimmed());
            }
            ticket.completion = c;
        }
        if (!ticket.status.isEmpty() && !ticket.completedAt.isValid()
            && StatusCatalog::instance().state(ticket.status, ticket.subStatus) == TicketState::Completed) {
            r.warn(r.at(u"completed_at"_s), OrderDocument::tr("the ticket is completed but has no completion time, "
                                                              "so the 30-day service warranty cannot be worked out"));
        }
        return ticket;
    }
} // namespace

OrderDocument::Result OrderDocument::parse(const QJsonValue& document)
{
    Result result;
    if (!document.isObject()) {
        result.errors.append({u"$"_s, tr("an order document must be a JSON object, found %1").arg(typeName(document))});
        return result;
    }
    const QJsonObject root = document.toObject();
    Reader r;
    r.checkKnown(root,
                 {u"order_id", u"placed_at", u"platform", u"payment", u"amount", u"customer", u"refund", u"tickets"});

    Order order;
    order.orderId = r.string(root, u"order_id"_s);
    if (!order.orderId.isEmpty() && !Formats::isOrderId(order.orderId)) {
        r.error(r.at(u"order_id"_s),
                tr("\"%1\" is not an order ID (OD followed by 15 to 21 digits)").arg(order.orderId));
    }
    order.placedAt = r.dateTime(root, u"placed_at"_s);
    order.platform = r.code<Platform>(root, u"platform"_s, &Codes::parsePlatform, {u"android"_s, u"ios"_s, u"web"_s})
                         .value_or(Platform::Android);
    order.payment =
        r.code<Payment>(root, u"payment"_s, &Codes::parsePayment, {u"prepaid"_s, u"cash"_s}).value_or(Payment::Prepaid);
    order.amountPaise = r.paise(root, u"amount"_s).value_or(0);

    if (const auto customer = r.object(root, u"customer"_s)) {
        auto scope = r.enter(u"customer"_s);
        r.checkKnown(*customer, {u"name", u"email", u"phone", u"alt_phone", u"address", u"pincode", u"city"});
        Customer& c = order.customer;
        c.name = r.string(*customer, u"name"_s);
        c.email = r.string(*customer, u"email"_s);
        if (!c.email.isEmpty() && !Formats::isEmail(c.email)) {
            r.error(r.at(u"email"_s), tr("\"%1\" is not an email address").arg(c.email));
        }
        c.phone = r.mobile(*customer, u"phone"_s);
        c.altPhone = r.mobile(*customer, u"alt_phone"_s, false);
        c.address = r.string(*customer, u"address"_s);
        c.pincode = r.string(*customer, u"pincode"_s);
        if (!c.pincode.isEmpty() && !Formats::isPincode(c.pincode)) {
            r.error(r.at(u"pincode"_s), tr("\"%1\" is not a 6-digit PIN code").arg(c.pincode));
        }
        c.city = r.string(*customer, u"city"_s);
    }

    if (const auto refund = r.object(root, u"refund"_s, false)) {
        auto scope = r.enter(u"refund"_s);
        r.checkKnown(*refund, {u"status", u"initiated_at", u"tat_days"});
        Refund rf;
        rf.status = r.code<RefundStatus>(*refund, u"status"_s, &Codes::parseRefundStatus,
                                         {u"initiated"_s, u"processed"_s, u"failed"_s})
                        .value_or(RefundStatus::Initiated);
        rf.initiatedAt = r.dateTime(*refund, u"initiated_at"_s);
        if (const auto tat = r.number(*refund, u"tat_days"_s)) {
            if (*tat != std::floor(*tat) || *tat > 365) {
                r.error(r.at(u"tat_days"_s), tr("must be a whole number of days from 0 to 365"));
            } else {
                rf.tatDays = static_cast<int>(*tat);
            }
        }
        order.refund = rf;
    }

    QSet<QString> seenTickets;
    r.forEachObject(root, u"tickets"_s, false, [&](const QJsonObject& object) {
        Ticket ticket = readTicket(r, object);
        const QString key = ticket.ticketId.toUpper();
        if (!key.isEmpty() && seenTickets.contains(key)) {
            r.error(r.at(u"ticket_id"_s), tr("ticket %1 appears twice in this order").arg(ticket.ticketId));
        }
        seenTickets.insert(key);
        order.tickets.append(ticket);
    });

    result.errors = r.errors;
    result.warnings = r.warnings;
    if (result.errors.isEmpty()) {
        result.order = order;
    }
    return result;
}

QDateTime OrderDocument::parseDateTime(const QString& text)
{
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    if (!shape.match(text).hasMatch()) {
        return {};
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Real offsets run from -12:00 to +14:00; anything else is a typo, not a time zone.
    if (!moment.isValid() || moment.offsetFromUtc() < -12 * 3600 || moment.offsetFromUtc() > 14 * 3600) {
        return {};
    }
    return moment;
}

QString OrderDocument::formatDateTime(const QDateTime& moment)
{
    return moment.toTimeZone(PolicyClock::zone()).toString(Qt::ISODate);
}

QJsonObject OrderDocument::toJson(const Order& order)
{
    auto rupees = [](qint64 paise) -> QJsonValue {
        if (paise % 100 == 0) {
            return QJsonValue(static_cast<qint64>(paise / 100));
        }
        return QJsonValue(static_cast<double>(paise) / 100.0);
    };
    auto optionalString = [](QJsonObject& object, const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            object.insert(key, value);
        }
    };

    QJsonObject root;
    root.insert(u"order_id"_s, order.orderId);
    root.insert(u"placed_at"_s, formatDateTime(order.placedAt));
    root.insert(u"platform"_s, Codes::platform(order.platform));
    root.insert(u"payment"_s, Codes::payment(order.payment));
    root.insert(u"amount"_s, rupees(order.amountPaise));

    QJsonObject customer;
    customer.insert(u"name"_s, order.customer.name);
    customer.insert(u"email"_s, order.customer.email);
    customer.insert(u"phone"_s, order.customer.phone);
    optionalString(customer, u"alt_phone"_s, order.customer.altPhone);
    customer.insert(u"address"_s, order.customer.address);
    customer.insert(u"pincode"_s, order.customer.pincode);
    customer.insert(u"city"_s, order.customer.city);
    root.insert(u"customer"_s, customer);

    if (order.refund) {
        QJsonObject refund;
        refund.insert(u"status"_s, Codes::refundStatus(order.refund->status));
        refund.insert(u"initiated_at"_s, formatDateTime(order.refund->initiatedAt));
        refund.insert(u"tat_days"_s, order.refund->tatDays);
        root.insert(u"refund"_s, refund);
    }

    QJsonArray tickets;
    for (const Ticket& t : order.tickets) {
        QJsonObject ticket;
        ticket.insert(u"ticket_id"_s, t.ticketId);
        ticket.insert(u"service_line"_s, Codes::serviceLine(t.line));
        ticket.insert(u"service"_s, t.service);
        QJsonObject product;
        product.insert(u"category"_s, t.product.category);
        product.insert(u"brand"_s, t.product.brand);
        optionalString(product, u"model"_s, t.product.model);
        optionalString(product, u"serial"_s, t.product.serial);
        ticket.insert(u"product"_s, product);
        ticket.insert(u"status"_s, t.status);
        ticket.insert(u"sub_status"_s, t.subStatus);
        ticket.insert(u"created_at"_s, formatDateTime(t.createdAt));
        ticket.insert(u"spd"_s, t.spd.toString(Qt::ISODate));
        if (t.deliveryPromised.isValid()) {
            ticket.insert(u"delivery_promised"_s, t.deliveryPromised.toString(Qt::ISODate));
        }
        optionalString(ticket, u"slot"_s, t.slot);
        if (t.technician) {
            ticket.insert(u"technician"_s,
                          QJsonObject{{u"name"_s, t.technician->name}, {u"phone"_s, t.technician->phone}});
        }
        ticket.insert(u"completed_at"_s,
                      t.completedAt.isValid() ? QJsonValue(formatDateTime(t.completedAt)) : QJsonValue());
        ticket.insert(u"invoice_available"_s, t.invoiceAvailable);

        QJsonArray activity;
        for (const ActivityEntry& a : t.activity) {
            activity.append(QJsonObject{{u"at"_s, formatDateTime(a.at)},
                                        {u"by"_s, a.by},
                                        {u"status"_s, a.status},
                                        {u"sub_status"_s, a.subStatus},
                                        {u"remark"_s, a.remark}});
        }
        ticket.insert(u"activity"_s, activity);

        QJsonArray reopens;
        for (const ReopenEntry& e : t.reopens) {
            QJsonObject reopen{{u"at"_s, formatDateTime(e.at)}, {u"reason"_s, e.reason}};
            optionalString(reopen, u"new_ticket_id"_s, e.newTicketId);
            optionalString(reopen, u"view"_s, e.view);
            optionalString(reopen, u"detail"_s, e.detail);
            reopens.append(reopen);
        }
        ticket.insert(u"reopens"_s, reopens);

        QJsonArray flags;
        for (const FakeFlag& f : t.fakeFlags) {
            flags.append(QJsonObject{{u"at"_s, formatDateTime(f.at)}, {u"kind"_s, f.kind}, {u"detail"_s, f.detail}});
        }
        ticket.insert(u"fake_flags"_s, flags);

        QJsonArray sales;
        for (const SaleItem& s : t.sales) {
            sales.append(QJsonObject{{u"item"_s, s.item}, {u"price"_s, rupees(s.pricePaise)}});
        }
        ticket.insert(u"sales"_s, sales);

        if (t.completion) {
            ticket.insert(u"completion"_s,
                          QJsonObject{{u"serial"_s, t.completion->serial},
                                      {u"images"_s, QJsonArray::fromStringList(t.completion->images)}});
        }
        tickets.append(ticket);
    }
    root.insert(u"tickets"_s, tickets);
    return root;
}
