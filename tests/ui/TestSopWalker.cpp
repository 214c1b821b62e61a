#include "TestData.h"

#include "MainWindow.h"
#include "actions/EscalateDialog.h"
#include "actions/RescheduleDialog.h"
#include "common/MessageBox.h"
#include "core/AppInfo.h"
#include "sop/SopPanel.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

// The SOP walker in the real window: a scenario walked with the keyboard alone, a fact overridden,
// the outcome carried into the Tag incident panel and its action dialog, and the walk saved.
class TestSopWalker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkOverrideAndSubmitWithTheKeyboard();
    void escalationOutcomeOpensTheEscalateDialog();
    void backUndoesTheLastAnswer();
    void scenariosFollowTheTicketsLine();
    void brokenTreeFilesAreReportedNotFatal();

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
    // Runs work on the modal dialog T as soon as it is open and active (a mnemonic clicks after a
    // short animation, so the dialog may open a moment after the key).
    template <typename T>
    void onDialog(const std::function<void(T*)>& work)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, work] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            timer->stop();
            timer->deleteLater();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            work(dialog);
        });
        timer->start();
    }
    void startWalk(const QString& filter);
    QStringList steps() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestSopWalker::initTestCase()
{
    AppInfo::installTranslations(u"en"_s);
    MessageBox::setRecordOnly(true);
}

void TestSopWalker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"sop.sqlite"_s)));
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

void TestSopWalker::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSopWalker::open(const QString& input)
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), input);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Order);
}

void TestSopWalker::startWalk(const QString& filter)
{
    // Ctrl+2: the SOP panel, cursor in the scenario filter; type, Enter starts the scenario.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* edit = find<QLineEdit>(u"sopFilterLineEdit"_s);
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(edit, filter);
    QCOMPARE(find<QListView>(u"sopScenarioListView"_s)->model()->rowCount(), 1);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(find<QWidget>(u"sopWalkPage"_s)->isVisible());
}

QStringList TestSopWalker::steps() const
{
    QStringList lines;
    auto* list = m_window->findChild<QListWidget*>(u"sopStepsListWidget"_s);
    for (int row = 0; row < list->count(); ++row) {
        lines.append(list->item(row)->text());
    }
    return lines;
}

