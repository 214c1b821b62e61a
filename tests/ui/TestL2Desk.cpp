#include "TestData.h"

#include "MainWindow.h"
#include "actions/TicketActions.h"
#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "agents/SignInDialog.h"
#include "core/AppInfo.h"
#include "desk/EscalationDesk.h"
#include "desk/EscalationPanel.h"
#include "desk/EscalationQueueModel.h"
#include "desk/EscalationQueueView.h"
#include "store/AuditLog.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Signing in and the L2 desk, driven as agents do: the sign-in dialog (wrong password, the
// hold-back after repeated failures, a disabled agent, the first supervisor of a new database),
// the queue's countdown and overdue marking on a pinned clock, and an escalation worked from the
// queue through the panel beside its order.
class TestL2Desk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::installTranslations(u"en"_s); }
    void init();
    void cleanup();
    void signInRefusesWrongPasswordsAndHoldsBack();
    void disabledAgentCannotSignIn();
    void firstSupervisorIsCreatedOnAnEmptyDatabase();
    void queueCountsDownAndMarksOverdue();
    void escalationIsWorkedFromTheQueue();
    void l1HasNoQueue();
    void agentDisabledDuringTheShiftCannotSearch();
    void signOutLeavesNothingForTheNextAgent();
    void agentChangesTheirOwnPassword();

private:
    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), PolicyClock::zone());
    }
    qint64 escalate(const QString& ticketId, const QString& entryId, const QDateTime& moment)
    {
        return TestData::escalate(*m_workspace, u"l1.ravi"_s, ticketId, entryId, moment);
    }
    void as(const QString& id) { m_workspace->setAgent(*m_workspace->agents().find(id)); }
    void openWindow();
    int auditCount(const QString& action) const
    {
        int n = 0;
        for (const AuditRecord& r : m_workspace->audit().recent(5000)) {
            n += r.action == action ? 1 : 0;
        }
        return n;
    }
    template <typename T>
    T* find(QWidget* root, const QString& name) const
    {
        auto* widget = root->findChild<T*>(name);
        if (!widget) {
            qFatal("no widget %s", qPrintable(name));
        }
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestL2Desk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"desk.sqlite"_s)));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_workspace->orders().upsert(TestData::order(i)));
    }
    TestData::addAgents(*m_workspace, TestData::floorAgents());
}

void TestL2Desk::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestL2Desk::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestL2Desk::signInRefusesWrongPasswordsAndHoldsBack()
{
    m_workspace->clearAgent();
    SignInDialog dialog(*m_workspace);
    QDateTime wall = at(22, 9);
    dialog.service().setWallClock([&wall] { return wall; });
    dialog.setAgentId(u"l2.suresh"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* password = find<QLineEdit>(&dialog, u"passwordLineEdit"_s);
    auto* button = find<QPushButton>(&dialog, u"signInButton"_s);
    auto* message = find<QLabel>(&dialog, u"signInMessageLabel"_s);
    QCOMPARE(QApplication::focusWidget(), password); // the ID is known: straight to the password

    // Wrong passwords are refused, with the reason, and the field is emptied; the first ones
    // can be retried at once.
    for (int i = 0; i < AgentService::FreeAttempts; ++i) {
        QVERIFY(button->isEnabled());
        QTest::keyClicks(password, u"not-my-password"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"password"_s, Qt::CaseInsensitive), qPrintable(message->text()));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(m_workspace->agent(), QString());
    }
    // After the last free one the agent ID is held back, and the dialog says for how long.
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), u"Wait 5 s"_s);
    // Even the right password is held back until the wait is over (the core refuses it).
    const SignInResult held = dialog.service().signIn(u"l2.suresh"_s, TestData::password());
    QVERIFY(!held.ok);
    QVERIFY(held.retryAfterSeconds > 0);
    // Each failure is in the audit log, under the agent ID that was tried.
    QVERIFY(auditCount(u"sign_in_failed"_s) >= AgentService::FreeAttempts + 1);
    QVERIFY(message->text().contains(u"5"_s));

    // Five seconds later the right password gets in.
    wall = wall.addSecs(60);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 8000);
    QCOMPARE(button->text(), u"&Sign in"_s);
    QTest::keyClicks(password, TestData::password());
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_workspace->agent(), u"l2.suresh"_s);
    QCOMPARE(m_workspace->currentAgent()->role, Role::L2);
}

