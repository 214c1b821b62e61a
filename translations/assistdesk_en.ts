<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ticket %1 · %2
%3 / %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>%1, %2: %3 / %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentAccuracyModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentFiguresModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>&quot;%1&quot; is not an agent ID: use 2 to 40 letters, digits, dots, dashes or underscores, for example l1.meera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent ID or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your agent ID and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt while held back for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for %1: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for %1: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password, %1 in a row; held back for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, %1 in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no agents yet: the first account must be a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first supervisor of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 (%2) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role: ask another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: every action is recorded under the agent who does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent, action, record, order or words in a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; contact details masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked mobile numbers and email addresses in the file; the export is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact detail&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the audit log filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>%1 · %2 · %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>OD ID lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket-ID lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket open (every section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP walk to its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident submit (reschedule + audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing %1 random orders, tickets and mobile numbers for each measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups: OD ID, mobile number, ticket ID, each also on the bare SQLite C API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening tickets with every section of the ticket view and the order&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking the Status Check scenario to its outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting reschedules with their incident and audit record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has too few orders to draw from; it needs at least one order with a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has too few orders with tickets to draw from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no open installation or maintenance ticket to walk or reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; found nothing, yet it was drawn from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP tree %1 has no scenario &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP walk on order %1 did not reach an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling ticket %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What cancelling does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket becomes CANCELED / %1. Tell the customer that the refund, if the order was prepaid, follows the refund process, and that a fresh order can be placed any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1. The new password needs at least %2 characters and must not contain your agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this day (IST) as today for every time fact (SPD, warranty, refund TAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date: write it as YYYY-MM-DD, for example 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db-path takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load order documents into the database. Each document is checked on its own; a rejected one is reported with its file, index, JSON path and reason and nothing of it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files holding one order document, an array of them, or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one document file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>Imported %n order</numerusform>
            <numerusform>Imported %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the last %n document(s) could not be saved: %2</source>
        <translation>
            <numerusform>%1: the last %n document could not be saved: %2</numerusform>
            <numerusform>%1: the last %n documents could not be saved: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected (%n error(s)); nothing of it was written</source>
        <translation>
            <numerusform>%1: rejected (%n error); nothing of it was written</numerusform>
            <numerusform>%1: rejected (%n errors); nothing of it was written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected: %2; nothing of it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an order with every section of its tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the order document (it imports back to the same order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OD order ID or a ticket ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli order show [--db FILE] [--json] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID (OD followed by 15 to 21 digits) or a ticket ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed:   %1 via %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:  %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund:   %1 on %2, TAT %3 days (due %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — TAT breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service ticket: the booking was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:      %1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPD:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:     %1, %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 30-day service warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the 30-day service warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reopens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (new ticket %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake detection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fake updates detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hits as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many hits (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer gave: OD ID, ticket ID, mobile or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>(ticket %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write realistic, deterministic demo orders: the same seed and the same --today give the same orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the sample completion photos (default: assistdesk-media beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference completion photos by URL only; write no image files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no file arguments; give the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number from 1 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 orders written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n demo order(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Wrote %n demo order to %1 in %2 s.</numerusform>
            <numerusform>Wrote %n demo orders to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: Oathkeeper TAT %1 h, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an incident on an order, as the Tag Incident panel does: channel &gt;&gt; type &gt;&gt; incident type [&gt;&gt; sub-type]; queue, disposition and remarks come from the catalog unless given. An incident type that escalates also creates the escalation with its Oathkeeper TAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order (OD ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket the incident is about (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound or Email (default Inbound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint, Enquiry or Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident type, in the article&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-type, when the incident type has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks (default: the catalog&apos;s template, filled in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, for the remarks template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another queue than the catalog&apos;s (queue id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or Unresolved, instead of the catalog&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the incident as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be Inbound or Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be Complaint, Enquiry or Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident is required: the incident type in the article&apos;s words (see &quot;assistdesk-cli tagging list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disposition must be Resolved or Unresolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the order (--order OD) or the ticket (--ticket T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out a ticket action with the article&apos;s rules: reschedule (date today or later, within the horizon; not on a cancelled or completed ticket), reopen (a completed ticket within 30 days of service), cancel (only in Cancel Initiated), escalate (to L2 with the Oathkeeper TAT). Each writes the ticket change, the activity entry, the incident and the audit record together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule, reopen, cancel or escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order (escalate only, for an order without ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule: the new date; reopen: the new SPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule: the new slot, e.g. 12:00-15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen: Alternate Contact Change, Mobile Number Change or Address Change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen: the new contact number or address of that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen: what the customer reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: the incident&apos;s type (default Complaint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: the incident type, in the article&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: the sub-type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: another queue than the catalog&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: Resolved or Unresolved instead of the catalog&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli action reschedule|reopen|cancel|escalate --ticket T ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use reschedule, reopen, cancel or escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ticket is required for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD is required for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be &quot;Alternate Contact Change&quot;, &quot;Mobile Number Change&quot; or &quot;Address Change&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tagging catalog in the KM article&apos;s notation, one incident type per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the catalog entries as JSON, with queue, TAT and remarks template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the queue and the Oathkeeper TAT to each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli tagging list [--channel Inbound|Email] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oathkeeper TAT %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings shared by everyone on this database. Keys: %1 (days a reschedule may go ahead, default %2) and oathkeeper.&lt;incident id&gt;.hours (the Oathkeeper TAT of an escalating incident type; ids from &quot;tagging list --json&quot;). Changes are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, get KEY, or set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli config list | get KEY | set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. &quot;assistdesk-cli config list&quot; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents tagged on an order, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed:   %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phone numbers and email in full in the text report (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order show --json: full contact details exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order show --unmask: contact details shown in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact details are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phone numbers in full (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search --unmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalog&apos;s %2 incident types. They are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log, newest first: who did what, when, with the values before and after. Contact details are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of this order (OD ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many records (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --order OD or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli sop lint [FILE...] | list | assumptions | walk ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SOP tree files (docs/sop-format.md): every path ends in an outcome, every outcome&apos;s tagging is in the catalog, no unreachable node, no cycle, known facts, unique option labels. Without FILE, the trees AssistDesk ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s) fine</source>
        <translation>
            <numerusform>%n tree fine</numerusform>
            <numerusform>%n trees fine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SOP scenarios AssistDesk ships, by tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the trees of this service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only L1 or L2 trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line must be installation, maintenance, large_repair or mobile_repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every place where the KM article&apos;s text was lost and a tree chose what is most consistent with the rest of the article, with the reason, as Markdown (docs/sop-assumptions.md is this output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk an SOP scenario on an order as the console&apos;s SOP panel does: facts are answered from the order and ticket, questions take the --choose values in order. Prints the transcript, the ACTION: lines and the TAGGING: line. Exit 2 when --scenario or a --choose value is ambiguous, 3 when a question has no answer among the --choose values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket (default: the order&apos;s newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installation, maintenance, large_repair or mobile_repair (default: the ticket&apos;s; needed for an order without tickets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 or L2 (default L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text contained in the scenario&apos;s title (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to the next question the data cannot answer; repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk this tree file instead of the shipped trees (for authors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the walk as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order is required: the order the customer calls about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario is required: text of the scenario&apos;s title (see &quot;assistdesk-cli sop list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be L1 or L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID: OD followed by 15 to 21 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no ticket %2. Its tickets: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no service ticket: give its service line with --line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 scenario for %2 has &quot;%3&quot; in its title. The scenarios are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the titles of %n scenario(s); say which:</source>
        <translation>
            <numerusform>&quot;%1&quot; is in the titles of %n scenario; say which:</numerusform>
            <numerusform>&quot;%1&quot; is in the titles of %n scenarios; say which:</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several answers to &quot;%2&quot;; give more of the label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No --choose value answers &quot;%1&quot;. Add one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused --choose values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent doing this: an agent of this database whose role allows it (default: $ASSISTDESK_AGENT). Needed for every change and every reveal of contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is working: --agent ID (an agent of this database; &quot;assistdesk-cli agent list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the orders only: no demo agents, incidents or escalations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo agents (password %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s ID, e.g. l1.meera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, passwd: read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents yet: add the first supervisor with &quot;assistdesk-cli agent add --role Supervisor ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id is required for agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin (never on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be L1, L2 or Supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The L2 desk: list the escalations (most urgent first), show one, and work it: take, update (the partner&apos;s update: &quot;Call Completed&quot;, &quot;Call In Progress&quot; with --date, &quot;Call Cancelled due to Customer Dependency&quot; with --reason), outcall, resolve, brand (re-escalate to the brand). Supervisors also approve, return, reassign (--to) and close. L2 agents and supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, take, update, outcall, resolve, brand, approve, return, reassign, close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation (all verbs but list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only this queue (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only this service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only those past their Oathkeeper TAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only those escalated by this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only those worked by this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: active (default), review (resolved, waiting for the supervisor), closed, all, or a comma-separated list of open, in_progress, brand, resolved, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: the partner&apos;s update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: the new date (Call In Progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: the reason (Call Cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcall, resolve, brand, return, close: what was done or said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign: the L2 agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli escalations list | VERB ID  (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an escalation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s).</source>
        <translation>
            <numerusform>%n escalation.</numerusform>
            <numerusform>%n escalations.</numerusform>
        </translation>
    </message>
    <message>
        <source>show escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no escalation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, ticket %2; escalated by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--update must be &quot;Call Completed&quot;, &quot;Call In Progress&quot; or &quot;Call Cancelled due to Customer Dependency&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging QA (supervisors): list incidents with their review, mark one correct or wrong with the right tagging (--right ENTRY_ID from &quot;tagging list --json&quot;), print each agent&apos;s tagging accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, mark or accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark: INCIDENT correct|wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only this agent&apos;s incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only incidents not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, accuracy: first day (IST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, accuracy: last day (IST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark wrong: the tagging it should have had (entry id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark: a note for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, accuracy: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli qa list | accuracy | mark INCIDENT correct|wrong [--right ENTRY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli qa mark INCIDENT correct|wrong [--right ENTRY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 correct (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s dashboard figures for a period: incidents per day by disposition and TAT breaches, incidents by queue, and per agent the incidents, average handle time and tagging accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (IST; default: 13 days before today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (IST; default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n incident(s)</source>
        <translation>
            <numerusform>%1 to %2: %n incident</numerusform>
            <numerusform>%1 to %2: %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message>
        <source>now %1 active, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1, unresolved %2, TAT breaches %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>average handle %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagging accuracy %1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a list to CSV (RFC 4180, UTF-8 with BOM, opens in Excel): escalations, review (resolved escalations), qa, audit, dashboard-days, dashboard-agents. Supervisors only; contact details are masked unless --include-contacts, and every export is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalations, review, qa, audit, dashboard-days or dashboard-agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mobile numbers and email in full (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa, dashboard: first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa, dashboard: last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli export %1 --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole audit log, settings changes included (supervisors, with --agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: assistdesk-cli [--lang LANG] COMMAND [OPTIONS]

Commands:
  import [--db FILE] DOC...             Load order documents (one document, an array, or JSON Lines)
  order show [--db FILE] [--json] ID    Print an order (OD ID or ticket ID)
  search [--db FILE] [--json] TEXT      Find orders by OD ID, ticket ID, mobile number or email
  demo [--db FILE] [--orders N] [--seed S]  Write realistic demo orders
  db-path                               Print where the default database lives
  tag --order OD --type T --incident I  Tag an incident (Inbound &gt;&gt; Complaint &gt;&gt; ...)
  action reschedule|reopen|cancel|escalate --ticket T ...  Carry out a ticket action
  tagging list                          Print the tagging catalog in the article&apos;s notation
  config list|get|set                   Floor settings: Oathkeeper TATs, reschedule horizon
  incidents --order OD                  The order&apos;s incidents, newest first
  audit --order OD | --all              The order&apos;s audit log (or all of it), newest first
  sop lint|list|assumptions|walk        The SOP trees: check, list, walk a scenario on an order
  agent add|passwd|disable|enable|list  The agents who sign in (supervisors manage them)
  escalations list|show|take|update|... The L2 desk and the supervisor&apos;s review
  qa list|mark|accuracy                 Tagging QA (supervisors)
  dashboard [--from D] [--to D]         The supervisor&apos;s figures for a period
  export LIST --out FILE                A list as CSV (supervisors; audited)
  bench --db FILE [--orders N] [--json] Measure lookups, ticket open, SOP walk and submit against SQLite

Run &quot;assistdesk-cli COMMAND --help&quot; for the options of a command.
Changes and reveals need --agent ID (or $ASSISTDESK_AGENT): an agent of the database whose role allows it.
Exit status: 0 done, 1 not found, 2 input rejected or refused by a rule or a permission, 3 an SOP walk
needs an answer, 4 database problem, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to measure; created with the demo generator when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to generate when FILE does not exist (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded random draws per measure (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench takes no file arguments; give the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench needs --db FILE: a database made for benchmarking (it is created when it does not exist). The benchmark writes incidents, so it never uses your default database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number from 100 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draws must be a whole number from 100 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: generating %2 demo orders (this is measured)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists: measuring the orders it holds; --orders only applies when the benchmark creates the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a scratch folder beside %1 for the import measure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: writing %1 order documents, then importing them into an empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import measure failed (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no demo agent l1.demo: say who submits the benchmark&apos;s incidents with --agent ID (an L1 agent of this database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk benchmark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders, %2 tickets, %3 activity rows; SQLite %4, journal %5, synchronous %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 random draws per measure after %2 warm-up draws; times in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×floor p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 orders in %2 s, %3 orders/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo generation: %1 orders in %2 s, %3 orders/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo generation: not measured (the database already existed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk an L2 tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has agents of its own, so the demo floor (demo accounts with a published password) is not added to it. Add --no-floor to write only the demo orders, or use a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;assistdesk-cli --help&quot; for the commands, &quot;assistdesk-cli COMMAND --help&quot; for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the agents who sign in: add, passwd, role, disable, enable, list. Supervisors manage agents; an agent may change their own password; the first agent of a database must be a supervisor and needs no --agent. Passwords are read from standard input (one line) with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, passwd, role, disable, enable or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, role: L1, L2 or Supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assistdesk-cli agent add|passwd|role|disable|enable|list ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure what agents wait for: OD ID, phone and ticket-ID lookups (each also as the same query on the bare SQLite C API, the floor), opening a ticket with every section, an SOP walk, and submitting an incident with its action and audit record; p50, p95 and p99 over random draws after a warm-up. Also the import throughput and, when FILE does not exist yet, the time to generate it. The submits write real reschedules and incidents into FILE, so it must be a demo database (one the benchmark creates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a demo database (it has no demo floor), and the benchmark reschedules thousands of its tickets. Give a new file: the benchmark creates it with the demo generator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>open the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period: the first day on or before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the dashboard period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the dashboard period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard figures to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAT breaches per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging accuracy per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and breaches per &amp;day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per &amp;agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1 · Escalations: %2 · Active now: %3 · Overdue now: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 resolved, %3 unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAT breaches per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAT breaches per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n breach(es)</source>
        <translation>
            <numerusform>%1: %n breach(es)</numerusform>
            <numerusform>%1: %n breach(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing in this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incident</numerusform>
            <numerusform>%1: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 min over %n incident(s)</source>
        <translation>
            <numerusform>%1: %2 min over %n incident</numerusform>
            <numerusform>%1: %2 min over %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Average handle time per agent (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % (%3 of %n reviewed correct)</source>
        <translation>
            <numerusform>%1: %2 % (%3 of %n reviewed correct)</numerusform>
            <numerusform>%1: %2 % (%3 of %n reviewed correct)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagging accuracy per agent (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo database with &quot;assistdesk-cli demo --db %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AssistDesk database (it is not an SQLite database file at all). AssistDesk left it untouched; choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date: %2. The file was left as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AssistDesk database (SQLite cannot read it as a database). AssistDesk left it untouched; choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup; AssistDesk did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an AssistDesk database. AssistDesk left it untouched; choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no readable schema version (%2). Restore it from a backup; AssistDesk did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AssistDesk (schema %2; this version knows schema %3 at most). Update AssistDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by another program or another AssistDesk that is writing to it. Wait a moment and try again; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only. Ask IT for write access to it; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1). Check the disk or network drive; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1). Check that it still exists and that you may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not an AssistDesk database. Check the path, or create a demo database with &quot;assistdesk-cli demo --db %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot create the folder %1 for the demo photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo photo %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo order %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array holds no documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of JSON Lines must hold one object, found an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate to L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oathkeeper TAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s): due %1 — tell the customer. Queue: %2.</source>
        <translation>
            <numerusform>%n hour: due %1 — tell the customer. Queue: %2.</numerusform>
            <numerusform>%n hours: due %1 — tell the customer. Queue: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no escalation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is %2: nothing more can be recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take escalation %1 first: then it is yours to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is being worked by %2; a supervisor can reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is %2: there is nothing to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is already yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is yours: due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call In Progress needs the new date the partner gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Cancelled due to Customer Dependency needs the reason the partner gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said on the outcall (or that the customer did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcall logged on escalation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how the escalation was resolved: the supervisor reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 resolved; it waits for the supervisor&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is already with the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why it goes to the brand and what was raised with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 re-escalated to the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved escalation can be approved; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 approved and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved escalation can be returned; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the agent must do: the note goes back with the escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 returned to %2 with your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 reassigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the escalation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 was changed by %2 a moment ago (it is now %3); look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2 and cannot work escalations: choose an L2 agent or a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the partner&apos;s update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / not&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out&amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an outcall to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-escalate to the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 SOP wal&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 agent SOP walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (overridden by the agent; the data said &quot;%3&quot;: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner: %1, new date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-escalated to the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3
Remarks: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged without the SOP walker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has worked on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationQueueModel</name>
    <message numerus="yes">
        <source>Due %1 (Oathkeeper TAT %n h)</source>
        <translation>
            <numerusform>Due %1 (Oathkeeper TAT %n h)</numerusform>
            <numerusform>Due %1 (Oathkeeper TAT %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oathkeeper TAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order · ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationQueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Include contact details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold customers&apos; mobile numbers and email in full. The export is recorded in the audit log with your name. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAT (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAT breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so the file was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of this order (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident tagged on this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed on this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentHistoryModel</name>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AssistDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID (OD…), ticket ID, mobile number or email — then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Contact Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AssistDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 IST (fixed for training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 IST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type what the customer gives you and press &lt;b&gt;Enter&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;&lt;b&gt;Order ID&lt;/b&gt; &amp;nbsp;OD428012345678901234 &amp;nbsp;(or its first 8 characters or more)&lt;br&gt;&lt;b&gt;Ticket ID&lt;/b&gt; &amp;nbsp;FHS4000123457&lt;br&gt;&lt;b&gt;Mobile&lt;/b&gt; &amp;nbsp;98765 43210, +91 98765-43210 or 098765 43210&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; &amp;nbsp;name@example.com&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;F3&lt;/b&gt; comes back to the search box from anywhere. &lt;b&gt;Ctrl+PgDn&lt;/b&gt; / &lt;b&gt;Ctrl+PgUp&lt;/b&gt; switch between the tickets of an order.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk — search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order found for %1 %2. Check it with the customer, or ask for another detail (order ID, mobile, email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n orders for %1 %2 — type more to narrow it down. Enter opens the selected order.</source>
        <translation>
            <numerusform>The newest %n orders for %1 %2 — type more to narrow it down. Enter opens the selected order.</numerusform>
            <numerusform>The newest %n orders for %1 %2 — type more to narrow it down. Enter opens the selected order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders for %1 %2, newest first. Enter opens the selected order.</source>
        <translation>
            <numerusform>%n orders for %1 %2, newest first. Enter opens the selected order.</numerusform>
            <numerusform>%n orders for %1 %2, newest first. Enter opens the selected order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 · %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open AssistDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AssistDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AssistDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The support console for Flipkart Home Services: find the order, read the ticket, follow the SOP, tag the incident.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reveal the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket first: %1 works on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated; Oathkeeper TAT %1 h, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SOP Walker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search and Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk — escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk — supervisor board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Ou&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date-time with offset (for example 2026-11-18T10:15:00+05:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an amount in rupees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than two decimals; read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number (ten digits starting with 6, 7, 8 or 9, no +91 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of the KM status table (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-status of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status %2 tickets normally reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket ID (a letter, then letters, digits or dashes; 6 to 32 characters with at least one digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a file path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is completed but has no completion time, so the 30-day service warranty cannot be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order document must be a JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID (OD followed by 15 to 21 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 6-digit PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 appears twice in this order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>ticket %1 already belongs to order %2; a ticket cannot move between orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record to change is no longer in the database; reopen the order and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 already exists in another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record just written cannot be read back; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer alternate mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPD state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service warranty state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket Activity Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket Reopen History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reopens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake update flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fake updates detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket Completion Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion photo links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet: completion proof appears here once the technician closes the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund TAT breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no service ticket: the booking was paid for but never confirmed. Check the refund status and follow the SOP for &quot;amount debited but booking not confirmed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the mobile numbers and email again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full mobile numbers and email of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the KM status table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30-day warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 30-day warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in the Flipkart app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be shown: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file not found on this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · TAT %n day(s), due %3</source>
        <translation>
            <numerusform>%1 %2 · TAT %n day, due %3</numerusform>
            <numerusform>%1 %2 · TAT %n days, due %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened on the same ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to L&amp;2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reopen(s)</source>
        <translation>
            <numerusform>%n reopen</numerusform>
            <numerusform>%n reopens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fake flag(s)</source>
        <translation>
            <numerusform>%n fake flag</numerusform>
            <numerusform>%n fake flags</numerusform>
        </translation>
    </message>
    <message>
        <source>Details (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reope&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mas&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket tabs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyClock</name>
    <message>
        <source>No SPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes for the revisit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternate Contact Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate Contact Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile Number Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Number Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;SPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improper installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improper service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue with the product after the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alternate &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile the technician should call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mobile &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile for this revisit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House, street, area, city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the date and slot with the customer: today (%1) to %2. Suggest the self-serve option in the app for future reschedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Returned before with the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (Oathkeeper TAT %n h)</source>
        <translation>
            <numerusform>Due %1 (Oathkeeper TAT %n h)</numerusform>
            <numerusform>Due %1 (Oathkeeper TAT %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all active escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the escalations L2 is still working, to reassign or close them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all acti&amp;ve escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent must do (needed to return), or why it is closed (needed to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the resolution and close the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the escalation back to the agent who worked it, with your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;urn to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the escalation; the note says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;L2 agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent to reassign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the escalation to the chosen agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reass&amp;ign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full mobile numbers and email addresses in the file; the export is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact detail&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review queue to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active or resolved escalation(s), %1 waiting for your review</source>
        <translation>
            <numerusform>%n active or resolved escalation, %1 waiting for your review</numerusform>
            <numerusform>%n active or resolved escalations, %1 waiting for your review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) waiting for your review</source>
        <translation>
            <numerusform>%n escalation waiting for your review</numerusform>
            <numerusform>%n escalations waiting for your review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n past the Oathkeeper TAT</source>
        <translation>
            <numerusform>%1 · %n past the Oathkeeper TAT</numerusform>
            <numerusform>%1 · %n past the Oathkeeper TAT</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an escalation to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 · %2 · escalated by %3 · worked by %4 · due %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned before with the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No L2 agent to reassign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>L1 agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate to L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk the L2 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work the L2 escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the tagging of incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the whole audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the floor settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Search by order ID (OD followed by 15 to 21 digits, or its first 8 characters or more), ticket ID, 10-digit mobile number (+91, 0, spaces and dashes are fine) or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of an order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to find an order: type at least 8 characters (OD and 6 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID: it is OD followed by 15 to 21 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number (it starts with 6, 7, 8 or 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID, ticket ID, mobile number or email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>No ticket (booking not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to AssistDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example l1.meera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no agents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first supervisor account. The supervisor then adds the agents (assistdesk-cli agent add). The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is recorded under your agent ID. Forgot your password? Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopFacts</name>
    <message>
        <source>Ticket %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is before today %3: breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is today: not breached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is after today %3: not breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refund %1 on %2, TAT %n day(s)</source>
        <translation>
            <numerusform>Refund %1 on %2, TAT %n day</numerusform>
            <numerusform>Refund %1 on %2, TAT %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund is processed: the TAT is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refund due %1 (initiated %2 + %n day(s)) is before today %3: TAT breached</source>
        <translation>
            <numerusform>Refund due %1 (initiated %2 + %n day) is before today %3: TAT breached</numerusform>
            <numerusform>Refund due %1 (initiated %2 + %n days) is before today %3: TAT breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund due %1 (initiated %2 + %n day(s)), today is %3: within the TAT</source>
        <translation>
            <numerusform>Refund due %1 (initiated %2 + %n day), today is %3: within the TAT</numerusform>
            <numerusform>Refund due %1 (initiated %2 + %n days), today is %3: within the TAT</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has no refund record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no refund record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is registered for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no service ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 has %n service ticket(s)</source>
        <translation>
            <numerusform>Order %1 has %n service ticket</numerusform>
            <numerusform>Order %1 has %n service tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has no service ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket of order %1 is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sub-status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sub-status: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has no completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service completed %1, %n day(s) before today %2: within 30 days</source>
        <translation>
            <numerusform>Service completed %1, %n day before today %2: within 30 days</numerusform>
            <numerusform>Service completed %1, %n days before today %2: within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service completed %1, %n day(s) before today %2: post 30 days</source>
        <translation>
            <numerusform>Service completed %1, %n day before today %2: post 30 days</numerusform>
            <numerusform>Service completed %1, %n days before today %2: post 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 has an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has no invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician %1 is assigned to ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technician is assigned to ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fact AssistDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopLibrary</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <source>SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;evel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d the customer&apos;s scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of the complaint, arrows to choose, Enter to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP library problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps walked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the Tag incident panel and opens the action the outcome needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer or override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overr&amp;ide fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the selected fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fact selected in the steps when the data is wrong; the override is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the scenario filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some SOP files could not be loaded and are left out:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1
  → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the data: %1
  → %2
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by you: %1
  → %2
  The data said &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked (the data cannot tell): %1
  → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assumed: the article&apos;s text was lost here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data says &quot;%1&quot; (%2). Choose what is true; Esc keeps the data&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot tell (%1): ask the customer or check Kapture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer; Enter takes the highlighted answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1 &gt;&gt; %2 &gt;&gt; %3
Queue: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article tags nothing here: follow the steps and close the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalate to L2: Oathkeeper TAT %n hour(s), due %1</source>
        <translation>
            <numerusform>Escalate to L2: Oathkeeper TAT %n hour, due %1</numerusform>
            <numerusform>Escalate to L2: Oathkeeper TAT %n hours, due %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopTreeReader</name>
    <message>
        <source>: scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads to &quot;%1&quot;, which is not a node of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start &quot;%1&quot; is not a node of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes back to &quot;%1&quot;: the walk would never end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be reached from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option needs a label and a next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two options are labelled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of fact %2 (%3, or *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two options take the value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a fact&apos;s options have values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known fact (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fact needs a text (the question it answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script needs a title, steps and a next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disposition must be Resolved or Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (reschedule, reopen, cancel, escalate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the action %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tagging &quot;%1&quot; is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome needs a tagging, an action or a closing script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; escalates to L2: list the escalate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not escalate: remove the escalate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the reschedule action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the reopen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escalate action needs an escalating tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 action needs the tagging that goes with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome ends the walk: it has no options and no next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node kind (fact, question, script, outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tree needs an id, a process and a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;level&quot; must be L1 or L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tree needs the service lines it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tree needs scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two scenarios have this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two nodes have this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopWalk</name>
    <message numerus="yes">
        <source>(Oathkeeper TAT %n h, due %1)</source>
        <translation>
            <numerusform>(Oathkeeper TAT %n h, due %1)</numerusform>
            <numerusform>(Oathkeeper TAT %n h, due %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (overridden by the agent; the data said &quot;%3&quot;: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (the data cannot tell: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFloor</name>
    <message>
        <source>The bare SQLite connection failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCatalog</name>
    <message>
        <source>The status table is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status entry has no code or label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 names an unknown service line &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 has no sub-status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 has an unknown state &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-status of %1 has no code or meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMeaning</name>
    <message>
        <source>Service call is registered with jeeves, not yet assigned to technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service is assigned to a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service site was not ready hence service is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service rescheduled by customer- Updated by technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service is rescheduled by technician, because of some operational issues, agents should see remarks updated by technician here to understand exact reason if mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not responding hence service is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not done, as there is operational issues at the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service getting canceled as customer not responding to technician calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer denied service hence not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non serviceable location/ product hence service getting canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service is canceled as customer not responding to technician calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non serviceable location/ product hence service canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current sf/ branch did not have capacity to provide service hence its being transferred to a different sf/ branch to complete the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST is assigned for pickup of mobile phone. This is related to Mobile repair cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone is inwarded to workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone got damaged during the transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Not Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorBoard</name>
    <message>
        <source>Supervisor board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor board unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor board sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging &amp;QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audi&amp;t log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see the supervisor board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a supervisor to see the supervisor board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor board is for supervisors: %1 is signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold customers&apos; full mobile numbers and email addresses. Keep it where only the people who need it can read it, and delete it when done.

The export is recorded in the audit log under your name. Include contact details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: contact details were not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagIncidentPanel</name>
    <message>
        <source>Tag incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, arrows to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What submitting does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an order to tag an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (no ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident type: queue, disposition and remarks then fill themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalates to %1 with an Oathkeeper TAT of %n hour(s): tell the customer.</source>
        <translation>
            <numerusform>Escalates to %1 with an Oathkeeper TAT of %n hour: tell the customer.</numerusform>
            <numerusform>Escalates to %1 with an Oathkeeper TAT of %n hours: tell the customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit opens the %1 dialog: the ticket changes and the incident is tagged in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled on this contact: nothing is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;ueue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the incident type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is not in Cancel Initiated: the customer&apos;s request is recorded; the customer cancels in My Bookings, or the partner does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingCatalog</name>
    <message>
        <source>The tagging catalog is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; needs a unique id, a name and a priority of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagging catalog has no queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarks_limit must be at least 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown type, disposition or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an incident type, a remarks template and its source in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown queue &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an escalating entry needs tat_hours, and only an escalating entry may have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the remarks template is longer than the %2-character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unknown placeholder {%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats &quot;%2&quot; under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagging catalog has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingQa</name>
    <message>
        <source>open tagging QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tagging the incident should have had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the tagging it has: mark it correct instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: tagging correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: tagging wrong; it should have been %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read tagging accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingQaModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong: should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingQaPage</name>
    <message>
        <source>Tagging QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not re&amp;viewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload tagging QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents for tagging QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging accuracy in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging accuracy per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what was right or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the tagging correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ight tagging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the tagging wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the tagging wrong, with the right tagging chosen beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging QA message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tagging QA list to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right tagging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period: the first day on or before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging QA could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) listed, %1 not reviewed</source>
        <translation>
            <numerusform>%n incident listed, %1 not reviewed</numerusform>
            <numerusform>%n incidents listed, %1 not reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to review its tagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 · %2 · tagged by %3: %4
Remarks: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Open an order first: an incident is always tagged on an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident type of the tagging catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the remarks: what the customer said and what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remarks are %1 characters long; the limit is %2. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is cancelled (%1); a cancelled service cannot be rescheduled. Ask the customer to place a fresh order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is already completed (%1); it cannot be rescheduled. If the customer reports a problem within 30 days of service, reopen it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile repair can only be rescheduled before the pickup (Created or Pickup); this ticket is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date %1 is in the past; choose today (%2) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new date %1 is more than %n day(s) away; the latest possible date is %2.</source>
        <translation>
            <numerusform>The new date %1 is more than %n day away; the latest possible date is %2.</numerusform>
            <numerusform>The new date %1 is more than %n days away; the latest possible date is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen is only possible for a completed service; this ticket is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has no completion time, so the 30-day service warranty cannot be checked. Escalate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopen is only possible within 30 days of service; this service was completed %n day(s) ago (on %1).</source>
        <translation>
            <numerusform>Reopen is only possible within 30 days of service; this service was completed %n day ago (on %1).</numerusform>
            <numerusform>Reopen is only possible within 30 days of service; this service was completed %n days ago (on %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full new address (house, street, area, city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel is only possible when the ticket is in Cancel Initiated; this ticket is %1. The customer can cancel the booking from My Bookings in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes with the %2 action: use %2 on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 action is tagged &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1 in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket first: %1 works on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already escalated for this %2 and still open (due %3). Share that TAT with the customer instead of escalating again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not escalated to L2; tag it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistDesk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled to %1, slot %2, at the customer&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the service is reopened (what the customer reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers and email shown in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reschedule horizon must be from 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident type that escalates with an Oathkeeper TAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oathkeeper TAT must be from 1 to 720 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit registered: %1 reopened (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened (%1): %2. New ticket %3, SPD %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled from Cancel Initiated; the reason stays %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sign in first: every action is recorded under the agent who does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 agents and supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in as %2: only %3 may %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AssistDesk: the Flipkart Home Services support console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, hi); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this day (IST) as today, for training and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to a ready window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this agent ID in the sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --measure-startup: then open N orders spread over the database, one after the other, and print the time and the peak memory before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
