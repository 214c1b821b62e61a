#include "TagIncidentPanel.h"
#include "ui_TagIncidentPanel.h"

#include "common/Accessibility.h"
#include "core/DisplayFormat.h"
#include "tagging/TaggingEntryModel.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QShortcut>

using namespace Qt::StringLiterals;

TagIncidentPanel::TagIncidentPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TagIncidentPanel>())
    , m_entries(new TaggingEntryModel(this))
    , m_filter(new TaggingFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_entries);
    Accessibility::nameClearButton(m_ui->incidentFilterLineEdit, u"clearIncidentFilterButton"_s,
                                   tr("Clear the incident type filter"));
    m_ui->incidentListView->setModel(m_filter);

    for (const TaggingQueue& queue : TaggingCatalog::instance().queues()) {
        m_ui->queueComboBox->addItem(queue.name, queue.id);
    }
    m_ui->dispositionComboBox->addItem(TaggingCatalog::dispositionName(Disposition::Resolved),
                                       QVariant::fromValue(static_cast<int>(Disposition::Resolved)));
    m_ui->dispositionComboBox->addItem(TaggingCatalog::dispositionName(Disposition::Unresolved),
                                       QVariant::fromValue(static_cast<int>(Disposition::Unresolved)));
    m_ui->submitMessageLabel->setVisible(false);
    QFont strong = m_ui->contextLabel->font();
    strong.setBold(true);
    m_ui->contextLabel->setFont(strong);

    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_ui->complaintRadioButton);
    kinds->addButton(m_ui->enquiryRadioButton);
    kinds->addButton(m_ui->requestRadioButton);
    connect(kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            kindChanged();
        }
    });
    auto* channels = new QButtonGroup(this);
    channels->addButton(m_ui->inboundRadioButton);
    channels->addButton(m_ui->emailRadioButton);

    connect(m_ui->incidentFilterLineEdit, &QLineEdit::textChanged, this, &TagIncidentPanel::filterChanged);
    connect(m_ui->incidentListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TagIncidentPanel::entryChanged);
    connect(m_ui->remarksPlainTextEdit, &QPlainTextEdit::textChanged, this, &TagIncidentPanel::updateCounter);
    connect(m_ui->submitIncidentButton, &QPushButton::clicked, this, &TagIncidentPanel::submit);
    connect(m_ui->clearIncidentButton, &QPushButton::clicked, this, &TagIncidentPanel::clear);
    m_ui->incidentFilterLineEdit->installEventFilter(this);
    m_ui->incidentListView->installEventFilter(this);

    // Ctrl+Enter submits from anywhere in the panel, remarks included.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TagIncidentPanel::submit);
    }
    kindChanged();
    updateContext();
}

TagIncidentPanel::~TagIncidentPanel() = default;

void TagIncidentPanel::setActions(TicketActions* actions)
{
    m_actions = actions;
}

void TagIncidentPanel::setTarget(const Order* order, const Ticket* ticket)
{
    const QString previousOrder = m_order ? m_order->orderId : QString();
    m_order = order ? std::optional(*order) : std::nullopt;
    m_ticketId = ticket ? ticket->ticketId : QString();
    if (!order || order->orderId != previousOrder) {
        clear(); // a new order starts a new incident
    } else {
        entryChanged(); // same order, other ticket: remarks follow the ticket unless edited
    }
    updateContext();
}

void TagIncidentPanel::updateContext()
{
    if (!m_order) {
        Accessibility::showValue(m_ui->contextLabel, tr("Open an order to tag an incident."));
        return;
    }
    const Ticket* ticket = m_order->ticket(m_ticketId);
    Accessibility::showValue(m_ui->contextLabel,
                             ticket ? tr("Order %1 · ticket %2").arg(m_order->orderId, ticket->ticketId)
                                    : tr("Order %1 (no ticket)").arg(m_order->orderId));
}

IncidentKind TagIncidentPanel::kind() const
{
    if (m_ui->enquiryRadioButton->isChecked()) {
        return IncidentKind::Enquiry;
    }
    return m_ui->requestRadioButton->isChecked() ? IncidentKind::Request : IncidentKind::Complaint;
}