void TestL2Desk::disabledAgentCannotSignIn()
{
    as(u"sup.anita"_s);
    QVERIFY(AgentService(*m_workspace).setDisabled(u"l1.test"_s, true).ok);
    m_workspace->clearAgent();
    SignInDialog dialog(*m_workspace);
    dialog.setAgentId(u"l1.test"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* password = find<QLineEdit>(&dialog, u"passwordLineEdit"_s);
    QTest::keyClicks(password, TestData::password());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(find<QLabel>(&dialog, u"signInMessageLabel"_s)->text().contains(u"disabled"_s),
             qPrintable(find<QLabel>(&dialog, u"signInMessageLabel"_s)->text()));
    QCOMPARE(m_workspace->agent(), QString());
}

void TestL2Desk::firstSupervisorIsCreatedOnAnEmptyDatabase()
{
    Workspace empty(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(empty.open(m_dir->filePath(u"new.sqlite"_s)));
    SignInDialog dialog(empty);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = find<QLineEdit>(&dialog, u"nameLineEdit"_s);
    auto* confirm = find<QLineEdit>(&dialog, u"confirmLineEdit"_s);
    QVERIFY(name->isVisible());
    QVERIFY(confirm->isVisible());
    QCOMPARE(find<QPushButton>(&dialog, u"signInButton"_s)->text(), u"&Create and sign in"_s);

    QTest::keyClicks(find<QLineEdit>(&dialog, u"agentIdLineEdit"_s), u"sup.lata"_s);
    name->insert(u"लता Menon"_s); // typed through the input method
    QTest::keyClicks(find<QLineEdit>(&dialog, u"passwordLineEdit"_s), TestData::password());
    QTest::keyClicks(confirm, u"Another-Horse-8"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(find<QLabel>(&dialog, u"signInMessageLabel"_s)->text().contains(u"differ"_s));
    QVERIFY(!empty.agents().find(u"sup.lata"_s)); // nothing was created

    confirm->selectAll();
    QTest::keyClicks(confirm, TestData::password());
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(empty.agent(), u"sup.lata"_s);
    QCOMPARE(empty.currentAgent()->role, Role::Supervisor);
    QCOMPARE(empty.agents().find(u"sup.lata"_s)->name, u"लता Menon"_s);
}

void TestL2Desk::queueCountsDownAndMarksOverdue()
{
    // 24 h TAT from 20-Nov 10:00 (due 21-Nov 10:00); 48 h from 20-Nov 09:00 (due 22-Nov 09:00).
    const qint64 delay = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    const qint64 install = escalate(u"FHS1000000001"_s, u"technician-not-aware-improper-installation"_s, at(20, 9));
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(21, 7, 5)));
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Queue);
    auto* table = find<QTableView>(m_window.get(), u"escalationTableView"_s);
    QCOMPARE(QApplication::focusWidget(), table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = find<EscalationQueueView>(m_window.get(), u"EscalationQueueView"_s)->model();
    QCOMPARE(model->rowCount(), 2);
    // Most urgent first, with the time left in words.
    QCOMPARE(model->index(0, 0).data(EscalationQueueModel::IdRole).toLongLong(), delay);
    QCOMPARE(model->index(1, 0).data(EscalationQueueModel::IdRole).toLongLong(), install);
    QCOMPARE(model->index(0, EscalationQueueModel::DueColumn).data().toString(), u"2 h 55 min left"_s);
    QVERIFY(!model->index(0, 0).data(EscalationQueueModel::OverdueRole).toBool());
    auto* summary = find<QLabel>(m_window.get(), u"queueSummaryLabel"_s);
    QCOMPARE(summary->text(), u"2 escalations, 0 overdue"_s);

    // Time passes: the countdown moves without a reload and the first one turns overdue.
    m_workspace->setClock(PolicyClock::pinnedAt(at(21, 12, 10)));
    find<EscalationQueueView>(m_window.get(), u"EscalationQueueView"_s)->tick();
    QCOMPARE(model->index(0, EscalationQueueModel::DueColumn).data().toString(), u"overdue by 2 h 10 min"_s);
    QVERIFY(model->index(0, 0).data(EscalationQueueModel::OverdueRole).toBool());
    QVERIFY(model->index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(1, 0).data(EscalationQueueModel::OverdueRole).toBool());
    QCOMPARE(summary->text(), u"2 escalations, 1 overdue"_s);

    // "Overdue only" keeps the breached one.
    QTest::mouseClick(find<QCheckBox>(m_window.get(), u"overdueOnlyCheckBox"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(EscalationQueueModel::IdRole).toLongLong(), delay);
}

void TestL2Desk::escalationIsWorkedFromTheQueue()
{
    const qint64 id = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    as(u"l2.suresh"_s);
    m_workspace->setClock(PolicyClock::pinnedAt(at(20, 12)));
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    auto* table = find<QTableView>(m_window.get(), u"escalationTableView"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);

    // The order opens with the escalation beside it, and the L2 level for the SOP.
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    auto* panel = find<EscalationPanel>(m_window.get(), u"EscalationPanel"_s);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->escalationId(), id);
    QVERIFY(find<QLabel>(panel, u"escalationHeaderLabel"_s)->text().contains(u"Delay in Service"_s));
    QVERIFY(find<QLabel>(panel, u"escalationDueLabel"_s)->text().contains(u"left"_s));

    // Take it, then record the partner's update with the new date.
    QTest::mouseClick(find<QPushButton>(panel, u"panelTakeButton"_s), Qt::LeftButton);
    EscalationDesk desk(*m_workspace);
    QCOMPARE(desk.find(id)->assignee, u"l2.suresh"_s);
    auto* update = find<QComboBox>(panel, u"partnerUpdateComboBox"_s);
    update->setCurrentIndex(update->findText(u"Call In Progress"_s, Qt::MatchStartsWith));
    QVERIFY(update->currentIndex() >= 0);
    auto* date = find<QDateEdit>(panel, u"partnerDateEdit"_s);
    QVERIFY(date->isVisible());
    date->setDate(QDate(2026, 11, 23));
    QTest::keyClicks(find<QPlainTextEdit>(panel, u"escalationNotePlainTextEdit"_s), u"Partner confirms a visit."_s);
    QTest::mouseClick(find<QPushButton>(panel, u"recordUpdateButton"_s), Qt::LeftButton);
    auto* message = find<QLabel>(panel, u"panelMessageLabel"_s);
    QVERIFY2(message->isVisible(), qPrintable(message->text()));
    const QList<EscalationEvent> events = desk.events(id);
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.constLast().kind, u"partner_update"_s);
    QCOMPARE(events.constLast().newDate, QDate(2026, 11, 23));
    QVERIFY(find<QListWidget>(panel, u"escalationEventsListWidget"_s)->count() >= 2);

    // Resolving without a note is refused with the reason; with one it resolves.
    QTest::mouseClick(find<QPushButton>(panel, u"resolveButton"_s), Qt::LeftButton);
    QVERIFY2(message->text().contains(u"how the escalation was resolved"_s), qPrintable(message->text()));
    QVERIFY(desk.find(id)->status != u"resolved"_s);
    QTest::keyClicks(find<QPlainTextEdit>(panel, u"escalationNotePlainTextEdit"_s), u"Installed on 23-Nov."_s);
    QTest::mouseClick(find<QPushButton>(panel, u"resolveButton"_s), Qt::LeftButton);
    QCOMPARE(desk.find(id)->status, u"resolved"_s);
    QVERIFY(auditCount(u"resolve_escalation"_s) == 1);
}

