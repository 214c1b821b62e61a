#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// The supervisor's figures for a period of IST days: incidents per day by disposition, TAT
// breaches per day, incidents by queue, and per agent the incidents, average handle time and
// tagging accuracy.
struct DashboardData
{
    struct Day
    {
        QDate day;
        int resolved = 0;
        int unresolved = 0;
        int breaches = 0; // escalations due that day that missed their Oathkeeper TAT
    };
    struct Queue
    {
        QString id;
        QString name;
        int incidents = 0;
    };
    struct AgentFigures
    {
        QString agent;
        int incidents = 0;
        double averageHandleSeconds = -1; // -1: no handle time recorded
        int reviewed = 0;
        int correct = 0;
        double accuracyPercent() const { return reviewed > 0 ? 100.0 * correct / reviewed : -1; }
    };

    QDate from;
    QDate to;
    QList<Day> days; // every day of the period, oldest first
    QList<Queue> queues; // most incidents first
    QList<AgentFigures> agents; // by agent ID
    int incidents = 0;
    int escalations = 0; // created in the period
    int activeEscalations = 0; // now
    int overdueEscalations = 0; // now
};

class Dashboard final
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    static constexpr int MaxDays = 366;

    // Needs the ViewDashboard permission; nullopt with *data filled, or the refusal / error.
    static std::optional<QString> load(Workspace& workspace, QDate from, QDate to, DashboardData* data);
};
