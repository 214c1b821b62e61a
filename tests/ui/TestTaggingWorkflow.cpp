#include "TestData.h"

#include "MainWindow.h"
#include "actions/RescheduleDialog.h"
#include "common/MessageBox.h"
#include "core/AppInfo.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Tagging an incident and carrying out the ticket actions through the real window.
class TestTaggingWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tagAnIncidentWithTheKeyboardAlone();
    void submitIsRefusedWithTheReason();
    void rescheduleThroughTheDialog();
    void dialogKeepsARefusalAndStaysOpen();
    void refusedActionIsExplainedBeforeAnyDialog();
    void tagPanelOpensTheActionItNeeds();
    void revealIsAudited();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        auto* widget = m_window->findChild<T*>(name);
        if (!widget) {
            qFatal("no widget %s", qPrintable(name));
        }
        return widget;
    }
    void open(const QString& input);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestTaggingWorkflow::initTestCase()
{
    AppInfo::installTranslations(u"en"_s);
    MessageBox::setRecordOnly(true);
}

void TestTaggingWorkflow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"workflow.sqlite"_s)));
    m_workspace->setAgent(TestData::agent(u"l1.meera"_s));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_workspace->orders().upsert(TestData::order(i)));
    }
    MessageBox::clearLastMessage();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestTaggingWorkflow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestTaggingWorkflow::open(const QString& input)
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), input);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
}