void TestL2Desk::l1HasNoQueue()
{
    const qint64 id = escalate(u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s, at(20, 10));
    as(u"l1.ravi"_s);
    openWindow();
    auto* queueAction = m_window->findChild<QAction*>(u"actionEscalationQueue"_s);
    QVERIFY(queueAction);
    QVERIFY(!queueAction->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Welcome);
    // Not only hidden: the core refuses, says why and records the attempt.
    const DeskOutcome taken = EscalationDesk(*m_workspace).take(id);
    QVERIFY(!taken.ok);
    QVERIFY2(taken.message.contains(u"L2"_s), qPrintable(taken.message));
    QVERIFY(auditCount(u"permission_denied"_s) >= 1);
}

void TestL2Desk::agentDisabledDuringTheShiftCannotSearch()
{
    as(u"l1.test"_s);
    const Agent signedIn = *m_workspace->currentAgent();
    openWindow();
    auto* search = find<QLineEdit>(m_window.get(), u"orderSearchLineEdit"_s);
    search->setText(u"OD428012345678901234"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);

    // The supervisor disables the account (from another PC: the same database file).
    {
        Workspace supervisor(PolicyClock::pinnedTo(TestData::today()));
        QVERIFY(supervisor.open(m_dir->filePath(u"desk.sqlite"_s), Database::OpenMode::ExistingOnly));
        supervisor.setAgent(*supervisor.agents().find(u"sup.anita"_s));
        QVERIFY(AgentService(supervisor).setDisabled(u"l1.test"_s, true).ok);
    }
    QCOMPARE(m_workspace->currentAgent()->id, signedIn.id); // still signed in on this PC …
    search->setFocus();
    search->setText(u"OD428012345678901235"_s);
    QTest::keyClick(search, Qt::Key_Return);
    // … but the next search is refused, with the reason, and on record.
    auto* message = find<QLabel>(m_window.get(), u"searchMessageLabel"_s);
    QVERIFY2(message->text().contains(u"disabled"_s), qPrintable(message->text()));
    QVERIFY(auditCount(u"permission_denied"_s) >= 1);
}

