#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "actions/CancelDialog.h"
#include "actions/EscalateDialog.h"
#include "actions/ReopenDialog.h"
#include "actions/RescheduleDialog.h"
#include "agents/AgentService.h"
#include "agents/ChangePasswordDialog.h"
#include "agents/SignInDialog.h"
#include "common/Accessibility.h"
#include "common/MessageBox.h"
#include "core/DisplayFormat.h"
#include "core/Logging.h"
#include "desk/EscalationDesk.h"
#include "desk/EscalationPanel.h"
#include "desk/EscalationQueueView.h"
#include "domain/Formats.h"
#include "history/HistoryPanel.h"
#include "search/SearchQuery.h"
#include "search/SearchResultModel.h"
#include "sop/SopPanel.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorBoard.h"
#include "tagging/TagIncidentPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_results(new SearchResultModel(this))
    , m_actions(workspace)
    , m_sopPanel(new SopPanel(this))
    , m_escalationPanel(new EscalationPanel(workspace, this))
    , m_queueView(new EscalationQueueView(workspace, this))
    , m_board(new SupervisorBoard(workspace, this))
    , m_agentStatusLabel(new QLabel(this))
    , m_tagPanel(new TagIncidentPanel(this))
    , m_historyPanel(new HistoryPanel(this))
    , m_databaseStatusLabel(new QLabel(this))
    , m_todayStatusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->orderView->setClock(m_workspace.clock());
    m_tagPanel->setActions(&m_actions);
    m_sopPanel->setActions(&m_actions);
    m_ui->orderView->addSidePanel(m_sopPanel, tr("SOP"));
    m_ui->orderView->addSidePanel(m_tagPanel, tr("Tag incident"));
    m_ui->orderView->addSidePanel(m_historyPanel, tr("History"));
    m_ui->orderView->addSidePanel(m_escalationPanel, tr("Escalation"));
    m_ui->orderView->setSidePanelVisible(m_escalationPanel, false);
    m_ui->pagesStackedWidget->addWidget(m_queueView);
    m_ui->pagesStackedWidget->addWidget(m_board);

    m_databaseStatusLabel->setObjectName(u"databaseStatusLabel"_s);
    m_databaseStatusLabel->setAccessibleName(tr("Database"));
    m_todayStatusLabel->setObjectName(u"todayStatusLabel"_s);
    m_todayStatusLabel->setAccessibleName(tr("Today"));
    statusBar()->addWidget(m_databaseStatusLabel, 1);
    m_agentStatusLabel->setObjectName(u"agentStatusLabel"_s);
    m_agentStatusLabel->setAccessibleName(tr("Signed in"));
    statusBar()->addPermanentWidget(m_agentStatusLabel);
    statusBar()->addPermanentWidget(m_todayStatusLabel);
    const QString today = DisplayFormat::date(m_workspace.clock().today());
    Accessibility::showValue(m_todayStatusLabel, m_workspace.clock().isPinned()
                                                     ? tr("Today: %1 IST (fixed for training)").arg(today)
                                                     : tr("Today: %1 IST").arg(today));

    // The search box is what an agent uses most: make it the largest control on screen.
    QFont searchFont = m_ui->orderSearchLineEdit->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
    m_ui->orderSearchLineEdit->setFont(searchFont);
    m_ui->orderSearchLineEdit->setMinimumHeight(m_ui->orderSearchLineEdit->sizeHint().height() + 6);
    m_ui->searchButton->setMinimumHeight(m_ui->orderSearchLineEdit->minimumHeight());

    QFont title = m_ui->welcomeTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->welcomeTitleLabel->setFont(title);
    m_ui->welcomeHintLabel->setText(
        tr("<p>Type what the customer gives you and press <b>Enter</b>:</p>"
           "<p><b>Order ID</b> &nbsp;OD428012345678901234 &nbsp;(or its first 8 characters or more)<br>"
           "<b>Ticket ID</b> &nbsp;FHS4000123457<br>"
           "<b>Mobile</b> &nbsp;98765 43210, +91 98765-43210 or 098765 43210<br>"
           "<b>Email</b> &nbsp;name@example.com</p>"
           "<p><b>Ctrl+F</b> or <b>F3</b> comes back to the search box from anywhere. "
           "<b>Ctrl+PgDn</b> / <b>Ctrl+PgUp</b> switch between the tickets of an order.</p>"));
    m_ui->databaseProblemLabel->setStyleSheet(u"QLabel { color:#b71c1c; font-weight:600; }"_s);

    Accessibility::nameClearButton(m_ui->orderSearchLineEdit, u"clearSearchButton"_s, tr("Clear search"));
    m_ui->resultsTableView->setModel(m_results);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultsTableView->horizontalHeader()->setStretchLastSection(true);
    QFont resultsTitle = m_ui->resultsTitleLabel->font();
    resultsTitle.setBold(true);
    m_ui->resultsTitleLabel->setFont(resultsTitle);

    m_ui->actionFindOrder->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3)});
    m_ui->actionBackToResults->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_ui->actionRevealContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionShowDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->actionShowSop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_ui->actionTagIncident->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_ui->actionShowHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_ui->actionGoSearch->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->actionEscalationQueue->setShortcut(QKeySequence(Qt::Key_F6));
    m_ui->actionSupervisorBoard->setShortcut(QKeySequence(Qt::Key_F7));
    m_ui->actionBackToResults->setEnabled(false);
    m_ui->actionRevealContact->setEnabled(false);

    connect(m_ui->actionFindOrder, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->actionBackToResults, &QAction::triggered, this, &MainWindow::backToResults);
    connect(m_ui->actionRevealContact, &QAction::triggered, this,
            [this] { m_ui->orderView->setContactRevealed(!m_ui->orderView->contactRevealed()); });
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_ui->orderSearchLineEdit, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &MainWindow::runSearch);
    connect(m_ui->orderSearchLineEdit, &QLineEdit::textEdited, this, [this] { showSearchMessage(QString(), false); });
    connect(m_ui->resultsTableView, &QTableView::activated, this, &MainWindow::openResult);
    connect(m_ui->orderView, &OrderView::backToResultsRequested, this, &MainWindow::backToResults);
    connect(m_ui->orderView, &OrderView::ticketShown, this, [this] {
        m_tagPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
        m_sopPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
    });
    connect(m_ui->orderView, &OrderView::contactRevealToggled, this, &MainWindow::contactRevealToggled);
    connect(m_ui->orderView, &OrderView::rescheduleRequested, this, [this] { startAction(TicketAction::Reschedule); });
    connect(m_ui->orderView, &OrderView::reopenRequested, this, [this] { startAction(TicketAction::Reopen); });
    connect(m_ui->orderView, &OrderView::cancelRequested, this, [this] { startAction(TicketAction::Cancel); });
    connect(m_ui->orderView, &OrderView::escalateRequested, this, [this] { startAction(TicketAction::None); });
    connect(m_tagPanel, &TagIncidentPanel::submitRequested, this, &MainWindow::submitIncident);
    connect(m_ui->actionTagIncident, &QAction::triggered, this, &MainWindow::showTagPanel);
    connect(m_ui->actionShowSop, &QAction::triggered, this, &MainWindow::showSopPanel);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionGoSearch, &QAction::triggered, this, [this] {
        showPage(m_ui->orderView->hasOrder() ? Page::Order : Page::Welcome);
        focusSearch();
    });
    connect(m_ui->actionEscalationQueue, &QAction::triggered, this, &MainWindow::showEscalationQueue);
    connect(m_ui->actionSupervisorBoard, &QAction::triggered, this, &MainWindow::showSupervisorBoard);
    connect(m_queueView, &EscalationQueueView::openEscalationRequested, this, &MainWindow::openEscalation);
    connect(m_board, &SupervisorBoard::openEscalationRequested, this, &MainWindow::openEscalation);
    connect(m_escalationPanel, &EscalationPanel::escalationChanged, this, [this] {
        m_queueView->refresh();
        m_historyPanel->showOrder(m_workspace, m_ui->orderView->order().orderId);
    });
    connect(m_sopPanel, &SopPanel::outcomeChosen, this, &MainWindow::applySopOutcome);
    connect(m_ui->actionShowDetails, &QAction::triggered, this,
            [this] { m_ui->orderView->showSidePanel(m_ui->orderView->findChild<QWidget*>(u"detailsTab"_s)); });
    connect(m_ui->actionShowHistory, &QAction::triggered, this,
            [this] { m_ui->orderView->showSidePanel(m_historyPanel); });
    m_ui->orderSearchLineEdit->installEventFilter(this);

    showSearchMessage(QString(), false);
    refreshDatabaseState();
    applyRole();
    showPage(Page::Welcome);
    resize(1366, 740);
    m_ui->orderSearchLineEdit->setFocus();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    QWidget* page = m_ui->pagesStackedWidget->currentWidget();
    if (page == m_ui->resultsPage) {
        return Page::Results;
    }
    if (page == m_queueView) {
        return Page::Queue;
    }
    if (page == m_board) {
        return Page::Board;
    }
    return page == m_ui->orderScrollArea ? Page::Order : Page::Welcome;
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Welcome:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->welcomePage);
        setWindowTitle(tr("AssistDesk"));
        break;
    case Page::Results:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->resultsPage);
        setWindowTitle(tr("AssistDesk — search results"));
        break;
    case Page::Order:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->orderScrollArea);
        setWindowTitle(tr("AssistDesk — %1").arg(m_ui->orderView->order().orderId));
        break;
    case Page::Queue:
        m_ui->pagesStackedWidget->setCurrentWidget(m_queueView);
        setWindowTitle(tr("AssistDesk — escalation queue"));
        break;
    case Page::Board:
        m_ui->pagesStackedWidget->setCurrentWidget(m_board);
        setWindowTitle(tr("AssistDesk — supervisor board"));
        break;
    }
    m_ui->actionBackToResults->setEnabled(page == Page::Order && m_cameFromResults);
    m_ui->actionRevealContact->setEnabled(page == Page::Order);
    for (QAction* action :
         {m_ui->actionShowDetails, m_ui->actionShowSop, m_ui->actionTagIncident, m_ui->actionShowHistory}) {
        action->setEnabled(page == Page::Order);
    }
}

