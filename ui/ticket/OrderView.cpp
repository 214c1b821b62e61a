#include "OrderView.h"
#include "ui_OrderView.h"

#include "common/Accessibility.h"
#include "common/Badge.h"
#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "domain/StatusCatalog.h"
#include "ticket/ActivityDelegate.h"
#include "ticket/ActivityModel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QShortcut>
#include <QUrl>

using namespace Qt::StringLiterals;
using Accessibility::showValue;

namespace
{
    // A local file for a completion image reference, or empty when it is a remote URL.
    QString localImagePath(const QString& reference)
    {
        const QUrl url(reference);
        if (url.isLocalFile()) {
            return url.toLocalFile();
        }
        if (url.scheme().size() > 1) { // http:, https:…; a one-letter scheme is a Windows drive
            return {};
        }
        return reference;
    }

    // One paragraph per entry for the short sections; the plain text goes to screen readers.
    struct RichList
    {
        QStringList html;
        QStringList plain;

        void add(const QString& when, const QString& what, const QString& detail)
        {
            QString entry = u"<b>%1</b> · %2"_s.arg(when.toHtmlEscaped(), what.toHtmlEscaped());
            if (!detail.isEmpty()) {
                entry += u"<br><span style=\"color:#52606d\">%1</span>"_s.arg(detail.toHtmlEscaped());
            }
            html.append(entry);
            plain.append(detail.isEmpty() ? u"%1 · %2"_s.arg(when, what) : u"%1 · %2. %3"_s.arg(when, what, detail));
        }

        void showIn(QLabel* label) const
        {
            label->setText(u"<p style=\"margin:0 0 6px 0\">"_s + html.join(u"</p><p style=\"margin:0 0 6px 0\">"_s)
                           + u"</p>"_s);
            label->setAccessibleDescription(plain.join(u'\n'));
            label->setVisible(!html.isEmpty());
        }
    };
} // namespace

OrderView::OrderView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderView>())
    , m_activity(new ActivityModel(this))
{
    m_ui->setupUi(this);

    QFont idFont = m_ui->orderIdLabel->font();
    idFont.setPointSizeF(idFont.pointSizeF() * 1.35);
    idFont.setBold(true);
    m_ui->orderIdLabel->setFont(idFont);
    QFont strong = m_ui->statusLabel->font();
    strong.setBold(true);
    m_ui->statusLabel->setFont(strong);
    m_ui->customerNameLabel->setFont(strong);
    m_ui->spdLabel->setFont(strong);
    m_ui->statusMeaningLabel->setStyleSheet(u"QLabel { color:#3e4c59; font-style:italic; }"_s);
    m_ui->noTicketLabel->setStyleSheet(u"QLabel { background:#fff4ce; border:1px solid #f0b429; padding:12px; }"_s);
    m_ui->noTicketLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->middleColumnLayout->setAlignment(m_ui->noTicketLabel, Qt::AlignTop);
    QFont total = m_ui->salesTotalLabel->font();
    total.setBold(true);
    m_ui->salesTotalLabel->setFont(total);
    m_ui->salesTotalLabel->setAlignment(Qt::AlignRight);

    m_ui->activityListView->setModel(m_activity);
    m_ui->activityListView->setItemDelegate(new ActivityDelegate(m_ui->activityListView));
    m_ui->activityListView->setAlternatingRowColors(true);

    m_ui->ticketTabBar->setExpanding(false);
    m_ui->ticketTabBar->setDrawBase(false);
    connect(m_ui->ticketTabBar, &QTabBar::currentChanged, this, &OrderView::showTicket);
    connect(m_ui->revealContactButton, &QToolButton::clicked, this, [this] { setContactRevealed(!m_revealed); });
    connect(m_ui->backToResultsButton, &QPushButton::clicked, this, &OrderView::backToResultsRequested);
    connect(m_ui->rescheduleButton, &QPushButton::clicked, this, &OrderView::rescheduleRequested);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &OrderView::reopenRequested);
    connect(m_ui->cancelTicketButton, &QPushButton::clicked, this, &OrderView::cancelRequested);
    connect(m_ui->escalateButton, &QPushButton::clicked, this, &OrderView::escalateRequested);

    auto* nextTicket = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(nextTicket, &QShortcut::activated, this, [this] {
        const int count = m_ui->ticketTabBar->count();
        if (count > 1) {
            m_ui->ticketTabBar->setCurrentIndex((m_ui->ticketTabBar->currentIndex() + 1) % count);
        }
    });
    auto* previousTicket = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previousTicket, &QShortcut::activated, this, [this] {
        const int count = m_ui->ticketTabBar->count();
        if (count > 1) {
            m_ui->ticketTabBar->setCurrentIndex((m_ui->ticketTabBar->currentIndex() + count - 1) % count);
        }
    });
    m_ui->backToResultsButton->setVisible(false);
}