void TagIncidentPanel::kindChanged()
{
    m_entries->setKind(kind());
    filterChanged(m_ui->incidentFilterLineEdit->text());
}

void TagIncidentPanel::filterChanged(const QString& text)
{
    m_filter->setFilterWords(text);
    // With a filter typed, the first match is current, so Enter takes it.
    if (!text.trimmed().isEmpty() && m_filter->rowCount() > 0) {
        m_ui->incidentListView->setCurrentIndex(m_filter->index(0, 0));
    } else if (!m_ui->incidentListView->currentIndex().isValid()) {
        entryChanged();
    }
}

const TaggingEntry* TagIncidentPanel::selectedEntry() const
{
    return m_entries->entry(m_filter->mapToSource(m_ui->incidentListView->currentIndex()));
}

bool TagIncidentPanel::selectEntry(const QString& entryId)
{
    const TaggingEntry* entry = TaggingCatalog::instance().entry(entryId);
    if (!entry) {
        return false;
    }
    QRadioButton* button = entry->kind == IncidentKind::Complaint ? m_ui->complaintRadioButton
                           : entry->kind == IncidentKind::Enquiry ? m_ui->enquiryRadioButton
                                                                  : m_ui->requestRadioButton;
    button->setChecked(true);
    m_ui->incidentFilterLineEdit->clear();
    m_ui->incidentListView->setCurrentIndex(m_filter->mapFromSource(m_entries->indexOf(entryId)));
    return true;
}

void TagIncidentPanel::setChannel(Channel channel)
{
    (channel == Channel::Email ? m_ui->emailRadioButton : m_ui->inboundRadioButton)->setChecked(true);
}

void TagIncidentPanel::setRemarks(const QString& remarks)
{
    m_ui->remarksPlainTextEdit->setPlainText(remarks);
}

void TagIncidentPanel::setDisposition(Disposition disposition)
{
    m_ui->dispositionComboBox->setCurrentIndex(
        m_ui->dispositionComboBox->findData(QVariant::fromValue(static_cast<int>(disposition))));
}

void TagIncidentPanel::setCustomerSaid(const QString& text)
{
    m_customerSaid = text;
}

void TagIncidentPanel::setSopPath(const QString& json)
{
    m_sopPath = json;
}

void TagIncidentPanel::entryChanged()
{
    const TaggingEntry* entry = selectedEntry();
    showMessage(QString(), false);
    if (!entry) {
        Accessibility::showValue(m_ui->tagInfoLabel, tr("Choose the incident type: queue, disposition and remarks "
                                                        "then fill themselves."));
        return;
    }
    m_ui->queueComboBox->setCurrentIndex(m_ui->queueComboBox->findData(entry->queueId));
    m_ui->dispositionComboBox->setCurrentIndex(
        m_ui->dispositionComboBox->findData(QVariant::fromValue(static_cast<int>(entry->disposition))));

    const QString current = m_ui->remarksPlainTextEdit->toPlainText();
    if (m_actions && m_order && (current.trimmed().isEmpty() || current == m_filledRemarks)) {
        m_filledRemarks = m_actions->defaultRemarks(*entry, *m_order, m_order->ticket(m_ticketId), m_customerSaid);
        m_ui->remarksPlainTextEdit->setPlainText(m_filledRemarks);
    }

    QString info;
    if (entry->escalates && m_actions) {
        const int hours = m_actions->oathkeeperHours(*entry);
        const TaggingQueue* queue = TaggingCatalog::instance().queue(entry->queueId);
        info = tr("Escalates to %1 with an Oathkeeper TAT of %n hour(s): tell the customer.", nullptr, hours)
                   .arg(queue ? queue->name : entry->queueId);
    } else if (const TicketAction action =
                   m_actions ? m_actions->requiredAction(*entry, m_order ? m_order->ticket(m_ticketId) : nullptr)
                             : entry->action;
               action != TicketAction::None) {
        info = tr("Submit opens the %1 dialog: the ticket changes and the incident is tagged in one step.")
                   .arg(TaggingCatalog::actionName(action));
    } else if (entry->action == TicketAction::Cancel) {
        info = tr("The ticket is not in Cancel Initiated: the customer's request is recorded; the customer "
                  "cancels in My Bookings, or the partner does.");
    } else {
        info = tr("Handled on this contact: nothing is escalated.");
    }
    Accessibility::showValue(m_ui->tagInfoLabel, info);
}