void TestSopWalker::walkOverrideAndSubmitWithTheKeyboard()
{
    QSignalSpy submitted(m_window.get(), &MainWindow::incidentSubmitted);
    open(u"OD428012345678901234"_s); // FHS1000000002: rescheduled by the customer, SPD 18-Nov-2026
    startWalk(u"status check"_s);

    // The data answered where the ticket is; the customer is asked what they want.
    auto* options = find<QListWidget>(u"sopOptionsListWidget"_s);
    QCOMPARE(QApplication::focusWidget(), options);
    QCOMPARE(find<QLabel>(u"sopQuestionLabel"_s)->text(), u"What does the customer want?"_s);
    QVERIFY2(steps().constFirst().contains(u"Ticket FHS1000000002 is RESCHEDULED / CUSTOMER_RESCHEDULE: Open"_s),
             qPrintable(steps().join(u'\n')));
    QTest::keyClick(options, Qt::Key_Return); // 1. Status of the service

    // The sub-status and the rescheduled date come from the data, with their evidence.
    QVERIFY2(steps().constLast().contains(u"Rescheduled date 18-Nov-2026 is before today 20-Nov-2026: breached"_s),
             qPrintable(steps().join(u'\n')));
    QCOMPARE(find<QLabel>(u"sopQuestionLabel"_s)->text(),
             u"Does the customer agree that he/she asked for the reschedule?"_s);

    // The partner moved the date by phone: the agent overrides the fact. Tab to the steps, End
    // selects the last one (the date), Alt+I offers its answers, Up and Enter choose the other.
    QTest::keyClick(options, Qt::Key_Tab);
    auto* stepsList = find<QListWidget>(u"sopStepsListWidget"_s);
    QCOMPARE(QApplication::focusWidget(), stepsList);
    QTest::keyClick(stepsList, Qt::Key_End);
    QVERIFY(find<QPushButton>(u"sopOverrideButton"_s)->isEnabled());
    QTest::keyClick(stepsList, Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), options); // a mnemonic clicks after a short animation
    QVERIFY(find<QLabel>(u"sopQuestionLabel"_s)->text().startsWith(u"Override: Is the rescheduled date breached?"_s));
    QCOMPARE(options->currentRow(), 1);
    QTest::keyClick(options, Qt::Key_Up);
    QTest::keyClick(options, Qt::Key_Return);

    // Recorded as an override, and the walk took the other branch to its outcome.
    const QStringList walked = steps();
    QVERIFY2(std::any_of(walked.cbegin(), walked.cend(),
                         [](const QString& s) {
                             return s.startsWith(u"Overridden by you: Is the rescheduled date breached?"_s)
                                    && s.contains(u"Reschedule Date is not Breached"_s);
                         }),
             qPrintable(walked.join(u'\n')));
    QVERIFY(find<QWidget>(u"sopOutcomeFrame"_s)->isVisible());
    QVERIFY2(find<QLabel>(u"sopOutcomeTaggingLabel"_s)->text().contains(u"Request to reschedule"_s),
             qPrintable(find<QLabel>(u"sopOutcomeTaggingLabel"_s)->text()));
    auto* use = find<QPushButton>(u"sopUseOutcomeButton"_s);
    QCOMPARE(QApplication::focusWidget(), use);

    // Enter: the Tag incident panel is filled and the Reschedule dialog opens.
    bool confirmed = false;
    onDialog<RescheduleDialog>([&](RescheduleDialog* dialog) {
        auto* date = dialog->findChild<QDateEdit*>(u"dateEdit"_s);
        date->setFocus();
        date->setDate(TestData::today().addDays(2));
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                        Qt::Key_Return); // Enter: Reschedule, the default button
        confirmed = QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000);
        if (!confirmed) {
            qWarning("%s", qPrintable(dialog->findChild<QLabel*>(u"rescheduleMessageLabel"_s)->text()));
            dialog->reject();
        }
    });
    QTest::keyClick(use, Qt::Key_Return);
    QVERIFY(confirmed);
    QCOMPARE(submitted.size(), 1);

    // One incident, tagged as the outcome says, with the walk — and the override — saved with it.
    const QList<Incident> incidents = m_workspace->incidents().forOrder(u"OD428012345678901234"_s);
    QCOMPARE(incidents.size(), 1);
    const Incident& incident = incidents.constFirst();
    QCOMPARE(incident.notation(), u"Inbound >> Enquiry >> Request to reschedule >> Resolved"_s);
    QCOMPARE(incident.action, TicketAction::Reschedule);
    const QJsonObject path = QJsonDocument::fromJson(incident.sopPath.toUtf8()).object();
    QCOMPARE(path.value(u"tree"_s).toString(), u"l1-installation-maintenance"_s);
    QCOMPARE(path.value(u"ticket_id"_s).toString(), u"FHS1000000002"_s);
    const QJsonObject fact = path.value(u"facts"_s).toObject().value(u"rescheduled_date_breached"_s).toObject();
    QCOMPARE(fact.value(u"by"_s).toString(), u"override"_s);
    QCOMPARE(fact.value(u"value"_s).toString(), u"true"_s);
    QCOMPARE(fact.value(u"answer"_s).toString(), u"Reschedule Date is not Breached"_s);
    QCOMPARE(m_workspace->orders().order(u"OD428012345678901234"_s)->ticket(u"FHS1000000002"_s)->spd,
             TestData::today().addDays(2));
    // The SOP panel is ready for the next call.
    QCOMPARE(find<QStackedWidget>(u"sopStackedWidget"_s)->currentWidget(), find<QWidget>(u"sopChoosePage"_s));
}

void TestSopWalker::escalationOutcomeOpensTheEscalateDialog()
{
    open(u"OD428012345678901234"_s);
    startWalk(u"status check"_s);
    auto* options = find<QListWidget>(u"sopOptionsListWidget"_s);
    QTest::keyClick(options, Qt::Key_1); // Status of the service
    QTest::keyClick(options, Qt::Key_2); // Customer Disagrees/ Customer mentions it as a Fake Update
    QVERIFY2(
        find<QLabel>(u"sopOutcomeActionsLabel"_s)->text().contains(u"Oathkeeper TAT 24 hours, due 21-Nov-2026 12:00"_s),
        qPrintable(find<QLabel>(u"sopOutcomeActionsLabel"_s)->text()));

    bool escalated = false;
    onDialog<EscalateDialog>([&](EscalateDialog* dialog) {
        auto* complaint = dialog->findChild<QComboBox*>(u"incidentComboBox"_s);
        QCOMPARE(complaint->currentData().toString(), u"fake-status-updated-by-technician"_s);
        auto* remarks = dialog->findChild<QPlainTextEdit*>(u"remarksPlainTextEdit"_s);
        QVERIFY2(remarks->toPlainText().contains(u"VOC: Status of the service; Customer Disagrees"_s),
                 qPrintable(remarks->toPlainText()));
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                        Qt::Key_Return); // Enter: Escalate, the default button
        escalated = QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000);
        if (!escalated) {
            qWarning("%s", qPrintable(dialog->findChild<QLabel*>(u"escalateMessageLabel"_s)->text()));
            dialog->reject();
        }
    });
    QTest::keyClick(find<QPushButton>(u"sopUseOutcomeButton"_s), Qt::Key_Return);
    QTRY_VERIFY2(escalated,
                 qPrintable(MessageBox::lastMessage() + u" | "_s + find<QLabel>(u"submitMessageLabel"_s)->text()));
    const Incident incident = m_workspace->incidents().forOrder(u"OD428012345678901234"_s).constFirst();
    QCOMPARE(incident.notation(), u"Inbound >> Complaint >> Fake status updated by technician >> Unresolved"_s);
    QVERIFY(incident.escalation.has_value());
    QVERIFY(incident.sopPath.contains(u"\"cr-fake\""_s));
}

