#include "TestData.h"

#include "MainWindow.h"
#include "actions/TicketActions.h"
#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "common/MessageBox.h"
#include "core/AppInfo.h"
#include "desk/EscalationDesk.h"
#include "domain/Formats.h"
#include "export/Csv.h"
#include "export/Exporter.h"
#include "store/AuditLog.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/AuditLogPage.h"
#include "supervisor/DashboardPage.h"
#include "supervisor/ReviewQueuePage.h"
#include "supervisor/SupervisorBoard.h"
#include "supervisor/SupervisorModels.h"
#include "supervisor/TaggingQa.h"
#include "supervisor/TaggingQaPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The supervisor board driven as a supervisor would: the review queue (approve, return with a
// note, reassign, close), tagging QA feeding the dashboard's accuracy, CSV exports that round-trip
// and mask contact details unless asked, and nothing at all for anyone else.
class TestSupervisorBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nonSupervisorSeesNoData();
    void reviewQueueFlows();
    void reviewQueueOpensAndShowsActive();
    void taggingQaFeedsAccuracy();
    void csvRoundTripsCommasQuotesNewlinesAndDevanagari();
    void escalationExportMasksContactsUnlessConfirmed();
    void auditLogIsMaskedAndFiltered();
    void boardInTheMainWindow();

private:
    static constexpr auto Password = "AssistDesk@2026";
    const QString delayed = u"OD428012345678901234"_s; // FHS1000000002, SPD breached
    const QString fresh = u"OD428012345678901235"_s; // FHS1000000003, new
    const QString refund = u"OD428012345678901236"_s; // no ticket, refund TAT breached
    const QString repair = u"OD428099999999990001"_s; // FHS2000000001, mobile repair

    template <typename T>
    T* find(const QString& name) const
    {
        auto* widget = m_board->findChild<T*>(name);
        if (!widget) {
            qFatal("no widget %s", qPrintable(name));
        }
        return widget;
    }
    void actAs(const QString& id);
    // As an L1 agent: tags an incident (an escalating entry escalates); returns its escalation id
    // or the incident id.
    qint64 tag(const QString& agent, const QString& orderId, const QString& ticketId, const QString& entryId,
               const QString& remarks = u"Customer called about the service."_s, qint64 handleSeconds = 300);
    qint64 escalationOf(qint64 incidentId);
    void resolve(qint64 escalationId, const QString& worker);
    void openBoard();
    void selectRow(QTableView* view, int row);
    // Clicks a button through its mnemonic, as the keyboard would.
    void press(Qt::Key key);
    QList<AuditRecord> audit(const QString& action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SupervisorBoard> m_board;
};

void TestSupervisorBoard::initTestCase()
{
    AppInfo::installTranslations(u"en"_s);
    MessageBox::setRecordOnly(true);
}

void TestSupervisorBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"board.sqlite"_s)));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_workspace->orders().upsert(TestData::order(i)));
    }
    AgentService agents(*m_workspace);
    auto add = [&](const QString& id, const QString& name, Role role) {
        Agent agent;
        agent.id = id;
        agent.name = name;
        agent.role = role;
        return agents.addAgent(agent, QString::fromLatin1(Password));
    };
    const AgentOutcome first = add(u"sup.asha"_s, u"Asha Rao"_s, Role::Supervisor);
    QVERIFY2(first.ok, qPrintable(first.message));
    actAs(u"sup.asha"_s);
    QVERIFY(add(u"l1.meera"_s, u"Meera Iyer"_s, Role::L1).ok);
    QVERIFY(add(u"l1.ravi"_s, u"Ravi Kumar"_s, Role::L1).ok);
    QVERIFY(add(u"l2.kiran"_s, u"Kiran Shah"_s, Role::L2).ok);
    QVERIFY(add(u"l2.farah"_s, u"Farah Khan"_s, Role::L2).ok);
    QVERIFY(add(u"l2.gone"_s, u"Left the floor"_s, Role::L2).ok);
    QVERIFY(agents.setDisabled(u"l2.gone"_s, true).ok);
    m_workspace->clearAgent();
    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(true);
}

