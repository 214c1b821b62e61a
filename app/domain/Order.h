#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The order as the agent sees it: one Flipkart order (OD ID) with its customer and the service
// tickets registered for it. These are plain values: parsing lives in OrderDocument, storage in
// OrderStore, and time facts in PolicyClock.

enum class ServiceLine
{
    Installation,
    Maintenance,
    LargeRepair,
    MobileRepair,
};

enum class Platform
{
    Android,
    Ios,
    Web,
};

enum class Payment
{
    Prepaid,
    Cash,
};

enum class RefundStatus
{
    Initiated,
    Processed,
    Failed,
};

struct Customer
{
    QString name;
    QString email;
    QString phone; // 10-digit Indian mobile, no prefix
    QString altPhone; // empty when the customer gave none
    QString address;
    QString pincode;
    QString city;

    friend bool operator==(const Customer&, const Customer&) = default;
};

struct Refund
{
    RefundStatus status = RefundStatus::Initiated;
    QDateTime initiatedAt;
    int tatDays = 0;

    friend bool operator==(const Refund&, const Refund&) = default;
};

struct Product
{
    QString category;
    QString brand;
    QString model;
    QString serial;

    friend bool operator==(const Product&, const Product&) = default;
};

struct Technician
{
    QString name;
    QString phone;

    friend bool operator==(const Technician&, const Technician&) = default;
};

struct ActivityEntry
{
    QDateTime at;
    QString by;
    QString status;
    QString subStatus;
    QString remark;

    friend bool operator==(const ActivityEntry&, const ActivityEntry&) = default;
};

struct ReopenEntry
{
    QDateTime at;
    QString reason;
    QString newTicketId; // empty when the reopen kept the same ticket
    QString view; // "Alternate Contact Change", "Mobile Number Change", "Address Change"; may be empty
    QString detail; // the changed contact or address of that view

    friend bool operator==(const ReopenEntry&, const ReopenEntry&) = default;
};

struct FakeFlag
{
    QDateTime at;
    QString kind;
    QString detail;

    friend bool operator==(const FakeFlag&, const FakeFlag&) = default;
};

struct SaleItem
{
    QString item;
    qint64 pricePaise = 0;

    friend bool operator==(const SaleItem&, const SaleItem&) = default;
};

struct Completion
{
    QString serial;
    QStringList images; // local file paths or URLs

    friend bool operator==(const Completion&, const Completion&) = default;
};

struct Ticket
{
    QString ticketId;
    ServiceLine line = ServiceLine::Installation;
    QString service;
    Product product;
    QString status;
    QString subStatus;
    QDateTime createdAt;
    QDate spd; // Service Promised Date; the pickup promised date for mobile repair
    QDate deliveryPromised;
    QString slot;
    std::optional<Technician> technician;
    QDateTime completedAt; // invalid while the service is not completed
    bool invoiceAvailable = true;
    QList<ActivityEntry> activity; // oldest first, as the partner sent it
    QList<ReopenEntry> reopens;
    QList<FakeFlag> fakeFlags;
    QList<SaleItem> sales;
    std::optional<Completion> completion;

    qint64 salesTotalPaise() const;

    friend bool operator==(const Ticket&, const Ticket&) = default;
};

struct Order
{
    QString orderId;
    QDateTime placedAt;
    Platform platform = Platform::Android;
    Payment payment = Payment::Prepaid;
    qint64 amountPaise = 0;
    Customer customer;
    std::optional<Refund> refund;
    QList<Ticket> tickets;

    const Ticket* ticket(const QString& ticketId) const;

    friend bool operator==(const Order&, const Order&) = default;
};

// One line of a search result: enough to pick the right order from a list.
struct OrderSummary
{
    QString orderId;
    QDateTime placedAt;
    QString customerName;
    QString phone;
    QString city;
    int ticketCount = 0;
    QString firstService; // service of the newest ticket, empty without tickets
    QString firstStatus;
    QString firstSubStatus;
};