OrderView::~OrderView() = default;

void OrderView::setClock(const PolicyClock& clock)
{
    m_clock = clock;
}

void OrderView::setBackToResultsVisible(bool visible)
{
    m_ui->backToResultsButton->setVisible(visible);
}

int OrderView::currentTicketIndex() const
{
    return m_ui->ticketTabBar->currentIndex();
}

const Ticket* OrderView::currentTicket() const
{
    const int index = m_ui->ticketTabBar->currentIndex();
    return m_hasOrder && index >= 0 && index < m_order.tickets.size() ? &m_order.tickets.at(index) : nullptr;
}

void OrderView::addSidePanel(QWidget* panel, const QString& title)
{
    m_ui->sidePanelTabWidget->addTab(panel, title);
}

void OrderView::setSidePanelVisible(QWidget* panel, bool visible)
{
    m_ui->sidePanelTabWidget->setTabVisible(m_ui->sidePanelTabWidget->indexOf(panel), visible);
}

void OrderView::showSidePanel(QWidget* panel)
{
    m_ui->sidePanelTabWidget->setCurrentWidget(panel);
}

void OrderView::clear()
{
    showOrder(Order());
    m_hasOrder = false;
}

void OrderView::showOrder(const Order& order, const QString& ticketId)
{
    m_order = order;
    m_hasOrder = true;
    m_revealed = false;

    showValue(m_ui->orderIdLabel, order.orderId);
    showValue(m_ui->orderMetaLabel,
              tr("Placed %1 · %2 · %3 · %4")
                  .arg(DisplayFormat::dateTime(order.placedAt), Codes::platformName(order.platform),
                       Codes::paymentName(order.payment), Codes::rupees(order.amountPaise)));
    if (order.refund) {
        const Refund& refund = *order.refund;
        const bool breached = m_clock.refundTatBreached(refund);
        m_ui->refundBadge->setState(breached ? tr("Refund TAT breached") : Codes::refundStatusName(refund.status),
                                    breached                                   ? Badge::Tone::Bad
                                    : refund.status == RefundStatus::Processed ? Badge::Tone::Good
                                    : refund.status == RefundStatus::Failed    ? Badge::Tone::Bad
                                                                               : Badge::Tone::Warning);
        showValue(m_ui->refundLabel, tr("%1 %2 · TAT %n day(s), due %3", nullptr, refund.tatDays)
                                         .arg(Codes::refundStatusName(refund.status),
                                              DisplayFormat::date(PolicyClock::localDate(refund.initiatedAt)),
                                              DisplayFormat::date(PolicyClock::refundDueDate(refund))));
        m_ui->refundLabel->setVisible(true);
    } else {
        m_ui->refundBadge->setState(QString(), Badge::Tone::Neutral);
        m_ui->refundLabel->setVisible(false);
    }
    showCustomer();
    m_ui->sidePanelTabWidget->setTabText(m_ui->sidePanelTabWidget->indexOf(m_ui->detailsTab), tr("Details"));

    // Rebuild the tabs without showing each intermediate ticket.
    QSignalBlocker blocker(m_ui->ticketTabBar);
    while (m_ui->ticketTabBar->count() > 0) {
        m_ui->ticketTabBar->removeTab(0);
    }
    int selected = static_cast<int>(order.tickets.size()) - 1; // newest ticket by default
    for (int i = 0; i < order.tickets.size(); ++i) {
        const Ticket& t = order.tickets.at(i);
        const TicketState state = StatusCatalog::instance().state(t.status, t.subStatus);
        m_ui->ticketTabBar->addTab(u"%1 · %2 · %3"_s.arg(t.ticketId, t.service, StatusCatalog::stateName(state)));
        m_ui->ticketTabBar->setTabToolTip(i, tr("%1 / %2").arg(t.status, t.subStatus));
        if (!ticketId.isEmpty() && t.ticketId.compare(ticketId, Qt::CaseInsensitive) == 0) {
            selected = i;
        }
    }
    const bool hasTickets = !order.tickets.isEmpty();
    m_ui->ticketSelectorWidget->setVisible(order.tickets.size() > 1);
    for (QWidget* section :
         {static_cast<QWidget*>(m_ui->ticketInfoGroupBox), static_cast<QWidget*>(m_ui->productGroupBox),
          static_cast<QWidget*>(m_ui->activityGroupBox), static_cast<QWidget*>(m_ui->reopenGroupBox),
          static_cast<QWidget*>(m_ui->fakeGroupBox), static_cast<QWidget*>(m_ui->salesGroupBox),
          static_cast<QWidget*>(m_ui->completionGroupBox)}) {
        section->setVisible(hasTickets);
    }
    m_ui->noTicketLabel->setVisible(!hasTickets);
    if (!hasTickets) {
        showValue(m_ui->noTicketLabel,
                  tr("This order has no service ticket: the booking was paid for but never confirmed. Check the "
                     "refund status and follow the SOP for \"amount debited but booking not confirmed\"."));
        return;
    }
    m_ui->ticketTabBar->setCurrentIndex(selected);
    // Tabs added while the page is hidden leave the bar at its old (zero) height until asked.
    m_ui->ticketTabBar->updateGeometry();
    m_ui->ticketTabBar->adjustSize();
    blocker.unblock();
    showTicket(selected);
}

