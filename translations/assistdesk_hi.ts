<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ticket %1 · %2
%3 / %4: %5</source>
        <translation>टिकट %1 · %2
%3 / %4: %5</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>%1, %2: %3 / %4. %5</source>
        <translation>%1, %2: %3 / %4. %5</translation>
    </message>
</context>
<context>
    <name>AgentAccuracyModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>रिव्यू हुए</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>एक्युरेसी</translation>
    </message>
</context>
<context>
    <name>AgentFiguresModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation>औसत हैंडल टाइम</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>रिव्यू हुए</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>एक्युरेसी</translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>&quot;%1&quot; is not an agent ID: use 2 to 40 letters, digits, dots, dashes or underscores, for example l1.meera.</source>
        <translation>&quot;%1&quot; एजेंट ID नहीं है: 2 से 40 अक्षर, अंक, डॉट, डैश या अंडरस्कोर इस्तेमाल करें, जैसे l1.meera।</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 कैरेक्टर होने चाहिए।</translation>
    </message>
    <message>
        <source>The password must not contain the agent ID.</source>
        <translation>पासवर्ड में एजेंट ID नहीं होनी चाहिए।</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>बदलाव सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The agent ID or the password is wrong.</source>
        <translation>एजेंट ID या पासवर्ड ग़लत है।</translation>
    </message>
    <message>
        <source>Type your agent ID and your password.</source>
        <translation>अपनी एजेंट ID और पासवर्ड टाइप करें।</translation>
    </message>
    <message>
        <source>Cannot check the sign-in: %1</source>
        <translation>साइन इन की जाँच नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>unknown agent ID</source>
        <translation>अनजान एजेंट ID</translation>
    </message>
    <message>
        <source>attempt while held back for %1 s</source>
        <translation>%1 सेकंड की रोक के दौरान कोशिश</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>%1 के लिए बहुत बार ग़लत पासवर्ड डाला गया: %n सेकंड बाद फिर कोशिश करें।</numerusform>
            <numerusform>%1 के लिए बहुत बार ग़लत पासवर्ड डाला गया: %n सेकंड बाद फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password, %1 in a row; held back for %2 s</source>
        <translation>ग़लत पासवर्ड, लगातार %1 बार; %2 सेकंड के लिए रोका गया</translation>
    </message>
    <message>
        <source>wrong password, %1 in a row</source>
        <translation>ग़लत पासवर्ड, लगातार %1 बार</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>अगली कोशिश से पहले %n सेकंड रुकें।</numerusform>
            <numerusform>अगली कोशिश से पहले %n सेकंड रुकें।</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>अकाउंट डिसेबल है</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation>अकाउंट %1 डिसेबल है: अपने सुपरवाइज़र से बात करें।</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>%1 के रूप में साइन इन किया</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>साइन आउट किया</translation>
    </message>
    <message>
        <source>This database has no agents yet: the first account must be a supervisor.</source>
        <translation>इस डेटाबेस में अभी कोई एजेंट नहीं है: पहला अकाउंट सुपरवाइज़र का होना चाहिए।</translation>
    </message>
    <message>
        <source>add agent %1</source>
        <translation>एजेंट %1 जोड़ना</translation>
    </message>
    <message>
        <source>Give the agent&apos;s name.</source>
        <translation>एजेंट का नाम दें।</translation>
    </message>
    <message>
        <source>There is already an agent %1.</source>
        <translation>एजेंट %1 पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?). Nothing was saved.</source>
        <translation>पासवर्ड का हैश नहीं बन सका (शायद मेमोरी कम है)। कुछ भी सेव नहीं हुआ।</translation>
    </message>
    <message>
        <source>first supervisor of this database</source>
        <translation>इस डेटाबेस का पहला सुपरवाइज़र</translation>
    </message>
    <message>
        <source>Agent %1 (%2) added.</source>
        <translation>एजेंट %1 (%2) जोड़ा गया।</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>%1 का पासवर्ड बदलना</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>एजेंट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>own password</source>
        <translation>अपना पासवर्ड</translation>
    </message>
    <message>
        <source>set by a supervisor</source>
        <translation>सुपरवाइज़र ने सेट किया</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 का पासवर्ड बदल गया है।</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>%1 को डिसेबल करना</translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>%1 को एनेबल करना</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>आप अपना ही अकाउंट डिसेबल नहीं कर सकते।</translation>
    </message>
    <message>
        <source>%1 was already disabled.</source>
        <translation>%1 पहले से डिसेबल था।</translation>
    </message>
    <message>
        <source>%1 was already enabled.</source>
        <translation>%1 पहले से एनेबल था।</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 डिसेबल हो गया है और अब साइन इन नहीं कर सकता।</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 अब फिर से साइन इन कर सकता है।</translation>
    </message>
    <message>
        <source>change the role of %1</source>
        <translation>%1 का रोल बदलना</translation>
    </message>
    <message>
        <source>You cannot change your own role: ask another supervisor.</source>
        <translation>आप अपना रोल खुद नहीं बदल सकते: किसी दूसरे सुपरवाइज़र से कहें।</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 पहले से %2 है।</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 अब %2 है।</translation>
    </message>
    <message>
        <source>Sign in first: every action is recorded under the agent who does it.</source>
        <translation>पहले साइन इन करें: हर एक्शन उसे करने वाले एजेंट के नाम से दर्ज होता है।</translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation>मौजूदा पासवर्ड ग़लत था</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>मौजूदा पासवर्ड ग़लत है।</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>नया पासवर्ड मौजूदा पासवर्ड जैसा ही है।</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(address)</source>
        <translation>(पता)</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>फ़िल्टर(&amp;I):</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>ऑडिट लॉग फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Agent, action, record, order or words in a change</source>
        <translation>एजेंट, एक्शन, रिकॉर्ड, ऑर्डर या बदलाव में आए शब्द</translation>
    </message>
    <message>
        <source>Audit records listed</source>
        <translation>दिखाए गए ऑडिट रिकॉर्ड</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>ऑडिट लॉग रीलोड करें</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>रीलोड करें(&amp;E)</translation>
    </message>
    <message>
        <source>Newest first; contact details masked</source>
        <translation>सबसे नया पहले; संपर्क जानकारी छिपी हुई</translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation>ऑडिट लॉग संदेश</translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation>एक्सपोर्ट में संपर्क जानकारी शामिल करें</translation>
    </message>
    <message>
        <source>Unmasked mobile numbers and email addresses in the file; the export is recorded in the audit log</source>
        <translation>फ़ाइल में बिना छिपाए मोबाइल नंबर और ईमेल पते होंगे; यह एक्सपोर्ट ऑडिट लॉग में दर्ज होता है</translation>
    </message>
    <message>
        <source>Include contact detail&amp;s</source>
        <translation>संपर्क जानकारी शामिल करें(&amp;S)</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>ऑडिट लॉग CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Clear the audit log filter</source>
        <translation>ऑडिट लॉग फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>open the audit log</source>
        <translation>ऑडिट लॉग खोलना</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>ऑडिट लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n रिकॉर्ड</numerusform>
            <numerusform>%n रिकॉर्ड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%n में से %1 रिकॉर्ड</numerusform>
            <numerusform>%n में से %1 रिकॉर्ड</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2 only)</source>
        <translation>%1 (सिर्फ़ सबसे नए %2)</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>ऑडिट रिकॉर्ड</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>%1 · %2 · %3 %4 %5</source>
        <translation>%1 · %2 · %3 %4 %5</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At (IST)</source>
        <translation>समय (IST)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>एक्शन</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>जानकारी</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>OD ID lookup</source>
        <translation>OD ID से खोज</translation>
    </message>
    <message>
        <source>Phone lookup</source>
        <translation>फ़ोन नंबर से खोज</translation>
    </message>
    <message>
        <source>Ticket-ID lookup</source>
        <translation>टिकट ID से खोज</translation>
    </message>
    <message>
        <source>Ticket open (every section)</source>
        <translation>टिकट खोलना (हर सेक्शन)</translation>
    </message>
    <message>
        <source>SOP walk to its outcome</source>
        <translation>SOP वॉक नतीजे तक</translation>
    </message>
    <message>
        <source>Incident submit (reschedule + audit)</source>
        <translation>इंसिडेंट सबमिट (रीशेड्यूल + ऑडिट)</translation>
    </message>
    <message>
        <source>Drawing %1 random orders, tickets and mobile numbers for each measure…</source>
        <translation>हर माप के लिए %1 रैंडम ऑर्डर, टिकट और मोबाइल नंबर चुने जा रहे हैं…</translation>
    </message>
    <message>
        <source>Lookups: OD ID, mobile number, ticket ID, each also on the bare SQLite C API…</source>
        <translation>खोज: OD ID, मोबाइल नंबर, टिकट ID, हर एक सीधे SQLite C API पर भी…</translation>
    </message>
    <message>
        <source>Opening tickets with every section of the ticket view and the order&apos;s history…</source>
        <translation>टिकट व्यू के हर सेक्शन और ऑर्डर की हिस्ट्री के साथ टिकट खोले जा रहे हैं…</translation>
    </message>
    <message>
        <source>Walking the Status Check scenario to its outcome…</source>
        <translation>Status Check सिनेरियो नतीजे तक चलाया जा रहा है…</translation>
    </message>
    <message>
        <source>Submitting reschedules with their incident and audit record…</source>
        <translation>रीशेड्यूल उनके इंसिडेंट और ऑडिट रिकॉर्ड के साथ सबमिट किए जा रहे हैं…</translation>
    </message>
    <message>
        <source>The database has too few orders to draw from; it needs at least one order with a ticket.</source>
        <translation>डेटाबेस में चुनने के लिए बहुत कम ऑर्डर हैं; कम से कम एक टिकट वाला ऑर्डर चाहिए।</translation>
    </message>
    <message>
        <source>The database has too few orders with tickets to draw from.</source>
        <translation>डेटाबेस में चुनने के लिए टिकट वाले ऑर्डर बहुत कम हैं।</translation>
    </message>
    <message>
        <source>Order %1 vanished.</source>
        <translation>ऑर्डर %1 गायब हो गया।</translation>
    </message>
    <message>
        <source>The database has no open installation or maintenance ticket to walk or reschedule.</source>
        <translation>डेटाबेस में वॉक या रीशेड्यूल करने के लिए कोई खुला इंस्टॉलेशन या मेंटेनेंस टिकट नहीं है।</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; found nothing, yet it was drawn from the database.</source>
        <translation>&quot;%2&quot; की %1 में कुछ नहीं मिला, जबकि इसे डेटाबेस से ही चुना गया था।</translation>
    </message>
    <message>
        <source>Order %1 could not be opened.</source>
        <translation>ऑर्डर %1 खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>The SOP tree %1 has no scenario &quot;%2&quot;.</source>
        <translation>SOP ट्री %1 में &quot;%2&quot; सिनेरियो नहीं है।</translation>
    </message>
    <message>
        <source>The SOP walk on order %1 did not reach an outcome.</source>
        <translation>ऑर्डर %1 पर SOP वॉक किसी नतीजे तक नहीं पहुँचा।</translation>
    </message>
    <message>
        <source>Rescheduling ticket %1 failed: %2</source>
        <translation>टिकट %1 रीशेड्यूल नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the service</source>
        <translation>सर्विस कैंसल करें</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>What cancelling does</source>
        <translation>कैंसल करने पर क्या होगा</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी(&amp;R)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं हो सकता</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>बिना कुछ बदले बंद करें</translation>
    </message>
    <message>
        <source>Cancel the &amp;service</source>
        <translation>सर्विस कैंसल करें(&amp;S)</translation>
    </message>
    <message>
        <source>The ticket becomes CANCELED / %1. Tell the customer that the refund, if the order was prepaid, follows the refund process, and that a fresh order can be placed any time.</source>
        <translation>टिकट CANCELED / %1 हो जाएगा। ग्राहक को बताएँ कि अगर ऑर्डर प्रीपेड था तो रिफंड, रिफंड प्रोसेस के हिसाब से मिलेगा, और वे कभी भी नया ऑर्डर कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करना है</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>मौजूदा पासवर्ड(&amp;C)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>मौजूदा पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>नया पासवर्ड(&amp;N)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>दोबारा लिखें(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>नया पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <source>Password change message</source>
        <translation>पासवर्ड बदलने का संदेश</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>पासवर्ड बदलें(&amp;H)</translation>
    </message>
    <message>
        <source>For %1. The new password needs at least %2 characters and must not contain your agent ID.</source>
        <translation>%1 के लिए। नए पासवर्ड में कम से कम %2 कैरेक्टर होने चाहिए और उसमें आपकी एजेंट ID नहीं होनी चाहिए।</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>दोनों नए पासवर्ड अलग हैं: एक ही पासवर्ड दो बार टाइप करें।</translation>
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
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>इंसिडेंट %1: %2</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>क्यू: %1</translation>
    </message>
    <message>
        <source>Escalated: Oathkeeper TAT %1 h, due %2</source>
        <translation>एस्केलेट हुआ: Oathkeeper TAT %1 घंटे, %2 तक</translation>
    </message>
    <message>
        <source>Tag an incident on an order, as the Tag Incident panel does: channel &gt;&gt; type &gt;&gt; incident type [&gt;&gt; sub-type]; queue, disposition and remarks come from the catalog unless given. An incident type that escalates also creates the escalation with its Oathkeeper TAT.</source>
        <translation>ऑर्डर पर इंसिडेंट टैग करें, जैसे &quot;इंसिडेंट टैग करें&quot; पैनल करता है: चैनल &gt;&gt; टाइप &gt;&gt; इंसिडेंट टाइप [&gt;&gt; सब-टाइप]; क्यू, डिस्पोज़िशन और टिप्पणी न दी जाएँ तो कैटलॉग से ली जाती हैं। जो इंसिडेंट टाइप एस्केलेट होता है, उसका एस्केलेशन भी उसके Oathkeeper TAT के साथ बन जाता है।</translation>
    </message>
    <message>
        <source>The order (OD ID).</source>
        <translation>ऑर्डर (OD ID)।</translation>
    </message>
    <message>
        <source>OD</source>
        <translation>OD</translation>
    </message>
    <message>
        <source>The ticket the incident is about (optional).</source>
        <translation>जिस टिकट के बारे में इंसिडेंट है (ज़रूरी नहीं)।</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Inbound or Email (default Inbound).</source>
        <translation>Inbound या Email (डिफ़ॉल्ट Inbound)।</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>Complaint, Enquiry or Request.</source>
        <translation>Complaint, Enquiry या Request।</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The incident type, in the article&apos;s words.</source>
        <translation>इंसिडेंट टाइप, KM आर्टिकल के शब्दों में।</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The sub-type, when the incident type has one.</source>
        <translation>सब-टाइप, अगर इंसिडेंट टाइप का कोई सब-टाइप हो।</translation>
    </message>
    <message>
        <source>Remarks (default: the catalog&apos;s template, filled in).</source>
        <translation>टिप्पणी (डिफ़ॉल्ट: कैटलॉग का टेम्पलेट, भरा हुआ)।</translation>
    </message>
    <message>
        <source>What the customer said, for the remarks template.</source>
        <translation>ग्राहक ने क्या कहा, टिप्पणी के टेम्पलेट के लिए।</translation>
    </message>
    <message>
        <source>Another queue than the catalog&apos;s (queue id).</source>
        <translation>कैटलॉग वाली क्यू के बजाय दूसरी क्यू (क्यू id)।</translation>
    </message>
    <message>
        <source>Resolved or Unresolved, instead of the catalog&apos;s.</source>
        <translation>कैटलॉग वाले डिस्पोज़िशन के बजाय Resolved या Unresolved।</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Print the incident as JSON.</source>
        <translation>इंसिडेंट JSON के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>--channel must be Inbound or Email.</source>
        <translation>--channel Inbound या Email होना चाहिए।</translation>
    </message>
    <message>
        <source>--type must be Complaint, Enquiry or Request.</source>
        <translation>--type Complaint, Enquiry या Request होना चाहिए।</translation>
    </message>
    <message>
        <source>--incident is required: the incident type in the article&apos;s words (see &quot;assistdesk-cli tagging list&quot;).</source>
        <translation>--incident ज़रूरी है: KM आर्टिकल के शब्दों में इंसिडेंट टाइप (देखें &quot;assistdesk-cli tagging list&quot;)।</translation>
    </message>
    <message>
        <source>--disposition must be Resolved or Unresolved.</source>
        <translation>--disposition Resolved या Unresolved होना चाहिए।</translation>
    </message>
    <message>
        <source>Give the order (--order OD) or the ticket (--ticket T).</source>
        <translation>ऑर्डर (--order OD) या टिकट (--ticket T) दें।</translation>
    </message>
    <message>
        <source>Carry out a ticket action with the article&apos;s rules: reschedule (date today or later, within the horizon; not on a cancelled or completed ticket), reopen (a completed ticket within 30 days of service), cancel (only in Cancel Initiated), escalate (to L2 with the Oathkeeper TAT). Each writes the ticket change, the activity entry, the incident and the audit record together.</source>
        <translation>KM आर्टिकल के नियमों से टिकट पर एक्शन लें: reschedule (आज या उसके बाद की तारीख, तय सीमा के अंदर; कैंसल या पूरे हो चुके टिकट पर नहीं), reopen (सर्विस के 30 दिन के अंदर पूरा हुआ टिकट), cancel (सिर्फ़ Cancel Initiated में), escalate (Oathkeeper TAT के साथ L2 को)। हर एक्शन टिकट का बदलाव, एक्टिविटी एंट्री, इंसिडेंट और ऑडिट रिकॉर्ड एक साथ सेव करता है।</translation>
    </message>
    <message>
        <source>reschedule, reopen, cancel or escalate.</source>
        <translation>reschedule, reopen, cancel या escalate।</translation>
    </message>
    <message>
        <source>The ticket.</source>
        <translation>टिकट।</translation>
    </message>
    <message>
        <source>The order (escalate only, for an order without ticket).</source>
        <translation>ऑर्डर (सिर्फ़ escalate के लिए, बिना टिकट वाले ऑर्डर के लिए)।</translation>
    </message>
    <message>
        <source>reschedule: the new date; reopen: the new SPD.</source>
        <translation>reschedule: नई तारीख; reopen: नई SPD।</translation>
    </message>
    <message>
        <source>reschedule: the new slot, e.g. 12:00-15:00.</source>
        <translation>reschedule: नया स्लॉट, जैसे 12:00-15:00।</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>SLOT</translation>
    </message>
    <message>
        <source>reopen: Alternate Contact Change, Mobile Number Change or Address Change.</source>
        <translation>reopen: Alternate Contact Change, Mobile Number Change या Address Change।</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>reopen: the new contact number or address of that view.</source>
        <translation>reopen: उस व्यू का नया संपर्क नंबर या पता।</translation>
    </message>
    <message>
        <source>reopen: what the customer reports.</source>
        <translation>reopen: ग्राहक कौन-सी समस्या बता रहा है।</translation>
    </message>
    <message>
        <source>escalate: the incident&apos;s type (default Complaint).</source>
        <translation>escalate: इंसिडेंट का टाइप (डिफ़ॉल्ट Complaint)।</translation>
    </message>
    <message>
        <source>escalate: the incident type, in the article&apos;s words.</source>
        <translation>escalate: इंसिडेंट टाइप, KM आर्टिकल के शब्दों में।</translation>
    </message>
    <message>
        <source>escalate: the sub-type.</source>
        <translation>escalate: सब-टाइप।</translation>
    </message>
    <message>
        <source>escalate: another queue than the catalog&apos;s.</source>
        <translation>escalate: कैटलॉग वाली क्यू के बजाय दूसरी क्यू।</translation>
    </message>
    <message>
        <source>escalate: Resolved or Unresolved instead of the catalog&apos;s.</source>
        <translation>escalate: कैटलॉग वाले डिस्पोज़िशन के बजाय Resolved या Unresolved।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli action reschedule|reopen|cancel|escalate --ticket T ...</source>
        <translation>इस्तेमाल: assistdesk-cli action reschedule|reopen|cancel|escalate --ticket T ...</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use reschedule, reopen, cancel or escalate.</source>
        <translation>अनजान एक्शन &quot;%1&quot;: reschedule, reopen, cancel या escalate इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>--ticket is required for %1.</source>
        <translation>%1 के लिए --ticket ज़रूरी है।</translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD is required for %1.</source>
        <translation>%1 के लिए --date YYYY-MM-DD ज़रूरी है।</translation>
    </message>
    <message>
        <source>--view must be &quot;Alternate Contact Change&quot;, &quot;Mobile Number Change&quot; or &quot;Address Change&quot;.</source>
        <translation>--view &quot;Alternate Contact Change&quot;, &quot;Mobile Number Change&quot; या &quot;Address Change&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>Print the tagging catalog in the KM article&apos;s notation, one incident type per line.</source>
        <translation>KM आर्टिकल के नोटेशन में टैगिंग कैटलॉग प्रिंट करें, हर लाइन में एक इंसिडेंट टाइप।</translation>
    </message>
    <message>
        <source>The action: list.</source>
        <translation>एक्शन: list।</translation>
    </message>
    <message>
        <source>Print the catalog entries as JSON, with queue, TAT and remarks template.</source>
        <translation>कैटलॉग की एंट्री JSON के रूप में प्रिंट करें, क्यू, TAT और टिप्पणी के टेम्पलेट के साथ।</translation>
    </message>
    <message>
        <source>Add the queue and the Oathkeeper TAT to each line.</source>
        <translation>हर लाइन में क्यू और Oathkeeper TAT भी जोड़ें।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli tagging list [--channel Inbound|Email] [--json]</source>
        <translation>इस्तेमाल: assistdesk-cli tagging list [--channel Inbound|Email] [--json]</translation>
    </message>
    <message>
        <source>Oathkeeper TAT %1 h</source>
        <translation>Oathkeeper TAT %1 घंटे</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>एक्शन %1</translation>
    </message>
    <message>
        <source>Settings shared by everyone on this database. Keys: %1 (days a reschedule may go ahead, default %2) and oathkeeper.&lt;incident id&gt;.hours (the Oathkeeper TAT of an escalating incident type; ids from &quot;tagging list --json&quot;). Changes are audited.</source>
        <translation>इस डेटाबेस पर सभी के लिए एक जैसी सेटिंग। KEY: %1 (रीशेड्यूल कितने दिन आगे तक हो सकता है, डिफ़ॉल्ट %2) और oathkeeper.&lt;incident id&gt;.hours (एस्केलेट होने वाले इंसिडेंट टाइप का Oathkeeper TAT; id &quot;tagging list --json&quot; से लें)। हर बदलाव ऑडिट लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <source>list, get KEY, or set KEY VALUE.</source>
        <translation>list, get KEY, या set KEY VALUE।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli config list | get KEY | set KEY VALUE</source>
        <translation>इस्तेमाल: assistdesk-cli config list | get KEY | set KEY VALUE</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. &quot;assistdesk-cli config list&quot; shows them all.</source>
        <translation>अनजान सेटिंग &quot;%1&quot;। सभी सेटिंग &quot;assistdesk-cli config list&quot; से देखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 अब %2 है।</translation>
    </message>
    <message>
        <source>The incidents tagged on an order, newest first.</source>
        <translation>ऑर्डर पर टैग हुए इंसिडेंट, सबसे नया पहले।</translation>
    </message>
    <message>
        <source>Print them as JSON.</source>
        <translation>इन्हें JSON के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>--order is required.</source>
        <translation>--order ज़रूरी है।</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Completed:   %1 (%2, %3)</source>
        <translation>पूरा हुआ:       %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Show phone numbers and email in full in the text report (audited).</source>
        <translation>टेक्स्ट रिपोर्ट में फ़ोन नंबर और ईमेल पूरे दिखाएँ (ऑडिट होता है)।</translation>
    </message>
    <message>
        <source>order show --json: full contact details exported</source>
        <translation>order show --json: पूरी संपर्क जानकारी एक्सपोर्ट हुई</translation>
    </message>
    <message>
        <source>order show --unmask: contact details shown in full</source>
        <translation>order show --unmask: संपर्क जानकारी पूरी दिखाई गई</translation>
    </message>
    <message>
        <source>The contact details are not shown: %1</source>
        <translation>संपर्क जानकारी नहीं दिखाई गई: %1</translation>
    </message>
    <message>
        <source>Show phone numbers in full (audited).</source>
        <translation>फ़ोन नंबर पूरे दिखाएँ (ऑडिट होता है)।</translation>
    </message>
    <message>
        <source>search --unmask</source>
        <translation>search --unmask</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalog&apos;s %2 incident types. They are:</source>
        <translation>&quot;%1&quot; कैटलॉग के %2 इंसिडेंट टाइप में से नहीं है। ये हैं:</translation>
    </message>
    <message>
        <source>The audit log, newest first: who did what, when, with the values before and after. Contact details are masked.</source>
        <translation>ऑडिट लॉग, सबसे नया पहले: किसने, कब, क्या किया, पहले और बाद की वैल्यू के साथ। संपर्क जानकारी छिपी रहती है।</translation>
    </message>
    <message>
        <source>The audit log of this order (OD ID).</source>
        <translation>इस ऑर्डर (OD ID) का ऑडिट लॉग।</translation>
    </message>
    <message>
        <source>At most this many records (default 500).</source>
        <translation>ज़्यादा से ज़्यादा इतने रिकॉर्ड (डिफ़ॉल्ट 500)।</translation>
    </message>
    <message>
        <source>Give --order OD or --all.</source>
        <translation>--order OD या --all दें।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli sop lint [FILE...] | list | assumptions | walk ...</source>
        <translation>इस्तेमाल: assistdesk-cli sop lint [FILE...] | list | assumptions | walk ...</translation>
    </message>
    <message>
        <source>Check SOP tree files (docs/sop-format.md): every path ends in an outcome, every outcome&apos;s tagging is in the catalog, no unreachable node, no cycle, known facts, unique option labels. Without FILE, the trees AssistDesk ships.</source>
        <translation>SOP ट्री फ़ाइलें जाँचें (docs/sop-format.md): हर रास्ता किसी आउटकम पर ख़त्म हो, हर आउटकम की टैगिंग कैटलॉग में हो, कोई नोड ऐसा न हो जिस तक पहुँचा न जा सके, कोई चक्कर (cycle) न हो, तथ्य जाने-पहचाने हों, ऑप्शन के लेबल अलग-अलग हों। FILE न दें तो AssistDesk के साथ आने वाले ट्री जाँचे जाते हैं।</translation>
    </message>
    <message>
        <source>Tree files to check.</source>
        <translation>जाँचने के लिए ट्री फ़ाइलें।</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s) fine</source>
        <translation>
            <numerusform>%n ट्री सही</numerusform>
            <numerusform>%n ट्री सही</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n सिनेरियो</numerusform>
            <numerusform>%n सिनेरियो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n समस्या।</numerusform>
            <numerusform>%n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>The SOP scenarios AssistDesk ships, by tree.</source>
        <translation>AssistDesk के साथ आने वाले SOP सिनेरियो, ट्री के हिसाब से।</translation>
    </message>
    <message>
        <source>Only the trees of this service line.</source>
        <translation>सिर्फ़ इस सर्विस लाइन के ट्री।</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Only L1 or L2 trees.</source>
        <translation>सिर्फ़ L1 या L2 ट्री।</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>--line must be installation, maintenance, large_repair or mobile_repair.</source>
        <translation>--line installation, maintenance, large_repair या mobile_repair होना चाहिए।</translation>
    </message>
    <message>
        <source>Every place where the KM article&apos;s text was lost and a tree chose what is most consistent with the rest of the article, with the reason, as Markdown (docs/sop-assumptions.md is this output).</source>
        <translation>हर वह जगह जहाँ KM आर्टिकल का टेक्स्ट खो गया था और ट्री ने वह चुना जो आर्टिकल के बाकी हिस्से से सबसे ज़्यादा मेल खाता है, कारण के साथ, Markdown में (docs/sop-assumptions.md यही आउटपुट है)।</translation>
    </message>
    <message>
        <source>Walk an SOP scenario on an order as the console&apos;s SOP panel does: facts are answered from the order and ticket, questions take the --choose values in order. Prints the transcript, the ACTION: lines and the TAGGING: line. Exit 2 when --scenario or a --choose value is ambiguous, 3 when a question has no answer among the --choose values.</source>
        <translation>किसी ऑर्डर पर SOP सिनेरियो का वॉक करें, जैसे कंसोल का SOP पैनल करता है: तथ्यों के जवाब ऑर्डर और टिकट से मिलते हैं, सवालों के जवाब क्रम से --choose की वैल्यू से लिए जाते हैं। ट्रांसक्रिप्ट, ACTION: लाइनें और TAGGING: लाइन प्रिंट करता है। एग्ज़िट 2 जब --scenario या कोई --choose वैल्यू एक से ज़्यादा से मेल खाए, 3 जब किसी सवाल का जवाब --choose की वैल्यू में न हो।</translation>
    </message>
    <message>
        <source>The ticket (default: the order&apos;s newest).</source>
        <translation>टिकट (डिफ़ॉल्ट: ऑर्डर का सबसे नया टिकट)।</translation>
    </message>
    <message>
        <source>installation, maintenance, large_repair or mobile_repair (default: the ticket&apos;s; needed for an order without tickets).</source>
        <translation>installation, maintenance, large_repair या mobile_repair (डिफ़ॉल्ट: टिकट वाली; बिना टिकट वाले ऑर्डर के लिए ज़रूरी)।</translation>
    </message>
    <message>
        <source>L1 or L2 (default L1).</source>
        <translation>L1 या L2 (डिफ़ॉल्ट L1)।</translation>
    </message>
    <message>
        <source>Text contained in the scenario&apos;s title (case-insensitive).</source>
        <translation>सिनेरियो के टाइटल में आने वाला टेक्स्ट (छोटे-बड़े अक्षर से फ़र्क़ नहीं पड़ता)।</translation>
    </message>
    <message>
        <source>An answer to the next question the data cannot answer; repeat it.</source>
        <translation>अगले ऐसे सवाल का जवाब जिसका जवाब डेटा से नहीं मिलता; हर सवाल के लिए इसे दोबारा दें।</translation>
    </message>
    <message>
        <source>Walk this tree file instead of the shipped trees (for authors).</source>
        <translation>साथ आने वाले ट्री के बजाय इस ट्री फ़ाइल का वॉक करें (ट्री लिखने वालों के लिए)।</translation>
    </message>
    <message>
        <source>Print the walk as one JSON object.</source>
        <translation>वॉक को एक JSON ऑब्जेक्ट के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>--order is required: the order the customer calls about.</source>
        <translation>--order ज़रूरी है: वह ऑर्डर जिसके बारे में ग्राहक कॉल कर रहे हैं।</translation>
    </message>
    <message>
        <source>--scenario is required: text of the scenario&apos;s title (see &quot;assistdesk-cli sop list&quot;).</source>
        <translation>--scenario ज़रूरी है: सिनेरियो के टाइटल का टेक्स्ट (देखें &quot;assistdesk-cli sop list&quot;)।</translation>
    </message>
    <message>
        <source>--level must be L1 or L2.</source>
        <translation>--level L1 या L2 होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID: OD followed by 15 to 21 digits.</source>
        <translation>&quot;%1&quot; ऑर्डर ID नहीं है: ऑर्डर ID में OD के बाद 15 से 21 अंक होते हैं।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 को पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Order %1 has no ticket %2. Its tickets: %3.</source>
        <translation>ऑर्डर %1 में टिकट %2 नहीं है। इसके टिकट: %3।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Order %1 has no service ticket: give its service line with --line.</source>
        <translation>ऑर्डर %1 का कोई सर्विस टिकट नहीं है: इसकी सर्विस लाइन --line से दें।</translation>
    </message>
    <message>
        <source>No %1 scenario for %2 has &quot;%3&quot; in its title. The scenarios are:</source>
        <translation>%2 के किसी भी %1 सिनेरियो के टाइटल में &quot;%3&quot; नहीं है। सिनेरियो ये हैं:</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the titles of %n scenario(s); say which:</source>
        <translation>
            <numerusform>&quot;%1&quot; %n सिनेरियो के टाइटल में है; बताएँ कौन-सा:</numerusform>
            <numerusform>&quot;%1&quot; %n सिनेरियो के टाइटल में है; बताएँ कौन-सा:</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several answers to &quot;%2&quot;; give more of the label:</source>
        <translation>&quot;%1&quot; सवाल &quot;%2&quot; के कई जवाबों से मेल खाता है; लेबल का और हिस्सा दें:</translation>
    </message>
    <message>
        <source>No --choose value answers &quot;%1&quot;. Add one of:</source>
        <translation>कोई भी --choose वैल्यू &quot;%1&quot; का जवाब नहीं है। इनमें से एक जोड़ें:</translation>
    </message>
    <message>
        <source>Unused --choose values: %1</source>
        <translation>इस्तेमाल न हुई --choose वैल्यू: %1</translation>
    </message>
    <message>
        <source>The agent doing this: an agent of this database whose role allows it (default: $ASSISTDESK_AGENT). Needed for every change and every reveal of contact details.</source>
        <translation>यह काम करने वाला एजेंट: इस डेटाबेस का ऐसा एजेंट जिसके रोल में इसकी अनुमति हो (डिफ़ॉल्ट: $ASSISTDESK_AGENT)। हर बदलाव और संपर्क जानकारी दिखाने के लिए ज़रूरी।</translation>
    </message>
    <message>
        <source>Say who is working: --agent ID (an agent of this database; &quot;assistdesk-cli agent list&quot; shows them).</source>
        <translation>बताएँ कि कौन काम कर रहा है: --agent ID (इस डेटाबेस का कोई एजेंट; &quot;assistdesk-cli agent list&quot; से सभी एजेंट देखें)।</translation>
    </message>
    <message>
        <source>There is no agent %1 in this database.</source>
        <translation>इस डेटाबेस में एजेंट %1 नहीं है।</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation>अकाउंट %1 डिसेबल है: अपने सुपरवाइज़र से बात करें।</translation>
    </message>
    <message>
        <source>Write the orders only: no demo agents, incidents or escalations.</source>
        <translation>सिर्फ़ ऑर्डर बनाएँ: कोई डेमो एजेंट, इंसिडेंट या एस्केलेशन नहीं।</translation>
    </message>
    <message>
        <source>Demo agents (password %1):</source>
        <translation>डेमो एजेंट (पासवर्ड %1):</translation>
    </message>
    <message>
        <source>The agent&apos;s ID, e.g. l1.meera.</source>
        <translation>एजेंट की ID, जैसे l1.meera।</translation>
    </message>
    <message>
        <source>add: the agent&apos;s name.</source>
        <translation>add: एजेंट का नाम।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add, passwd: read the password from standard input.</source>
        <translation>add, passwd: पासवर्ड स्टैंडर्ड इनपुट से पढ़ें।</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(डिसेबल)</translation>
    </message>
    <message>
        <source>No agents yet: add the first supervisor with &quot;assistdesk-cli agent add --role Supervisor ...&quot;.</source>
        <translation>अभी कोई एजेंट नहीं है: पहला सुपरवाइज़र &quot;assistdesk-cli agent add --role Supervisor ...&quot; से जोड़ें।</translation>
    </message>
    <message>
        <source>--id is required for agent %1.</source>
        <translation>agent %1 के लिए --id ज़रूरी है।</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin (never on the command line).</source>
        <translation>पासवर्ड --password-stdin के साथ स्टैंडर्ड इनपुट से दें (कभी भी कमांड लाइन पर नहीं)।</translation>
    </message>
    <message>
        <source>--role must be L1, L2 or Supervisor.</source>
        <translation>--role L1, L2 या Supervisor होना चाहिए।</translation>
    </message>
    <message>
        <source>The L2 desk: list the escalations (most urgent first), show one, and work it: take, update (the partner&apos;s update: &quot;Call Completed&quot;, &quot;Call In Progress&quot; with --date, &quot;Call Cancelled due to Customer Dependency&quot; with --reason), outcall, resolve, brand (re-escalate to the brand). Supervisors also approve, return, reassign (--to) and close. L2 agents and supervisors only.</source>
        <translation>L2 डेस्क: एस्केलेशन की लिस्ट देखें (सबसे अर्जेंट पहले), कोई एक एस्केलेशन देखें, और उस पर काम करें: take, update (पार्टनर का अपडेट: &quot;Call Completed&quot;, --date के साथ &quot;Call In Progress&quot;, --reason के साथ &quot;Call Cancelled due to Customer Dependency&quot;), outcall, resolve, brand (ब्रांड को दोबारा एस्केलेट करें)। सुपरवाइज़र approve, return, reassign (--to) और close भी कर सकते हैं। सिर्फ़ L2 एजेंट और सुपरवाइज़र के लिए।</translation>
    </message>
    <message>
        <source>list, show, take, update, outcall, resolve, brand, approve, return, reassign, close.</source>
        <translation>list, show, take, update, outcall, resolve, brand, approve, return, reassign, close।</translation>
    </message>
    <message>
        <source>The escalation (all verbs but list).</source>
        <translation>एस्केलेशन (list को छोड़कर हर वर्ब के लिए)।</translation>
    </message>
    <message>
        <source>list: only this queue (id).</source>
        <translation>list: सिर्फ़ यह क्यू (id)।</translation>
    </message>
    <message>
        <source>list: only this service line.</source>
        <translation>list: सिर्फ़ यह सर्विस लाइन।</translation>
    </message>
    <message>
        <source>list: only those past their Oathkeeper TAT.</source>
        <translation>list: सिर्फ़ वे जिनका Oathkeeper TAT पार हो गया है।</translation>
    </message>
    <message>
        <source>list: only those escalated by this agent.</source>
        <translation>list: सिर्फ़ वे जो इस एजेंट ने एस्केलेट किए।</translation>
    </message>
    <message>
        <source>list: only those worked by this agent.</source>
        <translation>list: सिर्फ़ वे जिन पर यह एजेंट काम कर रहा है।</translation>
    </message>
    <message>
        <source>list: active (default), review (resolved, waiting for the supervisor), closed, all, or a comma-separated list of open, in_progress, brand, resolved, closed.</source>
        <translation>list: active (डिफ़ॉल्ट), review (रिज़ॉल्व हो चुके, सुपरवाइज़र के रिव्यू के इंतज़ार में), closed, all, या open, in_progress, brand, resolved, closed की कॉमा से अलग की गई लिस्ट।</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>update: the partner&apos;s update.</source>
        <translation>update: पार्टनर का अपडेट।</translation>
    </message>
    <message>
        <source>update: the new date (Call In Progress).</source>
        <translation>update: नई तारीख (Call In Progress)।</translation>
    </message>
    <message>
        <source>update: the reason (Call Cancelled).</source>
        <translation>update: कारण (Call Cancelled)।</translation>
    </message>
    <message>
        <source>outcall, resolve, brand, return, close: what was done or said.</source>
        <translation>outcall, resolve, brand, return, close: क्या किया गया या क्या कहा गया।</translation>
    </message>
    <message>
        <source>reassign: the L2 agent.</source>
        <translation>reassign: L2 एजेंट।</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli escalations list | VERB ID  (see --help)</source>
        <translation>इस्तेमाल: assistdesk-cli escalations list | VERB ID  (देखें --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an escalation number.</source>
        <translation>&quot;%1&quot; एस्केलेशन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>अनजान स्टेटस &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 द्वारा</translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation>काम कर रहे: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s).</source>
        <translation>
            <numerusform>%n एस्केलेशन।</numerusform>
            <numerusform>%n एस्केलेशन।</numerusform>
        </translation>
    </message>
    <message>
        <source>show escalation %1</source>
        <translation>एस्केलेशन %1 देखना</translation>
    </message>
    <message>
        <source>There is no escalation %1.</source>
        <translation>एस्केलेशन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>एस्केलेशन %1: %2</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>%1 तक (%2)</translation>
    </message>
    <message>
        <source>Order %1, ticket %2; escalated by %3</source>
        <translation>ऑर्डर %1, टिकट %2; %3 ने एस्केलेट किया</translation>
    </message>
    <message>
        <source>--update must be &quot;Call Completed&quot;, &quot;Call In Progress&quot; or &quot;Call Cancelled due to Customer Dependency&quot;.</source>
        <translation>--update &quot;Call Completed&quot;, &quot;Call In Progress&quot; या &quot;Call Cancelled due to Customer Dependency&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date YYYY-MM-DD होना चाहिए।</translation>
    </message>
    <message>
        <source>Tagging QA (supervisors): list incidents with their review, mark one correct or wrong with the right tagging (--right ENTRY_ID from &quot;tagging list --json&quot;), print each agent&apos;s tagging accuracy.</source>
        <translation>टैगिंग QA (सुपरवाइज़र): इंसिडेंट उनके रिव्यू के साथ लिस्ट करें, किसी इंसिडेंट को सही या ग़लत मार्क करें और सही टैगिंग दें (--right ENTRY_ID, &quot;tagging list --json&quot; से), हर एजेंट की टैगिंग एक्यूरेसी प्रिंट करें।</translation>
    </message>
    <message>
        <source>list, mark or accuracy.</source>
        <translation>list, mark या accuracy।</translation>
    </message>
    <message>
        <source>mark: INCIDENT correct|wrong.</source>
        <translation>mark: INCIDENT correct|wrong।</translation>
    </message>
    <message>
        <source>list: only this agent&apos;s incidents.</source>
        <translation>list: सिर्फ़ इस एजेंट के इंसिडेंट।</translation>
    </message>
    <message>
        <source>list: only incidents not reviewed yet.</source>
        <translation>list: सिर्फ़ वे इंसिडेंट जिनका अभी रिव्यू नहीं हुआ।</translation>
    </message>
    <message>
        <source>list, accuracy: first day (IST).</source>
        <translation>list, accuracy: पहला दिन (IST)।</translation>
    </message>
    <message>
        <source>list, accuracy: last day (IST).</source>
        <translation>list, accuracy: आख़िरी दिन (IST)।</translation>
    </message>
    <message>
        <source>mark wrong: the tagging it should have had (entry id).</source>
        <translation>mark wrong: इंसिडेंट की जो टैगिंग होनी चाहिए थी (एंट्री id)।</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>mark: a note for the agent.</source>
        <translation>mark: एजेंट के लिए नोट।</translation>
    </message>
    <message>
        <source>list, accuracy: print JSON.</source>
        <translation>list, accuracy: JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli qa list | accuracy | mark INCIDENT correct|wrong [--right ENTRY]</source>
        <translation>इस्तेमाल: assistdesk-cli qa list | accuracy | mark INCIDENT correct|wrong [--right ENTRY]</translation>
    </message>
    <message>
        <source>--from must be YYYY-MM-DD.</source>
        <translation>--from YYYY-MM-DD होना चाहिए।</translation>
    </message>
    <message>
        <source>--to must be YYYY-MM-DD.</source>
        <translation>--to YYYY-MM-DD होना चाहिए।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli qa mark INCIDENT correct|wrong [--right ENTRY]</source>
        <translation>इस्तेमाल: assistdesk-cli qa mark INCIDENT correct|wrong [--right ENTRY]</translation>
    </message>
    <message>
        <source>qa accuracy</source>
        <translation>qa accuracy</translation>
    </message>
    <message>
        <source>%1 of %2 correct (%3%)</source>
        <translation>%2 में से %1 सही (%3%)</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>रिव्यू नहीं हुआ</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>ग़लत</translation>
    </message>
    <message>
        <source>The supervisor&apos;s dashboard figures for a period: incidents per day by disposition and TAT breaches, incidents by queue, and per agent the incidents, average handle time and tagging accuracy.</source>
        <translation>किसी अवधि के लिए सुपरवाइज़र डैशबोर्ड के आँकड़े: हर दिन के इंसिडेंट डिस्पोज़िशन के हिसाब से और TAT पार होने के मामले, क्यू के हिसाब से इंसिडेंट, और हर एजेंट के इंसिडेंट, एवरेज हैंडल टाइम और टैगिंग एक्यूरेसी।</translation>
    </message>
    <message>
        <source>First day (IST; default: 13 days before today).</source>
        <translation>पहला दिन (IST; डिफ़ॉल्ट: आज से 13 दिन पहले)।</translation>
    </message>
    <message>
        <source>Last day (IST; default: today).</source>
        <translation>आख़िरी दिन (IST; डिफ़ॉल्ट: आज)।</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>--from and --to must be YYYY-MM-DD.</source>
        <translation>--from और --to YYYY-MM-DD होने चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n incident(s)</source>
        <translation>
            <numerusform>%1 से %2: %n इंसिडेंट</numerusform>
            <numerusform>%1 से %2: %n इंसिडेंट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n एस्केलेशन</numerusform>
            <numerusform>%n एस्केलेशन</numerusform>
        </translation>
    </message>
    <message>
        <source>now %1 active, %2 overdue</source>
        <translation>अभी %1 एक्टिव, %2 ओवरड्यू</translation>
    </message>
    <message>
        <source>resolved %1, unresolved %2, TAT breaches %3</source>
        <translation>रिज़ॉल्व्ड %1, अनरिज़ॉल्व्ड %2, TAT पार %3</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n इंसिडेंट</numerusform>
            <numerusform>%n इंसिडेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>average handle %1 s</source>
        <translation>एवरेज हैंडल टाइम %1 सेकंड</translation>
    </message>
    <message>
        <source>tagging accuracy %1% of %2</source>
        <translation>टैगिंग एक्यूरेसी %1% (%2 रिव्यू में से)</translation>
    </message>
    <message>
        <source>Export a list to CSV (RFC 4180, UTF-8 with BOM, opens in Excel): escalations, review (resolved escalations), qa, audit, dashboard-days, dashboard-agents. Supervisors only; contact details are masked unless --include-contacts, and every export is audited.</source>
        <translation>कोई लिस्ट CSV में एक्सपोर्ट करें (RFC 4180, BOM के साथ UTF-8, Excel में खुलती है): escalations, review (रिज़ॉल्व हुए एस्केलेशन), qa, audit, dashboard-days, dashboard-agents। सिर्फ़ सुपरवाइज़र के लिए; --include-contacts न दें तो संपर्क जानकारी छिपी रहती है, और हर एक्सपोर्ट ऑडिट होता है।</translation>
    </message>
    <message>
        <source>escalations, review, qa, audit, dashboard-days or dashboard-agents.</source>
        <translation>escalations, review, qa, audit, dashboard-days या dashboard-agents।</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>लिखने के लिए CSV फ़ाइल।</translation>
    </message>
    <message>
        <source>Write mobile numbers and email in full (audited).</source>
        <translation>मोबाइल नंबर और ईमेल पूरे लिखें (ऑडिट होता है)।</translation>
    </message>
    <message>
        <source>qa, dashboard: first day.</source>
        <translation>qa, dashboard: पहला दिन।</translation>
    </message>
    <message>
        <source>qa, dashboard: last day.</source>
        <translation>qa, dashboard: आख़िरी दिन।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli export %1 --out FILE</source>
        <translation>इस्तेमाल: assistdesk-cli export %1 --out FILE</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE ज़रूरी है।</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>%1 एक्सपोर्ट करना</translation>
    </message>
    <message>
        <source>The whole audit log, settings changes included (supervisors, with --agent).</source>
        <translation>पूरा ऑडिट लॉग, सेटिंग में हुए बदलावों के साथ (सुपरवाइज़र, --agent के साथ)।</translation>
    </message>
    <message>
        <source>audit --all</source>
        <translation>audit --all</translation>
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
        <translation>इस्तेमाल: assistdesk-cli [--lang LANG] COMMAND [OPTIONS]