void TestSupervisorBoard::cleanup()
{
    m_board.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSupervisorBoard::actAs(const QString& id)
{
    const std::optional<Agent> agent = m_workspace->agents().find(id);
    QVERIFY2(agent.has_value(), qPrintable(id));
    m_workspace->setAgent(*agent);
}

qint64 TestSupervisorBoard::tag(const QString& agent, const QString& orderId, const QString& ticketId,
                                const QString& entryId, const QString& remarks, qint64 handleSeconds)
{
    actAs(agent);
    IncidentDraft draft;
    draft.orderId = orderId;
    draft.ticketId = ticketId;
    draft.entryId = entryId;
    draft.remarks = remarks;
    draft.handleSeconds = handleSeconds;
    const ActionOutcome outcome = TicketActions(*m_workspace).tag(draft);
    if (!outcome.ok) {
        qFatal("tagging %s failed: %s", qPrintable(entryId), qPrintable(outcome.message));
    }
    return outcome.incident.id;
}

qint64 TestSupervisorBoard::escalationOf(qint64 incidentId)
{
    actAs(u"sup.asha"_s);
    const std::optional<EscalationRow> row = EscalationDesk(*m_workspace).forIncident(incidentId);
    if (!row) {
        qFatal("incident %lld has no escalation", incidentId);
    }
    return row->id;
}

void TestSupervisorBoard::resolve(qint64 escalationId, const QString& worker)
{
    actAs(worker);
    EscalationDesk desk(*m_workspace);
    const DeskOutcome taken = desk.take(escalationId);
    QVERIFY2(taken.ok, qPrintable(taken.message));
    const DeskOutcome resolved = desk.resolve(escalationId, u"Partner visited; customer confirmed."_s);
    QVERIFY2(resolved.ok, qPrintable(resolved.message));
}

void TestSupervisorBoard::openBoard()
{
    m_board = std::make_unique<SupervisorBoard>(*m_workspace);
    m_board->resize(1366, 700);
    m_board->show();
    QApplication::setActiveWindow(m_board.get());
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
}

void TestSupervisorBoard::selectRow(QTableView* view, int row)
{
    QVERIFY(row >= 0 && row < view->model()->rowCount());
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

void TestSupervisorBoard::press(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_board.get(), key, Qt::AltModifier);
}

QList<AuditRecord> TestSupervisorBoard::audit(const QString& action)
{
    QList<AuditRecord> records;
    for (const AuditRecord& record : m_workspace->audit().recent(1000)) {
        if (record.action == action) {
            records.append(record);
        }
    }
    return records;
}

void TestSupervisorBoard::nonSupervisorSeesNoData()
{
    const qint64 escalation =
        escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    resolve(escalation, u"l2.kiran"_s);

    for (const QString& who : {u"l2.kiran"_s, u"l1.meera"_s}) {
        actAs(who);
        openBoard();
        QVERIFY(!m_board->showsData());
        QVERIFY(!find<QTabWidget>(u"boardTabWidget"_s)->isVisible());
        auto* denied = find<QLabel>(u"boardDeniedLabel"_s);
        QVERIFY(denied->isVisible());
        QVERIFY2(denied->text().contains(u"for supervisors: %1 is signed in as"_s.arg(who)),
                 qPrintable(denied->text()));
        QCOMPARE(denied->accessibleDescription(), denied->text());
        QCOMPARE(find<QTableView>(u"reviewTableView"_s)->model()->rowCount(), 0);
        QCOMPARE(find<QTableView>(u"qaTableView"_s)->model()->rowCount(), 0);
        QCOMPARE(find<QTableView>(u"auditTableView"_s)->model()->rowCount(), 0);
        QVERIFY(find<QChartView>(u"accuracyChartView"_s)->accessibleDescription().isEmpty());

        // The core refuses an export too, and writes nothing.
        const QString path = m_dir->filePath(u"refused.csv"_s);
        const ExportOutcome outcome = m_board->exportList(BoardList::ReviewQueue, path, true);
        QVERIFY(outcome.refused);
        QVERIFY(!QFile::exists(path));
        m_board.reset();
    }

    // The same board shows the data once a supervisor signs in.
    actAs(u"sup.asha"_s);
    openBoard();
    QVERIFY(m_board->showsData());
    QVERIFY(!find<QLabel>(u"boardDeniedLabel"_s)->isVisible());
    QCOMPARE(find<QTableView>(u"reviewTableView"_s)->model()->rowCount(), 1);
    m_workspace->clearAgent();
    m_board->refresh();
    QVERIFY(!m_board->showsData());
    QCOMPARE(find<QTableView>(u"reviewTableView"_s)->model()->rowCount(), 0);
}

void TestSupervisorBoard::reviewQueueFlows()
{
    // Four escalations resolved by l2.kiran, the last one after its Oathkeeper TAT.
    const qint64 a = escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    const qint64 b =
        escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"fake-status-updated-by-technician"_s));
    const qint64 c =
        escalationOf(tag(u"l1.ravi"_s, fresh, u"FHS1000000003"_s, u"technician-not-responding-not-reachable"_s));
    const qint64 d = escalationOf(tag(u"l1.ravi"_s, repair, u"FHS2000000001"_s, u"delay-in-delivery"_s));
    for (const qint64 id : {a, b, c}) {
        resolve(id, u"l2.kiran"_s);
    }
    m_workspace->setClock(PolicyClock::pinnedTo(TestData::today().addDays(4)));
    resolve(d, u"l2.kiran"_s);

    actAs(u"sup.asha"_s);
    openBoard();
    QCOMPARE(m_board->currentTab(), SupervisorBoard::Tab::ReviewQueue);
    auto* view = find<QTableView>(u"reviewTableView"_s);
    auto* model = qobject_cast<ReviewQueueModel*>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY2(find<QLabel>(u"reviewCountLabel"_s)->text().startsWith(u"4 escalation"),
             qPrintable(find<QLabel>(u"reviewCountLabel"_s)->text()));

    // The late one says so in words, and is tinted as well.
    const int late = model->rowOf(d);
    const QString timing = model->index(late, ReviewQueueModel::TimingColumn).data().toString();
    QVERIFY2(timing.startsWith(u"resolved late ("), qPrintable(timing));
    QVERIFY(model->index(late, 0).data(ReviewQueueModel::BreachedRole).toBool());
    QVERIFY(model->index(late, 0).data(Qt::BackgroundRole).isValid());
    const int onTime = model->rowOf(a);
    QCOMPARE(model->index(onTime, ReviewQueueModel::TimingColumn).data().toString(), u"resolved in time"_s);
    QVERIFY(!model->index(onTime, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(onTime, ReviewQueueModel::OrderTicketColumn).data().toString(),
             u"OD428012345678901234 / FHS1000000002"_s);
    QCOMPARE(model->index(onTime, ReviewQueueModel::EscalatedByColumn).data().toString(), u"l1.meera"_s);
    QCOMPARE(model->index(onTime, ReviewQueueModel::WorkedByColumn).data().toString(), u"l2.kiran"_s);
    QCOMPARE(model->index(onTime, ReviewQueueModel::StatusColumn).data().toString(), u"Waiting for review"_s);

    // The reassign list has the active L2 agents and supervisors, not L1 nor disabled ones.
    auto* agents = find<QComboBox>(u"reassignAgentComboBox"_s);
    QStringList offered;
    for (int i = 0; i < agents->count(); ++i) {
        offered.append(agents->itemData(i).toString());
    }
    QCOMPARE(offered, (QStringList{u"l2.farah"_s, u"l2.kiran"_s, u"sup.asha"_s}));

    auto* note = find<QLineEdit>(u"reviewNoteLineEdit"_s);
    auto* message = find<QLabel>(u"reviewMessageLabel"_s);
    EscalationDesk desk(*m_workspace);

    // Approve a, with a note, from the keyboard.
    selectRow(view, model->rowOf(a));
    const qint64 below = model->row(model->rowOf(a) + 1) ? model->row(model->rowOf(a) + 1)->id : 0;
    note->setFocus();
    QTest::keyClicks(note, u"Well handled"_s);
    press(Qt::Key_A);
    QTRY_COMPARE(desk.find(a)->status, u"closed"_s);
    QVERIFY2(message->text().contains(u"Escalation %1 approved and closed."_s.arg(a)), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->rowOf(a), -1);
    QVERIFY(note->text().isEmpty());
    // The selection moves to the escalation that was below it.
    if (below != 0) {
        QCOMPARE(m_board->reviewQueuePage()->selectedId(), below);
    }
    QCOMPARE(desk.events(a).constLast().kind, u"approve"_s);
    QCOMPARE(desk.events(a).constLast().note, u"Well handled"_s);

    // Return b: refused without a note, the refusal shown; done with one.
    selectRow(view, model->rowOf(b));
    note->setFocus();
    press(Qt::Key_U);
    QTRY_VERIFY2(message->text().contains(u"Write what the agent must do"), qPrintable(message->text()));
    QCOMPARE(desk.find(b)->status, u"resolved"_s);
    QTest::keyClicks(note, u"Call the customer back and confirm the visit"_s);
    press(Qt::Key_U);
    QTRY_COMPARE(desk.find(b)->status, u"in_progress"_s);
    QCOMPARE(desk.find(b)->reviewNote, u"Call the customer back and confirm the visit"_s);
    QCOMPARE(desk.find(b)->assignee, u"l2.kiran"_s);
    QVERIFY2(message->text().contains(u"returned to l2.kiran"), qPrintable(message->text()));
    QCOMPARE(model->rowOf(b), -1);

    // Reassign c to l2.farah: it stays in the queue, still selected.
    selectRow(view, model->rowOf(c));
    agents->setFocus();
    agents->setCurrentIndex(agents->findData(u"l2.farah"_s));
    press(Qt::Key_I);
    QTRY_COMPARE(desk.find(c)->assignee, u"l2.farah"_s);
    QVERIFY2(message->text().contains(u"reassigned to l2.farah"), qPrintable(message->text()));
    QCOMPARE(m_board->reviewQueuePage()->selectedId(), c);
    QCOMPARE(model->index(model->rowOf(c), ReviewQueueModel::WorkedByColumn).data().toString(), u"l2.farah"_s);

    // Close d: refused without a note, then closed.
    selectRow(view, model->rowOf(d));
    note->setFocus();
    press(Qt::Key_C);
    QTRY_VERIFY2(message->text().contains(u"Write why the escalation is closed"), qPrintable(message->text()));
    QCOMPARE(desk.find(d)->status, u"resolved"_s);
    QTest::keyClicks(note, u"Device delivered; customer satisfied"_s);
    press(Qt::Key_C);
    QTRY_COMPARE(desk.find(d)->status, u"closed"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_board->reviewQueuePage()->selectedId(), c);

    // Every step is on record under the supervisor.
    for (const QString& action :
         {u"approve_escalation"_s, u"return_escalation"_s, u"reassign_escalation"_s, u"close_escalation"_s}) {
        const QList<AuditRecord> records = audit(action);
        QVERIFY2(records.size() == 1, qPrintable(action));
        QCOMPARE(records.constFirst().agent, u"sup.asha"_s);
    }
}

