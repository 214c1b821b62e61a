<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityModel</name>
    <message>
        <source>%1, %2: %3 / %4. %5</source>
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
        <source>Usage: assistdesk-cli [--lang LANG] COMMAND [OPTIONS]

Commands:
  import [--db FILE] DOC...             Load order documents (one document, an array, or JSON Lines)
  order show [--db FILE] [--json] ID    Print an order (OD ID or ticket ID)
  search [--db FILE] [--json] TEXT      Find orders by OD ID, ticket ID, mobile number or email
  demo [--db FILE] [--orders N] [--seed S]  Write realistic demo orders
  db-path                               Print where the default database lives

Run &quot;assistdesk-cli COMMAND --help&quot; for the options of a command.
Exit status: 0 done, 1 not found, 2 input rejected, 4 database problem, 64 usage error.
</source>
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
        <source>Show phone numbers and email in full in the text report.</source>
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
    <message numerus="yes">
        <source>Completed:   %1 (%n day(s) ago, %2)</source>
        <translation>
            <numerusform>Completed:   %1 (%n day ago, %2)</numerusform>
            <numerusform>Completed:   %1 (%n days ago, %2)</numerusform>
        </translation>
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
        <source>Show phone numbers in full.</source>
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
    <name>MainWindow</name>
    <message>
        <source>AssistDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
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
        <source>&amp;Reveal</source>
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
        <source>&amp;Mask</source>
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
</context>
</TS>
