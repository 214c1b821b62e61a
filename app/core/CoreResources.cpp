#include "CoreResources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerCoreResources()
{
    Q_INIT_RESOURCE(assistdesk);
}

void ensureCoreResources()
{
    static std::once_flag once;
    std::call_once(once, registerCoreResources);
}