void TestSopWalker::backUndoesTheLastAnswer()
{
    open(u"OD428012345678901234"_s);
    startWalk(u"status check"_s);
    auto* options = find<QListWidget>(u"sopOptionsListWidget"_s);
    auto* back = find<QPushButton>(u"sopBackButton"_s);
    QVERIFY(!back->isEnabled()); // nothing answered yet
    QTest::keyClick(options, Qt::Key_1);
    const int walked = static_cast<int>(steps().size());
    QVERIFY(back->isEnabled());
    QTest::keyClick(options, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(find<QLabel>(u"sopQuestionLabel"_s)->text(), u"What does the customer want?"_s);
    QVERIFY(steps().size() < walked);
    QCOMPARE(QApplication::focusWidget(), options);
    // Alt+P: another scenario; the filter keeps what was typed.
    QTest::keyClick(options, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(find<QWidget>(u"sopChoosePage"_s)->isVisible());
}

void TestSopWalker::scenariosFollowTheTicketsLine()
{
    open(u"OD428099999999990001"_s); // mobile repair
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* line = find<QComboBox>(u"sopLineComboBox"_s);
    QCOMPARE(line->currentData().toInt(), static_cast<int>(ServiceLine::MobileRepair));
    const int mobile = find<QListView>(u"sopScenarioListView"_s)->model()->rowCount();
    QVERIFY(mobile >= 18);
    // An L1 agent walks the L1 processes only; an L2 agent also sees the L2 ones.
    auto* level = find<QComboBox>(u"sopLevelComboBox"_s);
    QCOMPARE(level->findData(u"L2"_s), -1);
    QVERIFY(!level->isEnabled());
    m_workspace->setAgent(TestData::agent(u"l2.suresh"_s, Role::L2));
    m_window->applyRole();
    level->setCurrentIndex(level->findData(u"L2"_s));
    open(u"OD428012345678901235"_s); // maintenance
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(line->currentData().toInt(), static_cast<int>(ServiceLine::Maintenance));
    QCOMPARE(find<QListView>(u"sopScenarioListView"_s)->model()->rowCount(), 4);
    // An order without ticket: the agent picks the line; facts about the ticket are asked.
    level->setCurrentIndex(level->findData(u"L1"_s));
    open(u"OD428012345678901236"_s);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    line->setCurrentIndex(line->findData(static_cast<int>(ServiceLine::Installation)));
    auto* panel = m_window->findChild<SopPanel*>();
    QVERIFY(panel->startScenario(u"Status Check"_s));
    QCOMPARE(find<QLabel>(u"sopQuestionLabel"_s)->text(), u"Where is the ticket?"_s);
    QVERIFY2(find<QLabel>(u"sopEvidenceLabel"_s)->text().contains(u"has no service ticket"_s),
             qPrintable(find<QLabel>(u"sopEvidenceLabel"_s)->text()));
}

void TestSopWalker::brokenTreeFilesAreReportedNotFatal()
{
    QTemporaryDir trees;
    QFile good(u":/sop/l1-installation-maintenance.json"_s);
    QVERIFY(good.copy(trees.filePath(u"l1-installation-maintenance.json"_s)));
    QFile bad(trees.filePath(u"broken.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"format\": 1, \"scenarios\": [ ");
    bad.close();
    const SopLibrary library = SopLibrary::load(trees.path());

    open(u"OD428012345678901235"_s);
    auto* panel = m_window->findChild<SopPanel*>();
    panel->setLibrary(&library);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* message = find<QLabel>(u"sopLibraryMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"broken.json"_s), qPrintable(message->text()));
    QCOMPARE(find<QListView>(u"sopScenarioListView"_s)->model()->rowCount(), 10);
    QVERIFY(panel->startScenario(u"Status Check"_s));
    panel->setLibrary(nullptr); // back to the shipped trees before the temporary library goes
}

QTEST_MAIN(TestSopWalker)
#include "TestSopWalker.moc"