void TestTaggingWorkflow::tagAnIncidentWithTheKeyboardAlone()
{
    QSignalSpy submitted(m_window.get(), &MainWindow::incidentSubmitted);
    open(u"OD428012345678901234"_s); // the rescheduled ticket, SPD 18-Nov, is shown

    // Ctrl+3: the Tag incident panel, cursor in the incident-type filter.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto* filter = find<QLineEdit>(u"incidentFilterLineEdit"_s);
    QCOMPARE(QApplication::focusWidget(), filter);
    // Alt+M: the e-mail channel; the type stays Complaint.
    // (A mnemonic "clicks" the button with a short animation: wait for it.)
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(find<QRadioButton>(u"emailRadioButton"_s)->isChecked());
    filter->setFocus();
    QTest::keyClicks(filter, u"spd delay"_s);
    QCOMPARE(find<QListView>(u"incidentListView"_s)->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    auto* remarks = find<QPlainTextEdit>(u"remarksPlainTextEdit"_s);
    QCOMPARE(QApplication::focusWidget(), remarks);
    QVERIFY(remarks->toPlainText().startsWith(u"Service on ticket FHS1000000002 not done by SPD 18-Nov-2026"));
    QVERIFY(find<QLabel>(u"tagInfoLabel"_s)->text().contains(u"Oathkeeper TAT of 24 hours"));
    QTest::keyClicks(remarks, u" Customer waited all day."_s);
    QTest::keyClick(remarks, Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(submitted.size(), 1);
    const QList<Incident> incidents = m_workspace->incidents().forOrder(u"OD428012345678901234"_s);
    QCOMPARE(incidents.size(), 1);
    const Incident& incident = incidents.constFirst();
    QCOMPARE(incident.notation(), u"Email >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s);
    QCOMPARE(incident.queueId, u"l2-escalations"_s);
    QCOMPARE(incident.ticketId, u"FHS1000000002"_s);
    QCOMPARE(incident.agent, u"l1.meera"_s);
    QVERIFY(incident.remarks.endsWith(u"Customer waited all day."));
    QVERIFY(incident.handleSeconds >= 0);
    QVERIFY(incident.escalation.has_value());
    QCOMPARE(incident.escalation->dueAt, PolicyClock::pinnedTo(TestData::today()).now().addSecs(24 * 3600));

    auto* message = find<QLabel>(u"submitMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Incident 1 saved"), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"due 21-Nov-2026 12:00"));
    // The panel is ready for the next incident; the history lists this one.
    QVERIFY(remarks->toPlainText().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    auto* history = find<QListView>(u"incidentHistoryListView"_s);
    QCOMPARE(history->model()->rowCount(), 1);
    QVERIFY(history->model()->index(0, 0).data().toString().contains(u"Delay in Service >> Out of SPD"));
    QCOMPARE(find<QListView>(u"auditListView"_s)->model()->rowCount(), 1);
}

void TestTaggingWorkflow::submitIsRefusedWithTheReason()
{
    open(u"OD428012345678901235"_s);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto* submit = find<QPushButton>(u"submitIncidentButton"_s);
    QTest::mouseClick(submit, Qt::LeftButton);
    auto* message = find<QLabel>(u"submitMessageLabel"_s);
    QCOMPARE(message->text(), u"Choose the incident type."_s);

    auto* filter = find<QLineEdit>(u"incidentFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier); // Enquiry
    QTRY_VERIFY(find<QRadioButton>(u"enquiryRadioButton"_s)->isChecked());
    filter->setFocus();
    QTest::keyClicks(filter, u"tat"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    auto* remarks = find<QPlainTextEdit>(u"remarksPlainTextEdit"_s);
    remarks->clear();
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(message->text(), u"Write the remarks: what the customer said and what you did."_s);
    remarks->setPlainText(QString(1200, u'x'));
    QVERIFY(find<QLabel>(u"remarksCounterLabel"_s)->text().startsWith(u"1200 / 1000"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(message->text().contains(u"the limit is 1000"));
    QCOMPARE(m_workspace->incidents().forOrder(u"OD428012345678901235"_s).size(), 0);
}

void TestTaggingWorkflow::rescheduleThroughTheDialog()
{
    open(u"OD428012345678901234"_s);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RescheduleDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* date = dialog->findChild<QDateEdit*>(u"dateEdit"_s);
        QCOMPARE(date->minimumDate(), TestData::today());
        date->setDate(TestData::today().addDays(3));
        auto* remarks = dialog->findChild<QPlainTextEdit*>(u"remarksPlainTextEdit"_s);
        QVERIFY(remarks->toPlainText().contains(u"to 23-Nov-2026"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirmRescheduleButton"_s), Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(find<QPushButton>(u"rescheduleButton"_s), Qt::LeftButton);
    QVERIFY(answered);

    // The view shows the new SPD at once, from the database.
    QCOMPARE(find<QLabel>(u"spdLabel"_s)->text(), u"23-Nov-2026 (in 3 days)"_s);
    QCOMPARE(find<QLabel>(u"statusLabel"_s)->text(), u"RESCHEDULED / CUSTOMER_RESCHEDULE"_s);
    QCOMPARE(find<QListView>(u"activityListView"_s)->model()->rowCount(), 4);
    const Ticket ticket = *m_workspace->orders().order(u"OD428012345678901234"_s)->ticket(u"FHS1000000002"_s);
    QCOMPARE(ticket.spd, TestData::today().addDays(3));
    const Incident incident = m_workspace->incidents().forOrder(u"OD428012345678901234"_s).constFirst();
    QCOMPARE(incident.action, TicketAction::Reschedule);
    QCOMPARE(incident.notation(), u"Inbound >> Enquiry >> Request to reschedule >> Resolved"_s);
    const AuditRecord audit = m_workspace->audit().forOrder(u"OD428012345678901234"_s).constFirst();
    QCOMPARE(audit.action, u"reschedule"_s);
    QCOMPARE(audit.agent, u"l1.meera"_s);
}

void TestTaggingWorkflow::dialogKeepsARefusalAndStaysOpen()
{
    open(u"OD428012345678901234"_s);
    bool sawRefusal = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RescheduleDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(u"remarksPlainTextEdit"_s)->clear();
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirmRescheduleButton"_s), Qt::LeftButton);
        auto* message = dialog->findChild<QLabel*>(u"rescheduleMessageLabel"_s);
        sawRefusal = dialog->isVisible() && message->isVisible() && message->text().startsWith(u"Write the remarks");
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>(u"rescheduleButton"_s), Qt::LeftButton);
    QVERIFY(sawRefusal);
    QCOMPARE(m_workspace->incidents().forOrder(u"OD428012345678901234"_s).size(), 0);
    QCOMPARE(m_workspace->orders().order(u"OD428012345678901234"_s)->ticket(u"FHS1000000002"_s)->spd,
             QDate(2026, 11, 18));
}

void TestTaggingWorkflow::refusedActionIsExplainedBeforeAnyDialog()
{
    open(u"OD428012345678901234"_s);
    QTest::mouseClick(find<QPushButton>(u"reopenButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Reopen is only possible for a completed service; this ticket is "
                                                  "RESCHEDULED / CUSTOMER_RESCHEDULE."),
             qPrintable(MessageBox::lastMessage()));
    QTest::mouseClick(find<QPushButton>(u"cancelTicketButton"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastMessage().startsWith(u"Cancel is only possible when the ticket is in Cancel Initiated"));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_workspace->incidents().forOrder(u"OD428012345678901234"_s).size(), 0);
}

void TestTaggingWorkflow::tagPanelOpensTheActionItNeeds()
{
    open(u"FHS1000000001"_s); // the completed ticket, day 30 of the warranty
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::AltModifier); // Request
    QTRY_VERIFY(find<QRadioButton>(u"requestRadioButton"_s)->isChecked());
    auto* filter = find<QLineEdit>(u"incidentFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"reopen"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(find<QLabel>(u"tagInfoLabel"_s)->text().contains(u"Submit opens the Reopen dialog"));
    QString dialogTitle;
    QTimer::singleShot(0, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        dialogTitle = dialog->windowTitle();
        dialog->findChild<QRadioButton*>(u"addressRadioButton"_s)->setChecked(true);
        dialog->findChild<QLineEdit*>(u"detailLineEdit"_s)->setText(u"Flat 4A, Sobha Dream Acres, Panathur"_s);
        dialog->findChild<QComboBox*>(u"reasonComboBox"_s)->setCurrentText(u"Improper installation"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirmReopenButton"_s), Qt::LeftButton);
    });
    QTest::keyClick(find<QPlainTextEdit>(u"remarksPlainTextEdit"_s), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialogTitle, u"Reopen the service"_s);
    const Order order = *m_workspace->orders().order(u"OD428012345678901234"_s);
    QCOMPARE(order.ticket(u"FHS1000000001"_s)->status, u"COMPLETED"_s);
    QCOMPARE(order.ticket(u"FHS1000000001-R2"_s)->status, u"CREATED"_s);
    // The view moves to the new revisit ticket.
    QCOMPARE(find<QLabel>(u"ticketIdLabel"_s)->text(), u"FHS1000000001-R2"_s);
    QCOMPARE(order.customer.address, u"Flat 4A, Sobha Dream Acres, Panathur"_s);
    QCOMPARE(m_workspace->incidents().forOrder(order.orderId).constFirst().action, TicketAction::Reopen);
    QCOMPARE(find<QLabel>(u"customerAddressLabel"_s)->text(),
             u"Flat 4A, Sobha Dream Acres, Panathur, Bengaluru 560066"_s);
}

void TestTaggingWorkflow::revealIsAudited()
{
    open(u"OD428012345678901234"_s);
    QTest::mouseClick(find<QToolButton>(u"revealContactButton"_s), Qt::LeftButton);
    QCOMPARE(find<QLabel>(u"customerPhoneLabel"_s)->text(), u"9876543210"_s);
    const QList<AuditRecord> audit = m_workspace->audit().forOrder(u"OD428012345678901234"_s);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, u"reveal_contact"_s);
    QCOMPARE(audit.constFirst().agent, u"l1.meera"_s);
}

QTEST_MAIN(TestTaggingWorkflow)
#include "TestTaggingWorkflow.moc"
