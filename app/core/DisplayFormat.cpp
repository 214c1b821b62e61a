#include "DisplayFormat.h"

#include "PolicyClock.h"

using namespace Qt::StringLiterals;

QString DisplayFormat::date(QDate day)
{
    return day.isValid() ? day.toString(u"dd-MMM-yyyy"_s) : tr("—");
}

QString DisplayFormat::dateTime(const QDateTime& moment)
{
    return moment.isValid() ? moment.toTimeZone(PolicyClock::zone()).toString(u"dd-MMM-yyyy HH:mm"_s) : tr("—");
}

QString DisplayFormat::relativeDay(QDate day, QDate today)
{
    if (!day.isValid()) {
        return {};
    }
    const qint64 days = today.daysTo(day);
    if (days == 0) {
        return tr("today");
    }
    if (days == -1) {
        return tr("yesterday");
    }
    if (days == 1) {
        return tr("tomorrow");
    }
    return days < 0 ? tr("%n day(s) ago", nullptr, static_cast<int>(-days))
                    : tr("in %n day(s)", nullptr, static_cast<int>(days));
}
