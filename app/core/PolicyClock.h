#pragma once

#include "domain/Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// The one place that knows what "today" is. Every time fact the process needs — SPD breached,
// days since service, within the 30-day service warranty, refund TAT breached — is computed here
// from an injectable "now" in India Standard Time (Asia/Kolkata, UTC+05:30, no daylight saving).
// Logic never reads the wall clock itself: the CLI pins it with --today and tests pin it too.
class PolicyClock final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyClock)

public:
    static constexpr int ServiceWarrantyDays = 30;

    enum class SpdState
    {
        Unknown, // no SPD on the ticket
        OnTrack,
        DueToday,
        Breached,
    };

    // A clock that follows the system time.
    PolicyClock() = default;
    // A clock pinned to a moment, for tests and reproducible CLI runs.
    static PolicyClock pinnedAt(const QDateTime& now);
    // A clock pinned to a calendar day in IST; "now" is that day at 12:00 IST.
    static PolicyClock pinnedTo(QDate today);

    static QTimeZone zone();
    // "2026-11-20" exactly (what --today takes); an invalid date for anything else.
    static QDate parseDay(const QString& text);

    bool isPinned() const { return m_pinned.isValid(); }
    QDateTime now() const;
    QDate today() const;
    // The IST calendar day of a moment, whatever offset it was written with.
    static QDate localDate(const QDateTime& moment);

    SpdState spdState(QDate spd) const;
    // Whole days from the IST day of the moment to today (0 on the same day).
    qint64 daysSince(const QDateTime& moment) const;
    // Day 0 (the day of service) through day 30 are within the warranty; day 31 is not. A
    // completion after today counts as within.
    bool withinServiceWarranty(const QDateTime& completedAt) const;
    // The last day the refund may take: initiated day + TAT days.
    static QDate refundDueDate(const Refund& refund);
    // Breached once today is after the due date (a processed refund is never breached).
    bool refundTatBreached(const Refund& refund) const;
    // Delivery (mobile repair drop) breached: the promised date is before today.
    bool deliveryBreached(QDate promised) const;

    static QString spdStateName(SpdState state);

private:
    QDateTime m_pinned;
};