void OrderView::showCustomer()
{
    const Customer& c = m_order.customer;
    showValue(m_ui->customerNameLabel, c.name);
    showValue(m_ui->customerPhoneLabel, m_revealed ? c.phone : Formats::maskPhone(c.phone));
    showValue(m_ui->customerEmailLabel, m_revealed ? c.email : Formats::maskEmail(c.email));
    showValue(m_ui->customerAltPhoneLabel, c.altPhone.isEmpty() ? tr("None given")
                                           : m_revealed         ? c.altPhone
                                                                : Formats::maskPhone(c.altPhone));
    showValue(m_ui->customerAddressLabel, tr("%1, %2 %3").arg(c.address, c.city, c.pincode));
    m_ui->revealContactButton->setText(m_revealed ? tr("Mas&k") : tr("Re&veal"));
    m_ui->revealContactButton->setToolTip(m_revealed ? tr("Hide the mobile numbers and email again")
                                                     : tr("Show the full mobile numbers and email of this order"));
}

void OrderView::setContactRevealed(bool revealed)
{
    if (!m_hasOrder || revealed == m_revealed) {
        return;
    }
    m_revealed = revealed;
    showCustomer();
    if (m_ui->ticketTabBar->currentIndex() >= 0 && !m_order.tickets.isEmpty()) {
        showTicketInformation(m_order.tickets.at(m_ui->ticketTabBar->currentIndex()));
    }
    emit contactRevealToggled(m_order.orderId, revealed);
}

void OrderView::showTicket(int index)
{
    if (!m_hasOrder || index < 0 || index >= m_order.tickets.size()) {
        return;
    }
    const Ticket& ticket = m_order.tickets.at(index);
    showTicketInformation(ticket);
    showSections(ticket);
    showCompletion(ticket);
    emit ticketShown(ticket.ticketId);
}

