#include "SearchQuery.h"

#include "domain/Formats.h"

using namespace Qt::StringLiterals;

QString SearchQuery::acceptedFormats()
{
    return tr("Search by order ID (OD followed by 15 to 21 digits, or its first 8 characters or more), "
              "ticket ID, 10-digit mobile number (+91, 0, spaces and dashes are fine) or email address.");
}

QString SearchQuery::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return tr("nothing");
    case Kind::OrderId:
        return tr("order ID");
    case Kind::OrderIdPrefix:
        return tr("start of an order ID");
    case Kind::Phone:
        return tr("mobile number");
    case Kind::Email:
        return tr("email address");
    case Kind::TicketId:
        return tr("ticket ID");
    case Kind::Invalid:
        return tr("unrecognised input");
    }
    return {};
}

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return query;
    }

    const QString upper = trimmed.toUpper();
    if (upper.startsWith(u"OD") && upper.size() > 2 && upper.at(2).isDigit()) {
        if (Formats::isOrderId(upper)) {
            query.kind = Kind::OrderId;
            query.value = upper;
            return query;
        }
        if (Formats::isOrderIdPrefix(upper)) {
            query.kind = Kind::OrderIdPrefix;
            query.value = upper;
            return query;
        }
        query.kind = Kind::Invalid;
        query.message = (upper.size() < Formats::OrderIdMinPrefixLength
                             ? tr("\"%1\" is too short to find an order: type at least 8 characters (OD and 6 "
                                  "digits).")
                                   .arg(trimmed)
                             : tr("\"%1\" is not an order ID: it is OD followed by 15 to 21 digits.").arg(trimmed))
                        + u' ' + acceptedFormats();
        return query;
    }

    const QString mobile = Formats::normalizeMobile(trimmed);
    if (!mobile.isEmpty()) {
        query.kind = Kind::Phone;
        query.value = mobile;
        return query;
    }

    if (trimmed.contains(u'@')) {
        if (Formats::isEmail(trimmed)) {
            query.kind = Kind::Email;
            query.value = trimmed;
            return query;
        }
        query.kind = Kind::Invalid;
        query.message = tr("\"%1\" is not a complete email address.").arg(trimmed) + u' ' + acceptedFormats();
        return query;
    }

    if (Formats::isTicketId(trimmed)) {
        query.kind = Kind::TicketId;
        query.value = trimmed;
        return query;
    }

    query.kind = Kind::Invalid;
    bool digitsOnly = true;
    for (QChar c : trimmed) {
        if (!(c.isDigit() || c == u' ' || c == u'-' || c == u'+')) {
            digitsOnly = false;
            break;
        }
    }
    query.message =
        digitsOnly ? tr("\"%1\" is not a 10-digit Indian mobile number (it starts with 6, 7, 8 or 9).").arg(trimmed)
                         + u' ' + acceptedFormats()
                   : tr("\"%1\" is not an order ID, ticket ID, mobile number or email.").arg(trimmed) + u' '
                         + acceptedFormats();
    return query;
}
