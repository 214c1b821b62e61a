#pragma once

#include "core/PolicyClock.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Workspace;

// A floor's worth of work on top of the demo orders, done through the real services as the demo
// agents: two weeks of tagged incidents and escalations by three L1 agents, L2 agents taking and
// resolving escalations (some after their TAT), a supervisor approving and reviewing tagging. The
// console's L2 queue, review board and dashboard then show something true to life.
class DemoFloor final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFloor)

public:
    // Every demo account has this password (README); change it before real use.
    static QString demoPassword();
    struct DemoAgent
    {
        QString id;
        QString name;
        QString role;
    };
    static QList<DemoAgent> demoAgents();

    // Adds the demo agents (once) and the floor's work; deterministic for a seed and a today.
    // The workspace's clock and agent are restored afterwards.
    static bool populate(Workspace& workspace, QDate today, quint64 seed, QString* error);
};
