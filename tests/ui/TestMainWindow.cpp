#include "TestData.h"

#include "core/AppInfo.h"

#include "MainWindow.h"
#include "common/Badge.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "ticket/ActivityModel.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Builds the real main window on a real database holding the fixture orders, and drives it the
// way an agent does: typing, Enter, arrow keys and shortcuts.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::installTranslations(u"en"_s); }
    void init();
    void cleanup();
    void orderIdShowsEverySection();
    void invalidInputShowsMessageAndRunsNoQuery();
    void unknownOrderSaysNothingFound();
    void phoneSearchListsOrdersAndKeyboardOpensOne();
    void ticketSearchSelectsThatTicket();
    void orderWithoutTickets();
    void mobileRepairShowsDelivery();
    void revealIsPerOrder();
    void shortcutsReachTheSearchBox();
    void unusableDatabaseIsExplained();
    void importedTextIsNeverMarkup();

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
    QString text(const QString& labelName) const { return find<QLabel>(labelName)->text(); }
    void search(const QString& input);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_photo;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"gui.sqlite"_s)));
    TestData::addAgents(*m_workspace,
                        {TestData::agent(u"sup.lata"_s, Role::Supervisor), TestData::agent(u"l1.meera"_s)});
    m_workspace->setAgent(TestData::agent(u"l1.meera"_s)); // signed in

    // A completion photo on this PC, next to one that is only a URL.
    m_photo = m_dir->filePath(u"photo.png"_s);
    QImage photo(320, 240, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QVERIFY(photo.save(m_photo));
    for (int i = 0; i < 4; ++i) {
        Order order = TestData::order(i);
        if (i == 0) {
            order.tickets.first().completion->images.prepend(m_photo);
        }
        QVERIFY(m_workspace->orders().upsert(order));
    }
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMainWindow::search(const QString& input)
{
    auto* edit = find<QLineEdit>(u"orderSearchLineEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, input);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestMainWindow::orderIdShowsEverySection()
{
    QSignalSpy opened(m_window.get(), &MainWindow::orderOpened);
    search(u"  od428012345678901234 "_s);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    QCOMPARE(m_window->windowTitle(), u"AssistDesk — OD428012345678901234"_s);
    QCOMPARE(text(u"orderIdLabel"_s), u"OD428012345678901234"_s);
    QVERIFY(text(u"orderMetaLabel"_s).contains(u"Android app · Prepaid · ₹2,098"));

    // Customer Information: masked by default.
    QCOMPARE(text(u"customerNameLabel"_s), u"Priya Sharma"_s);
    QCOMPARE(text(u"customerPhoneLabel"_s), u"******3210"_s);
    QCOMPARE(text(u"customerAltPhoneLabel"_s), u"******6780"_s);
    QCOMPARE(text(u"customerEmailLabel"_s), u"p*****@example.com"_s);
    QVERIFY(text(u"customerAddressLabel"_s).contains(u"Whitefield, Bengaluru 560066"));

    // Two tickets: the newest is shown first.
    auto* tabs = find<QTabBar>(u"ticketTabBar"_s);
    QVERIFY(tabs->isVisible());
    QTRY_VERIFY(tabs->height() >= tabs->sizeHint().height()); // really on screen, not 0 px tall
    QCOMPARE(QAccessible::queryAccessibleInterface(m_window->findChild<QWidget*>(u"ticketSelectorWidget"_s))
                 ->text(QAccessible::Name),
             u"Tickets of this order"_s);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(text(u"ticketIdLabel"_s), u"FHS1000000002"_s);
    QCOMPARE(text(u"statusLabel"_s), u"RESCHEDULED / CUSTOMER_RESCHEDULE"_s);
    QCOMPARE(text(u"statusMeaningLabel"_s), u"Service rescheduled by customer- Updated by technician"_s);
    QCOMPARE(text(u"spdLabel"_s), u"18-Nov-2026 (2 days ago)"_s);
    auto* spdBadge = find<Badge>(u"spdBadge"_s);
    QCOMPARE(spdBadge->text(), u"Breached"_s);
    QCOMPARE(spdBadge->tone(), Badge::Tone::Bad);
    QVERIFY(spdBadge->isVisible());
    QCOMPARE(text(u"slotLabel"_s), u"15:00-18:00"_s);
    QCOMPARE(text(u"technicianLabel"_s), u"Sunil Yadav · ******0002"_s);
    QCOMPARE(text(u"completedLabel"_s), u"Not completed"_s);
    QCOMPARE(text(u"productBrandLabel"_s), u"LG"_s);
    QCOMPARE(text(u"productModelLabel"_s), u"Not recorded"_s);
    auto* activity = find<QListView>(u"activityListView"_s);
    QCOMPARE(activity->model()->rowCount(), 3);
    QCOMPARE(activity->model()->index(0, 0).data(ActivityModel::SubStatusRole).toString(), u"CUSTOMER_RESCHEDULE"_s);
    QVERIFY(activity->visualRect(activity->model()->index(0, 0)).height() > 2 * activity->fontMetrics().height());
    QVERIFY(find<QLabel>(u"reopenEmptyLabel"_s)->isVisible());
    QCOMPARE(text(u"reopenEmptyLabel"_s), u"No reopens"_s);
    QVERIFY(find<QLabel>(u"fakeEmptyLabel"_s)->isVisible());
    QVERIFY(find<QLabel>(u"salesEmptyLabel"_s)->isVisible());
    QVERIFY(find<QLabel>(u"completionEmptyLabel"_s)->isVisible());
    QVERIFY(!find<QLabel>(u"reopenListLabel"_s)->isVisible());

    // The other ticket, with the keyboard: every remaining section has data.
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(text(u"ticketIdLabel"_s), u"FHS1000000001"_s);
    QCOMPARE(find<Badge>(u"ticketStateBadge"_s)->text(), u"Completed"_s);
    QVERIFY(!spdBadge->isVisible()); // the SPD of a completed ticket is history
    QCOMPARE(text(u"completedLabel"_s), u"21-Oct-2026 16:40 (30 days ago)"_s);
    QCOMPARE(find<Badge>(u"warrantyBadge"_s)->text(), u"Within 30-day warranty"_s);
    QCOMPARE(text(u"invoiceLabel"_s), u"Available in the Flipkart app"_s);
    QCOMPARE(text(u"productSerialLabel"_s), u"LGAC2104567"_s);
    QCOMPARE(activity->model()->rowCount(), 4);
    QCOMPARE(activity->model()->index(0, 0).data(ActivityModel::RemarkRole).toString(),
             u"Installed and demo given. COP code verified."_s);

    auto* reopens = find<QLabel>(u"reopenListLabel"_s);
    QVERIFY(reopens->isVisible());
    QVERIFY(!find<QLabel>(u"reopenEmptyLabel"_s)->isVisible());
    QCOMPARE(reopens->accessibleDescription(),
             u"16-Oct-2026 12:00 · Water leakage from indoor unit. New ticket FHS1000000001-R1"_s);
    QCOMPARE(find<QLabel>(u"fakeListLabel"_s)->accessibleDescription(),
             u"12-Oct-2026 11:45 · Site not ready without visit. Technician's location was 14 km from the address at "
             "the time of the update."_s);
    auto* sales = find<QLabel>(u"salesListLabel"_s);
    QCOMPARE(sales->accessibleDescription(),
             u"AC outdoor unit stand: ₹1,200\nCopper pipe extension (per ft): ₹850.50"_s);
    QVERIFY(sales->text().contains(u"Copper pipe extension (per ft)"));
    QCOMPARE(text(u"salesTotalLabel"_s), u"Total ₹2,050.50"_s);
    QCOMPARE(text(u"completionSerialLabel"_s), u"LGAC2104567"_s);
    auto* thumbnail = find<QLabel>(u"completionPhoto1Label"_s);
    QVERIFY(!thumbnail->pixmap().isNull());
    QVERIFY(thumbnail->pixmap().width() <= 120);
    QCOMPARE(text(u"completionLinksLabel"_s), u"https://img.fhs-partner.in/completion/FHS1000000001/1.jpg"_s);

    // What is painted is also exposed to QA scripts and screen readers.
    QAccessibleInterface* name = QAccessible::queryAccessibleInterface(find<QLabel>(u"customerNameLabel"_s));
    QCOMPARE(name->text(QAccessible::Name), u"Customer name"_s);
    QCOMPARE(name->text(QAccessible::Description), u"Priya Sharma"_s);
    QAccessibleInterface* spd = QAccessible::queryAccessibleInterface(find<QLabel>(u"statusLabel"_s));
    QCOMPARE(spd->text(QAccessible::Name), u"Ticket status"_s);
    QCOMPARE(spd->text(QAccessible::Description), u"COMPLETED / NOT_APPLICABLE"_s);
    QCOMPARE(QAccessible::queryAccessibleInterface(find<QLineEdit>(u"orderSearchLineEdit"_s))->text(QAccessible::Name),
             u"Order search"_s);
}

void TestMainWindow::invalidInputShowsMessageAndRunsNoQuery()
{
    QSignalSpy searched(m_window.get(), &MainWindow::searchFinished);
    search(u"Priya Sharma"_s);
    auto* message = find<QLabel>(u"searchMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"is not an order ID, ticket ID, mobile number or email"),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(u"10-digit mobile number"));
    QCOMPARE(searched.size(), 0);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Welcome);

    search(u"OD4280"_s);
    QVERIFY(message->text().contains(u"at least 8 characters"));
    QCOMPARE(searched.size(), 0);

    // Typing again clears the message.
    QTest::keyClick(find<QLineEdit>(u"orderSearchLineEdit"_s), Qt::Key_1);
    QVERIFY(!message->isVisible());
}

void TestMainWindow::unknownOrderSaysNothingFound()
{
    QSignalSpy searched(m_window.get(), &MainWindow::searchFinished);
    search(u"9999999999"_s);
    QCOMPARE(searched.size(), 1);
    QCOMPARE(searched.constFirst().constFirst().toInt(), 0);
    QVERIFY(text(u"searchMessageLabel"_s).contains(u"No order found for mobile number 9999999999"));
}

void TestMainWindow::phoneSearchListsOrdersAndKeyboardOpensOne()
{
    search(u"+91 98765-43210"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Results);
    auto* results = find<QTableView>(u"resultsTableView"_s);
    QCOMPARE(results->model()->rowCount(), 3);
    QVERIFY(results->hasFocus());
    QCOMPARE(results->currentIndex().row(), 0);
    QCOMPARE(results->model()->index(0, 0).data().toString(), u"OD428012345678901235"_s);
    QCOMPARE(results->model()->index(0, 3).data().toString(), u"******3210"_s);
    QVERIFY(text(u"resultsTitleLabel"_s).startsWith(u"3 orders for mobile number ******3210"));

    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    QCOMPARE(text(u"orderIdLabel"_s), u"OD428012345678901234"_s);
    QVERIFY(find<QPushButton>(u"backToResultsButton"_s)->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Results);
    QVERIFY(results->hasFocus());
}

void TestMainWindow::ticketSearchSelectsThatTicket()
{
    search(u"fhs1000000001"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    QCOMPARE(find<QTabBar>(u"ticketTabBar"_s)->currentIndex(), 0);
    QCOMPARE(text(u"ticketIdLabel"_s), u"FHS1000000001"_s);
    QVERIFY(!find<QPushButton>(u"backToResultsButton"_s)->isVisible());
}

void TestMainWindow::orderWithoutTickets()
{
    search(u"OD428012345678901236"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
    auto* noTicket = find<QLabel>(u"noTicketLabel"_s);
    QVERIFY(noTicket->isVisible());
    QVERIFY(noTicket->text().contains(u"no service ticket"));
    QVERIFY(!m_window->findChild<QWidget*>(u"ticketInfoGroupBox"_s)->isVisible());
    QVERIFY(!find<QTabBar>(u"ticketTabBar"_s)->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(u"ticketSelectorWidget"_s)->isVisible());
    QVERIFY(m_window->findChild<QWidget*>(u"customerGroupBox"_s)->isVisible());
    QCOMPARE(find<Badge>(u"refundBadge"_s)->text(), u"Refund TAT breached"_s);
    QVERIFY(text(u"refundLabel"_s).contains(u"due 09-Oct-2026"));
}

void TestMainWindow::mobileRepairShowsDelivery()
{
    search(u"OD428099999999990001"_s);
    QCOMPARE(text(u"deliveryLabel"_s), u"19-Nov-2026"_s);
    QCOMPARE(find<Badge>(u"deliveryBadge"_s)->text(), u"Delivery breached"_s);
    QCOMPARE(text(u"statusMeaningLabel"_s), u"Issue diagnosis"_s);
    QCOMPARE(text(u"customerAltPhoneLabel"_s), u"None given"_s);
}

void TestMainWindow::revealIsPerOrder()
{
    search(u"OD428012345678901234"_s);
    auto* reveal = find<QToolButton>(u"revealContactButton"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(text(u"customerPhoneLabel"_s), u"9876543210"_s);
    QCOMPARE(text(u"customerEmailLabel"_s), u"priya.sharma@example.com"_s);
    QCOMPARE(text(u"technicianLabel"_s), u"Sunil Yadav · 9000000002"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(text(u"customerPhoneLabel"_s), u"******3210"_s);

    QTest::mouseClick(reveal, Qt::LeftButton);
    search(u"OD428012345678901235"_s); // another order starts masked again
    QCOMPARE(text(u"customerPhoneLabel"_s), u"******3210"_s);
}

void TestMainWindow::shortcutsReachTheSearchBox()
{
    search(u"+91 98765-43210"_s);
    auto* edit = find<QLineEdit>(u"orderSearchLineEdit"_s);
    QVERIFY(!edit->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), u"+91 98765-43210"_s);
    find<QTableView>(u"resultsTableView"_s)->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QVERIFY(edit->hasFocus());
    // Down from the search box goes into the list.
    QTest::keyClick(edit, Qt::Key_Down);
    QVERIFY(find<QTableView>(u"resultsTableView"_s)->hasFocus());
}

void TestMainWindow::unusableDatabaseIsExplained()
{
    m_window.reset();
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    QVERIFY(!m_workspace->open(notes));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    auto* problem = find<QLabel>(u"databaseProblemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"is not an AssistDesk database"));
    QVERIFY(find<QPushButton>(u"openDatabaseButton"_s)->isVisible());
    search(u"9876543210"_s);
    QVERIFY(text(u"searchMessageLabel"_s).startsWith(u"No database is open"));

    // Opening a good file from the window recovers; the agent signs in on it again.
    bool signedIn = false;
    QTimer::singleShot(0, this, [&signedIn] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto* id = dialog->findChild<QLineEdit*>(u"agentIdLineEdit"_s);
        auto* password = dialog->findChild<QLineEdit*>(u"passwordLineEdit"_s);
        QVERIFY(id && password);
        id->setText(u"l1.meera"_s);
        QTest::keyClicks(password, TestData::password());
        QTest::keyClick(password, Qt::Key_Return);
        signedIn = true;
    });
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"gui.sqlite"_s)));
    QVERIFY(signedIn);
    QCOMPARE(m_workspace->agent(), u"l1.meera"_s);
    QVERIFY(!problem->isVisible());
    search(u"9876543210"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Results);
}

void TestMainWindow::importedTextIsNeverMarkup()
{
    Order order = TestData::order(3);
    order.customer.name = u"<b>Ravi</b> <i>Kumar</i>"_s;
    order.customer.address = u"<img src=\"/etc/passwd\"> Flat <u>5</u>"_s;
    QVERIFY(m_workspace->orders().upsert(order));
    search(order.orderId);
    auto* name = find<QLabel>(u"customerNameLabel"_s);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), u"<b>Ravi</b> <i>Kumar</i>"_s);
    QCOMPARE(find<QLabel>(u"customerAddressLabel"_s)->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
