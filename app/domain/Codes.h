#pragma once

#include "Order.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// The wire codes of the order document ("installation", "prepaid" …) and the words an agent
// reads for them. Parsing is exact (documents are machine-written); display names are translated.
class Codes final
{
    Q_DECLARE_TR_FUNCTIONS(Codes)

public:
    static QString serviceLine(ServiceLine line);
    static std::optional<ServiceLine> parseServiceLine(QStringView code);
    static QString serviceLineName(ServiceLine line);
    static QList<ServiceLine> allServiceLines();

    static QString platform(Platform platform);
    static std::optional<Platform> parsePlatform(QStringView code);
    static QString platformName(Platform platform);

    static QString payment(Payment payment);
    static std::optional<Payment> parsePayment(QStringView code);
    static QString paymentName(Payment payment);

    static QString refundStatus(RefundStatus status);
    static std::optional<RefundStatus> parseRefundStatus(QStringView code);
    static QString refundStatusName(RefundStatus status);

    // "₹1,499" / "₹1,499.50" with Indian digit grouping (lakh, crore).
    static QString rupees(qint64 paise);
};
