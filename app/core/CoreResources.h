#pragma once

// Registers the data files compiled into assistdesk_core (resources/assistdesk.qrc). A static
// library's resources are not registered on their own; every reader of ":/…" calls this first.
// Safe to call any number of times, from any thread.
void ensureCoreResources();
