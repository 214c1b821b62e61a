#pragma once

#include <QLoggingCategory>

// One category per module, silent below critical by default (every problem an agent or a
// script must know about is reported in words by the caller); enable the detail with
// QT_LOGGING_RULES="assistdesk.store.debug=true" or "assistdesk.*.warning=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