कमांड:
  import [--db FILE] DOC...             ऑर्डर डॉक्यूमेंट लोड करें (एक डॉक्यूमेंट, एक ऐरे या JSON Lines)
  order show [--db FILE] [--json] ID    ऑर्डर प्रिंट करें (OD ID या टिकट ID)
  search [--db FILE] [--json] TEXT      OD ID, टिकट ID, मोबाइल नंबर या ईमेल से ऑर्डर खोजें
  demo [--db FILE] [--orders N] [--seed S]  असली जैसे डेमो ऑर्डर लिखें
  db-path                               डिफ़ॉल्ट डेटाबेस कहाँ है, प्रिंट करें
  tag --order OD --type T --incident I  इंसिडेंट टैग करें (Inbound &gt;&gt; Complaint &gt;&gt; ...)
  action reschedule|reopen|cancel|escalate --ticket T ...  टिकट पर एक्शन करें
  tagging list                          टैगिंग कैटलॉग आर्टिकल के नोटेशन में प्रिंट करें
  config list|get|set                   फ़्लोर सेटिंग: Oathkeeper TAT, रीशेड्यूल की सीमा
  incidents --order OD                  ऑर्डर के इंसिडेंट, सबसे नए पहले
  audit --order OD | --all              ऑर्डर का ऑडिट लॉग (या पूरा), सबसे नया पहले
  sop lint|list|assumptions|walk        SOP ट्री: जाँचें, सूची देखें, किसी ऑर्डर पर सिनेरियो वॉक करें
  agent add|passwd|disable|enable|list  साइन इन करने वाले एजेंट (सुपरवाइज़र इन्हें संभालते हैं)
  escalations list|show|take|update|... L2 डेस्क और सुपरवाइज़र का रिव्यू
  qa list|mark|accuracy                 टैगिंग QA (सुपरवाइज़र)
  dashboard [--from D] [--to D]         किसी अवधि के लिए सुपरवाइज़र के आँकड़े
  export LIST --out FILE                कोई सूची CSV के रूप में (सुपरवाइज़र; ऑडिट होता है)
  bench --db FILE [--orders N] [--json] खोज, टिकट खोलना, SOP वॉक और सबमिट को SQLite के मुकाबले मापें

