#pragma once

#include "core/PolicyClock.h"
#include "domain/Order.h"

#include <QWidget>

#include <memory>

namespace Ui
{
    class OrderView;
}
class ActivityModel;

// An order and every section of the KM's TICKET INFORMATION table for one of its tickets:
// Customer Information, Ticket Information (with the status meaning and the SPD badge), Ticket
// Activity Summary, Product Information, Ticket Reopen History, Fake Detection, Sales and
// Ticket Completion Information. Several tickets: a tab per ticket.
class OrderView final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderView(QWidget* parent = nullptr);
    ~OrderView() override;
    Q_DISABLE_COPY_MOVE(OrderView)

    void setClock(const PolicyClock& clock);
    // Shows the order; the ticket with ticketId (any case) is selected, else the newest ticket.
    void showOrder(const Order& order, const QString& ticketId = QString());
    void setBackToResultsVisible(bool visible);

    bool hasOrder() const { return m_hasOrder; }
    // Forgets the order shown (after a sign-out or on another database): nothing of it, least of
    // all revealed contact details, stays for the next agent.
    void clear();
    const Order& order() const { return m_order; }
    int currentTicketIndex() const;
    bool contactRevealed() const { return m_revealed; }
    // The ticket shown, or null for an order without tickets.
    const Ticket* currentTicket() const;

    // The work panel beside the ticket: "Details" (reopens, fake flags, sales, completion) first,
    // then the panels the main window adds (Tag incident, History …).
    void addSidePanel(QWidget* panel, const QString& title);
    void showSidePanel(QWidget* panel);
    void setSidePanelVisible(QWidget* panel, bool visible);

public slots:
    void showTicket(int index);
    void setContactRevealed(bool revealed);

signals:
    void ticketShown(const QString& ticketId);
    void contactRevealToggled(const QString& orderId, bool revealed);
    void backToResultsRequested();
    void rescheduleRequested();
    void reopenRequested();
    void cancelRequested();
    void escalateRequested();

private:
    void showCustomer();
    void showTicketInformation(const Ticket& ticket);
    void showSections(const Ticket& ticket);
    void showCompletion(const Ticket& ticket);
    void clearThumbnails();

    const std::unique_ptr<Ui::OrderView> m_ui;
    ActivityModel* m_activity;
    PolicyClock m_clock;
    Order m_order;
    bool m_hasOrder = false;
    bool m_revealed = false;
};
