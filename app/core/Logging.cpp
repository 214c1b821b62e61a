#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "assistdesk.store", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcImport, "assistdesk.import", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcSearch, "assistdesk.search", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcUi, "assistdesk.ui", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcCli, "assistdesk.cli", QtCriticalMsg)
