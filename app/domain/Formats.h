#pragma once

#include <QString>
#include <QStringView>

// The identifier formats agents type and documents carry. One definition, used by the order
// document validator and by the search box, so the two can never disagree.
namespace Formats
{
    inline constexpr int OrderIdMinDigits = 15;
    inline constexpr int OrderIdMaxDigits = 21;
    // A prefix search needs "OD" and at least six digits.
    inline constexpr int OrderIdMinPrefixLength = 8;

    // "OD" followed by 15 to 21 digits (upper-case OD, as Flipkart writes it).
    bool isOrderId(QStringView text);
    // "OD" followed by 6 or more digits, at most a full ID long.
    bool isOrderIdPrefix(QStringView text);
    // A 10-digit Indian mobile: starts with 6, 7, 8 or 9.
    bool isMobile(QStringView text);
    // The 10-digit mobile inside "+91 98765-43210", "09876543210", "98765 43210"…; empty if none.
    QString normalizeMobile(QStringView text);
    // Six digits, not starting with 0.
    bool isPincode(QStringView text);
    // local@domain.tld, no spaces.
    bool isEmail(QStringView text);
    // A service ticket ID: a letter, then letters, digits or dashes, 6 to 32 characters in all,
    // with at least one digit, and not shaped like an order ID.
    bool isTicketId(QStringView text);

    // "******3210": only the last four digits stay readable.
    QString maskPhone(const QString& phone);
    // "r*****@gmail.com": the first character and the domain stay readable; the length of the
    // rest is not given away.
    QString maskEmail(const QString& email);
    // Free text (remarks, notes) with every Indian mobile number and email in it masked.
    QString maskContactsInText(const QString& text);
} // namespace Formats
