#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "assistdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "assistdesk.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "assistdesk.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "assistdesk.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "assistdesk.cli", QtWarningMsg)
