#include "PolicyClock.h"

PolicyClock PolicyClock::pinnedAt(const QDateTime& now)
{
    PolicyClock clock;
    clock.m_pinned = now;
    return clock;
}

PolicyClock PolicyClock::pinnedTo(QDate today)
{
    return pinnedAt(QDateTime(today, QTime(12, 0), zone()));
}

QDate PolicyClock::parseDay(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10 || trimmed.at(4) != u'-' || trimmed.at(7) != u'-') {
        return {};
    }
    return QDate::fromString(trimmed, Qt::ISODate);
}

QTimeZone PolicyClock::zone()
{
    // IST has been UTC+05:30 without daylight saving since 1945. A fixed offset keeps the
    // answer identical on machines without a time-zone database (some Windows installs).
    static const QTimeZone ist(5 * 3600 + 30 * 60);
    return ist;
}

QDateTime PolicyClock::now() const
{
    if (m_pinned.isValid()) {
        return m_pinned.toTimeZone(zone());
    }
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

QDate PolicyClock::today() const
{
    return now().date();
}

QDate PolicyClock::localDate(const QDateTime& moment)
{
    return moment.toTimeZone(zone()).date();
}

PolicyClock::SpdState PolicyClock::spdState(QDate spd) const
{
    if (!spd.isValid()) {
        return SpdState::Unknown;
    }
    const QDate day = today();
    if (spd < day) {
        return SpdState::Breached;
    }
    return spd == day ? SpdState::DueToday : SpdState::OnTrack;
}

qint64 PolicyClock::daysSince(const QDateTime& moment) const
{
    return localDate(moment).daysTo(today());
}

bool PolicyClock::withinServiceWarranty(const QDateTime& completedAt) const
{
    if (!completedAt.isValid()) {
        return false;
    }
    // A completion dated after "today" (a clock pinned in the past) is not past the warranty.
    return daysSince(completedAt) <= ServiceWarrantyDays;
}

QDate PolicyClock::refundDueDate(const Refund& refund)
{
    return localDate(refund.initiatedAt).addDays(refund.tatDays);
}

bool PolicyClock::refundTatBreached(const Refund& refund) const
{
    if (refund.status == RefundStatus::Processed || !refund.initiatedAt.isValid()) {
        return false;
    }
    return today() > refundDueDate(refund);
}

bool PolicyClock::deliveryBreached(QDate promised) const
{
    return promised.isValid() && promised < today();
}

QString PolicyClock::spdStateName(SpdState state)
{
    switch (state) {
    case SpdState::Unknown:
        return tr("No SPD");
    case SpdState::OnTrack:
        return tr("On track");
    case SpdState::DueToday:
        return tr("Due today");
    case SpdState::Breached:
        return tr("Breached");
    }
    return {};
}