void OrderView::showTicketInformation(const Ticket& t)
{
    const StatusCatalog& catalog = StatusCatalog::instance();
    const TicketState state = catalog.state(t.status, t.subStatus);
    showValue(m_ui->ticketIdLabel, t.ticketId);
    m_ui->ticketStateBadge->setState(StatusCatalog::stateName(state), state == TicketState::Open ? Badge::Tone::Neutral
                                                                      : state == TicketState::Completed
                                                                          ? Badge::Tone::Good
                                                                          : Badge::Tone::Bad);
    showValue(m_ui->serviceLabel, tr("%1 (%2)").arg(t.service, Codes::serviceLineName(t.line)));
    showValue(m_ui->statusLabel, tr("%1 / %2").arg(t.status, t.subStatus));
    const QString meaning = catalog.meaning(t.status, t.subStatus);
    showValue(m_ui->statusMeaningLabel, meaning.isEmpty() ? tr("Not in the KM status table") : meaning);

    const PolicyClock::SpdState spd = m_clock.spdState(t.spd);
    showValue(m_ui->spdLabel,
              u"%1 (%2)"_s.arg(DisplayFormat::date(t.spd), DisplayFormat::relativeDay(t.spd, m_clock.today())));
    // The SPD matters while the ticket is open; on a closed ticket it is history, not a breach.
    if (state == TicketState::Open) {
        m_ui->spdBadge->setState(PolicyClock::spdStateName(spd),
                                 spd == PolicyClock::SpdState::Breached   ? Badge::Tone::Bad
                                 : spd == PolicyClock::SpdState::DueToday ? Badge::Tone::Warning
                                                                          : Badge::Tone::Good);
    } else {
        m_ui->spdBadge->setState(QString(), Badge::Tone::Neutral);
    }

    const bool hasDelivery = t.deliveryPromised.isValid();
    m_ui->deliveryCaptionLabel->setVisible(hasDelivery);
    m_ui->deliveryLabel->setVisible(hasDelivery);
    if (hasDelivery) {
        showValue(m_ui->deliveryLabel, DisplayFormat::date(t.deliveryPromised));
        const bool breached = state == TicketState::Open && m_clock.deliveryBreached(t.deliveryPromised);
        m_ui->deliveryBadge->setState(breached ? tr("Delivery breached") : QString(), Badge::Tone::Bad);
    } else {
        m_ui->deliveryBadge->setState(QString(), Badge::Tone::Neutral);
    }

    showValue(m_ui->slotLabel, t.slot.isEmpty() ? tr("Not chosen") : t.slot);
    if (t.technician) {
        showValue(m_ui->technicianLabel,
                  tr("%1 · %2").arg(t.technician->name,
                                    m_revealed ? t.technician->phone : Formats::maskPhone(t.technician->phone)));
    } else {
        showValue(m_ui->technicianLabel, tr("Not assigned yet"));
    }
    showValue(m_ui->createdLabel, DisplayFormat::dateTime(t.createdAt));

    if (t.completedAt.isValid()) {
        showValue(m_ui->completedLabel, tr("%1 (%2)").arg(DisplayFormat::dateTime(t.completedAt),
                                                          DisplayFormat::relativeDay(
                                                              PolicyClock::localDate(t.completedAt), m_clock.today())));
        const bool within = m_clock.withinServiceWarranty(t.completedAt);
        m_ui->warrantyBadge->setState(within ? tr("Within 30-day warranty") : tr("Past 30-day warranty"),
                                      within ? Badge::Tone::Good : Badge::Tone::Neutral);
    } else {
        showValue(m_ui->completedLabel, tr("Not completed"));
        m_ui->warrantyBadge->setState(QString(), Badge::Tone::Neutral);
    }
    showValue(m_ui->invoiceLabel, t.invoiceAvailable ? tr("Available in the Flipkart app") : tr("Not available"));

    showValue(m_ui->productCategoryLabel, t.product.category);
    showValue(m_ui->productBrandLabel, t.product.brand);
    showValue(m_ui->productModelLabel, t.product.model.isEmpty() ? tr("Not recorded") : t.product.model);
    showValue(m_ui->productSerialLabel, t.product.serial.isEmpty() ? tr("Not recorded") : t.product.serial);
}

