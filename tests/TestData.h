#pragma once

#include "document/OrderDocument.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

// Shared by the suites: the fixture orders in tests/data/orders.json and the day they are read on.
namespace TestData
{
    // The day every suite pins the policy clock to.
    inline QDate today()
    {
        return QDate(2026, 11, 20);
    }

    inline QString path(const QString& name)
    {
        return QStringLiteral(ASSISTDESK_TEST_DATA) + QLatin1Char('/') + name;
    }

    inline QByteArray read(const QString& name)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("missing test data %s", qPrintable(name));
        }
        return file.readAll();
    }

    // The fixture documents as JSON objects, in file order:
    // 0 OD428012345678901234 two tickets (completed with every section; rescheduled, SPD breached)
    // 1 OD428012345678901235 same customer, one new ticket
    // 2 OD428012345678901236 same customer, no ticket, refund TAT breached
    // 3 OD428099999999990001 another customer, mobile repair in the workshop
    inline QJsonArray documents()
    {
        return QJsonDocument::fromJson(read(QStringLiteral("orders.json"))).array();
    }

    inline QJsonObject document(int index)
    {
        return documents().at(index).toObject();
    }

    inline Order order(int index)
    {
        const OrderDocument::Result result = OrderDocument::parse(document(index));
        if (!result.ok()) {
            qFatal("fixture %d does not parse: %s", index, qPrintable(result.errors.constFirst().toString()));
        }
        return *result.order;
    }
} // namespace TestData