void TestSupervisorBoard::reviewQueueOpensAndShowsActive()
{
    const qint64 resolved =
        escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    resolve(resolved, u"l2.kiran"_s);
    const qint64 open = escalationOf(tag(u"l1.meera"_s, refund, QString(), u"delay-in-refund"_s));

    actAs(u"sup.asha"_s);
    openBoard();
    auto* view = find<QTableView>(u"reviewTableView"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    auto* page = m_board->reviewQueuePage();
    QCOMPARE(page->selectedId(), resolved);

    // Enter on a row asks to open the escalation.
    QSignalSpy opened(m_board.get(), &SupervisorBoard::openEscalationRequested);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toLongLong(), resolved);

    // All active escalations, to reassign or close one nobody took yet.
    press(Qt::Key_V);
    QTRY_VERIFY(find<QCheckBox>(u"showAllActiveCheckBox"_s)->isChecked());
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(page->selectEscalation(open));
    QVERIFY(!find<QPushButton>(u"approveButton"_s)->isEnabled()); // only a resolved one can be approved
    QVERIFY(!find<QPushButton>(u"returnToAgentButton"_s)->isEnabled());
    QVERIFY(find<QPushButton>(u"reassignButton"_s)->isEnabled());
    auto* agents = find<QComboBox>(u"reassignAgentComboBox"_s);
    agents->setCurrentIndex(agents->findData(u"l2.kiran"_s));
    find<QPushButton>(u"reassignButton"_s)->click();
    EscalationDesk desk(*m_workspace);
    QCOMPARE(desk.find(open)->assignee, u"l2.kiran"_s);
    QCOMPARE(desk.find(open)->status, u"in_progress"_s);
    QCOMPARE(page->selectedId(), open);
    QCOMPARE(view->model()->index(view->currentIndex().row(), ReviewQueueModel::StatusColumn).data().toString(),
             u"In progress"_s);
}

