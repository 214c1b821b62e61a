#pragma once

#include "actions/TicketActions.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// What the four action dialogs share: the ticket they act on, the incident they tag, and the
// confirm button that asks the core to do it. A refusal or failure stays in the dialog with its
// reason, so the agent can correct the date or the remarks and try again; success closes it.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ~ActionDialog() override;
    Q_DISABLE_COPY_MOVE(ActionDialog)

    const ActionOutcome& outcome() const { return m_outcome; }
    // The handle time is read when the agent confirms, from this timer (started when the order
    // was opened).
    void setHandleTimer(const QElapsedTimer* timer) { m_handleTimer = timer; }

public slots:
    void confirm();

protected:
    ActionDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                 QWidget* parent);

    // Carries out the action with the remarks the agent confirmed.
    virtual ActionOutcome perform(const IncidentDraft& draft) = 0;
    // Connects the widgets every dialog has; call at the end of the subclass constructor.
    void bind(QLabel* summary, QLabel* message, QPushButton* confirmButton, QPushButton* dismissButton,
              QPlainTextEdit* remarks);
    // Replaces the remarks with a template filled for the current choices, unless the agent has
    // written their own.
    void refillRemarks(const QString& entryId, const QHash<QString, QString>& extra = {});
    void showMessage(const QString& text);

    TicketActions& m_actions;
    IncidentDraft m_draft;
    Order m_order;
    Ticket m_ticket;

private:
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
    QString m_filledRemarks;
    const QElapsedTimer* m_handleTimer = nullptr;
    ActionOutcome m_outcome;
};