void MainWindow::focusSearch()
{
    m_ui->orderSearchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->orderSearchLineEdit->selectAll();
}

void MainWindow::showSearchMessage(const QString& text, bool problem)
{
    Accessibility::showValue(m_ui->searchMessageLabel, text);
    m_ui->searchMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s : u"QLabel { color:#334e68; }"_s);
    m_ui->searchMessageLabel->setVisible(!text.isEmpty());
}

void MainWindow::runSearch()
{
    const SearchQuery query = SearchQuery::parse(m_ui->orderSearchLineEdit->text());
    if (query.kind == SearchQuery::Kind::Empty) {
        showSearchMessage(SearchQuery::acceptedFormats(), false);
        return;
    }
    if (query.kind == SearchQuery::Kind::Invalid) {
        showSearchMessage(query.message, true);
        return;
    }
    if (!m_workspace.isOpen()) {
        showSearchMessage(tr("No database is open: %1").arg(m_workspace.errorString()), true);
        return;
    }
    // Checked in the core on every search, so that an agent disabled during the shift stops here.
    if (const auto refused = m_workspace.permit(Permission::ViewOrders, tr("search orders"))) {
        showSearchMessage(*refused, true);
        return;
    }
    OrderStore& orders = m_workspace.orders();
    const QList<SearchHit> hits = orders.search(query);
    if (orders.hasError()) {
        showSearchMessage(tr("The search could not run: %1").arg(orders.errorString()), true);
        emit searchFinished(-1);
        return;
    }
    emit searchFinished(static_cast<int>(hits.size()));
    if (hits.isEmpty()) {
        showSearchMessage(tr("No order found for %1 %2. Check it with the customer, or ask for another detail "
                             "(order ID, mobile, email).")
                              .arg(SearchQuery::kindName(query.kind), query.value),
                          true);
        return;
    }
    showSearchMessage(QString(), false);
    if (hits.size() == 1) {
        m_cameFromResults = false;
        openOrder(hits.constFirst().summary.orderId, hits.constFirst().matchedTicketId);
        return;
    }
    m_results->setHits(hits);
    const QString shown = query.kind == SearchQuery::Kind::Phone ? Formats::maskPhone(query.value) : query.value;
    Accessibility::showValue(m_ui->resultsTitleLabel,
                             hits.size() >= OrderStore::DefaultSearchLimit
                                 ? tr("The newest %n orders for %1 %2 — type more to narrow it down. Enter opens the "
                                      "selected order.",
                                      nullptr, static_cast<int>(hits.size()))
                                       .arg(SearchQuery::kindName(query.kind), shown)
                                 : tr("%n orders for %1 %2, newest first. Enter opens the selected order.", nullptr,
                                      static_cast<int>(hits.size()))
                                       .arg(SearchQuery::kindName(query.kind), shown));
    showPage(Page::Results);
    m_ui->resultsTableView->setFocus();
    m_ui->resultsTableView->selectRow(0);
}

