#pragma once

#include "domain/Order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The article's three reopen views (REOPENING COMPLETED SERVICE CASES).
const QStringList& reopenViews();

// One problem found in an order document, located by its JSON path ("$.tickets[0].spd").
struct DocumentIssue
{
    QString path;
    QString message;

    QString toString() const;
};

// The order document: AssistDesk's canonical JSON exchange format (docs/order-document.md).
// parse() validates a whole document and collects every problem, so the sender can fix them all
// at once; unknown fields become warnings. toJson() writes a document that parses back to the
// same order.
class OrderDocument final
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocument)

public:
    struct Result
    {
        std::optional<Order> order; // set only when there are no errors
        QList<DocumentIssue> errors;
        QList<DocumentIssue> warnings;

        bool ok() const { return order.has_value(); }
    };

    static Result parse(const QJsonValue& document);
    static QJsonObject toJson(const Order& order);

    // ISO-8601 date-time with an explicit offset (Z or ±hh:mm); invalid otherwise.
    static QDateTime parseDateTime(const QString& text);
    static QString formatDateTime(const QDateTime& moment); // always in IST, +05:30
};