void TestSupervisorBoard::taggingQaFeedsAccuracy()
{
    tag(u"l1.meera"_s, fresh, u"FHS1000000003"_s, u"enquiry-about-tat-spd"_s, u"Asked when the technician comes."_s,
        240);
    tag(u"l1.meera"_s, refund, QString(), u"refund-status-query"_s, u"Asked about the refund."_s, 360);
    tag(u"l1.ravi"_s, fresh, u"FHS1000000003"_s, u"enquiry-about-service-charges"_s, u"Asked about charges."_s, 120);

    actAs(u"sup.asha"_s);
    openBoard();
    press(Qt::Key_Q);
    QTRY_COMPARE(m_board->currentTab(), SupervisorBoard::Tab::TaggingQa);
    auto* view = find<QTableView>(u"qaTableView"_s);
    auto* model = qobject_cast<TaggingQaModel*>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester accuracyTester(find<QTableView>(u"qaAccuracyTableView"_s)->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(find<QDateEdit>(u"qaToDateEdit"_s)->date(), TestData::today());
    QCOMPARE(find<QDateEdit>(u"qaFromDateEdit"_s)->date(), TestData::today().addDays(-13));

    // Only Meera's, not reviewed yet.
    auto* agentFilter = find<QComboBox>(u"qaAgentComboBox"_s);
    QCOMPARE(agentFilter->itemText(0), u"Everyone"_s);
    agentFilter->setCurrentIndex(agentFilter->findData(u"l1.meera"_s));
    find<QCheckBox>(u"qaUnreviewedCheckBox"_s)->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, TaggingQaModel::ReviewColumn).data().toString(), u"not reviewed"_s);
    QCOMPARE(model->index(0, TaggingQaModel::HandleTimeColumn).data().toString(), u"6 min 00 s"_s); // newest first
    const qint64 first = model->row(0)->incident.id;
    const qint64 second = model->row(1)->incident.id;

    // The dashboard has no accuracy for her yet.
    press(Qt::Key_D);
    QTRY_COMPARE(m_board->currentTab(), SupervisorBoard::Tab::Dashboard);
    auto* accuracyChart = find<QChartView>(u"accuracyChartView"_s);
    QVERIFY2(!accuracyChart->accessibleDescription().contains(u"l1.meera"),
             qPrintable(accuracyChart->accessibleDescription()));
    QVERIFY2(find<QChartView>(u"handleTimeChartView"_s)->accessibleDescription().contains(u"l1.meera: 5.0 min"),
             qPrintable(find<QChartView>(u"handleTimeChartView"_s)->accessibleDescription()));
    QVERIFY2(find<QLabel>(u"dashboardTotalsLabel"_s)->text().startsWith(u"Incidents: 3 ·"),
             qPrintable(find<QLabel>(u"dashboardTotalsLabel"_s)->text()));

    // Correct: the first one, from the keyboard. The list moves on to the next one.
    press(Qt::Key_Q);
    QTRY_COMPARE(m_board->currentTab(), SupervisorBoard::Tab::TaggingQa);
    selectRow(view, 0);
    press(Qt::Key_C);
    QTRY_COMPARE(model->rowCount(), 1);
    auto* message = find<QLabel>(u"qaMessageLabel"_s);
    QVERIFY2(message->text().contains(u"Incident %1: tagging correct."_s.arg(first)), qPrintable(message->text()));
    QCOMPARE(m_board->taggingQaPage()->selectedId(), second);
    TaggingQa qa(*m_workspace);
    QList<AgentAccuracy> accuracy = qa.accuracy(TestData::today().addDays(-13), TestData::today());
    QCOMPARE(accuracy.size(), 1);
    QCOMPARE(accuracy.constFirst().agent, u"l1.meera"_s);
    QCOMPARE(accuracy.constFirst().reviewed, 1);
    QCOMPARE(accuracy.constFirst().correct, 1);

    press(Qt::Key_D);
    QTRY_VERIFY2(accuracyChart->accessibleDescription().contains(u"l1.meera: 100.0 % (1 of 1 reviewed correct)"),
                 qPrintable(accuracyChart->accessibleDescription()));

    // Wrong: refused until the right tagging is chosen; then it counts against her.
    press(Qt::Key_Q);
    QTRY_COMPARE(m_board->currentTab(), SupervisorBoard::Tab::TaggingQa);
    press(Qt::Key_W);
    QTRY_VERIFY2(message->text().contains(u"Choose the tagging the incident should have had."),
                 qPrintable(message->text()));
    QCOMPARE(model->rowCount(), 1);
    auto* right = find<QComboBox>(u"qaRightTaggingComboBox"_s);
    right->setCurrentIndex(right->findData(u"delay-in-refund"_s));
    QCOMPARE(right->currentText(), u"Complaint >> Delay in refund"_s);
    find<QLineEdit>(u"qaNoteLineEdit"_s)->setText(u"Refund is past its TAT: that is a complaint"_s);
    press(Qt::Key_W);
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY2(message->text().contains(u"tagging wrong; it should have been Delay in refund"),
             qPrintable(message->text()));
    accuracy = qa.accuracy(TestData::today().addDays(-13), TestData::today());
    QCOMPARE(accuracy.constFirst().reviewed, 2);
    QCOMPARE(accuracy.constFirst().correct, 1);
    const QList<AuditRecord> reviews = audit(u"tagging_review"_s);
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.constFirst().after.value(u"right_tagging").toString(), u"delay-in-refund"_s);

    // The accuracy table beside the list, and the dashboard, say 50 %.
    auto* accuracyTable = find<QTableView>(u"qaAccuracyTableView"_s);
    QCOMPARE(accuracyTable->model()->rowCount(), 1);
    QCOMPARE(accuracyTable->model()->index(0, AgentAccuracyModel::AccuracyColumn).data().toString(), u"50.0 %"_s);
    find<QCheckBox>(u"qaUnreviewedCheckBox"_s)->setChecked(false);
    QCOMPARE(model->index(model->rowOf(second), TaggingQaModel::ReviewColumn).data().toString(),
             u"wrong: should be Delay in refund"_s);
    press(Qt::Key_D);
    QTRY_VERIFY2(accuracyChart->accessibleDescription().contains(u"l1.meera: 50.0 % (1 of 2 reviewed correct)"),
                 qPrintable(accuracyChart->accessibleDescription()));
    auto* figures = find<QTableView>(u"agentFiguresTableView"_s)->model();
    QAbstractItemModelTester figuresTester(figures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool found = false;
    for (int row = 0; row < figures->rowCount(); ++row) {
        if (figures->index(row, AgentFiguresModel::AgentColumn).data().toString() == u"l1.meera") {
            QCOMPARE(figures->index(row, AgentFiguresModel::AccuracyColumn).data().toString(), u"50.0 %"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestSupervisorBoard::csvRoundTripsCommasQuotesNewlinesAndDevanagari()
{
    const QString remarks = u"ग्राहक ने कहा, \"कल आना\"\nठीक है"_s;
    const qint64 incident = tag(u"l1.meera"_s, fresh, u"FHS1000000003"_s, u"enquiry-about-tat-spd"_s, remarks);
    tag(u"l1.ravi"_s, refund, QString(), u"refund-status-query"_s, u"Plain, simple; no quotes"_s);

    actAs(u"sup.asha"_s);
    openBoard();
    m_board->setCurrentTab(SupervisorBoard::Tab::TaggingQa);
    QVERIFY(m_board->taggingQaPage()->selectIncident(incident));
    auto* right = find<QComboBox>(u"qaRightTaggingComboBox"_s);
    right->setCurrentIndex(right->findData(u"enquiry-about-service-charges"_s));
    find<QLineEdit>(u"qaNoteLineEdit"_s)->setText(u"Not about \"when\", about charges, really"_s);
    find<QPushButton>(u"markWrongButton"_s)->click();
    QCOMPARE(TaggingQa(*m_workspace).accuracy({}, {}).constFirst().reviewed, 1);

    // Through the Export button, the path answered by the test instead of a file dialog.
    const QString path = m_dir->filePath(u"qa.csv"_s);
    QString suggested;
    m_board->setSavePathProvider([&](const QString& proposal) {
        suggested = proposal;
        return path;
    });
    find<QPushButton>(u"qaExportButton"_s)->click();
    QVERIFY2(suggested.endsWith(u"tagging-qa-2026-11-20.csv"), qPrintable(suggested));
    auto* message = find<QLabel>(u"qaMessageLabel"_s);
    QVERIFY2(message->text().contains(u"exported to"), qPrintable(message->text()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for Excel
    QVERIFY(bytes.contains("\r\n"));
    bool ok = false;
    const QList<QStringList> parsed = Csv::parse(bytes, &ok);
    QVERIFY(ok);
    const CsvTable shown = m_board->taggingQaPage()->csvTable();
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed.constFirst(), shown.header);
    QCOMPARE(parsed.mid(1), shown.rows);
    const int remarksColumn = static_cast<int>(shown.header.indexOf(u"Remarks"_s));
    const int noteColumn = static_cast<int>(shown.header.indexOf(u"Review note"_s));
    QVERIFY(remarksColumn >= 0 && noteColumn >= 0);
    const auto row = std::find_if(parsed.cbegin() + 1, parsed.cend(),
                                  [&](const QStringList& r) { return r.constFirst() == QString::number(incident); });
    QVERIFY(row != parsed.cend());
    QCOMPARE(row->at(remarksColumn), remarks);
    QCOMPARE(row->at(noteColumn), u"Not about \"when\", about charges, really"_s);

    // The export is audited, as a list without contact details.
    const QList<AuditRecord> exports = audit(u"export"_s);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.constFirst().entityId, u"tagging-qa"_s);
    QCOMPARE(exports.constFirst().after.value(u"contact_details").toBool(true), false);
    QCOMPARE(exports.constFirst().after.value(u"rows").toInt(), 2);
}

void TestSupervisorBoard::escalationExportMasksContactsUnlessConfirmed()
{
    const qint64 escalation =
        escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    resolve(escalation, u"l2.kiran"_s);
    const QString phone = u"9876543210"_s;
    const QString email = u"priya.sharma@example.com"_s;

    actAs(u"sup.asha"_s);
    openBoard();
    QCOMPARE(find<QTableView>(u"reviewTableView"_s)->model()->rowCount(), 1);
    QVERIFY(!find<QCheckBox>(u"reviewIncludeContactsCheckBox"_s)->isChecked());

    auto column = [](const QList<QStringList>& rows, const QString& name) {
        const qsizetype at = rows.constFirst().indexOf(name);
        return at < 0 || rows.size() < 2 ? QString() : rows.at(1).at(at);
    };
    auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? Csv::parse(file.readAll()) : QList<QStringList>();
    };

    // Masked by default.
    const QString masked = m_dir->filePath(u"masked.csv"_s);
    const ExportOutcome plain = m_board->exportList(BoardList::ReviewQueue, masked, false);
    QVERIFY2(plain.ok, qPrintable(plain.message));
    QList<QStringList> rows = read(masked);
    QCOMPARE(column(rows, u"Customer mobile"_s), Formats::maskPhone(phone));
    QCOMPARE(column(rows, u"Customer email"_s), Formats::maskEmail(email));
    QVERIFY(!column(rows, u"Customer mobile"_s).contains(u"98765"));
    QCOMPARE(audit(u"export"_s).constFirst().after.value(u"contact_details").toBool(true), false);

    // Ticked but not confirmed: nothing written.
    const QString full = m_dir->filePath(u"full.csv"_s);
    m_board->setSavePathProvider([&](const QString&) { return full; });
    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(false);
    find<QCheckBox>(u"reviewIncludeContactsCheckBox"_s)->setChecked(true);
    find<QPushButton>(u"reviewExportButton"_s)->click();
    QVERIFY2(MessageBox::lastMessage().contains(u"recorded in the audit log"), qPrintable(MessageBox::lastMessage()));
    QVERIFY(!QFile::exists(full));
    auto* message = find<QLabel>(u"reviewMessageLabel"_s);
    QVERIFY2(message->text().contains(u"Nothing exported"), qPrintable(message->text()));
    QCOMPARE(audit(u"export"_s).size(), 1);

    // Confirmed: the full contact details, and the audit log says so.
    MessageBox::setNextAnswer(true);
    find<QPushButton>(u"reviewExportButton"_s)->click();
    QVERIFY2(message->text().contains(u"exported to"), qPrintable(message->text()));
    rows = read(full);
    QCOMPARE(column(rows, u"Customer mobile"_s), phone);
    QCOMPARE(column(rows, u"Customer email"_s), email);
    const QList<AuditRecord> exports = audit(u"export"_s);
    QCOMPARE(exports.size(), 2);
    QCOMPARE(exports.constFirst().entityId, u"escalations"_s);
    QCOMPARE(exports.constFirst().agent, u"sup.asha"_s);
    QCOMPARE(exports.constFirst().after.value(u"contact_details").toBool(false), true);

    // Lists without contact details never record them as included.
    const ExportOutcome days = m_board->exportList(BoardList::DashboardDays, m_dir->filePath(u"days.csv"_s), true);
    QVERIFY2(days.ok, qPrintable(days.message));
    QCOMPARE(audit(u"export"_s).constFirst().entityId, u"dashboard-days"_s);
    QCOMPARE(audit(u"export"_s).constFirst().after.value(u"contact_details").toBool(true), false);
    rows = read(m_dir->filePath(u"days.csv"_s));
    QCOMPARE(rows.size(), 15); // header and 14 days
    QCOMPARE(rows.constLast().constFirst(), u"2026-11-20"_s);
}

void TestSupervisorBoard::auditLogIsMaskedAndFiltered()
{
    actAs(u"sup.asha"_s);
    AuditRecord change;
    change.at = m_workspace->clock().now();
    change.agent = u"l1.meera"_s;
    change.action = u"change_contact"_s;
    change.entity = u"order"_s;
    change.entityId = delayed;
    change.orderId = delayed;
    change.before = QJsonObject{{u"phone"_s, u"9876543210"_s}};
    change.after = QJsonObject{{u"phone"_s, u"9123456780"_s}};
    QVERIFY(m_workspace->audit().append(change));

    openBoard();
    press(Qt::Key_T);
    QTRY_COMPARE(m_board->currentTab(), SupervisorBoard::Tab::AuditLog);
    auto* view = find<QTableView>(u"auditTableView"_s);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = view->model()->rowCount();
    QVERIFY(all >= 7); // the agents added, one disabled, and the change
    // Newest first, phones masked on screen.
    QCOMPARE(view->model()->index(0, AuditTableModel::ActionColumn).data().toString(), u"change_contact"_s);
    const QString shown = view->model()->index(0, AuditTableModel::ChangeColumn).data().toString();
    QCOMPARE(shown, u"phone: ******3210 → ******6780"_s);
    for (int row = 0; row < all; ++row) {
        for (int col = 0; col < view->model()->columnCount(); ++col) {
            QVERIFY(!view->model()->index(row, col).data().toString().contains(u"9876543210"));
        }
    }

    auto* filter = find<QLineEdit>(u"auditFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"ADD_AGENT"_s);
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->rowCount() < all);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QCOMPARE(view->model()->index(row, AuditTableModel::ActionColumn).data().toString(), u"add_agent"_s);
    }
    QVERIFY2(find<QLabel>(u"auditCountLabel"_s)->text().contains(u" of %1 record"_s.arg(all)),
             qPrintable(find<QLabel>(u"auditCountLabel"_s)->text()));

    // The export holds what the filter shows; masked unless contact details are included.
    filter->clear();
    QTest::keyClicks(filter, u"change_contact"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    const QString path = m_dir->filePath(u"audit.csv"_s);
    QVERIFY(m_board->exportCurrentList(path, false).ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Csv::parse(file.readAll());
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows.at(1).join(u'|').contains(u"9876543210"));
    QVERIFY(rows.at(1).join(u'|').contains(u"******3210"));
    const QString fullPath = m_dir->filePath(u"audit-full.csv"_s);
    QVERIFY(m_board->exportCurrentList(fullPath, true).ok);
    QFile fullFile(fullPath);
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    QVERIFY(Csv::parse(fullFile.readAll()).at(1).join(u'|').contains(u"9876543210"));
    // The audit tab shows its own exports at once.
    filter->clear();
    QCOMPARE(view->model()->index(0, AuditTableModel::ActionColumn).data().toString(), u"export"_s);
    QCOMPARE(view->model()->rowCount(), all + 2);
}

void TestSupervisorBoard::boardInTheMainWindow()
{
    const qint64 a = escalationOf(tag(u"l1.meera"_s, delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    const qint64 b =
        escalationOf(tag(u"l1.ravi"_s, fresh, u"FHS1000000003"_s, u"technician-not-responding-not-reachable"_s));
    resolve(a, u"l2.kiran"_s);
    resolve(b, u"l2.kiran"_s);
    actAs(u"sup.asha"_s);
    MainWindow window(*m_workspace);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // F7 opens the board; its mnemonics work beside the window's menus (File, Order, Go, Help).
    QTest::keyClick(&window, Qt::Key_F7);
    QCOMPARE(window.currentPage(), MainWindow::Page::Board);
    auto* view = window.findChild<QTableView*>(u"reviewTableView"_s);
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    auto* model = qobject_cast<ReviewQueueModel*>(view->model());
    selectRow(view, model->rowOf(a));
    QTest::keyClick(view, Qt::Key_A, Qt::AltModifier);
    EscalationDesk desk(*m_workspace);
    QTRY_COMPARE(desk.find(a)->status, u"closed"_s);
    auto* note = window.findChild<QLineEdit*>(u"reviewNoteLineEdit"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Confirm the technician's number"_s);
    QTest::keyClick(note, Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(desk.find(b)->status, u"in_progress"_s);

    // Enter on an escalation opens its order and ticket.
    window.findChild<QCheckBox*>(u"showAllActiveCheckBox"_s)->setChecked(true);
    selectRow(view, model->rowOf(b));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Page::Order);
}

QTEST_MAIN(TestSupervisorBoard)
#include "TestSupervisorBoard.moc"