void MainWindow::openResult(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    m_cameFromResults = true;
    openOrder(index.data(SearchResultModel::OrderIdRole).toString(),
              index.data(SearchResultModel::MatchedTicketRole).toString());
}

void MainWindow::openOrder(const QString& orderId, const QString& ticketId)
{
    if (!m_workspace.isOpen()) {
        return;
    }
    OrderStore& orders = m_workspace.orders();
    const std::optional<Order> order = orders.order(orderId);
    if (!order) {
        showSearchMessage(orders.hasError() ? tr("Order %1 could not be read: %2").arg(orderId, orders.errorString())
                                            : tr("Order %1 is no longer in the database.").arg(orderId),
                          true);
        return;
    }
    m_ui->orderView->showOrder(*order, ticketId);
    m_ui->orderView->setBackToResultsVisible(m_cameFromResults);
    m_ui->orderView->setSidePanelVisible(m_escalationPanel, false); // openEscalation shows it again
    m_tagPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
    m_sopPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
    m_historyPanel->showOrder(m_workspace, orderId);
    m_handleTimer.start();
    m_ui->orderScrollArea->verticalScrollBar()->setValue(0);
    showPage(Page::Order);
    qCInfo(lcUi) << "opened order" << orderId;
    emit orderOpened(orderId);
}

