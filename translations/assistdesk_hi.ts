<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ActivityModel</name>
    <message>
        <source>%1, %2: %3 / %4. %5</source>
        <translation>%1, %2: %3 / %4. %5</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>डेटाबेस फ़ाइल (डिफ़ॉल्ट: %1)।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take this day (IST) as today for every time fact (SPD, warranty, refund TAT).</source>
        <translation>हर समय-गणना (SPD, वारंटी, रिफंड TAT) के लिए इस दिन (IST) को आज मानें।</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
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
        <translation>इस्तेमाल: assistdesk-cli [--lang LANG] COMMAND [OPTIONS]

कमांड:
  import [--db FILE] DOC...             ऑर्डर डॉक्यूमेंट लोड करें (एक डॉक्यूमेंट, उनका ऐरे, या JSON Lines)
  order show [--db FILE] [--json] ID    ऑर्डर प्रिंट करें (OD ID या टिकट ID)
  search [--db FILE] [--json] TEXT      OD ID, टिकट ID, मोबाइल नंबर या ईमेल से ऑर्डर खोजें
  demo [--db FILE] [--orders N] [--seed S]  असली जैसे डेमो ऑर्डर बनाएँ
  db-path                               डिफ़ॉल्ट डेटाबेस कहाँ है, यह प्रिंट करें

