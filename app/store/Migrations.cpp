#include "Migrations.h"

using namespace Qt::StringLiterals;

// Times are Unix seconds (UTC) in INTEGER columns: compact, and they sort. Calendar dates (SPD,
// promised delivery) are ISO 'YYYY-MM-DD' text, which sorts too. Money is whole paise.
const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1,
         u"orders, customers, tickets and every ticket section"_s,
         {
             // A customer is a registered mobile number; name and email are the latest known.
             // Each order keeps the details it was placed with (the KM's "Customer Information":
             // name, email, phone and address used for placing the order).
             u"CREATE TABLE customers ("
             "  id INTEGER PRIMARY KEY,"
             "  phone TEXT NOT NULL UNIQUE,"
             "  name TEXT NOT NULL,"
             "  email TEXT NOT NULL)"_s,

             u"CREATE TABLE orders ("
             "  id INTEGER PRIMARY KEY,"
             "  order_id TEXT NOT NULL UNIQUE,"
             "  customer_id INTEGER NOT NULL REFERENCES customers (id),"
             "  placed_at INTEGER NOT NULL,"
             "  platform TEXT NOT NULL CHECK (platform IN ('android', 'ios', 'web')),"
             "  payment TEXT NOT NULL CHECK (payment IN ('prepaid', 'cash')),"
             "  amount_paise INTEGER NOT NULL CHECK (amount_paise >= 0),"
             "  customer_name TEXT NOT NULL,"
             "  customer_email TEXT NOT NULL,"
             "  alt_phone TEXT,"
             "  address TEXT NOT NULL,"
             "  pincode TEXT NOT NULL,"
             "  city TEXT NOT NULL,"
             "  refund_status TEXT CHECK (refund_status IN ('initiated', 'processed', 'failed')),"
             "  refund_initiated_at INTEGER,"
             "  refund_tat_days INTEGER)"_s,
             u"CREATE INDEX orders_customer ON orders (customer_id, placed_at)"_s,
             u"CREATE INDEX orders_email ON orders (customer_email COLLATE NOCASE)"_s,
             u"CREATE INDEX orders_alt_phone ON orders (alt_phone) WHERE alt_phone IS NOT NULL"_s,

             u"CREATE TABLE tickets ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_id TEXT NOT NULL UNIQUE COLLATE NOCASE,"
             "  order_ref INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  service_line TEXT NOT NULL"
             "    CHECK (service_line IN ('installation', 'maintenance', 'large_repair', 'mobile_repair')),"
             "  service TEXT NOT NULL,"
             "  product_category TEXT NOT NULL,"
             "  product_brand TEXT NOT NULL,"
             "  product_model TEXT,"
             "  product_serial TEXT,"
             "  status TEXT NOT NULL,"
             "  sub_status TEXT NOT NULL,"
             "  created_at INTEGER NOT NULL,"
             "  spd TEXT NOT NULL,"
             "  delivery_promised TEXT,"
             "  slot TEXT,"
             "  technician_name TEXT,"
             "  technician_phone TEXT,"
             "  completed_at INTEGER,"
             "  invoice_available INTEGER NOT NULL DEFAULT 1)"_s,
             u"CREATE INDEX tickets_order ON tickets (order_ref, position)"_s,

             u"CREATE TABLE ticket_activity ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_ref INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  at INTEGER NOT NULL,"
             "  actor TEXT NOT NULL,"
             "  status TEXT NOT NULL,"
             "  sub_status TEXT NOT NULL,"
             "  remark TEXT NOT NULL)"_s,
             u"CREATE INDEX ticket_activity_ticket ON ticket_activity (ticket_ref, position)"_s,

             u"CREATE TABLE ticket_reopens ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_ref INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  at INTEGER NOT NULL,"
             "  reason TEXT NOT NULL,"
             "  new_ticket_id TEXT)"_s,
             u"CREATE INDEX ticket_reopens_ticket ON ticket_reopens (ticket_ref, position)"_s,

             u"CREATE TABLE fake_flags ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_ref INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  at INTEGER NOT NULL,"
             "  kind TEXT NOT NULL,"
             "  detail TEXT NOT NULL)"_s,
             u"CREATE INDEX fake_flags_ticket ON fake_flags (ticket_ref, position)"_s,

             u"CREATE TABLE ticket_sales ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_ref INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  item TEXT NOT NULL,"
             "  price_paise INTEGER NOT NULL CHECK (price_paise >= 0))"_s,
             u"CREATE INDEX ticket_sales_ticket ON ticket_sales (ticket_ref, position)"_s,

             u"CREATE TABLE ticket_completion ("
             "  ticket_ref INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,"
             "  serial TEXT NOT NULL)"_s,
             u"CREATE TABLE completion_images ("
             "  id INTEGER PRIMARY KEY,"
             "  ticket_ref INTEGER NOT NULL REFERENCES ticket_completion (ticket_ref) ON DELETE CASCADE,"
             "  position INTEGER NOT NULL,"
             "  ref TEXT NOT NULL)"_s,
             u"CREATE INDEX completion_images_ticket ON completion_images (ticket_ref, position)"_s,
         }},
        {2,
         u"incidents, escalations, the append-only audit log, floor settings, reopen views"_s,
         {
             u"ALTER TABLE ticket_reopens ADD COLUMN view TEXT"_s,
             u"ALTER TABLE ticket_reopens ADD COLUMN detail TEXT"_s,

             // One tagged interaction. order_id and ticket_id are kept as text too, so the
             // history still reads right if a re-import drops the ticket.
             u"CREATE TABLE incidents ("
             "  id INTEGER PRIMARY KEY,"
             "  created_at INTEGER NOT NULL,"
             "  agent TEXT NOT NULL,"
             "  channel TEXT NOT NULL CHECK (channel IN ('Inbound', 'Email')),"
             "  kind TEXT NOT NULL CHECK (kind IN ('Complaint', 'Enquiry', 'Request')),"
             "  entry_id TEXT NOT NULL,"
             "  incident_type TEXT NOT NULL,"
             "  sub_type TEXT,"
             "  queue TEXT NOT NULL,"
             "  disposition TEXT NOT NULL CHECK (disposition IN ('Resolved', 'Unresolved')),"
             "  remarks TEXT NOT NULL,"
             "  order_ref INTEGER NOT NULL REFERENCES orders (id),"
             "  order_id TEXT NOT NULL,"
             "  ticket_ref INTEGER REFERENCES tickets (id) ON DELETE SET NULL,"
             "  ticket_id TEXT,"
             "  action TEXT,"
             "  handle_seconds INTEGER,"
             "  sop_path TEXT)"_s,
             u"CREATE INDEX incidents_order ON incidents (order_ref, created_at)"_s,

             u"CREATE TABLE escalations ("
             "  id INTEGER PRIMARY KEY,"
             "  incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents (id),"
             "  created_at INTEGER NOT NULL,"
             "  due_at INTEGER NOT NULL,"
             "  tat_hours INTEGER NOT NULL CHECK (tat_hours > 0),"
             "  queue TEXT NOT NULL,"
             "  status TEXT NOT NULL DEFAULT 'open',"
             "  entry_id TEXT NOT NULL,"
             "  order_ref INTEGER NOT NULL REFERENCES orders (id),"
             "  ticket_ref INTEGER REFERENCES tickets (id) ON DELETE SET NULL)"_s,
             u"CREATE INDEX escalations_open ON escalations (status, due_at)"_s,
             u"CREATE INDEX escalations_order ON escalations (order_ref, entry_id, status)"_s,

             // Append-only: the application has no statement that changes a row, and the
             // database refuses one from anybody else.
             u"CREATE TABLE audit_log ("
             "  id INTEGER PRIMARY KEY,"
             "  at INTEGER NOT NULL,"
             "  agent TEXT NOT NULL,"
             "  action TEXT NOT NULL,"
             "  entity TEXT NOT NULL,"
             "  entity_id TEXT NOT NULL,"
             "  order_id TEXT,"
             "  before_json TEXT,"
             "  after_json TEXT,"
             "  detail TEXT)"_s,
             u"CREATE INDEX audit_log_order ON audit_log (order_id, at)"_s,
             u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
             " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
             u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
             " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,

             // Settings shared by the whole floor (Oathkeeper TATs, reschedule horizon).
             u"CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
         }},
        {3,
         u"agents and sign-in, the L2 desk's escalation workflow, tagging QA"_s,
         {
             // Passwords are Argon2id strings from libsodium (docs/security.md). failed_sign_ins
             // and locked_until slow down guessing.
             u"CREATE TABLE agents ("
             "  id TEXT PRIMARY KEY COLLATE NOCASE,"
             "  name TEXT NOT NULL,"
             "  role TEXT NOT NULL CHECK (role IN ('L1', 'L2', 'Supervisor')),"
             "  password_hash TEXT NOT NULL,"
             "  disabled INTEGER NOT NULL DEFAULT 0,"
             "  created_at INTEGER NOT NULL,"
             "  failed_sign_ins INTEGER NOT NULL DEFAULT 0,"
             "  locked_until INTEGER)"_s,

             // The escalation workflow: open → in_progress (an L2 agent took it) → brand
             // (re-escalated to the brand) → resolved (waiting for the supervisor's review) →
             // closed. assignee is the L2 agent working it.
             u"ALTER TABLE escalations ADD COLUMN assignee TEXT"_s,
             u"ALTER TABLE escalations ADD COLUMN updated_at INTEGER"_s,
             u"ALTER TABLE escalations ADD COLUMN resolved_at INTEGER"_s,
             u"ALTER TABLE escalations ADD COLUMN review_note TEXT"_s,
             u"CREATE TABLE escalation_events ("
             "  id INTEGER PRIMARY KEY,"
             "  escalation_id INTEGER NOT NULL REFERENCES escalations (id),"
             "  at INTEGER NOT NULL,"
             "  agent TEXT NOT NULL,"
             "  kind TEXT NOT NULL,"
             "  partner_update TEXT,"
             "  new_date TEXT,"
             "  note TEXT)"_s,
             u"CREATE INDEX escalation_events_escalation ON escalation_events (escalation_id, at)"_s,
             u"CREATE INDEX escalations_due ON escalations (due_at)"_s,

             // Tagging QA: one review per incident; a wrong tagging names the right entry.
             u"CREATE TABLE tagging_reviews ("
             "  id INTEGER PRIMARY KEY,"
             "  incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents (id),"
             "  at INTEGER NOT NULL,"
             "  reviewer TEXT NOT NULL,"
             "  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),"
             "  correct_entry_id TEXT,"
             "  note TEXT)"_s,
             u"CREATE INDEX incidents_created ON incidents (created_at)"_s,
             u"CREATE INDEX incidents_agent ON incidents (agent, created_at)"_s,
         }},
        {4,
         u"CHECK constraints without a temporary b-tree on every insert"_s,
         {
             // SQLite 3.40 checks "x IN (a, b, c)" (three values or more) by filling a temporary
             // b-tree, with a page cache of its own, on every INSERT into the table; allocating
             // and freeing that cache made writing an order several times slower
             // (docs/performance.md). The same rules written as comparisons joined by OR accept
             // and refuse exactly the same values (NULL included): only the definitions' text
             // changes, never a stored row.
             u"UPDATE sqlite_schema SET sql = replace(sql,"
             " 'platform IN (''android'', ''ios'', ''web'')',"
             " 'platform = ''android'' OR platform = ''ios'' OR platform = ''web''')"
             " WHERE type = 'table' AND name = 'orders'"_s,
             u"UPDATE sqlite_schema SET sql = replace(sql,"
             " 'refund_status IN (''initiated'', ''processed'', ''failed'')',"
             " 'refund_status = ''initiated'' OR refund_status = ''processed'' OR refund_status = ''failed''')"
             " WHERE type = 'table' AND name = 'orders'"_s,
             u"UPDATE sqlite_schema SET sql = replace(sql,"
             " 'service_line IN (''installation'', ''maintenance'', ''large_repair'', ''mobile_repair'')',"
             " 'service_line = ''installation'' OR service_line = ''maintenance'''"
             " || ' OR service_line = ''large_repair'' OR service_line = ''mobile_repair''')"
             " WHERE type = 'table' AND name = 'tickets'"_s,
             u"UPDATE sqlite_schema SET sql = replace(sql,"
             " 'kind IN (''Complaint'', ''Enquiry'', ''Request'')',"
             " 'kind = ''Complaint'' OR kind = ''Enquiry'' OR kind = ''Request''')"
             " WHERE type = 'table' AND name = 'incidents'"_s,
         },
         true},
    };
    return steps;
}
