#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// How dates and times read on screen and in CLI reports: "18-Nov-2026", "18-Nov-2026 14:05",
// always in India Standard Time — the same on every agent's PC whatever its own time zone.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString date(QDate day);
    static QString dateTime(const QDateTime& moment);
    // "today", "yesterday", "3 days ago", "in 2 days" relative to the given day.
    static QString relativeDay(QDate day, QDate today);
};
