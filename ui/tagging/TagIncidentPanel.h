#pragma once

#include "actions/TicketActions.h"

#include <QWidget>

#include <memory>

namespace Ui
{
    class TagIncidentPanel;
}
class TaggingEntryModel;
class TaggingFilterProxyModel;

// The Tag Incident panel, following the KM's steps: Inbound | Email → Complaint | Enquiry |
// Request → incident type (type to filter, arrows and Enter) → queue, disposition and remarks fill
// themselves; remarks stay editable → Submit. Everything works from the keyboard.
class TagIncidentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TagIncidentPanel(QWidget* parent = nullptr);
    ~TagIncidentPanel() override;
    Q_DISABLE_COPY_MOVE(TagIncidentPanel)

    // Fills remarks and checks drafts; the panel refuses to submit without it.
    void setActions(TicketActions* actions);
    // What an incident would be tagged on; a null order means there is nothing to tag yet.
    void setTarget(const Order* order, const Ticket* ticket);

    IncidentDraft draft() const;
    const TaggingEntry* selectedEntry() const;
    // Chooses the type and incident type of an entry, as if the agent had picked it.
    bool selectEntry(const QString& entryId);
    void setChannel(Channel channel);
    void setRemarks(const QString& remarks);
    void setDisposition(Disposition disposition);
    // What the customer said (the SOP walk's answers): goes into the remarks the template fills.
    void setCustomerSaid(const QString& text);
    // The SOP walk this incident comes from (JSON), saved with it; cleared with the panel.
    void setSopPath(const QString& json);
    const QString& sopPath() const { return m_sopPath; }

public slots:
    void focusFirstField();
    // Focus on Submit, for an incident the SOP walker filled in.
    void focusSubmit();
    void submit();
    void clear();
    void showMessage(const QString& text, bool problem);

signals:
    // A draft that passed the checks; action says which dialog must complete it.
    void submitRequested(const IncidentDraft& draft, TicketAction action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IncidentKind kind() const;
    void kindChanged();
    void filterChanged(const QString& text);
    void entryChanged();
    void updateCounter();
    void updateContext();

    const std::unique_ptr<Ui::TagIncidentPanel> m_ui;
    TaggingEntryModel* m_entries;
    TaggingFilterProxyModel* m_filter;
    TicketActions* m_actions = nullptr;
    std::optional<Order> m_order;
    QString m_ticketId;
    QString m_filledRemarks; // what the template filled in, to tell it from the agent's own words
    QString m_customerSaid;
    QString m_sopPath;
};