void OrderView::showSections(const Ticket& t)
{
    m_activity->setActivity(t.activity);
    m_ui->activityListView->setVisible(!t.activity.isEmpty());
    m_ui->activityEmptyLabel->setVisible(t.activity.isEmpty());
    m_ui->activityListView->scrollToTop();

    RichList reopens;
    for (const ReopenEntry& r : t.reopens) {
        reopens.add(DisplayFormat::dateTime(r.at), r.reason,
                    r.newTicketId.isEmpty() ? tr("Reopened on the same ticket")
                                            : tr("New ticket %1").arg(r.newTicketId));
    }
    reopens.showIn(m_ui->reopenListLabel);
    m_ui->reopenEmptyLabel->setVisible(t.reopens.isEmpty());

    RichList flags;
    for (const FakeFlag& f : t.fakeFlags) {
        flags.add(DisplayFormat::dateTime(f.at), f.kind, f.detail);
    }
    flags.showIn(m_ui->fakeListLabel);
    m_ui->fakeEmptyLabel->setVisible(t.fakeFlags.isEmpty());

    QString rows;
    QStringList plain;
    for (const SaleItem& sale : t.sales) {
        rows += u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(sale.item.toHtmlEscaped(),
                                                                         Codes::rupees(sale.pricePaise));
        plain.append(u"%1: %2"_s.arg(sale.item, Codes::rupees(sale.pricePaise)));
    }
    m_ui->salesListLabel->setText(u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s + rows
                                  + u"</table>"_s);
    m_ui->salesListLabel->setAccessibleDescription(plain.join(u'\n'));
    m_ui->salesListLabel->setVisible(!t.sales.isEmpty());
    m_ui->salesTotalLabel->setVisible(!t.sales.isEmpty());
    m_ui->salesEmptyLabel->setVisible(t.sales.isEmpty());

    // The tab says what it holds, so an agent on another tab still sees a reopen or a fake flag.
    QStringList counts;
    if (!t.reopens.isEmpty()) {
        counts.append(tr("%n reopen(s)", nullptr, static_cast<int>(t.reopens.size())));
    }
    if (!t.fakeFlags.isEmpty()) {
        counts.append(tr("%n fake flag(s)", nullptr, static_cast<int>(t.fakeFlags.size())));
    }
    const int details = m_ui->sidePanelTabWidget->indexOf(m_ui->detailsTab);
    m_ui->sidePanelTabWidget->setTabText(details, counts.isEmpty() ? tr("Details")
                                                                   : tr("Details (%1)").arg(counts.join(u", "_s)));
    showValue(m_ui->salesTotalLabel, tr("Total %1").arg(Codes::rupees(t.salesTotalPaise())));
}

void OrderView::clearThumbnails()
{
    QLayout* layout = m_ui->completionImagesWidget->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void OrderView::showCompletion(const Ticket& t)
{
    clearThumbnails();
    const bool completed = t.completion.has_value();
    m_ui->completionEmptyLabel->setVisible(!completed);
    m_ui->completionSerialCaptionLabel->setVisible(completed);
    m_ui->completionSerialLabel->setVisible(completed);
    if (!completed) {
        m_ui->completionImagesWidget->setVisible(false);
        m_ui->completionLinksLabel->setVisible(false);
        return;
    }
    showValue(m_ui->completionSerialLabel, t.completion->serial.isEmpty() ? tr("Not captured") : t.completion->serial);

    QStringList links;
    int thumbnails = 0;
    for (const QString& reference : t.completion->images) {
        const QString path = localImagePath(reference);
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            QImageReader reader(path);
            const QSize full = reader.size();
            if (full.isValid()) {
                reader.setScaledSize(full.scaled(120, 90, Qt::KeepAspectRatio));
            }
            const QImage image = reader.read();
            if (!image.isNull()) {
                auto* thumb = new QLabel(m_ui->completionImagesWidget);
                ++thumbnails;
                thumb->setObjectName(u"completionPhoto%1Label"_s.arg(thumbnails));
                thumb->setPixmap(QPixmap::fromImage(image));
                thumb->setToolTip(QDir::toNativeSeparators(path));
                thumb->setAccessibleName(tr("Completion photo %1").arg(thumbnails));
                thumb->setAccessibleDescription(QDir::toNativeSeparators(path));
                thumb->setFrameShape(QFrame::Box);
                m_ui->completionImagesWidget->layout()->addWidget(thumb);
                continue;
            }
            links.append(tr("%1 (cannot be shown: %2)").arg(QDir::toNativeSeparators(path), reader.errorString()));
            continue;
        }
        links.append(path.isEmpty() ? reference
                                    : tr("%1 (file not found on this PC)").arg(QDir::toNativeSeparators(path)));
    }
    if (thumbnails > 0) {
        static_cast<QHBoxLayout*>(m_ui->completionImagesWidget->layout())->addStretch();
    }
    m_ui->completionImagesWidget->setVisible(thumbnails > 0);
    m_ui->completionLinksLabel->setVisible(!links.isEmpty());
    showValue(m_ui->completionLinksLabel, links.join(u'\n'));
    if (t.completion->images.isEmpty()) {
        m_ui->completionLinksLabel->setVisible(true);
        showValue(m_ui->completionLinksLabel, tr("No photos were uploaded."));
    }
}