किसी कमांड के ऑप्शन देखने के लिए &quot;assistdesk-cli COMMAND --help&quot; चलाएँ।
एग्ज़िट स्टेटस: 0 पूरा, 1 नहीं मिला, 2 इनपुट अस्वीकार, 4 डेटाबेस की समस्या, 64 गलत इस्तेमाल।
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>कोई कमांड नहीं दी गई।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अनजान कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date: write it as YYYY-MM-DD, for example 2026-11-20.</source>
        <translation>--today &quot;%1&quot; तारीख नहीं है: इसे YYYY-MM-DD की तरह लिखें, जैसे 2026-11-20।</translation>
    </message>
    <message>
        <source>db-path takes no arguments.</source>
        <translation>db-path के साथ कोई आर्ग्युमेंट नहीं दिया जाता।</translation>
    </message>
    <message>
        <source>Load order documents into the database. Each document is checked on its own; a rejected one is reported with its file, index, JSON path and reason and nothing of it is written.</source>
        <translation>ऑर्डर डॉक्यूमेंट डेटाबेस में लोड करें। हर डॉक्यूमेंट अलग से जाँचा जाता है; अस्वीकार हुए डॉक्यूमेंट की फ़ाइल, इंडेक्स, JSON पाथ और कारण बताया जाता है, और उसका कुछ भी सेव नहीं होता।</translation>
    </message>
    <message>
        <source>Files holding one order document, an array of them, or JSON Lines.</source>
        <translation>फ़ाइलें, जिनमें एक ऑर्डर डॉक्यूमेंट, डॉक्यूमेंट का ऐरे, या JSON Lines हों।</translation>
    </message>
    <message>
        <source>import needs at least one document file.</source>
        <translation>import के लिए कम से कम एक डॉक्यूमेंट फ़ाइल चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>%n ऑर्डर इम्पोर्ट हुआ</numerusform>
            <numerusform>%n ऑर्डर इम्पोर्ट हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n अस्वीकार</numerusform>
            <numerusform>%n अस्वीकार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n चेतावनी।</numerusform>
            <numerusform>%n चेतावनियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: फ़ाइल पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the last %n document(s) could not be saved: %2</source>
        <translation>
            <numerusform>%1: आख़िरी %n डॉक्यूमेंट सेव नहीं हो सका: %2</numerusform>
            <numerusform>%1: आख़िरी %n डॉक्यूमेंट सेव नहीं हो सके: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: अस्वीकार: %2</translation>
    </message>
    <message>
        <source>%1 %2: warning: %3</source>
        <translation>%1 %2: चेतावनी: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected (%n error(s)); nothing of it was written</source>
        <translation>
            <numerusform>%1: अस्वीकार (%n गलती); इसका कुछ भी सेव नहीं हुआ</numerusform>
            <numerusform>%1: अस्वीकार (%n गलतियाँ); इसका कुछ भी सेव नहीं हुआ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation>%1: सेव करना शुरू नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>%1: rejected: %2; nothing of it was written</source>
        <translation>%1: अस्वीकार: %2; इसका कुछ भी सेव नहीं हुआ</translation>
    </message>
    <message>
        <source>Print an order with every section of its tickets.</source>
        <translation>ऑर्डर को उसके टिकटों के हर सेक्शन के साथ प्रिंट करें।</translation>
    </message>
    <message>
        <source>Print the order document (it imports back to the same order).</source>
        <translation>ऑर्डर डॉक्यूमेंट प्रिंट करें (इसे इम्पोर्ट करने पर वही ऑर्डर बनता है)।</translation>
    </message>
    <message>
        <source>Show phone numbers and email in full in the text report.</source>
        <translation>टेक्स्ट रिपोर्ट में फ़ोन नंबर और ईमेल पूरे दिखाएँ।</translation>
    </message>
    <message>
        <source>The action: show.</source>
        <translation>एक्शन: show।</translation>
    </message>
    <message>
        <source>An OD order ID or a ticket ID.</source>
        <translation>OD ऑर्डर ID या टिकट ID।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli order show [--db FILE] [--json] ID</source>
        <translation>इस्तेमाल: assistdesk-cli order show [--db FILE] [--json] ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID (OD followed by 15 to 21 digits) or a ticket ID.</source>
        <translation>&quot;%1&quot; न तो ऑर्डर ID है (OD के बाद 15 से 21 अंक), न ही टिकट ID।</translation>
    </message>
    <message>
        <source>No ticket %1 in this database.</source>
        <translation>इस डेटाबेस में टिकट %1 नहीं है।</translation>
    </message>
    <message>
        <source>No order %1 in this database.</source>
        <translation>इस डेटाबेस में ऑर्डर %1 नहीं है।</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>ऑर्डर %1</translation>
    </message>
    <message>
        <source>Placed:   %1 via %2, %3, %4</source>
        <translation>ऑर्डर किया: %1, %2 से, %3, %4</translation>
    </message>
    <message>
        <source>Customer: %1, %2, %3</source>
        <translation>ग्राहक:     %1, %2, %3</translation>
    </message>
    <message>
        <source>Alternate: %1</source>
        <translation>दूसरा नंबर:  %1</translation>
    </message>
    <message>
        <source>Address:  %1, %2 %3</source>
        <translation>पता:       %1, %2 %3</translation>
    </message>
    <message>
        <source>Refund:   %1 on %2, TAT %3 days (due %4)%5</source>
        <translation>रिफंड:      %1 (%2), TAT %3 दिन (%4 तक)%5</translation>
    </message>
    <message>
        <source> — TAT breached</source>
        <translation> — TAT पार हो गया</translation>
    </message>
    <message>
        <source>No service ticket: the booking was not confirmed.</source>
        <translation>कोई सर्विस टिकट नहीं: बुकिंग कन्फ़र्म नहीं हुई थी।</translation>
    </message>
    <message>
        <source>Ticket %1: %2 (%3)</source>
        <translation>टिकट %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Status:      %1 / %2: %3</source>
        <translation>स्टेटस:          %1 / %2: %3</translation>
    </message>
    <message>
        <source>SPD:         %1</source>
        <translation>SPD:           %1</translation>
    </message>
    <message>
        <source>Delivery by: %1</source>
        <translation>डिलीवरी तारीख: %1</translation>
    </message>
    <message>
        <source>Slot:        %1</source>
        <translation>स्लॉट:          %1</translation>
    </message>
    <message>
        <source>Technician:  %1</source>
        <translation>टेक्नीशियन:      %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>असाइन नहीं हुआ</translation>
    </message>
    <message>
        <source>Product:     %1, %2%3%4</source>
        <translation>प्रोडक्ट:        %1, %2%3%4</translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation>, सीरियल %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed:   %1 (%n day(s) ago, %2)</source>
        <translation>
            <numerusform>पूरा हुआ:        %1 (%n दिन पहले, %2)</numerusform>
            <numerusform>पूरा हुआ:        %1 (%n दिन पहले, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>within the 30-day service warranty</source>
        <translation>30 दिन की सर्विस वारंटी के अंदर</translation>
    </message>
    <message>
        <source>past the 30-day service warranty</source>
        <translation>30 दिन की सर्विस वारंटी से बाहर</translation>
    </message>
    <message>
        <source>Activity (newest first):</source>
        <translation>एक्टिविटी (सबसे नई पहले):</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>अभी तक कोई एक्टिविटी नहीं</translation>
    </message>
    <message>
        <source>Reopen history:</source>
        <translation>रीओपन हिस्ट्री:</translation>
    </message>
    <message>
        <source>No reopens</source>
        <translation>कोई रीओपन नहीं</translation>
    </message>
    <message>
        <source>  (new ticket %1)</source>
        <translation>  (नया टिकट %1)</translation>
    </message>
    <message>
        <source>Fake detection:</source>
        <translation>फ़र्ज़ी अपडेट जाँच:</translation>
    </message>
    <message>
        <source>No fake updates detected</source>
        <translation>कोई फ़र्ज़ी अपडेट नहीं मिला</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>बिक्री:</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>कोई बिक्री नहीं</translation>
    </message>
    <message>
        <source>Total  %1</source>
        <translation>कुल  %1</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>कम्प्लीशन:</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>अभी पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>सीरियल %1</translation>
    </message>
    <message>
        <source>Print the hits as a JSON array.</source>
        <translation>नतीजे JSON ऐरे के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>Show phone numbers in full.</source>
        <translation>फ़ोन नंबर पूरे दिखाएँ।</translation>
    </message>
    <message>
        <source>At most this many hits (default %1).</source>
        <translation>ज़्यादा से ज़्यादा इतने नतीजे (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What the customer gave: OD ID, ticket ID, mobile or email.</source>
        <translation>ग्राहक ने जो बताया: OD ID, टिकट ID, मोबाइल या ईमेल।</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 1 or more.</source>
        <translation>--limit 1 या उससे बड़ी पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search के लिए खोजने को कुछ दें।</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n टिकट</numerusform>
            <numerusform>%n टिकट</numerusform>
        </translation>
    </message>
    <message>
        <source>(ticket %1)</source>
        <translation>(टिकट %1)</translation>
    </message>
    <message>
        <source>No order matches %1 %2.</source>
        <translation>%1 %2 के लिए कोई ऑर्डर नहीं मिला।</translation>
    </message>
    <message>
        <source>Write realistic, deterministic demo orders: the same seed and the same --today give the same orders.</source>
        <translation>असली जैसे, हर बार एक जैसे डेमो ऑर्डर बनाएँ: वही सीड और वही --today देने पर वही ऑर्डर बनते हैं।</translation>
    </message>
    <message>
        <source>How many orders (default %1).</source>
        <translation>कितने ऑर्डर (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>रैंडम सीड (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Folder for the sample completion photos (default: assistdesk-media beside the database).</source>
        <translation>सैंपल कम्प्लीशन फ़ोटो का फ़ोल्डर (डिफ़ॉल्ट: डेटाबेस के पास assistdesk-media)।</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Reference completion photos by URL only; write no image files.</source>
        <translation>कम्प्लीशन फ़ोटो सिर्फ़ URL से जोड़ें; कोई इमेज फ़ाइल न लिखें।</translation>
    </message>
    <message>
        <source>demo takes no file arguments; give the database with --db FILE.</source>
        <translation>demo के साथ फ़ाइल आर्ग्युमेंट नहीं दिए जाते; डेटाबेस --db FILE से दें।</translation>
    </message>
    <message>
        <source>--orders must be a whole number from 1 to 100000000.</source>
        <translation>--orders 1 से 100000000 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 of %2 orders written</source>
        <translation>%2 में से %1 ऑर्डर सेव हुए</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n demo order(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>%n डेमो ऑर्डर %1 में सेव हुआ (%2 सेकंड में)।</numerusform>
            <numerusform>%n डेमो ऑर्डर %1 में सेव हुए (%2 सेकंड में)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Installation</source>
        <translation>इंस्टॉलेशन</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>मेंटेनेंस</translation>
    </message>
    <message>
        <source>Large repair</source>
        <translation>लार्ज रिपेयर</translation>
    </message>
    <message>
        <source>Mobile repair</source>
        <translation>मोबाइल रिपेयर</translation>
    </message>
    <message>
        <source>Android app</source>
        <translation>एंड्रॉइड ऐप</translation>
    </message>
    <message>
        <source>iOS app</source>
        <translation>iOS ऐप</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>वेबसाइट</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>प्रीपेड</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <source>Refund initiated</source>
        <translation>रिफंड शुरू</translation>
    </message>
    <message>
        <source>Refund processed</source>
        <translation>रिफंड पूरा</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>रिफंड फ़ेल</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo database with &quot;assistdesk-cli demo --db %1&quot;.</source>
        <translation>%1 पर कोई डेटाबेस नहीं है। पाथ जाँचें, या &quot;assistdesk-cli demo --db %1&quot; से डेमो डेटाबेस बनाएँ।</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another location.</source>
        <translation>डेटाबेस के लिए फ़ोल्डर %1 नहीं बन सका। जाँचें कि आपको वहाँ लिखने की अनुमति है, या कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं। किसी फ़ाइल का पाथ दें।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 को पढ़ा नहीं जा सका: %2। फ़ाइल की परमिशन जाँचें।</translation>
    </message>
    <message>
        <source>%1 is not an AssistDesk database (it is not an SQLite database file at all). AssistDesk left it untouched; choose the right file.</source>
        <translation>%1 AssistDesk डेटाबेस नहीं है (यह SQLite डेटाबेस फ़ाइल ही नहीं है)। AssistDesk ने इसमें कोई बदलाव नहीं किया; सही फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>डेटाबेस %1 खुल नहीं सका: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>डेटाबेस %1 तैयार नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date: %2. The file was left as it was before.</source>
        <translation>डेटाबेस %1 अपडेट नहीं हो सका: %2। फ़ाइल पहले जैसी ही छोड़ दी गई है।</translation>
    </message>
    <message>
        <source>%1 is not an AssistDesk database (SQLite cannot read it as a database). AssistDesk left it untouched; choose the right file.</source>
        <translation>%1 AssistDesk डेटाबेस नहीं है (SQLite इसे डेटाबेस के रूप में नहीं पढ़ पाया)। AssistDesk ने इसमें कोई बदलाव नहीं किया; सही फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup; AssistDesk did not change it.</source>
        <translation>डेटाबेस %1 ख़राब है (%2)। इसे बैकअप से रीस्टोर करें; AssistDesk ने इसमें कोई बदलाव नहीं किया।</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>डेटाबेस %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an AssistDesk database. AssistDesk left it untouched; choose the right file.</source>
        <translation>%1 किसी दूसरे प्रोग्राम का SQLite डेटाबेस है, AssistDesk डेटाबेस नहीं। AssistDesk ने इसमें कोई बदलाव नहीं किया; सही फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The database %1 has no readable schema version (%2). Restore it from a backup; AssistDesk did not change it.</source>
        <translation>डेटाबेस %1 का स्कीमा वर्ज़न पढ़ा नहीं जा सका (%2)। इसे बैकअप से रीस्टोर करें; AssistDesk ने इसमें कोई बदलाव नहीं किया।</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AssistDesk (schema %2; this version knows schema %3 at most). Update AssistDesk to open it; the file was not changed.</source>
        <translation>डेटाबेस %1 AssistDesk के नए वर्ज़न से लिखा गया है (स्कीमा %2; यह वर्ज़न ज़्यादा से ज़्यादा स्कीमा %3 तक जानता है)। इसे खोलने के लिए AssistDesk अपडेट करें; फ़ाइल में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>स्टेप %1 (%2) फ़ेल हुआ: %3</translation>
    </message>
    <message>
        <source>the database is locked by another program or another AssistDesk that is writing to it. Wait a moment and try again; nothing was changed</source>
        <translation>डेटाबेस लॉक है: कोई दूसरा प्रोग्राम या दूसरा AssistDesk इसमें लिख रहा है। थोड़ा रुककर फिर कोशिश करें; कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>the database file is read-only. Ask IT for write access to it; nothing was changed</source>
        <translation>डेटाबेस फ़ाइल सिर्फ़ पढ़ने के लिए (read-only) है। IT से इसमें लिखने की अनुमति माँगें; कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup; nothing was changed</source>
        <translation>डेटाबेस फ़ाइल ख़राब है (%1)। इसे बैकअप से रीस्टोर करें; कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was changed</source>
        <translation>डिस्क भर गई है। कुछ जगह ख़ाली करें और फिर कोशिश करें; कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1). Check the disk or network drive; nothing was changed</source>
        <translation>डेटाबेस फ़ाइल पढ़ी या लिखी नहीं जा सकी (%1)। डिस्क या नेटवर्क ड्राइव जाँचें; कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1). Check that it still exists and that you may use it</source>
        <translation>डेटाबेस फ़ाइल खुल नहीं सकती (%1)। जाँचें कि फ़ाइल अब भी मौजूद है और आपको इसे इस्तेमाल करने की अनुमति है</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>डेटाबेस में गड़बड़ी: %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot create the folder %1 for the demo photos.</source>
        <translation>डेमो फ़ोटो के लिए फ़ोल्डर %1 नहीं बन सका।</translation>
    </message>
    <message>
        <source>Cannot write the demo photo %1.</source>
        <translation>डेमो फ़ोटो %1 सेव नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Demo order %1 could not be written: %2</source>
        <translation>डेमो ऑर्डर %1 सेव नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>बीता कल</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>आने वाला कल</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n दिन बाद</numerusform>
            <numerusform>%n दिन बाद</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>line %1, column %2</source>
        <translation>लाइन %1, कॉलम %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल ख़ाली है</translation>
    </message>
    <message>
        <source>the array holds no documents</source>
        <translation>ऐरे में कोई डॉक्यूमेंट नहीं है</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>सही JSON नहीं है: %2 पर %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>लाइन %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>सही JSON नहीं है (कॉलम %2 पर %1)</translation>
    </message>
    <message>
        <source>a line of JSON Lines must hold one object, found an array</source>
        <translation>JSON Lines की हर लाइन में एक ऑब्जेक्ट होना चाहिए, पर ऐरे मिला</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AssistDesk</source>
        <translation>AssistDesk</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>Order search</source>
        <translation>ऑर्डर खोज</translation>
    </message>
    <message>
        <source>Order ID (OD…), ticket ID, mobile number or email — then Enter</source>
        <translation>ऑर्डर ID (OD…), टिकट ID, मोबाइल नंबर या ईमेल — फिर Enter दबाएँ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>खोज संदेश</translation>
    </message>
    <message>
        <source>Find the customer&apos;s order</source>
        <translation>ग्राहक का ऑर्डर खोजें</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>खोज सहायता</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>डेटाबेस में समस्या</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>दूसरा डेटाबेस खोलें…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>दूसरा डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation>खोज के नतीजों का सारांश</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>खोज के नतीजे</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>ऑर्डर(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>डेटाबेस खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Order</source>
        <translation>ऑर्डर खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to Results</source>
        <translation>नतीजों पर वापस जाएँ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reveal Contact Details</source>
        <translation>संपर्क जानकारी दिखाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About AssistDesk</source>
        <translation>&amp;AssistDesk के बारे में</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Today: %1 IST (fixed for training)</source>
        <translation>आज: %1 IST (ट्रेनिंग के लिए तय)</translation>
    </message>
    <message>
        <source>Today: %1 IST</source>
        <translation>आज: %1 IST</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type what the customer gives you and press &lt;b&gt;Enter&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;&lt;b&gt;Order ID&lt;/b&gt; &amp;nbsp;OD428012345678901234 &amp;nbsp;(or its first 8 characters or more)&lt;br&gt;&lt;b&gt;Ticket ID&lt;/b&gt; &amp;nbsp;FHS4000123457&lt;br&gt;&lt;b&gt;Mobile&lt;/b&gt; &amp;nbsp;98765 43210, +91 98765-43210 or 098765 43210&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; &amp;nbsp;name@example.com&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;F3&lt;/b&gt; comes back to the search box from anywhere. &lt;b&gt;Ctrl+PgDn&lt;/b&gt; / &lt;b&gt;Ctrl+PgUp&lt;/b&gt; switch between the tickets of an order.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ग्राहक जो बताए, वह टाइप करें और &lt;b&gt;Enter&lt;/b&gt; दबाएँ:&lt;/p&gt;&lt;p&gt;&lt;b&gt;ऑर्डर ID&lt;/b&gt; &amp;nbsp;OD428012345678901234 &amp;nbsp;(या उसके शुरू के 8 या ज़्यादा कैरेक्टर)&lt;br&gt;&lt;b&gt;टिकट ID&lt;/b&gt; &amp;nbsp;FHS4000123457&lt;br&gt;&lt;b&gt;मोबाइल&lt;/b&gt; &amp;nbsp;98765 43210, +91 98765-43210 या 098765 43210&lt;br&gt;&lt;b&gt;ईमेल&lt;/b&gt; &amp;nbsp;name@example.com&lt;/p&gt;&lt;p&gt;कहीं से भी &lt;b&gt;Ctrl+F&lt;/b&gt; या &lt;b&gt;F3&lt;/b&gt; दबाकर खोज बॉक्स पर लौटें। &lt;b&gt;Ctrl+PgDn&lt;/b&gt; / &lt;b&gt;Ctrl+PgUp&lt;/b&gt; से ऑर्डर के टिकटों के बीच जाएँ।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>AssistDesk — search results</source>
        <translation>AssistDesk — खोज के नतीजे</translation>
    </message>
    <message>
        <source>AssistDesk — %1</source>
        <translation>AssistDesk — %1</translation>
    </message>
    <message>
        <source>No database is open: %1</source>
        <translation>कोई डेटाबेस खुला नहीं है: %1</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>खोज नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>No order found for %1 %2. Check it with the customer, or ask for another detail (order ID, mobile, email).</source>
        <translation>%1 %2 के लिए कोई ऑर्डर नहीं मिला। ग्राहक से दोबारा जाँच लें, या कोई और जानकारी माँगें (ऑर्डर ID, मोबाइल, ईमेल)।</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n orders for %1 %2 — type more to narrow it down. Enter opens the selected order.</source>
        <translation>
            <numerusform>%1 %2 का सबसे नया %n ऑर्डर — नतीजे कम करने के लिए और टाइप करें। Enter दबाने पर चुना हुआ ऑर्डर खुलेगा।</numerusform>
            <numerusform>%1 %2 के सबसे नए %n ऑर्डर — नतीजे कम करने के लिए और टाइप करें। Enter दबाने पर चुना हुआ ऑर्डर खुलेगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders for %1 %2, newest first. Enter opens the selected order.</source>
        <translation>
            <numerusform>%1 %2 का %n ऑर्डर, सबसे नया पहले। Enter दबाने पर चुना हुआ ऑर्डर खुलेगा।</numerusform>
            <numerusform>%1 %2 के %n ऑर्डर, सबसे नए पहले। Enter दबाने पर चुना हुआ ऑर्डर खुलेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 could not be read: %2</source>
        <translation>ऑर्डर %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Order %1 is no longer in the database.</source>
        <translation>ऑर्डर %1 अब डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>कोई डेटाबेस खुला नहीं</translation>
    </message>
    <message>
        <source>Database: %1 · %2 orders</source>
        <translation>डेटाबेस: %1 · %2 ऑर्डर</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>डेटाबेस नहीं खुल सका</translation>
    </message>
    <message>
        <source>Open AssistDesk database</source>
        <translation>AssistDesk डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>AssistDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>AssistDesk डेटाबेस (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>About AssistDesk</source>
        <translation>AssistDesk के बारे में</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AssistDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The support console for Flipkart Home Services: find the order, read the ticket, follow the SOP, tag the incident.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AssistDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Flipkart Home Services का सपोर्ट कंसोल: ऑर्डर खोजें, टिकट पढ़ें, SOP फ़ॉलो करें, इंसिडेंट टैग करें।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>बूलियन</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>स्ट्रिंग</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ऐरे</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>अनजान फ़ील्ड, छोड़ दिया गया</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>ज़रूरी फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>%1 होना चाहिए, पर %2 मिला</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ख़ाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date-time with offset (for example 2026-11-18T10:15:00+05:30)</source>
        <translation>&quot;%1&quot; ऑफ़सेट वाली ISO-8601 तारीख-समय नहीं है (जैसे 2026-11-18T10:15:00+05:30)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>&quot;%1&quot; YYYY-MM-DD वाली तारीख नहीं है</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>0 या उससे ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is too large for an amount in rupees</source>
        <translation>%1 रुपये की रकम के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; read as %2</source>
        <translation>%1 में दशमलव के बाद दो से ज़्यादा अंक हैं; %2 माना गया</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; इनमें से कोई नहीं है: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number (ten digits starting with 6, 7, 8 or 9, no +91 or 0)</source>
        <translation>&quot;%1&quot; 10 अंकों का भारतीय मोबाइल नंबर नहीं है (6, 7, 8 या 9 से शुरू होने वाले दस अंक, +91 या 0 के बिना)</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>ऑब्जेक्ट होना चाहिए, पर %1 मिला</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of the KM status table (%2)</source>
        <translation>&quot;%1&quot; KM स्टेटस टेबल का स्टेटस नहीं है (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-status of %2 (%3)</source>
        <translation>&quot;%1&quot; %2 का सब-स्टेटस नहीं है (%3)</translation>
    </message>
    <message>
        <source>%1 is not a status %2 tickets normally reach</source>
        <translation>%2 टिकट आम तौर पर %1 स्टेटस तक नहीं पहुँचते</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket ID (a letter, then letters, digits or dashes; 6 to 32 characters with at least one digit)</source>
        <translation>&quot;%1&quot; टिकट ID नहीं है (पहले एक अक्षर, फिर अक्षर, अंक या डैश; 6 से 32 कैरेक्टर, जिनमें कम से कम एक अंक हो)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket ID</source>
        <translation>&quot;%1&quot; टिकट ID नहीं है</translation>
    </message>
    <message>
        <source>must be a file path or URL</source>
        <translation>फ़ाइल पाथ या URL होना चाहिए</translation>
    </message>
    <message>
        <source>the ticket is completed but has no completion time, so the 30-day service warranty cannot be worked out</source>
        <translation>टिकट पूरा हो चुका है पर कम्प्लीशन का समय नहीं है, इसलिए 30 दिन की सर्विस वारंटी का हिसाब नहीं लग सकता</translation>
    </message>
    <message>
        <source>an order document must be a JSON object, found %1</source>
        <translation>ऑर्डर डॉक्यूमेंट JSON ऑब्जेक्ट होना चाहिए, पर %1 मिला</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID (OD followed by 15 to 21 digits)</source>
        <translation>&quot;%1&quot; ऑर्डर ID नहीं है (OD के बाद 15 से 21 अंक)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ईमेल पता नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 6-digit PIN code</source>
        <translation>&quot;%1&quot; 6 अंकों का पिन कोड नहीं है</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>0 से 365 तक दिनों की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>ticket %1 appears twice in this order</source>
        <translation>टिकट %1 इस ऑर्डर में दो बार है</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>ticket %1 already belongs to order %2; a ticket cannot move between orders</source>
        <translation>टिकट %1 पहले से ऑर्डर %2 का है; टिकट एक ऑर्डर से दूसरे ऑर्डर में नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ऑर्डर ID</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>ऑर्डर की जानकारी</translation>
    </message>
    <message>
        <source>Refund state</source>
        <translation>रिफंड की स्थिति</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफंड</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>नतीजों पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Tickets of this order</source>
        <translation>इस ऑर्डर के टिकट</translation>
    </message>
    <message>
        <source>Customer Information</source>
        <translation>ग्राहक की जानकारी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation>ग्राहक का मोबाइल</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>दिखाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Reveal contact details</source>
        <translation>संपर्क जानकारी दिखाएँ</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>दूसरा नंबर</translation>
    </message>
    <message>
        <source>Customer alternate mobile</source>
        <translation>ग्राहक का दूसरा मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>ग्राहक का ईमेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>ग्राहक का पता</translation>
    </message>
    <message>
        <source>Ticket Information</source>
        <translation>टिकट की जानकारी</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>टिकट ID</translation>
    </message>
    <message>
        <source>Ticket state</source>
        <translation>टिकट की स्थिति</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्टेटस</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>टिकट स्टेटस</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>मतलब</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>स्टेटस का मतलब</translation>
    </message>
    <message>
        <source>SPD</source>
        <translation>SPD</translation>
    </message>
    <message>
        <source>Service promised date</source>
        <translation>सर्विस की वादा की गई तारीख</translation>
    </message>
    <message>
        <source>SPD state</source>
        <translation>SPD की स्थिति</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>डिलीवरी की तारीख</translation>
    </message>
    <message>
        <source>Delivery promised date</source>
        <translation>डिलीवरी की वादा की गई तारीख</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>डिलीवरी की स्थिति</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>स्लॉट</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>टेक्नीशियन</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>टिकट बनाया गया</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>सर्विस पूरी हुई</translation>
    </message>
    <message>
        <source>Service warranty state</source>
        <translation>सर्विस वारंटी की स्थिति</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Invoice availability</source>
        <translation>इनवॉइस उपलब्धता</translation>
    </message>
    <message>
        <source>Product Information</source>
        <translation>प्रोडक्ट की जानकारी</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>कैटेगरी</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>प्रोडक्ट कैटेगरी</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <source>Product brand</source>
        <translation>प्रोडक्ट ब्रांड</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>प्रोडक्ट मॉडल</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>सीरियल</translation>
    </message>
    <message>
        <source>Product serial number</source>
        <translation>प्रोडक्ट सीरियल नंबर</translation>
    </message>
    <message>
        <source>Ticket Activity Summary</source>
        <translation>टिकट एक्टिविटी सारांश</translation>
    </message>
    <message>
        <source>Ticket activity</source>
        <translation>टिकट एक्टिविटी</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>अभी तक कोई एक्टिविटी नहीं</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>कोई टिकट नहीं</translation>
    </message>
    <message>
        <source>Ticket Reopen History</source>
        <translation>टिकट रीओपन हिस्ट्री</translation>
    </message>
    <message>
        <source>Reopen history</source>
        <translation>रीओपन हिस्ट्री</translation>
    </message>
    <message>
        <source>No reopens</source>
        <translation>कोई रीओपन नहीं</translation>
    </message>
    <message>
        <source>Fake Detection</source>
        <translation>फ़र्ज़ी अपडेट जाँच</translation>
    </message>
    <message>
        <source>Fake update flags</source>
        <translation>फ़र्ज़ी अपडेट फ़्लैग</translation>
    </message>
    <message>
        <source>No fake updates detected</source>
        <translation>कोई फ़र्ज़ी अपडेट नहीं मिला</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>कुल बिक्री</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>कोई बिक्री नहीं</translation>
    </message>
    <message>
        <source>Ticket Completion Information</source>
        <translation>टिकट कम्प्लीशन की जानकारी</translation>
    </message>
    <message>
        <source>Completion serial number</source>
        <translation>कम्प्लीशन सीरियल नंबर</translation>
    </message>
    <message>
        <source>Completion photos</source>
        <translation>कम्प्लीशन फ़ोटो</translation>
    </message>
    <message>
        <source>Completion photo links</source>
        <translation>कम्प्लीशन फ़ोटो लिंक</translation>
    </message>
    <message>
        <source>Not completed yet: completion proof appears here once the technician closes the service.</source>
        <translation>अभी पूरा नहीं हुआ: टेक्नीशियन के सर्विस बंद करने पर कम्प्लीशन प्रूफ़ यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>Placed %1 · %2 · %3 · %4</source>
        <translation>ऑर्डर किया %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Refund TAT breached</source>
        <translation>रिफंड TAT पार</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This order has no service ticket: the booking was paid for but never confirmed. Check the refund status and follow the SOP for &quot;amount debited but booking not confirmed&quot;.</source>
        <translation>इस ऑर्डर का कोई सर्विस टिकट नहीं है: बुकिंग का पेमेंट हुआ, पर बुकिंग कभी कन्फ़र्म नहीं हुई। रिफंड स्टेटस देखें और &quot;amount debited but booking not confirmed&quot; वाला SOP फ़ॉलो करें।</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>नहीं दिया गया</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>छिपाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Hide the mobile numbers and email again</source>
        <translation>मोबाइल नंबर और ईमेल फिर से छिपाएँ</translation>
    </message>
    <message>
        <source>Show the full mobile numbers and email of this order</source>
        <translation>इस ऑर्डर के पूरे मोबाइल नंबर और ईमेल दिखाएँ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not in the KM status table</source>
        <translation>KM स्टेटस टेबल में नहीं है</translation>
    </message>
    <message>
        <source>Delivery breached</source>
        <translation>डिलीवरी की तारीख निकल गई</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>नहीं चुना गया</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>अभी असाइन नहीं हुआ</translation>
    </message>
    <message>
        <source>Within 30-day warranty</source>
        <translation>30 दिन की वारंटी में</translation>
    </message>
    <message>
        <source>Past 30-day warranty</source>
        <translation>30 दिन की वारंटी ख़त्म</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Available in the Flipkart app</source>
        <translation>Flipkart ऐप में उपलब्ध</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>कुल %1</translation>
    </message>
    <message>
        <source>Not captured</source>
        <translation>दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>Completion photo %1</source>
        <translation>कम्प्लीशन फ़ोटो %1</translation>
    </message>
    <message>
        <source>%1 (cannot be shown: %2)</source>
        <translation>%1 (नहीं दिखा सकते: %2)</translation>
    </message>
    <message>
        <source>%1 (file not found on this PC)</source>
        <translation>%1 (इस PC पर फ़ाइल नहीं मिली)</translation>
    </message>
    <message>
        <source>No photos were uploaded.</source>
        <translation>कोई फ़ोटो अपलोड नहीं हुई।</translation>
    </message>
    <message>
        <source>Sales items</source>
        <translation>बिक्री के आइटम</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · TAT %n day(s), due %3</source>
        <translation>
            <numerusform>%1 %2 · TAT %n दिन, %3 तक</numerusform>
            <numerusform>%1 %2 · TAT %n दिन, %3 तक</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened on the same ticket</source>
        <translation>उसी टिकट पर रीओपन हुआ</translation>
    </message>
    <message>
        <source>New ticket %1</source>
        <translation>नया टिकट %1</translation>
    </message>
</context>
<context>
    <name>PolicyClock</name>
    <message>
        <source>No SPD</source>
        <translation>SPD नहीं</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>आज आख़िरी दिन</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>तारीख निकल गई</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Search by order ID (OD followed by 15 to 21 digits, or its first 8 characters or more), ticket ID, 10-digit mobile number (+91, 0, spaces and dashes are fine) or email address.</source>
        <translation>ऑर्डर ID (OD के बाद 15 से 21 अंक, या उसके शुरू के 8 या ज़्यादा कैरेक्टर), टिकट ID, 10 अंकों के मोबाइल नंबर (+91, 0, स्पेस और डैश चलेंगे) या ईमेल पते से खोजें।</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>ऑर्डर ID</translation>
    </message>
    <message>
        <source>start of an order ID</source>
        <translation>ऑर्डर ID की शुरुआत</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>ticket ID</source>
        <translation>टिकट ID</translation>
    </message>
    <message>
        <source>unrecognised input</source>
        <translation>अनजान इनपुट</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to find an order: type at least 8 characters (OD and 6 digits).</source>
        <translation>&quot;%1&quot; से ऑर्डर नहीं खोजा जा सकता, यह बहुत छोटा है: कम से कम 8 कैरेक्टर टाइप करें (OD और 6 अंक)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID: it is OD followed by 15 to 21 digits.</source>
        <translation>&quot;%1&quot; ऑर्डर ID नहीं है: ऑर्डर ID में OD के बाद 15 से 21 अंक होते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete email address.</source>
        <translation>&quot;%1&quot; पूरा ईमेल पता नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number (it starts with 6, 7, 8 or 9).</source>
        <translation>&quot;%1&quot; 10 अंकों का भारतीय मोबाइल नंबर नहीं है (मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID, ticket ID, mobile number or email.</source>
        <translation>&quot;%1&quot; न ऑर्डर ID है, न टिकट ID, न मोबाइल नंबर, न ईमेल।</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>No ticket (booking not confirmed)</source>
        <translation>कोई टिकट नहीं (बुकिंग कन्फ़र्म नहीं हुई)</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ऑर्डर ID</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>ऑर्डर की तारीख</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Latest ticket</source>
        <translation>सबसे नया टिकट</translation>
    </message>
</context>
<context>
    <name>StatusCatalog</name>
    <message>
        <source>The status table is not a JSON object: %1</source>
        <translation>स्टेटस टेबल JSON ऑब्जेक्ट नहीं है: %1</translation>
    </message>
    <message>
        <source>A status entry has no code or label.</source>
        <translation>एक स्टेटस एंट्री में कोड या लेबल नहीं है।</translation>
    </message>
    <message>
        <source>Status %1 names an unknown service line &quot;%2&quot;.</source>
        <translation>स्टेटस %1 में अनजान सर्विस लाइन &quot;%2&quot; दी गई है।</translation>
    </message>
    <message>
        <source>Status %1 has no sub-status.</source>
        <translation>स्टेटस %1 का कोई सब-स्टेटस नहीं है।</translation>
    </message>
    <message>
        <source>%1 / %2 has an unknown state &quot;%3&quot;.</source>
        <translation>%1 / %2 की स्थिति &quot;%3&quot; अनजान है।</translation>
    </message>
    <message>
        <source>A sub-status of %1 has no code or meaning.</source>
        <translation>%1 के एक सब-स्टेटस में कोड या मतलब नहीं है।</translation>
    </message>
    <message>
        <source>The status table is empty.</source>
        <translation>स्टेटस टेबल ख़ाली है।</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>कैंसल</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AssistDesk: the Flipkart Home Services support console.</source>
        <translation>AssistDesk: Flipkart Home Services का सपोर्ट कंसोल।</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>यह डेटाबेस फ़ाइल खोलें।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language (en, hi); default: the system&apos;s.</source>
        <translation>इंटरफ़ेस की भाषा (en, hi); डिफ़ॉल्ट: सिस्टम की भाषा।</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Take this day (IST) as today, for training and tests.</source>
        <translation>ट्रेनिंग और टेस्ट के लिए इस दिन (IST) को आज मानें।</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print the time to a ready window, then quit.</source>
        <translation>विंडो तैयार होने तक लगा समय प्रिंट करें, फिर बंद करें।</translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date YYYY-MM-DD.</source>
        <translation>--today &quot;%1&quot; YYYY-MM-DD वाली तारीख नहीं है।</translation>
    </message>
</context>
</TS>