void TestL2Desk::signOutLeavesNothingForTheNextAgent()
{
    as(u"l1.ravi"_s);
    openWindow();
    auto* search = find<QLineEdit>(m_window.get(), u"orderSearchLineEdit"_s);
    search->setText(u"OD428012345678901234"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    QTest::mouseClick(find<QToolButton>(m_window.get(), u"revealContactButton"_s), Qt::LeftButton);
    auto* phone = find<QLabel>(m_window.get(), u"customerPhoneLabel"_s);
    QCOMPARE(phone->text(), u"9876543210"_s); // revealed for Ravi, and audited under his name

    // Ravi signs out; Suresh signs in at the same PC.
    QTimer::singleShot(0, this, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"agentIdLineEdit"_s)->setText(u"l2.suresh"_s);
        auto* password = dialog->findChild<QLineEdit*>(u"passwordLineEdit"_s);
        QTest::keyClicks(password, TestData::password());
        QTest::keyClick(password, Qt::Key_Return);
    });
    m_window->findChild<QAction*>(u"actionSignOut"_s)->trigger();
    QCOMPARE(m_workspace->agent(), u"l2.suresh"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Welcome);
    QVERIFY(search->text().isEmpty());
    // Going back to the ticket (F5) has nothing to go back to: Ravi's order is gone, and with it
    // the number he revealed.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->currentPage() != MainWindow::Page::Order);
    QVERIFY(!phone->text().contains(u"9876543210"_s));
}

void TestL2Desk::agentChangesTheirOwnPassword()
{
    as(u"l1.ravi"_s);
    openWindow();
    QString wrongCurrent;
    QString differ;
    bool focusedFirst = false;
    bool focusedBack = false;
    QTimer::singleShot(0, this, [&wrongCurrent, &differ, &focusedFirst, &focusedBack] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            return; // the trigger below then returns at once and the checks fail
        }
        // Whatever happens below, the dialog does not stay open and hang the suite.
        const auto closeAtEnd = qScopeGuard([dialog] {
            if (dialog->isVisible()) {
                dialog->close();
            }
        });
        auto* current = dialog->findChild<QLineEdit*>(u"currentPasswordLineEdit"_s);
        auto* fresh = dialog->findChild<QLineEdit*>(u"newPasswordLineEdit"_s);
        auto* repeat = dialog->findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s);
        auto* message = dialog->findChild<QLabel*>(u"changePasswordMessageLabel"_s);
        focusedFirst = dialog->focusWidget() == current; // where typing goes once it is active
        // Someone at an unlocked console does not know the current password.
        QTest::keyClicks(current, u"guessing-123"_s);
        QTest::keyClicks(fresh, u"Taken-Over-99"_s);
        QTest::keyClicks(repeat, u"Taken-Over-99"_s);
        QTest::keyClick(repeat, Qt::Key_Return);
        wrongCurrent = message->text();
        focusedBack = dialog->focusWidget() == current;
        // The agent types it, but the new one twice differently.
        current->clear();
        QTest::keyClicks(current, TestData::password());
        repeat->clear();
        QTest::keyClicks(repeat, u"Monsoon-Rain-25"_s);
        QTest::keyClick(repeat, Qt::Key_Return);
        differ = message->text();
        // Then right.
        fresh->clear();
        QTest::keyClicks(fresh, u"Monsoon-Rain-25"_s);
        repeat->clear();
        QTest::keyClicks(repeat, u"Monsoon-Rain-25"_s);
        QTest::keyClick(repeat, Qt::Key_Return);
    });
    m_window->findChild<QAction*>(u"actionChangePassword"_s)->trigger();
    QVERIFY(focusedFirst); // straight to the current password
    QVERIFY(focusedBack); // and back there after a wrong one
    QVERIFY2(wrongCurrent.contains(u"current password is wrong"_s), qPrintable(wrongCurrent));
    QVERIFY2(differ.contains(u"differ"_s), qPrintable(differ));
    QVERIFY(auditCount(u"change_password_failed"_s) == 1);
    QVERIFY(auditCount(u"change_password"_s) == 1);
    // The new password signs in; the old one no longer does.
    AgentService service(*m_workspace);
    QVERIFY(!service.signIn(u"l1.ravi"_s, TestData::password()).ok);
    QVERIFY(service.signIn(u"l1.ravi"_s, u"Monsoon-Rain-25"_s).ok);
}

QTEST_MAIN(TestL2Desk)
#include "TestL2Desk.moc"