void TagIncidentPanel::updateCounter()
{
    const int length = static_cast<int>(m_ui->remarksPlainTextEdit->toPlainText().trimmed().size());
    const int limit = TaggingCatalog::instance().remarksLimit();
    Accessibility::showValue(m_ui->remarksCounterLabel, tr("%1 / %2").arg(length).arg(limit));
    m_ui->remarksCounterLabel->setStyleSheet(length > limit ? u"QLabel { color:#b71c1c; font-weight:600; }"_s
                                                            : QString());
}

IncidentDraft TagIncidentPanel::draft() const
{
    IncidentDraft d;
    d.orderId = m_order ? m_order->orderId : QString();
    d.ticketId = m_ticketId;
    d.channel = m_ui->emailRadioButton->isChecked() ? Channel::Email : Channel::Inbound;
    const TaggingEntry* entry = selectedEntry();
    d.entryId = entry ? entry->id : QString();
    d.queueId = m_ui->queueComboBox->currentData().toString();
    d.disposition = static_cast<Disposition>(m_ui->dispositionComboBox->currentData().toInt());
    d.remarks = m_ui->remarksPlainTextEdit->toPlainText();
    d.sopPath = m_sopPath;
    d.customerSaid = m_customerSaid;
    return d;
}

void TagIncidentPanel::submit()
{
    if (!m_actions) {
        showMessage(tr("No database is open."), true);
        return;
    }
    const IncidentDraft d = draft();
    if (const auto why = m_actions->checkDraft(d)) {
        showMessage(*why, true);
        if (d.entryId.isEmpty()) {
            m_ui->incidentFilterLineEdit->setFocus();
        } else if (!d.orderId.isEmpty()) {
            m_ui->remarksPlainTextEdit->setFocus();
        }
        return;
    }
    emit submitRequested(d,
                         m_actions->requiredAction(*selectedEntry(), m_order ? m_order->ticket(m_ticketId) : nullptr));
}

void TagIncidentPanel::clear()
{
    m_ui->inboundRadioButton->setChecked(true);
    m_ui->complaintRadioButton->setChecked(true);
    m_ui->incidentFilterLineEdit->clear();
    m_ui->incidentListView->setCurrentIndex(QModelIndex());
    m_ui->incidentListView->clearSelection();
    m_ui->remarksPlainTextEdit->clear();
    m_filledRemarks.clear();
    m_customerSaid.clear();
    m_sopPath.clear();
    entryChanged();
    updateCounter();
}

void TagIncidentPanel::showMessage(const QString& text, bool problem)
{
    Accessibility::showValue(m_ui->submitMessageLabel, text);
    m_ui->submitMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s
                                                    : u"QLabel { color:#1e7b34; font-weight:600; }"_s);
    m_ui->submitMessageLabel->setVisible(!text.isEmpty());
}

void TagIncidentPanel::focusSubmit()
{
    m_ui->submitIncidentButton->setFocus(Qt::OtherFocusReason);
}

void TagIncidentPanel::focusFirstField()
{
    m_ui->incidentFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->incidentFilterLineEdit->selectAll();
}

bool TagIncidentPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QAbstractItemView* list = m_ui->incidentListView;
        if (watched == m_ui->incidentFilterLineEdit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            // Arrows in the filter move through the list without leaving the filter.
            const int rows = m_filter->rowCount();
            if (rows > 0) {
                const int current = list->currentIndex().isValid() ? list->currentIndex().row() : -1;
                const int next = key->key() == Qt::Key_Down ? qMin(current + 1, rows - 1) : qMax(current - 1, 0);
                list->setCurrentIndex(m_filter->index(next, 0));
            }
            return true;
        }
        if ((watched == m_ui->incidentFilterLineEdit || watched == list)
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            // Enter takes the incident type and goes on to the remarks.
            if (selectedEntry()) {
                m_ui->remarksPlainTextEdit->setFocus();
                m_ui->remarksPlainTextEdit->moveCursor(QTextCursor::End);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
