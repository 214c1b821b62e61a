#include "Formats.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
    bool allDigits(QStringView text)
    {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    }
} // namespace

bool Formats::isOrderId(QStringView text)
{
    const qsizetype digits = text.size() - 2;
    return text.startsWith(u"OD") && digits >= OrderIdMinDigits && digits <= OrderIdMaxDigits && allDigits(text.mid(2));
}

bool Formats::isOrderIdPrefix(QStringView text)
{
    return text.startsWith(u"OD") && text.size() >= OrderIdMinPrefixLength && text.size() <= 2 + OrderIdMaxDigits
           && allDigits(text.mid(2));
}

bool Formats::isMobile(QStringView text)
{
    return text.size() == 10 && allDigits(text) && text.at(0) >= u'6';
}

QString Formats::normalizeMobile(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && i == 0) {
            continue;
        } else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.') {
            continue;
        } else {
            return {};
        }
    }
    if (digits.size() == 12 && digits.startsWith(u"91")) {
        digits.remove(0, 2);
    } else if (digits.size() == 11 && digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    return isMobile(digits) ? digits : QString();
}

bool Formats::isPincode(QStringView text)
{
    return text.size() == 6 && allDigits(text) && text.at(0) != u'0';
}

bool Formats::isEmail(QStringView text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"_s);
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

bool Formats::isTicketId(QStringView text)
{
    if (text.size() < 6 || text.size() > 32 || !text.at(0).isLetter() || text.at(0).unicode() > 127) {
        return false;
    }
    bool hasDigit = false;
    for (QChar c : text) {
        const bool ascii = c.unicode() < 128;
        if (!ascii || !(c.isLetterOrNumber() || c == u'-')) {
            return false;
        }
        hasDigit = hasDigit || c.isDigit();
    }
    const bool looksLikeOrder =
        text.size() > 2 && text.left(2).compare(u"OD", Qt::CaseInsensitive) == 0 && allDigits(text.mid(2));
    return hasDigit && !looksLikeOrder;
}

QString Formats::maskPhone(const QString& phone)
{
    if (phone.size() <= 4) {
        return QString(phone.size(), u'*');
    }
    return QString(phone.size() - 4, u'*') + phone.right(4);
}

QString Formats::maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0) {
        return QString(email.size(), u'*');
    }
    return email.left(1) + u"*****"_s + email.mid(at);
}

QString Formats::maskContactsInText(const QString& text)
{
    static const QRegularExpression mobile(
        QStringLiteral("(?<![0-9A-Za-z])(?:\\+?91[ -]?|0)?([6-9][0-9]{4})[ -]?([0-9]{5})(?![0-9])"));
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    QString masked;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = mobile.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        masked += text.mid(last, m.capturedStart() - last);
        masked += maskPhone(m.captured(1) + m.captured(2));
        last = m.capturedEnd();
    }
    masked += text.mid(last);
    QString result;
    last = 0;
    it = email.globalMatch(masked);
    // The service's own mailboxes (where customers send proof of payment, …) are what the agent
    // reads out to the customer: they are not a customer's contact details.
    static const QStringList serviceDomains = {u"@jeeves.co.in"_s, u"@flipkart.com"_s};
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += masked.mid(last, m.capturedStart() - last);
        const QString address = m.captured(0);
        const bool service = std::any_of(serviceDomains.cbegin(), serviceDomains.cend(), [&address](const QString& d) {
            return address.endsWith(d, Qt::CaseInsensitive);
        });
        result += service ? address : maskEmail(address);
        last = m.capturedEnd();
    }
    result += masked.mid(last);
    return result;
}