किसी कमांड के विकल्पों के लिए &quot;assistdesk-cli COMMAND --help&quot; चलाएँ।
बदलाव और संपर्क जानकारी दिखाने के लिए --agent ID (या $ASSISTDESK_AGENT) चाहिए: डेटाबेस का ऐसा एजेंट जिसके रोल को इसकी अनुमति हो।
Exit status: 0 हो गया, 1 नहीं मिला, 2 इनपुट अस्वीकार या किसी नियम या अनुमति ने मना किया, 3 SOP वॉक को
जवाब चाहिए, 4 डेटाबेस की समस्या, 64 इस्तेमाल में गलती।
</translation>
    </message>
    <message>
        <source>The database to measure; created with the demo generator when it does not exist.</source>
        <translation>मापने वाला डेटाबेस; न हो तो डेमो जनरेटर से बनाया जाता है।</translation>
    </message>
    <message>
        <source>Orders to generate when FILE does not exist (default %1).</source>
        <translation>FILE न होने पर बनाए जाने वाले ऑर्डर (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Recorded random draws per measure (default %1).</source>
        <translation>हर माप के दर्ज होने वाले रैंडम ड्रॉ (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>आँकड़े एक JSON ऑब्जेक्ट के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>bench takes no file arguments; give the database with --db FILE.</source>
        <translation>bench फ़ाइल आर्ग्युमेंट नहीं लेता; डेटाबेस --db FILE से दें।</translation>
    </message>
    <message>
        <source>bench needs --db FILE: a database made for benchmarking (it is created when it does not exist). The benchmark writes incidents, so it never uses your default database.</source>
        <translation>bench को --db FILE चाहिए: बेंचमार्क के लिए बना डेटाबेस (न हो तो बनाया जाता है)। बेंचमार्क इंसिडेंट लिखता है, इसलिए यह कभी आपका डिफ़ॉल्ट डेटाबेस इस्तेमाल नहीं करता।</translation>
    </message>
    <message>
        <source>--orders must be a whole number from 100 to 100000000.</source>
        <translation>--orders 100 से 100000000 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 100 to 10000000.</source>
        <translation>--draws 100 से 10000000 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 does not exist: generating %2 demo orders (this is measured)…</source>
        <translation>%1 मौजूद नहीं है: %2 डेमो ऑर्डर बनाए जा रहे हैं (यह भी मापा जाता है)…</translation>
    </message>
    <message>
        <source>%1 exists: measuring the orders it holds; --orders only applies when the benchmark creates the database.</source>
        <translation>%1 मौजूद है: इसके ऑर्डर मापे जा रहे हैं; --orders सिर्फ़ तब लागू होता है जब बेंचमार्क डेटाबेस बनाता है।</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder beside %1 for the import measure: %2</source>
        <translation>इम्पोर्ट माप के लिए %1 के बगल में अस्थायी फ़ोल्डर नहीं बन सका: %2</translation>
    </message>
    <message>
        <source>Import: writing %1 order documents, then importing them into an empty database…</source>
        <translation>इम्पोर्ट: %1 ऑर्डर डॉक्यूमेंट लिखे जा रहे हैं, फिर उन्हें एक खाली डेटाबेस में इम्पोर्ट किया जाएगा…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The import measure failed (exit status %1).</source>
        <translation>इम्पोर्ट माप विफल रहा (exit status %1)।</translation>
    </message>
    <message>
        <source>%1 has no demo agent l1.demo: say who submits the benchmark&apos;s incidents with --agent ID (an L1 agent of this database).</source>
        <translation>%1 में डेमो एजेंट l1.demo नहीं है: --agent ID से बताएँ कि बेंचमार्क के इंसिडेंट कौन सबमिट करेगा (इस डेटाबेस का कोई L1 एजेंट)।</translation>
    </message>
    <message>
        <source>AssistDesk benchmark: %1</source>
        <translation>AssistDesk बेंचमार्क: %1</translation>
    </message>
    <message>
        <source>%1 orders, %2 tickets, %3 activity rows; SQLite %4, journal %5, synchronous %6</source>
        <translation>%1 ऑर्डर, %2 टिकट, %3 एक्टिविटी पंक्तियाँ; SQLite %4, journal %5, synchronous %6</translation>
    </message>
    <message>
        <source>%1 random draws per measure after %2 warm-up draws; times in milliseconds.</source>
        <translation>%2 वॉर्म-अप ड्रॉ के बाद हर माप के %1 रैंडम ड्रॉ; समय मिलीसेकंड में।</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>floor p50</source>
        <translation>फ़्लोर p50</translation>
    </message>
    <message>
        <source>floor p99</source>
        <translation>फ़्लोर p99</translation>
    </message>
    <message>
        <source>×floor p99</source>
        <translation>×फ़्लोर p99</translation>
    </message>
    <message>
        <source>Import: %1 orders in %2 s, %3 orders/s.</source>
        <translation>इम्पोर्ट: %2 सेकंड में %1 ऑर्डर, %3 ऑर्डर/सेकंड।</translation>
    </message>
    <message>
        <source>Demo generation: %1 orders in %2 s, %3 orders/s.</source>
        <translation>डेमो जनरेशन: %2 सेकंड में %1 ऑर्डर, %3 ऑर्डर/सेकंड।</translation>
    </message>
    <message>
        <source>Demo generation: not measured (the database already existed).</source>
        <translation>डेमो जनरेशन: मापा नहीं गया (डेटाबेस पहले से मौजूद था)।</translation>
    </message>
    <message>
        <source>walk an L2 tree</source>
        <translation>L2 ट्री वॉक करना</translation>
    </message>
    <message>
        <source>%1 already has agents of its own, so the demo floor (demo accounts with a published password) is not added to it. Add --no-floor to write only the demo orders, or use a new file.</source>
        <translation>%1 में पहले से अपने एजेंट हैं, इसलिए डेमो फ़्लोर (सार्वजनिक पासवर्ड वाले डेमो अकाउंट) इसमें नहीं जोड़ा जाता। सिर्फ़ डेमो ऑर्डर लिखने के लिए --no-floor जोड़ें, या नई फ़ाइल इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Run &quot;assistdesk-cli --help&quot; for the commands, &quot;assistdesk-cli COMMAND --help&quot; for their options.</source>
        <translation>कमांड की सूची के लिए &quot;assistdesk-cli --help&quot; चलाएँ, और किसी कमांड के विकल्पों के लिए &quot;assistdesk-cli COMMAND --help&quot;।</translation>
    </message>
    <message>
        <source>Manage the agents who sign in: add, passwd, role, disable, enable, list. Supervisors manage agents; an agent may change their own password; the first agent of a database must be a supervisor and needs no --agent. Passwords are read from standard input (one line) with --password-stdin.</source>
        <translation>साइन इन करने वाले एजेंट संभालें: add, passwd, role, disable, enable, list। एजेंट सुपरवाइज़र संभालते हैं; कोई एजेंट अपना पासवर्ड खुद बदल सकता है; डेटाबेस का पहला एजेंट सुपरवाइज़र होना चाहिए और उसे --agent की ज़रूरत नहीं। पासवर्ड --password-stdin के साथ स्टैंडर्ड इनपुट (एक लाइन) से पढ़े जाते हैं।</translation>
    </message>
    <message>
        <source>add, passwd, role, disable, enable or list.</source>
        <translation>add, passwd, role, disable, enable या list।</translation>
    </message>
    <message>
        <source>add, role: L1, L2 or Supervisor.</source>
        <translation>add, role: L1, L2 या Supervisor।</translation>
    </message>
    <message>
        <source>Use: assistdesk-cli agent add|passwd|role|disable|enable|list ...</source>
        <translation>इस्तेमाल: assistdesk-cli agent add|passwd|role|disable|enable|list ...</translation>
    </message>
    <message>
        <source>Measure what agents wait for: OD ID, phone and ticket-ID lookups (each also as the same query on the bare SQLite C API, the floor), opening a ticket with every section, an SOP walk, and submitting an incident with its action and audit record; p50, p95 and p99 over random draws after a warm-up. Also the import throughput and, when FILE does not exist yet, the time to generate it. The submits write real reschedules and incidents into FILE, so it must be a demo database (one the benchmark creates).</source>
        <translation>वह मापें जिसका एजेंट इंतज़ार करते हैं: OD ID, फ़ोन और टिकट ID से खोज (हर एक वही क्वेरी सीधे SQLite C API पर भी, यानी फ़्लोर), हर सेक्शन के साथ टिकट खोलना, SOP वॉक, और इंसिडेंट को उसके एक्शन और ऑडिट रिकॉर्ड के साथ सबमिट करना; वॉर्म-अप के बाद रैंडम ड्रॉ पर p50, p95 और p99। साथ में इम्पोर्ट की रफ़्तार और, अगर FILE अभी नहीं है, उसे बनाने का समय। सबमिट FILE में असली रीशेड्यूल और इंसिडेंट लिखते हैं, इसलिए यह डेमो डेटाबेस होना चाहिए (जिसे बेंचमार्क बनाता है)।</translation>
    </message>
    <message>
        <source>%1 is not a demo database (it has no demo floor), and the benchmark reschedules thousands of its tickets. Give a new file: the benchmark creates it with the demo generator.</source>
        <translation>%1 डेमो डेटाबेस नहीं है (इसमें डेमो फ़्लोर नहीं है), और बेंचमार्क इसके हज़ारों टिकट रीशेड्यूल करता है। नई फ़ाइल दें: बेंचमार्क उसे डेमो जनरेटर से बनाता है।</translation>
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
    <name>Dashboard</name>
    <message>
        <source>open the dashboard</source>
        <translation>डैशबोर्ड खोलना</translation>
    </message>
    <message>
        <source>Choose a period: the first day on or before the last.</source>
        <translation>अवधि चुनें: पहला दिन आख़िरी दिन के बराबर या उससे पहले हो।</translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days.</source>
        <translation>ज़्यादा से ज़्यादा %1 दिन की अवधि चुनें।</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>कब से(&amp;M):</translation>
    </message>
    <message>
        <source>First day of the dashboard period</source>
        <translation>डैशबोर्ड की अवधि का पहला दिन</translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation>dd-MMM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>कब तक(&amp;U):</translation>
    </message>
    <message>
        <source>Last day of the dashboard period</source>
        <translation>डैशबोर्ड की अवधि का आख़िरी दिन</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>डैशबोर्ड रिफ़्रेश करें</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>रिफ़्रेश करें(&amp;E)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>कुल आँकड़े</translation>
    </message>
    <message>
        <source>Export the dashboard figures to CSV</source>
        <translation>डैशबोर्ड के आँकड़े CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Incidents per day</source>
        <translation>प्रति दिन इंसिडेंट</translation>
    </message>
    <message>
        <source>TAT breaches per day</source>
        <translation>प्रति दिन TAT ब्रीच</translation>
    </message>
    <message>
        <source>Incidents by queue</source>
        <translation>क्यू के हिसाब से इंसिडेंट</translation>
    </message>
    <message>
        <source>Average handle time per agent</source>
        <translation>प्रति एजेंट औसत हैंडल टाइम</translation>
    </message>
    <message>
        <source>Tagging accuracy per agent</source>
        <translation>प्रति एजेंट टैगिंग एक्युरेसी</translation>
    </message>
    <message>
        <source>Figures per agent</source>
        <translation>प्रति एजेंट आँकड़े</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>डैशबोर्ड संदेश</translation>
    </message>
    <message>
        <source>Incidents and breaches per &amp;day…</source>
        <translation>प्रति दिन इंसिडेंट और ब्रीच(&amp;D)…</translation>
    </message>
    <message>
        <source>Figures per &amp;agent…</source>
        <translation>प्रति एजेंट आँकड़े(&amp;A)…</translation>
    </message>
    <message>
        <source>Incidents: %1 · Escalations: %2 · Active now: %3 · Overdue now: %4</source>
        <translation>इंसिडेंट: %1 · एस्केलेशन: %2 · अभी एक्टिव: %3 · अभी ओवरड्यू: %4</translation>
    </message>
    <message>
        <source>week from %1</source>
        <translation>%1 से शुरू हफ़्ता</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>प्रति हफ़्ता इंसिडेंट</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>प्रति महीना इंसिडेंट</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हुए</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>हल नहीं हुए</translation>
    </message>
    <message>
        <source>%1: %2 resolved, %3 unresolved</source>
        <translation>%1: %2 हल हुए, %3 हल नहीं हुए</translation>
    </message>
    <message>
        <source>TAT breaches per week</source>
        <translation>प्रति हफ़्ता TAT ब्रीच</translation>
    </message>
    <message>
        <source>TAT breaches per month</source>
        <translation>प्रति महीना TAT ब्रीच</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>ब्रीच</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n breach(es)</source>
        <translation>
            <numerusform>%1: %n ब्रीच</numerusform>
            <numerusform>%1: %n ब्रीच</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing in this period)</source>
        <translation>%1 (इस अवधि में कुछ नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n इंसिडेंट</numerusform>
            <numerusform>%1: %n इंसिडेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 min over %n incident(s)</source>
        <translation>
            <numerusform>%1: %n इंसिडेंट पर %2 मिनट</numerusform>
            <numerusform>%1: %n इंसिडेंट पर %2 मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>Average handle time per agent (min)</source>
        <translation>प्रति एजेंट औसत हैंडल टाइम (मिनट)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % (%3 of %n reviewed correct)</source>
        <translation>
            <numerusform>%1: %2 % (रिव्यू हुए %n में से %3 सही)</numerusform>
            <numerusform>%1: %2 % (रिव्यू हुए %n में से %3 सही)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagging accuracy per agent (%)</source>
        <translation>प्रति एजेंट टैगिंग एक्युरेसी (%)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>एक्युरेसी</translation>
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
    <message>
        <source>%1 is an empty file, not an AssistDesk database. Check the path, or create a demo database with &quot;assistdesk-cli demo --db %1&quot;.</source>
        <translation>%1 खाली फ़ाइल है, AssistDesk डेटाबेस नहीं। पाथ जाँचें, या &quot;assistdesk-cli demo --db %1&quot; से डेमो डेटाबेस बनाएँ।</translation>
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
    <name>EscalateDialog</name>
    <message>
        <source>Escalate to L2</source>
        <translation>L2 को एस्केलेट करें</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>शिकायत(&amp;C)</translation>
    </message>
    <message>
        <source>Complaint to escalate</source>
        <translation>एस्केलेट की जाने वाली शिकायत</translation>
    </message>
    <message>
        <source>Oathkeeper TAT</source>
        <translation>Oathkeeper TAT</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी(&amp;R)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं हो सकता</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>बिना कुछ बदले बंद करें</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>एस्केलेट करें(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s): due %1 — tell the customer. Queue: %2.</source>
        <translation>
            <numerusform>%n घंटा: %1 तक — ग्राहक को बताएँ। क्यू: %2।</numerusform>
            <numerusform>%n घंटे: %1 तक — ग्राहक को बताएँ। क्यू: %2।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <source>With the brand</source>
        <translation>ब्रांड के पास</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>रिव्यू का इंतज़ार</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घंटे</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 बाकी</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 की देरी</translation>
    </message>
    <message>
        <source>resolved in time</source>
        <translation>समय पर रिज़ॉल्व हुआ</translation>
    </message>
    <message>
        <source>resolved late (%1)</source>
        <translation>देर से रिज़ॉल्व हुआ (%1)</translation>
    </message>
    <message>
        <source>open the escalation queue</source>
        <translation>एस्केलेशन क्यू खोलना</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>कोई डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>escalation %1</source>
        <translation>एस्केलेशन %1</translation>
    </message>
    <message>
        <source>There is no escalation %1.</source>
        <translation>एस्केलेशन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Escalation %1 is %2: nothing more can be recorded on it.</source>
        <translation>एस्केलेशन %1 %2 है: इस पर अब कुछ और दर्ज नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Take escalation %1 first: then it is yours to work.</source>
        <translation>पहले एस्केलेशन %1 लें: फिर आप इस पर काम कर सकते हैं।</translation>
    </message>
    <message>
        <source>Escalation %1 is being worked by %2; a supervisor can reassign it.</source>
        <translation>एस्केलेशन %1 पर %2 काम कर रहे हैं; सुपरवाइज़र इसे दोबारा असाइन कर सकते हैं।</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>बदलाव सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Escalation %1 is %2: there is nothing to take.</source>
        <translation>एस्केलेशन %1 %2 है: लेने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Escalation %1 is already yours.</source>
        <translation>एस्केलेशन %1 पहले से आपके पास है।</translation>
    </message>
    <message>
        <source>Escalation %1 is yours: due %2.</source>
        <translation>एस्केलेशन %1 अब आपके पास है: %2 तक।</translation>
    </message>
    <message>
        <source>Call In Progress needs the new date the partner gave.</source>
        <translation>Call In Progress के लिए पार्टनर की बताई नई तारीख ज़रूरी है।</translation>
    </message>
    <message>
        <source>The new date %1 is in the past.</source>
        <translation>नई तारीख %1 बीत चुकी है।</translation>
    </message>
    <message>
        <source>Call Cancelled due to Customer Dependency needs the reason the partner gave.</source>
        <translation>Call Cancelled due to Customer Dependency के लिए पार्टनर का बताया कारण ज़रूरी है।</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>दर्ज हुआ: %1।</translation>
    </message>
    <message>
        <source>Write what was said on the outcall (or that the customer did not answer).</source>
        <translation>लिखें कि आउटकॉल पर क्या बात हुई (या यह कि ग्राहक ने जवाब नहीं दिया)।</translation>
    </message>
    <message>
        <source>Outcall logged on escalation %1.</source>
        <translation>एस्केलेशन %1 पर आउटकॉल दर्ज हुई।</translation>
    </message>
    <message>
        <source>Write how the escalation was resolved: the supervisor reviews it.</source>
        <translation>लिखें कि एस्केलेशन कैसे रिज़ॉल्व हुआ: सुपरवाइज़र इसका रिव्यू करेंगे।</translation>
    </message>
    <message>
        <source>Escalation %1 resolved; it waits for the supervisor&apos;s review.</source>
        <translation>एस्केलेशन %1 रिज़ॉल्व हुआ; अब यह सुपरवाइज़र के रिव्यू का इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>Escalation %1 is already with the brand.</source>
        <translation>एस्केलेशन %1 पहले से ब्रांड के पास है।</translation>
    </message>
    <message>
        <source>Write why it goes to the brand and what was raised with them.</source>
        <translation>लिखें कि यह ब्रांड को क्यों जा रहा है और उनके साथ क्या उठाया गया।</translation>
    </message>
    <message>
        <source>Escalation %1 re-escalated to the brand.</source>
        <translation>एस्केलेशन %1 ब्रांड को दोबारा एस्केलेट हुआ।</translation>
    </message>
    <message>
        <source>Only a resolved escalation can be approved; %1 is %2.</source>
        <translation>सिर्फ़ रिज़ॉल्व हुआ एस्केलेशन ही अप्रूव हो सकता है; %1 %2 है।</translation>
    </message>
    <message>
        <source>Escalation %1 approved and closed.</source>
        <translation>एस्केलेशन %1 अप्रूव होकर बंद हुआ।</translation>
    </message>
    <message>
        <source>Only a resolved escalation can be returned; %1 is %2.</source>
        <translation>सिर्फ़ रिज़ॉल्व हुआ एस्केलेशन ही लौटाया जा सकता है; %1 %2 है।</translation>
    </message>
    <message>
        <source>Write what the agent must do: the note goes back with the escalation.</source>
        <translation>लिखें कि एजेंट को क्या करना है: यह नोट एस्केलेशन के साथ वापस जाएगा।</translation>
    </message>
    <message>
        <source>Escalation %1 returned to %2 with your note.</source>
        <translation>एस्केलेशन %1 आपके नोट के साथ %2 को लौटाया गया।</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>क्यू</translation>
    </message>
    <message>
        <source>Escalation %1 is closed.</source>
        <translation>एस्केलेशन %1 बंद है।</translation>
    </message>
    <message>
        <source>There is no active agent %1.</source>
        <translation>%1 नाम का कोई एक्टिव एजेंट नहीं है।</translation>
    </message>
    <message>
        <source>Escalation %1 is already assigned to %2.</source>
        <translation>एस्केलेशन %1 पहले से %2 को असाइन है।</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 को</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>%1 को: %2</translation>
    </message>
    <message>
        <source>Escalation %1 reassigned to %2.</source>
        <translation>एस्केलेशन %1, %2 को दोबारा असाइन हुआ।</translation>
    </message>
    <message>
        <source>Escalation %1 is already closed.</source>
        <translation>एस्केलेशन %1 पहले से बंद है।</translation>
    </message>
    <message>
        <source>Write why the escalation is closed.</source>
        <translation>लिखें कि एस्केलेशन क्यों बंद किया जा रहा है।</translation>
    </message>
    <message>
        <source>Escalation %1 closed.</source>
        <translation>एस्केलेशन %1 बंद हुआ।</translation>
    </message>
    <message>
        <source>Escalation %1 was changed by %2 a moment ago (it is now %3); look at it again.</source>
        <translation>एस्केलेशन %1 को अभी-अभी %2 ने बदला है (अब यह %3 है); इसे फिर से देखें।</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>किसी और</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>हटा दिया गया</translation>
    </message>
    <message>
        <source>%1 is an %2 and cannot work escalations: choose an L2 agent or a supervisor.</source>
        <translation>%1 एक %2 है और एस्केलेशन पर काम नहीं कर सकता: कोई L2 एजेंट या सुपरवाइज़र चुनें।</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Escalation</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation>एस्केलेशन की समय-सीमा</translation>
    </message>
    <message>
        <source>Escalated incident</source>
        <translation>एस्केलेट हुआ इंसिडेंट</translation>
    </message>
    <message>
        <source>Supervisor note</source>
        <translation>सुपरवाइज़र का नोट</translation>
    </message>
    <message>
        <source>Escalation work</source>
        <translation>एस्केलेशन पर काम</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>काम(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>लें(&amp;T)</translation>
    </message>
    <message>
        <source>Take this escalation</source>
        <translation>यह एस्केलेशन लें</translation>
    </message>
    <message>
        <source>&amp;Partner update</source>
        <translation>पार्टनर अपडेट(&amp;P)</translation>
    </message>
    <message>
        <source>Partner update</source>
        <translation>पार्टनर अपडेट</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>नई तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>नई तारीख</translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation>dd-MMM-yyyy</translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation>अपडेट दर्ज करें(&amp;U)</translation>
    </message>
    <message>
        <source>Record the partner&apos;s update</source>
        <translation>पार्टनर का अपडेट दर्ज करें</translation>
    </message>
    <message>
        <source>Reason / not&amp;e</source>
        <translation>कारण / नोट(&amp;E)</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>कारण या नोट</translation>
    </message>
    <message>
        <source>Log out&amp;call</source>
        <translation>आउटकॉल दर्ज करें(&amp;C)</translation>
    </message>
    <message>
        <source>Log an outcall to the customer</source>
        <translation>ग्राहक को की गई आउटकॉल दर्ज करें</translation>
    </message>
    <message>
        <source>To the &amp;brand</source>
        <translation>ब्रांड को(&amp;B)</translation>
    </message>
    <message>
        <source>Re-escalate to the brand</source>
        <translation>ब्रांड को दोबारा एस्केलेट करें</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>हल करें(&amp;R)</translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation>एस्केलेशन हल करें</translation>
    </message>
    <message>
        <source>Escalation message</source>
        <translation>एस्केलेशन संदेश</translation>
    </message>
    <message>
        <source>L1 SOP wal&amp;k</source>
        <translation>L1 SOP वॉक(&amp;K)</translation>
    </message>
    <message>
        <source>L1 agent SOP walk</source>
        <translation>L1 एजेंट का SOP वॉक</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>हिस्ट्री(&amp;Y)</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>एस्केलेशन हिस्ट्री</translation>
    </message>
    <message>
        <source>Scenario %1 %2</source>
        <translation>सिनेरियो %1 %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>आउटकम: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (overridden by the agent; the data said &quot;%3&quot;: %4)</source>
        <translation>%1 → %2 (एजेंट ने बदला; डेटा के हिसाब से &quot;%3&quot; था: %4)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2 (the customer)</source>
        <translation>%1 → %2 (ग्राहक)</translation>
    </message>
    <message>
        <source>took it</source>
        <translation>ले लिया</translation>
    </message>
    <message>
        <source>partner: %1, new date %2</source>
        <translation>पार्टनर: %1, नई तारीख %2</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>पार्टनर: %1</translation>
    </message>
    <message>
        <source>outcall</source>
        <translation>आउटकॉल</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>हल किया</translation>
    </message>
    <message>
        <source>re-escalated to the brand</source>
        <translation>ब्रांड को दोबारा एस्केलेट किया</translation>
    </message>
    <message>
        <source>approved and closed</source>
        <translation>अप्रूव करके बंद किया</translation>
    </message>
    <message>
        <source>returned to the agent</source>
        <translation>एजेंट को वापस भेजा</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>रीअसाइन किया</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद किया</translation>
    </message>
    <message>
        <source>No escalation</source>
        <translation>कोई एस्केलेशन नहीं</translation>
    </message>
    <message>
        <source>Escalation %1 · %2</source>
        <translation>एस्केलेशन %1 · %2</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation>%1 · %2 तक · %3</translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation>%1 के पास</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3
Remarks: %4</source>
        <translation>%1 ने %2 को एस्केलेट किया: %3
टिप्पणी: %4</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>सुपरवाइज़र ने वापस भेजा: %1</translation>
    </message>
    <message>
        <source>Tagged without the SOP walker.</source>
        <translation>SOP वॉकर के बिना टैग किया गया।</translation>
    </message>
    <message>
        <source>Nobody has worked on it yet.</source>
        <translation>इस पर अभी तक किसी ने काम नहीं किया।</translation>
    </message>
    <message>
        <source>Escalation summary</source>
        <translation>एस्केलेशन का सारांश</translation>
    </message>
</context>
<context>
    <name>EscalationQueueModel</name>
    <message numerus="yes">
        <source>Due %1 (Oathkeeper TAT %n h)</source>
        <translation>
            <numerusform>%1 तक (Oathkeeper TAT %n घंटा)</numerusform>
            <numerusform>%1 तक (Oathkeeper TAT %n घंटे)</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Oathkeeper TAT</source>
        <translation>Oathkeeper TAT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्टेटस</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Order · ticket</source>
        <translation>ऑर्डर · टिकट</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>सर्विस लाइन</translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation>किसने एस्केलेट किया</translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation>किसके पास</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>क्यू</translation>
    </message>
</context>
<context>
    <name>EscalationQueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation>एस्केलेशन क्यू</translation>
    </message>
    <message>
        <source>Queue title</source>
        <translation>क्यू का टाइटल</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>क्यू(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>क्यू फ़िल्टर</translation>
    </message>
    <message>
        <source>Li&amp;ne</source>
        <translation>सर्विस लाइन(&amp;N)</translation>
    </message>
    <message>
        <source>Service line filter</source>
        <translation>सर्विस लाइन फ़िल्टर</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>स्टेटस(&amp;T)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्टेटस फ़िल्टर</translation>
    </message>
    <message>
        <source>Escalated &amp;by</source>
        <translation>किसने एस्केलेट किया(&amp;B)</translation>
    </message>
    <message>
        <source>Escalated by filter</source>
        <translation>एस्केलेट करने वाले का फ़िल्टर</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>सिर्फ़ ओवरड्यू(&amp;V)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>सिर्फ़ ओवरड्यू</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>सिर्फ़ मेरे(&amp;M)</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>सिर्फ़ मेरे</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>क्यू संदेश</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>क्यू का सारांश</translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation>संपर्क जानकारी शामिल करें</translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation>एक्सपोर्ट में संपर्क जानकारी शामिल करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>लिस्ट CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>T&amp;ake</source>
        <translation>लें(&amp;A)</translation>
    </message>
    <message>
        <source>Take the selected escalation</source>
        <translation>चुना हुआ एस्केलेशन लें</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>खोलें(&amp;P)</translation>
    </message>
    <message>
        <source>Open the selected escalation</source>
        <translation>चुना हुआ एस्केलेशन खोलें</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>एक्टिव</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>रिव्यू के लिए बाकी</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>सभी सर्विस लाइनें</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>सभी क्यू</translation>
    </message>
    <message>
        <source>Export the escalations</source>
        <translation>एस्केलेशन एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>क्यू पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>No escalation matches.</source>
        <translation>कोई एस्केलेशन मेल नहीं खाता।</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n एस्केलेशन</numerusform>
            <numerusform>%n एस्केलेशन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n ओवरड्यू</numerusform>
            <numerusform>%n ओवरड्यू</numerusform>
        </translation>
    </message>
    <message>
        <source>Include contact details?</source>
        <translation>संपर्क जानकारी शामिल करें?</translation>
    </message>
    <message>
        <source>The file will hold customers&apos; mobile numbers and email in full. The export is recorded in the audit log with your name. Go on?</source>
        <translation>फ़ाइल में ग्राहकों के पूरे मोबाइल नंबर और ईमेल होंगे। यह एक्सपोर्ट आपके नाम से ऑडिट लॉग में दर्ज होगा। आगे बढ़ें?</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Escalation</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>Created (IST)</source>
        <translation>बनाया गया (IST)</translation>
    </message>
    <message>
        <source>Due (IST)</source>
        <translation>आख़िरी समय (IST)</translation>
    </message>
    <message>
        <source>TAT (h)</source>
        <translation>TAT (घंटे)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्टेटस</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ओवरड्यू</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>क्यू</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>सर्विस लाइन</translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation>एस्केलेट करने वाला</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Resolved (IST)</source>
        <translation>रिज़ॉल्व हुआ (IST)</translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation>ग्राहक का मोबाइल</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>ग्राहक का ईमेल</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>टैगिंग</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>हैंडल टाइम (सेकंड)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>रिव्यू</translation>
    </message>
    <message>
        <source>Right tagging</source>
        <translation>सही टैगिंग</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>रिव्यूअर</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>रिव्यू नोट</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>रिव्यू नहीं हुआ</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>ग़लत</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>At (IST)</source>
        <translation>समय (IST)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>एक्शन</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>एंटिटी</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>एंटिटी ID</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ब्योरा</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>रिज़ॉल्व्ड</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>अनरिज़ॉल्व्ड</translation>
    </message>
    <message>
        <source>TAT breaches</source>
        <translation>TAT पार</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation>एवरेज हैंडल टाइम (सेकंड)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>रिव्यू हुए</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Tagging accuracy (%)</source>
        <translation>टैगिंग एक्यूरेसी (%)</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>%1 एक्सपोर्ट करना</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>contact details included</source>
        <translation>संपर्क जानकारी शामिल</translation>
    </message>
    <message>
        <source>contact details masked</source>
        <translation>संपर्क जानकारी छिपी हुई</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so the file was removed: %1</source>
        <translation>एक्सपोर्ट ऑडिट लॉग में दर्ज नहीं हो सका, इसलिए फ़ाइल हटा दी गई: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n पंक्ति %1 में एक्सपोर्ट हुई।</numerusform>
            <numerusform>%n पंक्तियाँ %1 में एक्सपोर्ट हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>एक्सपोर्ट ऑडिट लॉग में दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so no file was written: %1</source>
        <translation>एक्सपोर्ट ऑडिट लॉग में दर्ज नहीं हो सका, इसलिए कोई फ़ाइल नहीं लिखी गई: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>हिस्ट्री</translation>
    </message>
    <message>
        <source>Incidents of this order (newest first)</source>
        <translation>इस ऑर्डर के इंसिडेंट (सबसे नया पहले)</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>इंसिडेंट हिस्ट्री</translation>
    </message>
    <message>
        <source>No incident tagged on this order yet.</source>
        <translation>इस ऑर्डर पर अभी तक कोई इंसिडेंट टैग नहीं हुआ।</translation>
    </message>
    <message>
        <source>Audit log (read-only)</source>
        <translation>ऑडिट लॉग (सिर्फ़ पढ़ने के लिए)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Nothing changed on this order yet.</source>
        <translation>इस ऑर्डर में अभी तक कुछ नहीं बदला।</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryModel</name>
    <message>
        <source>due %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4
%5</source>
        <translation>%1 · %2
%3
%4
%5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AssistDesk</source>
        <translation>AssistDesk</translation>
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
        <translation>AssistDesk के बारे में(&amp;A)</translation>
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
    <message>
        <source>Ticket &amp;Details</source>
        <translation>टिकट की जानकारी(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tag Incident</source>
        <translation>इंसिडेंट टैग करें(&amp;T)</translation>
    </message>
    <message>
        <source>Incident &amp;History</source>
        <translation>इंसिडेंट हिस्ट्री(&amp;H)</translation>
    </message>
    <message>
        <source>Tag incident</source>
        <translation>इंसिडेंट टैग करें</translation>
    </message>
    <message>
        <source>History</source>
        <translation>हिस्ट्री</translation>
    </message>
    <message>
        <source>Cannot reveal the contact details</source>
        <translation>संपर्क जानकारी नहीं दिखाई जा सकती</translation>
    </message>
    <message>
        <source>Choose the ticket first: %1 works on a ticket.</source>
        <translation>पहले टिकट चुनें: %1 टिकट पर ही होता है।</translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation>L2 को एस्केलेट करें</translation>
    </message>
    <message>
        <source>%1 is not possible</source>
        <translation>%1 नहीं हो सकता</translation>
    </message>
    <message>
        <source>Incident %1 saved: %2</source>
        <translation>इंसिडेंट %1 सेव हुआ: %2</translation>
    </message>
    <message>
        <source>Escalated; Oathkeeper TAT %1 h, due %2.</source>
        <translation>एस्केलेट हुआ; Oathkeeper TAT %1 घंटे, %2 तक।</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>खोज साफ़ करें</translation>
    </message>
    <message>
        <source>&amp;SOP Walker</source>
        <translation>SOP वॉकर(&amp;S)</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search and Orders</source>
        <translation>खोज और ऑर्डर(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Escalation Queue</source>
        <translation>एस्केलेशन क्यू(&amp;E)</translation>
    </message>
    <message>
        <source>Supervisor &amp;Board</source>
        <translation>सुपरवाइज़र बोर्ड(&amp;B)</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>साइन इन किया हुआ एजेंट</translation>
    </message>
    <message>
        <source>AssistDesk — escalation queue</source>
        <translation>AssistDesk — एस्केलेशन क्यू</translation>
    </message>
    <message>
        <source>AssistDesk — supervisor board</source>
        <translation>AssistDesk — सुपरवाइज़र बोर्ड</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं किया</translation>
    </message>
    <message>
        <source>search orders</source>
        <translation>ऑर्डर खोजना</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>पासवर्ड बदलें(&amp;P)…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>आपका पासवर्ड बदल गया है।</translation>
    </message>
    <message>
        <source>Sign Ou&amp;t</source>
        <translation>साइन आउट(&amp;T)</translation>
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
    <message>
        <source>the record to change is no longer in the database; reopen the order and try again</source>
        <translation>जिस रिकॉर्ड को बदलना है, वह अब डेटाबेस में नहीं है; ऑर्डर फिर से खोलें और दोबारा कोशिश करें</translation>
    </message>
    <message>
        <source>ticket %1 already exists in another order</source>
        <translation>टिकट %1 पहले से किसी दूसरे ऑर्डर में है</translation>
    </message>
    <message>
        <source>the record just written cannot be read back; try again</source>
        <translation>अभी लिखा गया रिकॉर्ड वापस पढ़ा नहीं जा सका; फिर कोशिश करें</translation>
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
    <message>
        <source>Actions</source>
        <translation>एक्शन</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>रीशेड्यूल करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>रीशेड्यूल करें</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>रीओपन करें</translation>
    </message>
    <message>
        <source>Cance&amp;l ticket…</source>
        <translation>टिकट कैंसल करें(&amp;L)…</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>टिकट कैंसल करें</translation>
    </message>
    <message>
        <source>Escalate to L&amp;2…</source>
        <translation>L2 को एस्केलेट करें(&amp;2)…</translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation>L2 को एस्केलेट करें</translation>
    </message>
    <message>
        <source>Work panel</source>
        <translation>वर्क पैनल</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>जानकारी</translation>
    </message>
    <message numerus="yes">
        <source>%n reopen(s)</source>
        <translation>
            <numerusform>%n रीओपन</numerusform>
            <numerusform>%n रीओपन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fake flag(s)</source>
        <translation>
            <numerusform>%n फ़र्ज़ी फ़्लैग</numerusform>
            <numerusform>%n फ़र्ज़ी फ़्लैग</numerusform>
        </translation>
    </message>
    <message>
        <source>Details (%1)</source>
        <translation>जानकारी (%1)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>दिखाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Reope&amp;n…</source>
        <translation>रीओपन करें(&amp;N)…</translation>
    </message>
    <message>
        <source>Mas&amp;k</source>
        <translation>छिपाएँ(&amp;K)</translation>
    </message>
    <message>
        <source>Ticket tabs</source>
        <translation>टिकट टैब</translation>
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
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the service</source>
        <translation>सर्विस रीओपन करें</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>What changes for the revisit</source>
        <translation>दोबारा विज़िट के लिए क्या बदलना है</translation>
    </message>
    <message>
        <source>Reopen view</source>
        <translation>रीओपन व्यू</translation>
    </message>
    <message>
        <source>&amp;Alternate Contact Change</source>
        <translation>दूसरे संपर्क नंबर में बदलाव(&amp;A)</translation>
    </message>
    <message>
        <source>Alternate Contact Change</source>
        <translation>दूसरे संपर्क नंबर में बदलाव</translation>
    </message>
    <message>
        <source>&amp;Mobile Number Change</source>
        <translation>मोबाइल नंबर में बदलाव(&amp;M)</translation>
    </message>
    <message>
        <source>Mobile Number Change</source>
        <translation>मोबाइल नंबर में बदलाव</translation>
    </message>
    <message>
        <source>A&amp;ddress Change</source>
        <translation>पते में बदलाव(&amp;D)</translation>
    </message>
    <message>
        <source>Address Change</source>
        <translation>पते में बदलाव</translation>
    </message>
    <message>
        <source>New &amp;number</source>
        <translation>नया नंबर(&amp;N)</translation>
    </message>
    <message>
        <source>New contact or address</source>
        <translation>नया संपर्क नंबर या पता</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>कारण(&amp;A)</translation>
    </message>
    <message>
        <source>Reopen reason</source>
        <translation>रीओपन का कारण</translation>
    </message>
    <message>
        <source>New &amp;SPD</source>
        <translation>नई SPD(&amp;S)</translation>
    </message>
    <message>
        <source>New service promised date</source>
        <translation>सर्विस की नई वादा की गई तारीख</translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation>dd-MMM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी(&amp;R)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं हो सकता</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>बिना कुछ बदले बंद करें</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>रीओपन करें(&amp;O)</translation>
    </message>
    <message>
        <source>Improper installation</source>
        <translation>Improper installation</translation>
    </message>
    <message>
        <source>Improper service</source>
        <translation>Improper service</translation>
    </message>
    <message>
        <source>Fake closure</source>
        <translation>Fake closure</translation>
    </message>
    <message>
        <source>Issue with the product after the service</source>
        <translation>Issue with the product after the service</translation>
    </message>
    <message>
        <source>New alternate &amp;number</source>
        <translation>नया दूसरा नंबर(&amp;N)</translation>
    </message>
    <message>
        <source>10-digit mobile the technician should call</source>
        <translation>10 अंकों का मोबाइल नंबर, जिस पर टेक्नीशियन कॉल करे</translation>
    </message>
    <message>
        <source>New mobile &amp;number</source>
        <translation>नया मोबाइल नंबर(&amp;N)</translation>
    </message>
    <message>
        <source>10-digit mobile for this revisit</source>
        <translation>इस दोबारा विज़िट के लिए 10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation>नया पता(&amp;A)</translation>
    </message>
    <message>
        <source>House, street, area, city</source>
        <translation>मकान, गली, इलाका, शहर</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the service</source>
        <translation>सर्विस रीशेड्यूल करें</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>नई तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>नई तारीख</translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation>dd-MMM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Slot</source>
        <translation>स्लॉट(&amp;S)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>स्लॉट</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Reschedule rules</source>
        <translation>रीशेड्यूल के नियम</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं हो सकता</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>बिना कुछ बदले बंद करें</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>रीशेड्यूल करें(&amp;R)</translation>
    </message>
    <message>
        <source>Confirm the date and slot with the customer: today (%1) to %2. Suggest the self-serve option in the app for future reschedules.</source>
        <translation>ग्राहक से तारीख और स्लॉट कन्फ़र्म करें: आज (%1) से %2 तक। आगे रीशेड्यूल करने के लिए ऐप का सेल्फ़-सर्व ऑप्शन इस्तेमाल करने का सुझाव दें।</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>टिप्पणी(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Returned before with the note: %1</source>
        <translation>पहले इस नोट के साथ वापस भेजा गया था: %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (Oathkeeper TAT %n h)</source>
        <translation>
            <numerusform>%1 तक (Oathkeeper TAT %n घंटा)</numerusform>
            <numerusform>%1 तक (Oathkeeper TAT %n घंटे)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Order / Ticket</source>
        <translation>ऑर्डर / टिकट</translation>
    </message>
    <message>
        <source>Escalated by</source>
        <translation>किसने एस्केलेट किया</translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation>किसके पास</translation>
    </message>
    <message>
        <source>Resolved (IST)</source>
        <translation>हल हुआ (IST)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्टेटस</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>रिव्यू क्यू</translation>
    </message>
    <message>
        <source>Escalations listed</source>
        <translation>दिखाए गए एस्केलेशन</translation>
    </message>
    <message>
        <source>Show all active escalations</source>
        <translation>सभी एक्टिव एस्केलेशन दिखाएँ</translation>
    </message>
    <message>
        <source>Also list the escalations L2 is still working, to reassign or close them</source>
        <translation>वे एस्केलेशन भी दिखाएँ जिन पर L2 अभी काम कर रहा है, ताकि उन्हें रीअसाइन या बंद किया जा सके</translation>
    </message>
    <message>
        <source>Show all acti&amp;ve escalations</source>
        <translation>सभी एक्टिव एस्केलेशन दिखाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Reload the review queue</source>
        <translation>रिव्यू क्यू रीलोड करें</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>रीलोड करें(&amp;E)</translation>
    </message>
    <message>
        <source>Press Enter to open the selected escalation</source>
        <translation>चुना हुआ एस्केलेशन खोलने के लिए Enter दबाएँ</translation>
    </message>
    <message>
        <source>Selected escalation</source>
        <translation>चुना हुआ एस्केलेशन</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>नोट(&amp;N):</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>रिव्यू नोट</translation>
    </message>
    <message>
        <source>What the agent must do (needed to return), or why it is closed (needed to close)</source>
        <translation>एजेंट को क्या करना है (वापस भेजने के लिए ज़रूरी), या इसे क्यों बंद किया जा रहा है (बंद करने के लिए ज़रूरी)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>अप्रूव करें</translation>
    </message>
    <message>
        <source>Approve the resolution and close the escalation</source>
        <translation>समाधान अप्रूव करें और एस्केलेशन बंद करें</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>अप्रूव करें(&amp;A)</translation>
    </message>
    <message>
        <source>Return to agent</source>
        <translation>एजेंट को वापस भेजें</translation>
    </message>
    <message>
        <source>Send the escalation back to the agent who worked it, with your note</source>
        <translation>एस्केलेशन आपके नोट के साथ उस एजेंट को वापस भेजें जिसने इस पर काम किया</translation>
    </message>
    <message>
        <source>Ret&amp;urn to agent</source>
        <translation>एजेंट को वापस भेजें(&amp;U)</translation>
    </message>
    <message>
        <source>Close escalation</source>
        <translation>एस्केलेशन बंद करें</translation>
    </message>
    <message>
        <source>Close the escalation; the note says why</source>
        <translation>एस्केलेशन बंद करें; नोट में इसका कारण लिखें</translation>
    </message>
    <message>
        <source>&amp;Close escalation</source>
        <translation>एस्केलेशन बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;L2 agent:</source>
        <translation>L2 एजेंट(&amp;L):</translation>
    </message>
    <message>
        <source>Agent to reassign to</source>
        <translation>जिस एजेंट को रीअसाइन करना है</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>रीअसाइन करें</translation>
    </message>
    <message>
        <source>Give the escalation to the chosen agent</source>
        <translation>एस्केलेशन चुने हुए एजेंट को दें</translation>
    </message>
    <message>
        <source>Reass&amp;ign</source>
        <translation>रीअसाइन करें(&amp;I)</translation>
    </message>
    <message>
        <source>Include contact details in the export</source>
        <translation>एक्सपोर्ट में संपर्क जानकारी शामिल करें</translation>
    </message>
    <message>
        <source>Full mobile numbers and email addresses in the file; the export is recorded in the audit log</source>
        <translation>फ़ाइल में पूरे मोबाइल नंबर और ईमेल पते होंगे; यह एक्सपोर्ट ऑडिट लॉग में दर्ज होता है</translation>
    </message>
    <message>
        <source>Include contact detail&amp;s</source>
        <translation>संपर्क जानकारी शामिल करें(&amp;S)</translation>
    </message>
    <message>
        <source>Export the review queue to CSV</source>
        <translation>रिव्यू क्यू CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>रिव्यू संदेश</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>नोट साफ़ करें</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>रिव्यू क्यू पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active or resolved escalation(s), %1 waiting for your review</source>
        <translation>
            <numerusform>%n एक्टिव या हल हुआ एस्केलेशन, %1 आपके रिव्यू के लिए बाकी</numerusform>
            <numerusform>%n एक्टिव या हल हुए एस्केलेशन, %1 आपके रिव्यू के लिए बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) waiting for your review</source>
        <translation>
            <numerusform>%n एस्केलेशन आपके रिव्यू के लिए बाकी है</numerusform>
            <numerusform>%n एस्केलेशन आपके रिव्यू के लिए बाकी हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n past the Oathkeeper TAT</source>
        <translation>
            <numerusform>%1 · %n का Oathkeeper TAT पार हो गया</numerusform>
            <numerusform>%1 · %n का Oathkeeper TAT पार हो गया</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>रिव्यू के लिए कुछ बाकी नहीं है।</translation>
    </message>
    <message>
        <source>Select an escalation to review it.</source>
        <translation>रिव्यू करने के लिए कोई एस्केलेशन चुनें।</translation>
    </message>
    <message>
        <source>Escalation %1 · %2 · escalated by %3 · worked by %4 · due %5 · %6</source>
        <translation>एस्केलेशन %1 · %2 · %3 ने एस्केलेट किया · %4 के पास · %5 तक · %6</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Returned before with the note: %1</source>
        <translation>पहले इस नोट के साथ वापस भेजा गया था: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No L2 agent to reassign to</source>
        <translation>रीअसाइन करने के लिए कोई L2 एजेंट नहीं</translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>पहले कोई एस्केलेशन चुनें।</translation>
    </message>
    <message>
        <source>Escalations waiting for review</source>
        <translation>रिव्यू का इंतज़ार कर रहे एस्केलेशन</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>L1 agent</source>
        <translation>L1 एजेंट</translation>
    </message>
    <message>
        <source>L2 agent</source>
        <translation>L2 एजेंट</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <source>look up orders</source>
        <translation>ऑर्डर देखना</translation>
    </message>
    <message>
        <source>tag incidents</source>
        <translation>इंसिडेंट टैग करना</translation>
    </message>
    <message>
        <source>reschedule tickets</source>
        <translation>टिकट रीशेड्यूल करना</translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation>टिकट रीओपन करना</translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation>टिकट कैंसल करना</translation>
    </message>
    <message>
        <source>escalate to L2</source>
        <translation>L2 को एस्केलेट करना</translation>
    </message>
    <message>
        <source>reveal contact details</source>
        <translation>संपर्क जानकारी दिखाना</translation>
    </message>
    <message>
        <source>walk the L2 processes</source>
        <translation>L2 प्रोसेस का वॉक करना</translation>
    </message>
    <message>
        <source>work the L2 escalation queue</source>
        <translation>L2 एस्केलेशन क्यू पर काम करना</translation>
    </message>
    <message>
        <source>review escalations</source>
        <translation>एस्केलेशन का रिव्यू करना</translation>
    </message>
    <message>
        <source>review the tagging of incidents</source>
        <translation>इंसिडेंट की टैगिंग का रिव्यू करना</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>डैशबोर्ड देखना</translation>
    </message>
    <message>
        <source>read the whole audit log</source>
        <translation>पूरा ऑडिट लॉग पढ़ना</translation>
    </message>
    <message>
        <source>export lists</source>
        <translation>लिस्ट एक्सपोर्ट करना</translation>
    </message>
    <message>
        <source>manage agents</source>
        <translation>एजेंट मैनेज करना</translation>
    </message>
    <message>
        <source>change the floor settings</source>
        <translation>फ़्लोर सेटिंग बदलना</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in to AssistDesk</source>
        <translation>AssistDesk में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Sign-in title</source>
        <translation>साइन इन टाइटल</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करना है</translation>
    </message>
    <message>
        <source>&amp;Agent ID</source>
        <translation>एजेंट ID(&amp;A)</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>एजेंट ID</translation>
    </message>
    <message>
        <source>for example l1.meera</source>
        <translation>जैसे l1.meera</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>पासवर्ड दोबारा डालें(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>पासवर्ड दोबारा डालें</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>साइन इन संदेश</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें(&amp;S)</translation>
    </message>
    <message>
        <source>Create the first supervisor</source>
        <translation>पहला सुपरवाइज़र बनाएँ</translation>
    </message>
    <message>
        <source>This database has no agents yet</source>
        <translation>इस डेटाबेस में अभी कोई एजेंट नहीं है</translation>
    </message>
    <message>
        <source>Create the first supervisor account. The supervisor then adds the agents (assistdesk-cli agent add). The password needs at least %1 characters.</source>
        <translation>पहला सुपरवाइज़र अकाउंट बनाएँ। इसके बाद सुपरवाइज़र एजेंट जोड़ेंगे (assistdesk-cli agent add)। पासवर्ड में कम से कम %1 कैरेक्टर होने चाहिए।</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>बनाएँ और साइन इन करें(&amp;C)</translation>
    </message>
    <message>
        <source>Everything you do is recorded under your agent ID. Forgot your password? Ask your supervisor.</source>
        <translation>आप जो भी करते हैं, वह आपकी एजेंट ID के नाम से दर्ज होता है। पासवर्ड भूल गए? अपने सुपरवाइज़र से बात करें।</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>%n सेकंड रुकें</numerusform>
            <numerusform>%n सेकंड रुकें</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग हैं: एक ही पासवर्ड दो बार टाइप करें।</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
</context>
<context>
    <name>SopFacts</name>
    <message>
        <source>Ticket %1 has no %2.</source>
        <translation>टिकट %1 में %2 नहीं है।</translation>
    </message>
    <message>
        <source>%1 %2 is before today %3: breached</source>
        <translation>%1 %2 आज (%3) से पहले है: तारीख निकल गई</translation>
    </message>
    <message>
        <source>%1 %2 is today: not breached yet</source>
        <translation>%1 %2 आज ही है: तारीख अभी नहीं निकली</translation>
    </message>
    <message>
        <source>%1 %2 is after today %3: not breached</source>
        <translation>%1 %2 आज (%3) के बाद है: तारीख नहीं निकली</translation>
    </message>
    <message numerus="yes">
        <source>Refund %1 on %2, TAT %n day(s)</source>
        <translation>
            <numerusform>%1 (%2), TAT %n दिन</numerusform>
            <numerusform>%1 (%2), TAT %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund is processed: the TAT is met</source>
        <translation>रिफंड पूरा हो चुका है: TAT पार नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>Refund due %1 (initiated %2 + %n day(s)) is before today %3: TAT breached</source>
        <translation>
            <numerusform>रिफंड की आख़िरी तारीख %1 (%2 को शुरू + %n दिन) आज (%3) से पहले है: TAT पार हो गया</numerusform>
            <numerusform>रिफंड की आख़िरी तारीख %1 (%2 को शुरू + %n दिन) आज (%3) से पहले है: TAT पार हो गया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund due %1 (initiated %2 + %n day(s)), today is %3: within the TAT</source>
        <translation>
            <numerusform>रिफंड की आख़िरी तारीख %1 (%2 को शुरू + %n दिन), आज %3 है: TAT के अंदर</numerusform>
            <numerusform>रिफंड की आख़िरी तारीख %1 (%2 को शुरू + %n दिन), आज %3 है: TAT के अंदर</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has no refund record</source>
        <translation>ऑर्डर %1 का कोई रिफंड रिकॉर्ड नहीं है</translation>
    </message>
    <message>
        <source>Order %1 has no refund record.</source>
        <translation>ऑर्डर %1 का कोई रिफंड रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <source>Ticket %1 is registered for order %2</source>
        <translation>ऑर्डर %2 के लिए टिकट %1 दर्ज है</translation>
    </message>
    <message>
        <source>Order %1 has no service ticket</source>
        <translation>ऑर्डर %1 का कोई सर्विस टिकट नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 has %n service ticket(s)</source>
        <translation>
            <numerusform>ऑर्डर %1 का %n सर्विस टिकट है</numerusform>
            <numerusform>ऑर्डर %1 के %n सर्विस टिकट हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has no service ticket.</source>
        <translation>ऑर्डर %1 का कोई सर्विस टिकट नहीं है।</translation>
    </message>
    <message>
        <source>No ticket of order %1 is selected.</source>
        <translation>ऑर्डर %1 का कोई टिकट चुना नहीं गया है।</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: %3</source>
        <translation>टिकट %1 %2 पर है: %3</translation>
    </message>
    <message>
        <source>Ticket %1 status: %2</source>
        <translation>टिकट %1 का स्टेटस: %2</translation>
    </message>
    <message>
        <source>Ticket %1 sub-status: %2</source>
        <translation>टिकट %1 का सब-स्टेटस: %2</translation>
    </message>
    <message>
        <source>Ticket %1 sub-status: %2 (%3)</source>
        <translation>टिकट %1 का सब-स्टेटस: %2 (%3)</translation>
    </message>
    <message>
        <source>SPD</source>
        <translation>SPD</translation>
    </message>
    <message>
        <source>Rescheduled date</source>
        <translation>रीशेड्यूल की गई तारीख</translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation>डिलीवरी की वादा की गई तारीख</translation>
    </message>
    <message>
        <source>Ticket %1 has no completion date.</source>
        <translation>टिकट %1 में कम्प्लीशन की तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Ticket %1 is not completed.</source>
        <translation>टिकट %1 अभी पूरा नहीं हुआ है।</translation>
    </message>
    <message numerus="yes">
        <source>Service completed %1, %n day(s) before today %2: within 30 days</source>
        <translation>
            <numerusform>सर्विस %1 को पूरी हुई, आज (%2) से %n दिन पहले: 30 दिन के अंदर</numerusform>
            <numerusform>सर्विस %1 को पूरी हुई, आज (%2) से %n दिन पहले: 30 दिन के अंदर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service completed %1, %n day(s) before today %2: post 30 days</source>
        <translation>
            <numerusform>सर्विस %1 को पूरी हुई, आज (%2) से %n दिन पहले: 30 दिन के बाद</numerusform>
            <numerusform>सर्विस %1 को पूरी हुई, आज (%2) से %n दिन पहले: 30 दिन के बाद</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 has an invoice</source>
        <translation>टिकट %1 का इनवॉइस उपलब्ध है</translation>
    </message>
    <message>
        <source>Ticket %1 has no invoice</source>
        <translation>टिकट %1 का इनवॉइस उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Technician %1 is assigned to ticket %2</source>
        <translation>टिकट %2 पर टेक्नीशियन %1 असाइन है</translation>
    </message>
    <message>
        <source>No technician is assigned to ticket %1</source>
        <translation>टिकट %1 पर कोई टेक्नीशियन असाइन नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fact AssistDesk knows.</source>
        <translation>&quot;%1&quot; ऐसा कोई तथ्य नहीं है जिसे AssistDesk जानता हो।</translation>
    </message>
</context>
<context>
    <name>SopLibrary</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>another file already has the id &quot;%1&quot;</source>
        <translation>किसी दूसरी फ़ाइल में पहले से id &quot;%1&quot; है</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>L&amp;evel</source>
        <translation>लेवल(&amp;E)</translation>
    </message>
    <message>
        <source>Process level</source>
        <translation>प्रोसेस लेवल</translation>
    </message>
    <message>
        <source>Se&amp;rvice line</source>
        <translation>सर्विस लाइन(&amp;R)</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>सर्विस लाइन</translation>
    </message>
    <message>
        <source>Fin&amp;d the customer&apos;s scenario</source>
        <translation>ग्राहक का सिनेरियो खोजें(&amp;D)</translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation>सिनेरियो फ़िल्टर</translation>
    </message>
    <message>
        <source>Type words of the complaint, arrows to choose, Enter to start</source>
        <translation>शिकायत के शब्द टाइप करें, ऐरो की से चुनें, शुरू करने के लिए Enter दबाएँ</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>सिनेरियो</translation>
    </message>
    <message>
        <source>SOP library problems</source>
        <translation>SOP लाइब्रेरी की समस्याएँ</translation>
    </message>
    <message>
        <source>S&amp;tart walk</source>
        <translation>वॉक शुरू करें(&amp;T)</translation>
    </message>
    <message>
        <source>Start the walk</source>
        <translation>वॉक शुरू करें</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>सिनेरियो</translation>
    </message>
    <message>
        <source>Steps walked</source>
        <translation>पूरे हुए स्टेप</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Why it is asked</source>
        <translation>यह क्यों पूछा जा रहा है</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>टैगिंग</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>एक्शन</translation>
    </message>
    <message>
        <source>Closing steps</source>
        <translation>कॉल बंद करने के स्टेप</translation>
    </message>
    <message>
        <source>&amp;Use this outcome</source>
        <translation>यह आउटकम इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Use this outcome</source>
        <translation>यह आउटकम इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Fills the Tag incident panel and opens the action the outcome needs</source>
        <translation>&quot;इंसिडेंट टैग करें&quot; पैनल भरता है और आउटकम के लिए ज़रूरी एक्शन खोलता है</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>वापस(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Undo the last answer or override</source>
        <translation>आख़िरी जवाब या बदलाव वापस लें</translation>
    </message>
    <message>
        <source>Overr&amp;ide fact…</source>
        <translation>तथ्य बदलें(&amp;I)…</translation>
    </message>
    <message>
        <source>Override the selected fact</source>
        <translation>चुना हुआ तथ्य बदलें</translation>
    </message>
    <message>
        <source>Correct the fact selected in the steps when the data is wrong; the override is recorded</source>
        <translation>डेटा ग़लत हो तो स्टेप में चुना हुआ तथ्य सुधारें; यह बदलाव दर्ज होता है</translation>
    </message>
    <message>
        <source>&amp;Pick another scenario</source>
        <translation>दूसरा सिनेरियो चुनें(&amp;P)</translation>
    </message>
    <message>
        <source>Pick another scenario</source>
        <translation>दूसरा सिनेरियो चुनें</translation>
    </message>
    <message>
        <source>Clear the scenario filter</source>
        <translation>सिनेरियो फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Some SOP files could not be loaded and are left out:
%1</source>
        <translation>कुछ SOP फ़ाइलें लोड नहीं हो सकीं, इसलिए छोड़ दी गई हैं:
%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Tell the customer — %1</source>
        <translation>ग्राहक को बताएँ — %1</translation>
    </message>
    <message>
        <source>Customer: %1
  → %2</source>
        <translation>ग्राहक: %1
  → %2</translation>
    </message>
    <message>
        <source>From the data: %1
  → %2
  %3</source>
        <translation>डेटा से: %1
  → %2
  %3</translation>
    </message>
    <message>
        <source>Overridden by you: %1
  → %2
  The data said &quot;%3&quot;: %4</source>
        <translation>आपने बदला: %1
  → %2
  डेटा के हिसाब से &quot;%3&quot; था: %4</translation>
    </message>
    <message>
        <source>Asked (the data cannot tell): %1
  → %2</source>
        <translation>पूछा गया (डेटा से पता नहीं चलता): %1
  → %2</translation>
    </message>
    <message>
        <source>(assumed: the article&apos;s text was lost here)</source>
        <translation>(माना गया: यहाँ KM आर्टिकल का टेक्स्ट खो गया था)</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>तथ्य बदलें: %1</translation>
    </message>
    <message>
        <source>The data says &quot;%1&quot; (%2). Choose what is true; Esc keeps the data&apos;s answer.</source>
        <translation>डेटा के हिसाब से &quot;%1&quot; है (%2)। जो सही है वह चुनें; Esc दबाने पर डेटा वाला जवाब ही रहेगा।</translation>
    </message>
    <message>
        <source>The data cannot tell (%1): ask the customer or check Kapture.</source>
        <translation>डेटा से पता नहीं चलता (%1): ग्राहक से पूछें या Kapture में देखें।</translation>
    </message>
    <message>
        <source>Ask the customer; Enter takes the highlighted answer.</source>
        <translation>ग्राहक से पूछें; Enter दबाने पर हाइलाइट किया हुआ जवाब चुना जाएगा।</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>माना गया: %1</translation>
    </message>
    <message>
        <source>Tag: %1 &gt;&gt; %2 &gt;&gt; %3
Queue: %4</source>
        <translation>टैग: %1 &gt;&gt; %2 &gt;&gt; %3
क्यू: %4</translation>
    </message>
    <message>
        <source>The article tags nothing here: follow the steps and close the call.</source>
        <translation>KM आर्टिकल में यहाँ कोई टैगिंग नहीं है: स्टेप फ़ॉलो करें और कॉल बंद करें।</translation>
    </message>
    <message>
        <source>Reschedule the ticket</source>
        <translation>टिकट रीशेड्यूल करें</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>टिकट रीओपन करें</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>टिकट कैंसल करें</translation>
    </message>
    <message numerus="yes">
        <source>Escalate to L2: Oathkeeper TAT %n hour(s), due %1</source>
        <translation>
            <numerusform>L2 को एस्केलेट करें: Oathkeeper TAT %n घंटा, %1 तक</numerusform>
            <numerusform>L2 को एस्केलेट करें: Oathkeeper TAT %n घंटे, %1 तक</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket action.</source>
        <translation>टिकट पर कोई एक्शन नहीं।</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>फिर: %1</translation>
    </message>
</context>
<context>
    <name>SopTreeReader</name>
    <message>
        <source>: scenario &quot;%1&quot;</source>
        <translation>: सिनेरियो &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, node &quot;%1&quot;</source>
        <translation>, नोड &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leads to &quot;%1&quot;, which is not a node of this scenario</source>
        <translation>&quot;%1&quot; पर ले जाता है, जो इस सिनेरियो का नोड नहीं है</translation>
    </message>
    <message>
        <source>start &quot;%1&quot; is not a node of this scenario</source>
        <translation>शुरुआत &quot;%1&quot; इस सिनेरियो का नोड नहीं है</translation>
    </message>
    <message>
        <source>goes back to &quot;%1&quot;: the walk would never end</source>
        <translation>&quot;%1&quot; पर वापस जाता है: वॉक कभी ख़त्म नहीं होगा</translation>
    </message>
    <message>
        <source>cannot be reached from the start</source>
        <translation>शुरुआत से यहाँ तक नहीं पहुँचा जा सकता</translation>
    </message>
    <message>
        <source>a node has no id</source>
        <translation>एक नोड में id नहीं है</translation>
    </message>
    <message>
        <source>an option needs a label and a next node</source>
        <translation>ऑप्शन के लिए लेबल और अगला नोड ज़रूरी है</translation>
    </message>
    <message>
        <source>two options are labelled &quot;%1&quot;</source>
        <translation>दो ऑप्शन का लेबल &quot;%1&quot; है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of fact %2 (%3, or *)</source>
        <translation>&quot;%1&quot; तथ्य %2 की वैल्यू नहीं है (%3, या *)</translation>
    </message>
    <message>
        <source>two options take the value &quot;%1&quot;</source>
        <translation>दो ऑप्शन की वैल्यू &quot;%1&quot; है</translation>
    </message>
    <message>
        <source>only a fact&apos;s options have values</source>
        <translation>वैल्यू सिर्फ़ तथ्य के ऑप्शन में होती है</translation>
    </message>
    <message>
        <source>has no options</source>
        <translation>इसमें कोई ऑप्शन नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known fact (%2)</source>
        <translation>&quot;%1&quot; कोई जाना-पहचाना तथ्य नहीं है (%2)</translation>
    </message>
    <message>
        <source>a fact needs a text (the question it answers)</source>
        <translation>तथ्य के लिए टेक्स्ट ज़रूरी है (वह सवाल जिसका यह जवाब देता है)</translation>
    </message>
    <message>
        <source>a question needs a text</source>
        <translation>सवाल के लिए टेक्स्ट ज़रूरी है</translation>
    </message>
    <message>
        <source>a script needs a title, steps and a next node</source>
        <translation>स्क्रिप्ट के लिए टाइटल, स्टेप और अगला नोड ज़रूरी है</translation>
    </message>
    <message>
        <source>the disposition must be Resolved or Unresolved</source>
        <translation>डिस्पोज़िशन Resolved या Unresolved होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (reschedule, reopen, cancel, escalate)</source>
        <translation>&quot;%1&quot; कोई एक्शन नहीं है (reschedule, reopen, cancel, escalate)</translation>
    </message>
    <message>
        <source>lists the action %1 twice</source>
        <translation>एक्शन %1 दो बार दिया गया है</translation>
    </message>
    <message>
        <source>the tagging &quot;%1&quot; is not in the catalog</source>
        <translation>टैगिंग &quot;%1&quot; कैटलॉग में नहीं है</translation>
    </message>
    <message>
        <source>an outcome needs a tagging, an action or a closing script</source>
        <translation>आउटकम के लिए टैगिंग, एक्शन या कॉल बंद करने की स्क्रिप्ट ज़रूरी है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; escalates to L2: list the escalate action</source>
        <translation>&quot;%1&quot; L2 को एस्केलेट होता है: escalate एक्शन जोड़ें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not escalate: remove the escalate action</source>
        <translation>&quot;%1&quot; एस्केलेट नहीं होता: escalate एक्शन हटाएँ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the reschedule action</source>
        <translation>&quot;%1&quot; के लिए reschedule एक्शन ज़रूरी है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the reopen action</source>
        <translation>&quot;%1&quot; के लिए reopen एक्शन ज़रूरी है</translation>
    </message>
    <message>
        <source>the escalate action needs an escalating tagging</source>
        <translation>escalate एक्शन के लिए एस्केलेट होने वाली टैगिंग ज़रूरी है</translation>
    </message>
    <message>
        <source>the %1 action needs the tagging that goes with it</source>
        <translation>%1 एक्शन के लिए उसके साथ वाली टैगिंग ज़रूरी है</translation>
    </message>
    <message>
        <source>an outcome ends the walk: it has no options and no next node</source>
        <translation>आउटकम पर वॉक ख़त्म होता है: इसमें न ऑप्शन होते हैं, न अगला नोड</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node kind (fact, question, script, outcome)</source>
        <translation>&quot;%1&quot; कोई नोड टाइप नहीं है (fact, question, script, outcome)</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>JSON ऑब्जेक्ट नहीं है (ऑफ़सेट %2 पर %1)</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1</source>
        <translation>&quot;format&quot; 1 होना चाहिए</translation>
    </message>
    <message>
        <source>a tree needs an id, a process and a source</source>
        <translation>ट्री के लिए id, प्रोसेस और स्रोत ज़रूरी है</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be L1 or L2</source>
        <translation>&quot;level&quot; L1 या L2 होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service line</source>
        <translation>&quot;%1&quot; कोई सर्विस लाइन नहीं है</translation>
    </message>
    <message>
        <source>a tree needs the service lines it covers</source>
        <translation>ट्री के लिए वे सर्विस लाइनें ज़रूरी हैं जिन पर यह लागू होता है</translation>
    </message>
    <message>
        <source>a tree needs scenarios</source>
        <translation>ट्री के लिए सिनेरियो ज़रूरी हैं</translation>
    </message>
    <message>
        <source>a scenario has no title</source>
        <translation>एक सिनेरियो का टाइटल नहीं है</translation>
    </message>
    <message>
        <source>two scenarios have this title</source>
        <translation>दो सिनेरियो का यही टाइटल है</translation>
    </message>
    <message>
        <source>two nodes have this id</source>
        <translation>दो नोड की यही id है</translation>
    </message>
    <message>
        <source>a scenario needs nodes</source>
        <translation>सिनेरियो के लिए नोड ज़रूरी हैं</translation>
    </message>
</context>
<context>
    <name>SopWalk</name>
    <message numerus="yes">
        <source>(Oathkeeper TAT %n h, due %1)</source>
        <translation>
            <numerusform>(Oathkeeper TAT %n घंटा, %1 तक)</numerusform>
            <numerusform>(Oathkeeper TAT %n घंटे, %1 तक)</numerusform>
        </translation>
    </message>
    <message>
        <source>no tagging</source>
        <translation>कोई टैगिंग नहीं</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2 (overridden by the agent; the data said &quot;%3&quot;: %4)</source>
        <translation>%1 → %2 (एजेंट ने बदला; डेटा के हिसाब से &quot;%3&quot; था: %4)</translation>
    </message>
    <message>
        <source>%1 → %2 (the data cannot tell: %3)</source>
        <translation>%1 → %2 (डेटा से पता नहीं चलता: %3)</translation>
    </message>
</context>
<context>
    <name>SqliteFloor</name>
    <message>
        <source>The bare SQLite connection failed (%1): %2</source>
        <translation>सीधा SQLite कनेक्शन विफल रहा (%1): %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>मेमोरी कम है</translation>
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
    <name>StatusMeaning</name>
    <message>
        <source>Service call is registered with jeeves, not yet assigned to technician</source>
        <translation>सर्विस कॉल Jeeves में दर्ज है, अभी टेक्नीशियन को असाइन नहीं हुई</translation>
    </message>
    <message>
        <source>Service is assigned to a technician</source>
        <translation>सर्विस टेक्नीशियन को असाइन हो गई है</translation>
    </message>
    <message>
        <source>Service site was not ready hence service is pending</source>
        <translation>सर्विस की जगह तैयार नहीं थी, इसलिए सर्विस बाकी है</translation>
    </message>
    <message>
        <source>Service rescheduled by customer- Updated by technician</source>
        <translation>ग्राहक ने सर्विस रीशेड्यूल की - टेक्नीशियन ने अपडेट किया</translation>
    </message>
    <message>
        <source>Service is rescheduled by technician, because of some operational issues, agents should see remarks updated by technician here to understand exact reason if mentioned</source>
        <translation>किसी ऑपरेशनल वजह से टेक्नीशियन ने सर्विस रीशेड्यूल की है; सही कारण जानने के लिए टेक्नीशियन की टिप्पणी देखें</translation>
    </message>
    <message>
        <source>Customer not responding hence service is pending</source>
        <translation>ग्राहक जवाब नहीं दे रहे, इसलिए सर्विस बाकी है</translation>
    </message>
    <message>
        <source>Service not done, as there is operational issues at the location</source>
        <translation>उस जगह पर ऑपरेशनल दिक्कत होने से सर्विस नहीं हुई</translation>
    </message>
    <message>
        <source>Service getting canceled as customer not responding to technician calls</source>
        <translation>ग्राहक टेक्नीशियन की कॉल का जवाब नहीं दे रहे, इसलिए सर्विस कैंसल हो रही है</translation>
    </message>
    <message>
        <source>Customer denied service hence not done</source>
        <translation>ग्राहक ने सर्विस से मना किया, इसलिए नहीं हुई</translation>
    </message>
    <message>
        <source>Non serviceable location/ product hence service getting canceled</source>
        <translation>जगह/ प्रोडक्ट सर्विस के दायरे में नहीं, इसलिए सर्विस कैंसल हो रही है</translation>
    </message>
    <message>
        <source>Service is canceled as customer not responding to technician calls</source>
        <translation>ग्राहक टेक्नीशियन की कॉल का जवाब नहीं दे रहे थे, इसलिए सर्विस कैंसल हुई</translation>
    </message>
    <message>
        <source>Non serviceable location/ product hence service canceled</source>
        <translation>जगह/ प्रोडक्ट सर्विस के दायरे में नहीं, इसलिए सर्विस कैंसल हुई</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>सर्विस पूरी हुई</translation>
    </message>
    <message>
        <source>Current sf/ branch did not have capacity to provide service hence its being transferred to a different sf/ branch to complete the service</source>
        <translation>मौजूदा sf/ ब्रांच के पास सर्विस देने की क्षमता नहीं थी, इसलिए सर्विस पूरी करने के लिए दूसरी sf/ ब्रांच को भेजी जा रही है</translation>
    </message>
    <message>
        <source>ST is assigned for pickup of mobile phone. This is related to Mobile repair cases</source>
        <translation>मोबाइल फ़ोन के पिकअप के लिए ST असाइन है। यह मोबाइल रिपेयर के केस से जुड़ा है</translation>
    </message>
    <message>
        <source>Phone is inwarded to workshop</source>
        <translation>फ़ोन वर्कशॉप में पहुँच गया है</translation>
    </message>
    <message>
        <source>Quality check is done</source>
        <translation>क्वालिटी चेक हो गया है</translation>
    </message>
    <message>
        <source>Quality check pending</source>
        <translation>क्वालिटी चेक बाकी है</translation>
    </message>
    <message>
        <source>Repair is completed</source>
        <translation>रिपेयर पूरा हो गया है</translation>
    </message>
    <message>
        <source>Repair in progress</source>
        <translation>रिपेयर चल रहा है</translation>
    </message>
    <message>
        <source>Issue diagnosis</source>
        <translation>समस्या की जाँच</translation>
    </message>
    <message>
        <source>Phone got damaged during the transit</source>
        <translation>ले जाते समय फ़ोन खराब हो गया</translation>
    </message>
    <message>
        <source>Estimation Approved</source>
        <translation>एस्टिमेट मंज़ूर हुआ</translation>
    </message>
    <message>
        <source>Estimation Rejected</source>
        <translation>एस्टिमेट नामंज़ूर हुआ</translation>
    </message>
    <message>
        <source>Estimation Requested</source>
        <translation>एस्टिमेट माँगा गया</translation>
    </message>
    <message>
        <source>Estimation Pending</source>
        <translation>एस्टिमेट बाकी है</translation>
    </message>
    <message>
        <source>Service Allocated</source>
        <translation>सर्विस असाइन हुई</translation>
    </message>
    <message>
        <source>Service Completed</source>
        <translation>सर्विस पूरी हुई</translation>
    </message>
    <message>
        <source>Technician Reached</source>
        <translation>टेक्नीशियन पहुँच गए</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Issue Not Resolved</source>
        <translation>समस्या हल नहीं हुई</translation>
    </message>
</context>
<context>
    <name>SupervisorBoard</name>
    <message>
        <source>Supervisor board</source>
        <translation>सुपरवाइज़र बोर्ड</translation>
    </message>
    <message>
        <source>Supervisor board unavailable</source>
        <translation>सुपरवाइज़र बोर्ड उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Supervisor board sections</source>
        <translation>सुपरवाइज़र बोर्ड के सेक्शन</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>रिव्यू क्यू(&amp;R)</translation>
    </message>
    <message>
        <source>Tagging &amp;QA</source>
        <translation>टैगिंग QA(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>डैशबोर्ड(&amp;D)</translation>
    </message>
    <message>
        <source>Audi&amp;t log</source>
        <translation>ऑडिट लॉग(&amp;T)</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>रिव्यू क्यू</translation>
    </message>
    <message>
        <source>Tagging QA</source>
        <translation>टैगिंग QA</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Open a database to see the supervisor board.</source>
        <translation>सुपरवाइज़र बोर्ड देखने के लिए कोई डेटाबेस खोलें।</translation>
    </message>
    <message>
        <source>Sign in as a supervisor to see the supervisor board.</source>
        <translation>सुपरवाइज़र बोर्ड देखने के लिए सुपरवाइज़र के रूप में साइन इन करें।</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation>अकाउंट %1 डिसेबल है: अपने सुपरवाइज़र से बात करें।</translation>
    </message>
    <message>
        <source>The supervisor board is for supervisors: %1 is signed in as %2.</source>
        <translation>सुपरवाइज़र बोर्ड सिर्फ़ सुपरवाइज़र के लिए है: %1 ने %2 के रूप में साइन इन किया है।</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Include contact details?</source>
        <translation>संपर्क जानकारी शामिल करें?</translation>
    </message>
    <message>
        <source>The file will hold customers&apos; full mobile numbers and email addresses. Keep it where only the people who need it can read it, and delete it when done.

The export is recorded in the audit log under your name. Include contact details?</source>
        <translation>फ़ाइल में ग्राहकों के पूरे मोबाइल नंबर और ईमेल पते होंगे। इसे ऐसी जगह रखें जहाँ सिर्फ़ वही लोग इसे पढ़ सकें जिन्हें इसकी ज़रूरत है, और काम पूरा होने पर इसे डिलीट कर दें।

यह एक्सपोर्ट आपके नाम से ऑडिट लॉग में दर्ज होता है। संपर्क जानकारी शामिल करें?</translation>
    </message>
    <message>
        <source>Nothing exported: contact details were not confirmed.</source>
        <translation>कुछ भी एक्सपोर्ट नहीं हुआ: संपर्क जानकारी शामिल करना कन्फ़र्म नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>TagIncidentPanel</name>
    <message>
        <source>Tag incident</source>
        <translation>इंसिडेंट टैग करें</translation>
    </message>
    <message>
        <source>Tagging target</source>
        <translation>किस पर टैग होगा</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation>इनबाउंड(&amp;I)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>इनबाउंड</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>ईमेल(&amp;M)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>टाइप</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>शिकायत(&amp;C)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>&amp;Enquiry</source>
        <translation>पूछताछ(&amp;E)</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>पूछताछ</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>अनुरोध(&amp;Q)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Incident &amp;type</source>
        <translation>इंसिडेंट टाइप(&amp;T)</translation>
    </message>
    <message>
        <source>Incident type filter</source>
        <translation>इंसिडेंट टाइप फ़िल्टर</translation>
    </message>
    <message>
        <source>Type to filter, arrows to choose</source>
        <translation>फ़िल्टर करने के लिए टाइप करें, ऐरो की से चुनें</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>इंसिडेंट टाइप</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>क्यू</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>डिस्पोज़िशन(&amp;D)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>डिस्पोज़िशन</translation>
    </message>
    <message>
        <source>What submitting does</source>
        <translation>सबमिट करने पर क्या होगा</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी(&amp;R)</translation>
    </message>
    <message>
        <source>Remarks length</source>
        <translation>टिप्पणी की लंबाई</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Submit message</source>
        <translation>सबमिट संदेश</translation>
    </message>
    <message>
        <source>Clear the incident</source>
        <translation>इंसिडेंट साफ़ करें</translation>
    </message>
    <message>
        <source>Submit incident</source>
        <translation>इंसिडेंट सबमिट करें</translation>
    </message>
    <message>
        <source>Open an order to tag an incident.</source>
        <translation>इंसिडेंट टैग करने के लिए कोई ऑर्डर खोलें।</translation>
    </message>
    <message>
        <source>Order %1 · ticket %2</source>
        <translation>ऑर्डर %1 · टिकट %2</translation>
    </message>
    <message>
        <source>Order %1 (no ticket)</source>
        <translation>ऑर्डर %1 (कोई टिकट नहीं)</translation>
    </message>
    <message>
        <source>Choose the incident type: queue, disposition and remarks then fill themselves.</source>
        <translation>इंसिडेंट टाइप चुनें: फिर क्यू, डिस्पोज़िशन और टिप्पणी अपने-आप भर जाएँगी।</translation>
    </message>
    <message numerus="yes">
        <source>Escalates to %1 with an Oathkeeper TAT of %n hour(s): tell the customer.</source>
        <translation>
            <numerusform>%n घंटे के Oathkeeper TAT के साथ %1 को एस्केलेट होता है: ग्राहक को बताएँ।</numerusform>
            <numerusform>%n घंटे के Oathkeeper TAT के साथ %1 को एस्केलेट होता है: ग्राहक को बताएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit opens the %1 dialog: the ticket changes and the incident is tagged in one step.</source>
        <translation>सबमिट करने पर %1 डायलॉग खुलेगा: टिकट में बदलाव और इंसिडेंट टैगिंग एक ही स्टेप में होंगे।</translation>
    </message>
    <message>
        <source>Handled on this contact: nothing is escalated.</source>
        <translation>इसी बातचीत में हल होता है: कुछ भी एस्केलेट नहीं होता।</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>कोई डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Q&amp;ueue</source>
        <translation>क्यू(&amp;U)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>सबमिट करें(&amp;B)</translation>
    </message>
    <message>
        <source>Clear the incident type filter</source>
        <translation>इंसिडेंट टाइप फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>The ticket is not in Cancel Initiated: the customer&apos;s request is recorded; the customer cancels in My Bookings, or the partner does.</source>
        <translation>टिकट Cancel Initiated में नहीं है: ग्राहक का अनुरोध दर्ज होगा; ग्राहक My Bookings से कैंसल करें, या पार्टनर करेगा।</translation>
    </message>
</context>
<context>
    <name>TaggingCatalog</name>
    <message>
        <source>The tagging catalog is not a JSON object: %1</source>
        <translation>टैगिंग कैटलॉग JSON ऑब्जेक्ट नहीं है: %1</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; needs a unique id, a name and a priority of 1 or more.</source>
        <translation>क्यू &quot;%1&quot; के लिए यूनीक id, नाम और 1 या उससे ज़्यादा की प्रायोरिटी ज़रूरी है।</translation>
    </message>
    <message>
        <source>The tagging catalog has no queues.</source>
        <translation>टैगिंग कैटलॉग में कोई क्यू नहीं है।</translation>
    </message>
    <message>
        <source>remarks_limit must be at least 50 characters.</source>
        <translation>remarks_limit कम से कम 50 कैरेक्टर होना चाहिए।</translation>
    </message>
    <message>
        <source>An entry</source>
        <translation>एक एंट्री</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot;</source>
        <translation>एंट्री &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a unique id.</source>
        <translation>%1 के लिए यूनीक id ज़रूरी है।</translation>
    </message>
    <message>
        <source>%1 has an unknown type, disposition or action.</source>
        <translation>%1 में अनजान टाइप, डिस्पोज़िशन या एक्शन है।</translation>
    </message>
    <message>
        <source>%1 needs an incident type, a remarks template and its source in the article.</source>
        <translation>%1 के लिए इंसिडेंट टाइप, टिप्पणी का टेम्पलेट और KM आर्टिकल में उसका स्रोत ज़रूरी है।</translation>
    </message>
    <message>
        <source>%1 names an unknown queue &quot;%2&quot;.</source>
        <translation>%1 में अनजान क्यू &quot;%2&quot; दी गई है।</translation>
    </message>
    <message>
        <source>%1: an escalating entry needs tat_hours, and only an escalating entry may have them.</source>
        <translation>%1: एस्केलेट होने वाली एंट्री में tat_hours ज़रूरी है, और सिर्फ़ एस्केलेट होने वाली एंट्री में ही यह हो सकता है।</translation>
    </message>
    <message>
        <source>%1: the remarks template is longer than the %2-character limit.</source>
        <translation>%1: टिप्पणी का टेम्पलेट %2 कैरेक्टर की सीमा से लंबा है।</translation>
    </message>
    <message>
        <source>%1 uses an unknown placeholder {%2}.</source>
        <translation>%1 में अनजान प्लेसहोल्डर {%2} है।</translation>
    </message>
    <message>
        <source>%1 repeats &quot;%2&quot; under %3.</source>
        <translation>%1: %3 में &quot;%2&quot; दोबारा आया है।</translation>
    </message>
    <message>
        <source>The tagging catalog has no entries.</source>
        <translation>टैगिंग कैटलॉग में कोई एंट्री नहीं है।</translation>
    </message>
</context>
<context>
    <name>TaggingQa</name>
    <message>
        <source>open tagging QA</source>
        <translation>टैगिंग QA खोलना</translation>
    </message>
    <message>
        <source>review incident %1</source>
        <translation>इंसिडेंट %1 का रिव्यू करना</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>इंसिडेंट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Choose the tagging the incident should have had.</source>
        <translation>वह टैगिंग चुनें जो इस इंसिडेंट की होनी चाहिए थी।</translation>
    </message>
    <message>
        <source>That is the tagging it has: mark it correct instead.</source>
        <translation>इंसिडेंट की टैगिंग यही है: इसके बजाय इसे सही मार्क करें।</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>रिव्यू सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Incident %1: tagging correct.</source>
        <translation>इंसिडेंट %1: टैगिंग सही है।</translation>
    </message>
    <message>
        <source>Incident %1: tagging wrong; it should have been %2.</source>
        <translation>इंसिडेंट %1: टैगिंग ग़लत है; यह %2 होनी चाहिए थी।</translation>
    </message>
    <message>
        <source>read tagging accuracy</source>
        <translation>टैगिंग एक्युरेसी देखना</translation>
    </message>
</context>
<context>
    <name>TaggingQaModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>टिप्पणी: %1</translation>
    </message>
    <message>
        <source>Review note (%1): %2</source>
        <translation>रिव्यू नोट (%1): %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>रिव्यू नहीं हुआ</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>wrong: should be %1</source>
        <translation>ग़लत: %1 होना चाहिए</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Created (IST)</source>
        <translation>बनाया गया (IST)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>टैगिंग</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>क्यू</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>हैंडल टाइम</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>रिव्यू</translation>
    </message>
</context>
<context>
    <name>TaggingQaPage</name>
    <message>
        <source>Tagging QA</source>
        <translation>टैगिंग QA</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>एजेंट(&amp;A):</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>एजेंट फ़िल्टर</translation>
    </message>
    <message>
        <source>Not reviewed only</source>
        <translation>सिर्फ़ जिनका रिव्यू नहीं हुआ</translation>
    </message>
    <message>
        <source>Not re&amp;viewed only</source>
        <translation>सिर्फ़ जिनका रिव्यू नहीं हुआ(&amp;V)</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>कब से(&amp;M):</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>अवधि का पहला दिन</translation>
    </message>
    <message>
        <source>dd-MMM-yyyy</source>
        <translation>dd-MMM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>कब तक(&amp;U):</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>अवधि का आख़िरी दिन</translation>
    </message>
    <message>
        <source>Reload tagging QA</source>
        <translation>टैगिंग QA रीलोड करें</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>रीलोड करें(&amp;E)</translation>
    </message>
    <message>
        <source>Incidents listed</source>
        <translation>दिखाए गए इंसिडेंट</translation>
    </message>
    <message>
        <source>Incidents for tagging QA</source>
        <translation>टैगिंग QA के लिए इंसिडेंट</translation>
    </message>
    <message>
        <source>Tagging accuracy in the period</source>
        <translation>इस अवधि में टैगिंग एक्युरेसी</translation>
    </message>
    <message>
        <source>Tagging accuracy per agent</source>
        <translation>प्रति एजेंट टैगिंग एक्युरेसी</translation>
    </message>
    <message>
        <source>Selected incident</source>
        <translation>चुना हुआ इंसिडेंट</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>नोट(&amp;N):</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>रिव्यू नोट</translation>
    </message>
    <message>
        <source>Optional: what was right or wrong</source>
        <translation>ज़रूरी नहीं: क्या सही था या क्या ग़लत</translation>
    </message>
    <message>
        <source>Mark the tagging correct</source>
        <translation>टैगिंग को सही मार्क करें</translation>
    </message>
    <message>
        <source>Mark &amp;correct</source>
        <translation>सही मार्क करें(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;ight tagging:</source>
        <translation>सही टैगिंग(&amp;I):</translation>
    </message>
    <message>
        <source>Right tagging</source>
        <translation>सही टैगिंग</translation>
    </message>
    <message>
        <source>Mark the tagging wrong</source>
        <translation>टैगिंग को ग़लत मार्क करें</translation>
    </message>
    <message>
        <source>Mark the tagging wrong, with the right tagging chosen beside</source>
        <translation>टैगिंग को ग़लत मार्क करें, बगल में चुनी गई सही टैगिंग के साथ</translation>
    </message>
    <message>
        <source>Mark &amp;wrong</source>
        <translation>ग़लत मार्क करें(&amp;W)</translation>
    </message>
    <message>
        <source>Tagging QA message</source>
        <translation>टैगिंग QA संदेश</translation>
    </message>
    <message>
        <source>Export the tagging QA list to CSV</source>
        <translation>टैगिंग QA लिस्ट CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>नोट साफ़ करें</translation>
    </message>
    <message>
        <source>Choose the right tagging…</source>
        <translation>सही टैगिंग चुनें…</translation>
    </message>
    <message>
        <source>%1 &gt;&gt; %2</source>
        <translation>%1 &gt;&gt; %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a period: the first day on or before the last.</source>
        <translation>अवधि चुनें: पहला दिन आख़िरी दिन से पहले या उसी दिन होना चाहिए।</translation>
    </message>
    <message>
        <source>Tagging QA could not be read: %1</source>
        <translation>टैगिंग QA पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) listed, %1 not reviewed</source>
        <translation>
            <numerusform>%n इंसिडेंट दिखाया गया, %1 का रिव्यू नहीं हुआ</numerusform>
            <numerusform>%n इंसिडेंट दिखाए गए, %1 का रिव्यू नहीं हुआ</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident in this period.</source>
        <translation>इस अवधि में कोई इंसिडेंट नहीं।</translation>
    </message>
    <message>
        <source>Select an incident to review its tagging.</source>
        <translation>टैगिंग रिव्यू करने के लिए कोई इंसिडेंट चुनें।</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Incident %1 · %2 · tagged by %3: %4
Remarks: %5</source>
        <translation>इंसिडेंट %1 · %2 · %3 ने टैग किया: %4
टिप्पणी: %5</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>पहले कोई इंसिडेंट चुनें।</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Open an order first: an incident is always tagged on an order.</source>
        <translation>पहले ऑर्डर खोलें: इंसिडेंट हमेशा किसी ऑर्डर पर टैग होता है।</translation>
    </message>
    <message>
        <source>Choose the incident type.</source>
        <translation>इंसिडेंट टाइप चुनें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident type of the tagging catalog.</source>
        <translation>&quot;%1&quot; टैगिंग कैटलॉग का इंसिडेंट टाइप नहीं है।</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम की कोई क्यू नहीं है।</translation>
    </message>
    <message>
        <source>Write the remarks: what the customer said and what you did.</source>
        <translation>टिप्पणी लिखें: ग्राहक ने क्या कहा और आपने क्या किया।</translation>
    </message>
    <message>
        <source>The remarks are %1 characters long; the limit is %2. Shorten them.</source>
        <translation>टिप्पणी %1 कैरेक्टर लंबी है; सीमा %2 है। इसे छोटा करें।</translation>
    </message>
    <message>
        <source>This ticket is cancelled (%1); a cancelled service cannot be rescheduled. Ask the customer to place a fresh order.</source>
        <translation>यह टिकट कैंसल है (%1); कैंसल हुई सर्विस रीशेड्यूल नहीं हो सकती। ग्राहक से नया ऑर्डर करने को कहें।</translation>
    </message>
    <message>
        <source>This service is already completed (%1); it cannot be rescheduled. If the customer reports a problem within 30 days of service, reopen it instead.</source>
        <translation>यह सर्विस पहले ही पूरी हो चुकी है (%1); इसे रीशेड्यूल नहीं किया जा सकता। अगर ग्राहक सर्विस के 30 दिन के अंदर कोई समस्या बताए, तो इसे रीओपन करें।</translation>
    </message>
    <message>
        <source>A mobile repair can only be rescheduled before the pickup (Created or Pickup); this ticket is at %1.</source>
        <translation>मोबाइल रिपेयर सिर्फ़ पिकअप से पहले (Created या Pickup) रीशेड्यूल हो सकता है; यह टिकट %1 पर है।</translation>
    </message>
    <message>
        <source>Choose the new date.</source>
        <translation>नई तारीख चुनें।</translation>
    </message>
    <message>
        <source>The new date %1 is in the past; choose today (%2) or later.</source>
        <translation>नई तारीख %1 बीत चुकी है; आज (%2) या उसके बाद की तारीख चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>The new date %1 is more than %n day(s) away; the latest possible date is %2.</source>
        <translation>
            <numerusform>नई तारीख %1, %n दिन से ज़्यादा आगे है; सबसे आख़िरी तारीख %2 हो सकती है।</numerusform>
            <numerusform>नई तारीख %1, %n दिन से ज़्यादा आगे है; सबसे आख़िरी तारीख %2 हो सकती है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen is only possible for a completed service; this ticket is %1.</source>
        <translation>सिर्फ़ पूरी हो चुकी सर्विस ही रीओपन हो सकती है; यह टिकट %1 है।</translation>
    </message>
    <message>
        <source>This ticket has no completion time, so the 30-day service warranty cannot be checked. Escalate it instead.</source>
        <translation>इस टिकट में कम्प्लीशन का समय नहीं है, इसलिए 30 दिन की सर्विस वारंटी जाँची नहीं जा सकती। इसके बजाय इसे एस्केलेट करें।</translation>
    </message>
    <message numerus="yes">
        <source>Reopen is only possible within 30 days of service; this service was completed %n day(s) ago (on %1).</source>
        <translation>
            <numerusform>रीओपन सिर्फ़ सर्विस के 30 दिन के अंदर हो सकता है; यह सर्विस %n दिन पहले (%1 को) पूरी हुई थी।</numerusform>
            <numerusform>रीओपन सिर्फ़ सर्विस के 30 दिन के अंदर हो सकता है; यह सर्विस %n दिन पहले (%1 को) पूरी हुई थी।</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 10-digit Indian mobile number.</source>
        <translation>&quot;%1&quot; 10 अंकों का भारतीय मोबाइल नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Write the full new address (house, street, area, city).</source>
        <translation>पूरा नया पता लिखें (मकान, गली, इलाका, शहर)।</translation>
    </message>
    <message>
        <source>Cancel is only possible when the ticket is in Cancel Initiated; this ticket is %1. The customer can cancel the booking from My Bookings in the app.</source>
        <translation>कैंसल सिर्फ़ तभी हो सकता है जब टिकट Cancel Initiated में हो; यह टिकट %1 है। ग्राहक ऐप में My Bookings से बुकिंग कैंसल कर सकते हैं।</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>कोई डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes with the %2 action: use %2 on the ticket.</source>
        <translation>&quot;%1&quot; के लिए %2 एक्शन है: टिकट पर %2 करें।</translation>
    </message>
    <message>
        <source>The %1 action is tagged &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 एक्शन &quot;%2&quot; के रूप में टैग होता है, &quot;%3&quot; के रूप में नहीं।</translation>
    </message>
    <message>
        <source>There is no order %1 in the database.</source>
        <translation>डेटाबेस में ऑर्डर %1 नहीं है।</translation>
    </message>
    <message>
        <source>Order %1 has no ticket %2.</source>
        <translation>ऑर्डर %1 में टिकट %2 नहीं है।</translation>
    </message>
    <message>
        <source>Choose the ticket first: %1 works on a ticket.</source>
        <translation>पहले टिकट चुनें: %1 टिकट पर ही होता है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already escalated for this %2 and still open (due %3). Share that TAT with the customer instead of escalating again.</source>
        <translation>&quot;%1&quot; इस %2 के लिए पहले से एस्केलेट है और अभी खुला है (%3 तक)। दोबारा एस्केलेट करने के बजाय ग्राहक को वही TAT बताएँ।</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not escalated to L2; tag it instead.</source>
        <translation>&quot;%1&quot; L2 को एस्केलेट नहीं होता; इसके बजाय इसे टैग करें।</translation>
    </message>
    <message>
        <source>AssistDesk (%1)</source>
        <translation>AssistDesk (%1)</translation>
    </message>
    <message>
        <source>Rescheduled to %1, slot %2, at the customer&apos;s request.</source>
        <translation>ग्राहक के अनुरोध पर %1 को रीशेड्यूल किया गया, स्लॉट %2।</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>नहीं चुना गया</translation>
    </message>
    <message>
        <source>Say why the service is reopened (what the customer reports).</source>
        <translation>बताएँ कि सर्विस क्यों रीओपन हो रही है (ग्राहक कौन-सी समस्या बता रहा है)।</translation>
    </message>
    <message>
        <source>Mobile numbers and email shown in full</source>
        <translation>मोबाइल नंबर और ईमेल पूरे दिखाए गए</translation>
    </message>
    <message>
        <source>The reschedule horizon must be from 1 to 90 days.</source>
        <translation>रीशेड्यूल की सीमा 1 से 90 दिन के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident type that escalates with an Oathkeeper TAT.</source>
        <translation>&quot;%1&quot; ऐसा इंसिडेंट टाइप नहीं है जो Oathkeeper TAT के साथ एस्केलेट होता हो।</translation>
    </message>
    <message>
        <source>The Oathkeeper TAT must be from 1 to 720 hours.</source>
        <translation>Oathkeeper TAT 1 से 720 घंटे के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>Revisit registered: %1 reopened (%2): %3.</source>
        <translation>दोबारा विज़िट दर्ज हुई: %1 रीओपन हुआ (%2): %3।</translation>
    </message>
    <message>
        <source>Reopened (%1): %2. New ticket %3, SPD %4.</source>
        <translation>रीओपन हुआ (%1): %2। नया टिकट %3, SPD %4।</translation>
    </message>
    <message>
        <source>Cancelled from Cancel Initiated; the reason stays %1: %2.</source>
        <translation>Cancel Initiated से कैंसल किया गया; कारण वही रहा %1: %2।</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 पर %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sign in first: every action is recorded under the agent who does it.</source>
        <translation>पहले साइन इन करें: हर एक्शन उसे करने वाले एजेंट के नाम से दर्ज होता है।</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask your supervisor.</source>
        <translation>अकाउंट %1 डिसेबल है: अपने सुपरवाइज़र से बात करें।</translation>
    </message>
    <message>
        <source>L2 agents and supervisors</source>
        <translation>L2 एजेंट और सुपरवाइज़र</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <source>%1 is signed in as %2: only %3 may %4.</source>
        <translation>%1, %2 के रूप में साइन इन हैं: यह काम (%4) सिर्फ़ %3 कर सकते हैं।</translation>
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
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fill in this agent ID in the sign-in dialog.</source>
        <translation>साइन इन डायलॉग में यह एजेंट ID पहले से भरें।</translation>
    </message>
    <message>
        <source>With --measure-startup: then open N orders spread over the database, one after the other, and print the time and the peak memory before quitting.</source>
        <translation>--measure-startup के साथ: फिर डेटाबेस में फैले N ऑर्डर एक के बाद एक खोलें, और बंद करने से पहले समय और सबसे ज़्यादा मेमोरी प्रिंट करें।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
</TS>
