#include "Codes.h"

using namespace Qt::StringLiterals;

namespace
{
    template <typename Enum, std::size_t N>
    std::optional<Enum> lookup(const std::pair<Enum, QStringView> (&table)[N], QStringView code)
    {
        for (const auto& [value, text] : table) {
            if (text == code) {
                return value;
            }
        }
        return std::nullopt;
    }

    template <typename Enum, std::size_t N>
    QString codeOf(const std::pair<Enum, QStringView> (&table)[N], Enum value)
    {
        for (const auto& [candidate, text] : table) {
            if (candidate == value) {
                return text.toString();
            }
        }
        return {};
    }

    const std::pair<ServiceLine, QStringView> serviceLines[] = {
        {ServiceLine::Installation, u"installation"},
        {ServiceLine::Maintenance, u"maintenance"},
        {ServiceLine::LargeRepair, u"large_repair"},
        {ServiceLine::MobileRepair, u"mobile_repair"},
    };

    const std::pair<Platform, QStringView> platforms[] = {
        {Platform::Android, u"android"},
        {Platform::Ios, u"ios"},
        {Platform::Web, u"web"},
    };

    const std::pair<Payment, QStringView> payments[] = {
        {Payment::Prepaid, u"prepaid"},
        {Payment::Cash, u"cash"},
    };

    const std::pair<RefundStatus, QStringView> refundStatuses[] = {
        {RefundStatus::Initiated, u"initiated"},
        {RefundStatus::Processed, u"processed"},
        {RefundStatus::Failed, u"failed"},
    };
} // namespace

QString Codes::serviceLine(ServiceLine line)
{
    return codeOf(serviceLines, line);
}

std::optional<ServiceLine> Codes::parseServiceLine(QStringView code)
{
    return lookup(serviceLines, code);
}

QString Codes::serviceLineName(ServiceLine line)
{
    switch (line) {
    case ServiceLine::Installation:
        return tr("Installation");
    case ServiceLine::Maintenance:
        return tr("Maintenance");
    case ServiceLine::LargeRepair:
        return tr("Large repair");
    case ServiceLine::MobileRepair:
        return tr("Mobile repair");
    }
    return {};
}

QList<ServiceLine> Codes::allServiceLines()
{
    return {ServiceLine::Installation, ServiceLine::Maintenance, ServiceLine::LargeRepair, ServiceLine::MobileRepair};
}

QString Codes::platform(Platform value)
{
    return codeOf(platforms, value);
}

std::optional<Platform> Codes::parsePlatform(QStringView code)
{
    return lookup(platforms, code);
}

QString Codes::platformName(Platform value)
{
    switch (value) {
    case Platform::Android:
        return tr("Android app");
    case Platform::Ios:
        return tr("iOS app");
    case Platform::Web:
        return tr("Website");
    }
    return {};
}

QString Codes::payment(Payment value)
{
    return codeOf(payments, value);
}

std::optional<Payment> Codes::parsePayment(QStringView code)
{
    return lookup(payments, code);
}

QString Codes::paymentName(Payment value)
{
    switch (value) {
    case Payment::Prepaid:
        return tr("Prepaid");
    case Payment::Cash:
        return tr("Cash");
    }
    return {};
}

QString Codes::refundStatus(RefundStatus status)
{
    return codeOf(refundStatuses, status);
}

std::optional<RefundStatus> Codes::parseRefundStatus(QStringView code)
{
    return lookup(refundStatuses, code);
}

QString Codes::refundStatusName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Initiated:
        return tr("Refund initiated");
    case RefundStatus::Processed:
        return tr("Refund processed");
    case RefundStatus::Failed:
        return tr("Refund failed");
    }
    return {};
}

QString Codes::rupees(qint64 paise)
{
    const bool negative = paise < 0;
    const qint64 absolute = negative ? -paise : paise;
    const QString whole = QString::number(absolute / 100);

    // Indian grouping: the last three digits, then groups of two.
    QString grouped;
    const qsizetype n = whole.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype fromEnd = n - i;
        grouped += whole.at(i);
        if (fromEnd > 1 && (fromEnd == 4 || (fromEnd > 4 && (fromEnd - 4) % 2 == 0))) {
            grouped += u',';
        }
    }
    QString text = (negative ? u"-₹"_s : u"₹"_s) + grouped;
    if (absolute % 100 != 0) {
        text += u'.' + QString::number(absolute % 100).rightJustified(2, u'0');
    }
    return text;
}