void MainWindow::backToResults()
{
    if (!m_cameFromResults || m_results->rowCount() == 0) {
        return;
    }
    showPage(Page::Results);
    m_ui->resultsTableView->setFocus();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->orderSearchLineEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && currentPage() == Page::Results) {
            m_ui->resultsTableView->setFocus();
            if (!m_ui->resultsTableView->currentIndex().isValid()) {
                m_ui->resultsTableView->selectRow(0);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_ui->orderSearchLineEdit->clear();
            showSearchMessage(QString(), false);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::refreshDatabaseState()
{
    if (!m_workspace.isOpen()) {
        Accessibility::showValue(m_databaseStatusLabel, tr("No database open"));
        Accessibility::showValue(m_ui->databaseProblemLabel, m_workspace.errorString());
        m_ui->databaseProblemLabel->setVisible(true);
        m_ui->openDatabaseButton->setVisible(true);
        return;
    }
    const qint64 count = m_workspace.orders().orderCount();
    // The file name is enough to tell databases apart; the full path is in the tooltip.
    Accessibility::showValue(m_databaseStatusLabel, tr("Database: %1 · %2 orders")
                                                        .arg(QFileInfo(m_workspace.path()).fileName(),
                                                             QLocale().toString(qMax<qint64>(count, 0))));
    m_databaseStatusLabel->setToolTip(QDir::toNativeSeparators(m_workspace.path()));
    m_ui->databaseProblemLabel->setVisible(false);
    m_ui->openDatabaseButton->setVisible(false);
}

bool MainWindow::openDatabase(const QString& path)
{
    const QString previous = m_workspace.isOpen() ? m_workspace.path() : QString();
    const std::optional<Agent> agent = m_workspace.currentAgent();
    if (m_workspace.open(path, Database::OpenMode::ExistingOnly)) {
        m_results->setHits({});
        m_cameFromResults = false;
        forgetOrder(); // it belongs to the other database
        refreshDatabaseState();
        showPage(Page::Welcome);
        // Agents belong to a database: whoever was signed in signs in again on this one.
        m_workspace.clearAgent();
        applyRole();
        if (isVisible()) {
            requireSignIn(agent ? agent->id : QString());
        }
        focusSearch();
        return true;
    }
    const QString problem = m_workspace.errorString();
    if (!previous.isEmpty()) {
        m_workspace.open(previous); // keep working on the database that was open
    }
    refreshDatabaseState();
    QMessageBox::warning(this, tr("Cannot open the database"), problem);
    return false;
}

void MainWindow::chooseDatabase()
{
    const QString start = m_workspace.isOpen() ? m_workspace.path() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open AssistDesk database"), start,
                                                      tr("AssistDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AssistDesk"),
                       tr("<p><b>AssistDesk %1</b></p><p>The support console for Flipkart Home Services: find the "
                          "order, read the ticket, follow the SOP, tag the incident.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showTagPanel()
{
    if (currentPage() != Page::Order) {
        return;
    }
    m_ui->orderView->showSidePanel(m_tagPanel);
    m_tagPanel->focusFirstField();
}

void MainWindow::showSopPanel()
{
    if (currentPage() != Page::Order) {
        return;
    }
    m_ui->orderView->showSidePanel(m_sopPanel);
    m_sopPanel->focusFirstField();
}

void MainWindow::applySopOutcome(const SopOutcomeChoice& choice)
{
    const Channel channel = m_tagPanel->draft().channel;
    m_tagPanel->clear();
    m_tagPanel->setChannel(channel);
    m_tagPanel->setCustomerSaid(choice.customerSaid);
    if (!m_tagPanel->selectEntry(choice.entryId)) {
        return;
    }
    if (choice.disposition) {
        m_tagPanel->setDisposition(*choice.disposition);
    }
    m_tagPanel->setSopPath(choice.sopPath);
    m_ui->orderView->showSidePanel(m_tagPanel);

    // The dialog of the ticket action the outcome needs; an escalation goes through its own dialog.
    std::optional<TicketAction> action;
    if (choice.actions.contains(SopAction::Reschedule)) {
        action = TicketAction::Reschedule;
    } else if (choice.actions.contains(SopAction::Reopen)) {
        action = TicketAction::Reopen;
    } else if (choice.actions.contains(SopAction::Cancel)) {
        action = TicketAction::Cancel;
    } else if (choice.actions.contains(SopAction::Escalate)) {
        action = TicketAction::None;
    }
    if (!action || !m_ui->orderView->currentTicket()) {
        // Nothing to change on the ticket (or no ticket): the agent reviews and submits.
        m_tagPanel->focusSubmit();
        return;
    }
    IncidentDraft draft = m_tagPanel->draft();
    draft.handleSeconds = m_handleTimer.isValid() ? m_handleTimer.elapsed() / 1000 : -1;
    runAction(*action, draft);
}

void MainWindow::contactRevealToggled(const QString& orderId, bool revealed)
{
    if (!revealed) {
        return;
    }
    const ActionOutcome outcome = m_actions.revealContact(orderId);
    if (!outcome.ok) {
        // The details stay hidden when the reveal cannot be recorded.
        m_ui->orderView->setContactRevealed(false);
        MessageBox::warning(this, tr("Cannot reveal the contact details"), outcome.message);
        return;
    }
    m_historyPanel->showOrder(m_workspace, orderId);
}

void MainWindow::submitIncident(IncidentDraft draft, TicketAction action)
{
    draft.handleSeconds = m_handleTimer.isValid() ? m_handleTimer.elapsed() / 1000 : -1;
    if (action != TicketAction::None) {
        runAction(action, draft);
        return;
    }
    const ActionOutcome outcome = m_actions.tag(draft);
    if (!outcome.ok) {
        m_tagPanel->showMessage(outcome.message, true);
        return;
    }
    actionDone(outcome);
}

void MainWindow::startAction(TicketAction action)
{
    const Ticket* ticket = m_ui->orderView->currentTicket();
    if (!ticket) {
        return;
    }
    IncidentDraft draft = m_tagPanel->draft();
    draft.ticketId = ticket->ticketId;
    draft.remarks.clear();
    draft.queueId.clear();
    draft.disposition.reset();
    draft.handleSeconds = m_handleTimer.isValid() ? m_handleTimer.elapsed() / 1000 : -1;
    switch (action) {
    case TicketAction::Reschedule:
        draft.entryId = u"request-to-reschedule"_s;
        break;
    case TicketAction::Reopen:
        draft.entryId = u"request-to-reopen-ticket"_s;
        break;
    case TicketAction::Cancel:
        draft.entryId = u"cancellation-of-service"_s;
        break;
    case TicketAction::None: {
        // Escalate: the complaint chosen in the Tag incident panel if it escalates; otherwise the
        // delay the ticket shows.
        const TaggingEntry* chosen = m_tagPanel->selectedEntry();
        const bool mobile = ticket->line == ServiceLine::MobileRepair;
        const bool beforePickup = ticket->status == u"CREATED" || ticket->status == u"PICKUP";
        QString delay = u"delay-in-service-out-of-spd"_s;
        if (mobile) {
            delay = beforePickup ? u"delay-in-pickup"_s : u"delay-in-delivery"_s;
        }
        draft.entryId = chosen && chosen->escalates ? chosen->id : delay;
        break;
    }
    }
    runAction(action, draft);
}

void MainWindow::runAction(TicketAction action, IncidentDraft draft)
{
    const Ticket* ticket = m_ui->orderView->currentTicket();
    if (!ticket || draft.ticketId.compare(ticket->ticketId, Qt::CaseInsensitive) != 0) {
        m_tagPanel->showMessage(
            tr("Choose the ticket first: %1 works on a ticket.").arg(TaggingCatalog::actionName(action)), true);
        return;
    }
    std::optional<QString> refusal;
    switch (action) {
    case TicketAction::Reschedule:
        refusal = m_actions.checkReschedule(*ticket);
        break;
    case TicketAction::Reopen:
        refusal = m_actions.checkReopen(*ticket);
        break;
    case TicketAction::Cancel:
        refusal = m_actions.checkCancel(*ticket);
        break;
    case TicketAction::None:
        break;
    }
    const QString title = action == TicketAction::None ? tr("Escalate to L2") : TaggingCatalog::actionName(action);
    if (refusal) {
        MessageBox::warning(this, tr("%1 is not possible").arg(title), *refusal);
        return;
    }
    const Order& order = m_ui->orderView->order();
    std::unique_ptr<ActionDialog> dialog;
    switch (action) {
    case TicketAction::Reschedule:
        dialog = std::make_unique<RescheduleDialog>(m_actions, draft, order, *ticket, this);
        break;
    case TicketAction::Reopen:
        dialog = std::make_unique<ReopenDialog>(m_actions, draft, order, *ticket, this);
        break;
    case TicketAction::Cancel:
        dialog = std::make_unique<CancelDialog>(m_actions, draft, order, *ticket, this);
        break;
    case TicketAction::None:
        dialog = std::make_unique<EscalateDialog>(m_actions, draft, order, *ticket, this);
        break;
    }
    dialog->setHandleTimer(&m_handleTimer);
    if (dialog->exec() == QDialog::Accepted) {
        actionDone(dialog->outcome());
    }
}

void MainWindow::actionDone(const ActionOutcome& outcome)
{
    const Incident& incident = outcome.incident;
    QString text = tr("Incident %1 saved: %2").arg(incident.id).arg(incident.notation());
    if (incident.escalation) {
        text += u' '
                + tr("Escalated; Oathkeeper TAT %1 h, due %2.")
                      .arg(incident.escalation->tatHours)
                      .arg(DisplayFormat::dateTime(incident.escalation->dueAt));
    }
    reloadOrder(outcome.newTicketId); // a reopen shows its new revisit ticket
    m_tagPanel->clear();
    m_sopPanel->restart(); // the walk is done: the next call starts from the scenarios
    m_tagPanel->showMessage(text, false);
    statusBar()->showMessage(text, 10000);
    emit incidentSubmitted(incident.id);
}

void MainWindow::reloadOrder(const QString& showTicketId)
{
    if (!m_ui->orderView->hasOrder()) {
        return;
    }
    const QString orderId = m_ui->orderView->order().orderId;
    const Ticket* ticket = m_ui->orderView->currentTicket();
    const QString ticketId = !showTicketId.isEmpty() ? showTicketId : ticket ? ticket->ticketId : QString();
    const std::optional<Order> order = m_workspace.orders().order(orderId);
    if (order) {
        const bool revealed = m_ui->orderView->contactRevealed();
        m_ui->orderView->showOrder(*order, ticketId);
        if (revealed) {
            QSignalBlocker blocker(m_ui->orderView); // already revealed and audited for this order
            m_ui->orderView->setContactRevealed(true);
        }
        m_tagPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
        m_sopPanel->setTarget(&m_ui->orderView->order(), m_ui->orderView->currentTicket());
    }
    m_historyPanel->showOrder(m_workspace, orderId);
}

bool MainWindow::requireSignIn(const QString& agentId)
{
    if (!m_workspace.isOpen()) {
        applyRole(); // the database page offers to open another file; sign-in follows
        return false;
    }
    SignInDialog dialog(m_workspace, this);
    dialog.setAgentId(agentId);
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return false;
    }
    applyRole();
    showPage(Page::Welcome);
    focusSearch();
    return true;
}

void MainWindow::signOut()
{
    const QString id = m_workspace.agent();
    AgentService(m_workspace).signOut();
    // Nothing of the last agent's work stays on screen for the next one.
    m_ui->orderSearchLineEdit->clear();
    m_results->setHits({});
    m_cameFromResults = false;
    m_tagPanel->clear();
    m_sopPanel->restart();
    forgetOrder();
    showPage(Page::Welcome);
    applyRole();
    requireSignIn(id);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password is changed."), 5000);
    }
}

void MainWindow::forgetOrder()
{
    m_ui->orderView->clear();
    m_historyPanel->showOrder(m_workspace, QString());
    m_ui->orderView->setSidePanelVisible(m_escalationPanel, false);
}

void MainWindow::applyRole()
{
    const std::optional<Agent>& agent = m_workspace.currentAgent();
    Accessibility::showValue(m_agentStatusLabel,
                             agent ? tr("%1 (%2) · %3").arg(agent->name, agent->id, Roles::displayName(agent->role))
                                   : tr("Not signed in"));
    const bool signedIn = agent.has_value();
    m_ui->orderSearchLineEdit->setEnabled(signedIn);
    m_ui->searchButton->setEnabled(signedIn);
    m_ui->actionSignOut->setEnabled(signedIn);
    m_ui->actionChangePassword->setEnabled(signedIn);
    m_ui->actionGoSearch->setEnabled(signedIn);
    const bool l2 = m_workspace.may(Permission::WorkEscalations);
    const bool supervisor = m_workspace.may(Permission::ReviewEscalations);
    m_ui->actionEscalationQueue->setVisible(l2);
    m_ui->actionEscalationQueue->setEnabled(l2);
    m_ui->actionSupervisorBoard->setVisible(supervisor);
    m_ui->actionSupervisorBoard->setEnabled(supervisor);
    const bool l2Trees = m_workspace.may(Permission::WalkL2Trees);
    m_sopPanel->setLevels(l2Trees ? QStringList{u"L1"_s, u"L2"_s} : QStringList{u"L1"_s});
    if ((currentPage() == Page::Queue && !l2) || (currentPage() == Page::Board && !supervisor)) {
        showPage(Page::Welcome);
    }
}

void MainWindow::showEscalationQueue()
{
    if (!m_workspace.may(Permission::WorkEscalations)) {
        return;
    }
    m_queueView->refresh();
    showPage(Page::Queue);
    m_queueView->focusTable();
}

void MainWindow::showSupervisorBoard()
{
    if (!m_workspace.may(Permission::ReviewEscalations)) {
        return;
    }
    m_board->refresh();
    showPage(Page::Board);
}

void MainWindow::openEscalation(qint64 escalationId)
{
    EscalationDesk desk(m_workspace);
    const std::optional<EscalationRow> row = desk.find(escalationId);
    if (!row) {
        return;
    }
    m_cameFromResults = false;
    openOrder(row->orderId, row->ticketId);
    if (currentPage() != Page::Order) {
        return;
    }
    m_escalationPanel->showEscalation(escalationId);
    m_ui->orderView->setSidePanelVisible(m_escalationPanel, true);
    m_ui->orderView->showSidePanel(m_escalationPanel);
    m_sopPanel->setLevel(u"L2"_s);
}
