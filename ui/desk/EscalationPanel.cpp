#include "EscalationPanel.h"
#include "ui_EscalationPanel.h"

#include "common/Accessibility.h"
#include "core/DisplayFormat.h"
#include "desk/EscalationDesk.h"
#include "domain/Formats.h"
#include "sop/SopWalk.h"
#include "store/IncidentStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
    // The L1 agent's walk, one line per step, from the path saved with the incident.
    QStringList walkLines(const QString& sopPath)
    {
        QStringList lines;
        const QJsonObject path = QJsonDocument::fromJson(sopPath.toUtf8()).object();
        if (path.isEmpty()) {
            return lines;
        }
        const QJsonObject scenario = path.value(u"scenario"_s).toObject();
        lines.append(EscalationPanel::tr("Scenario %1 %2")
                         .arg(scenario.value(u"number"_s).toString(), scenario.value(u"title"_s).toString()));
        for (const QJsonValue& value : path.value(u"steps"_s).toArray()) {
            const QJsonObject step = value.toObject();
            const QString kind = step.value(u"kind"_s).toString();
            const QString text = step.value(u"text"_s).toString();
            const QString answer = step.value(u"answer"_s).toString();
            const QString by = step.value(u"by"_s).toString();
            if (kind == u"script") {
                continue; // what was said is in the article; the decisions are what L2 needs
            }
            if (kind == u"outcome") {
                lines.append(EscalationPanel::tr("Outcome: %1").arg(text));
            } else if (by == u"override") {
                lines.append(EscalationPanel::tr("%1 → %2 (overridden by the agent; the data said \"%3\": %4)")
                                 .arg(text, answer, step.value(u"data_answer"_s).toString(),
                                      step.value(u"evidence"_s).toString()));
            } else if (kind == u"fact" && by == u"data") {
                lines.append(
                    EscalationPanel::tr("%1 → %2 (%3)").arg(text, answer, step.value(u"evidence"_s).toString()));
            } else {
                lines.append(EscalationPanel::tr("%1 → %2 (the customer)").arg(text, answer));
            }
        }
        return lines;
    }

    QString eventLine(const EscalationEvent& e)
    {
        QString what;
        if (e.kind == u"take") {
            what = EscalationPanel::tr("took it");
        } else if (e.kind == u"partner_update") {
            what = e.newDate.isValid() ? EscalationPanel::tr("partner: %1, new date %2")
                                             .arg(e.partnerUpdate, DisplayFormat::date(e.newDate))
                                       : EscalationPanel::tr("partner: %1").arg(e.partnerUpdate);
        } else if (e.kind == u"outcall") {
            what = EscalationPanel::tr("outcall");
        } else if (e.kind == u"resolve") {
            what = EscalationPanel::tr("resolved");
        } else if (e.kind == u"brand") {
            what = EscalationPanel::tr("re-escalated to the brand");
        } else if (e.kind == u"approve") {
            what = EscalationPanel::tr("approved and closed");
        } else if (e.kind == u"return") {
            what = EscalationPanel::tr("returned to the agent");
        } else if (e.kind == u"reassign") {
            what = EscalationPanel::tr("reassigned");
        } else if (e.kind == u"close") {
            what = EscalationPanel::tr("closed");
        } else {
            what = e.kind;
        }
        QString line = u"%1 · %2 · %3"_s.arg(DisplayFormat::dateTime(e.at), e.agent, what);
        if (!e.note.isEmpty()) {
            line += u"\n"_s + Formats::maskContactsInText(e.note);
        }
        return line;
    }
} // namespace

EscalationPanel::EscalationPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EscalationPanel>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    QFont strong = m_ui->escalationHeaderLabel->font();
    strong.setBold(true);
    m_ui->escalationHeaderLabel->setFont(strong);
    m_ui->reviewNoteLabel->setStyleSheet(u"QLabel { background:#fff8e6; border:1px solid #e0c77a; padding:4px; }"_s);
    m_ui->panelMessageLabel->setVisible(false);
    for (const PartnerUpdate update : EscalationDesk::partnerUpdates()) {
        m_ui->partnerUpdateComboBox->addItem(EscalationDesk::partnerUpdateName(update), static_cast<int>(update));
    }
    connect(m_ui->partnerUpdateComboBox, &QComboBox::currentIndexChanged, this, &EscalationPanel::updateWorkControls);
    connect(m_ui->panelTakeButton, &QPushButton::clicked, this, &EscalationPanel::take);
    connect(m_ui->recordUpdateButton, &QPushButton::clicked, this, &EscalationPanel::recordUpdate);
    connect(m_ui->outcallButton, &QPushButton::clicked, this, &EscalationPanel::logOutcall);
    connect(m_ui->brandButton, &QPushButton::clicked, this, &EscalationPanel::toBrand);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &EscalationPanel::resolve);
}

EscalationPanel::~EscalationPanel() = default;

void EscalationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

void EscalationPanel::showEscalation(qint64 id)
{
    m_id = id;
    m_ui->escalationNotePlainTextEdit->clear();
    showMessage(QString(), false);
    m_ui->partnerDateEdit->setDate(m_workspace.clock().today().addDays(1));
    m_ui->partnerDateEdit->setMinimumDate(m_workspace.clock().today());
    m_ui->escalationTabWidget->setCurrentWidget(m_ui->workTab);
    reload();
}

void EscalationPanel::reload()
{
    EscalationDesk desk(m_workspace);
    const std::optional<EscalationRow> row = m_id > 0 ? desk.find(m_id) : std::nullopt;
    if (!row) {
        Accessibility::showValue(m_ui->escalationHeaderLabel, tr("No escalation"));
        return;
    }
    const QDateTime now = m_workspace.clock().now();
    Accessibility::showValue(m_ui->escalationHeaderLabel, tr("Escalation %1 · %2").arg(row->id).arg(row->complaint));
    QString due = tr("%1 · due %2 · %3")
                      .arg(EscalationDesk::statusName(row->status), DisplayFormat::dateTime(row->dueAt),
                           EscalationDesk::timing(*row, now));
    if (!row->assignee.isEmpty()) {
        due += u" · "_s + tr("worked by %1").arg(row->assignee);
    }
    Accessibility::showValue(m_ui->escalationDueLabel, due);
    m_ui->escalationDueLabel->setStyleSheet(row->isOverdue(now) ? u"QLabel { color:#b71c1c; font-weight:600; }"_s
                                                                : QString());
    const std::optional<Incident> incident = m_workspace.incidents().find(row->incidentId);
    if (incident) {
        Accessibility::showValue(m_ui->escalationIncidentLabel,
                                 tr("Escalated by %1 on %2: %3\nRemarks: %4")
                                     .arg(incident->agent, DisplayFormat::dateTime(incident->createdAt),
                                          incident->notation(), Formats::maskContactsInText(incident->remarks)));
    }
    Accessibility::showValue(
        m_ui->reviewNoteLabel,
        row->reviewNote.isEmpty()
            ? QString()
            : tr("Returned by the supervisor: %1").arg(Formats::maskContactsInText(row->reviewNote)));
    m_ui->reviewNoteLabel->setVisible(!row->reviewNote.isEmpty() && row->isActive());

    m_ui->l1WalkListWidget->clear();
    const QStringList walk = incident ? walkLines(incident->sopPath) : QStringList();
    if (walk.isEmpty()) {
        m_ui->l1WalkListWidget->addItem(tr("Tagged without the SOP walker."));
    } else {
        m_ui->l1WalkListWidget->addItems(walk);
    }
    m_ui->escalationEventsListWidget->clear();
    const QList<EscalationEvent> events = desk.events(m_id);
    for (const EscalationEvent& e : events) {
        m_ui->escalationEventsListWidget->addItem(eventLine(e));
    }
    if (events.isEmpty()) {
        m_ui->escalationEventsListWidget->addItem(tr("Nobody has worked on it yet."));
    }

    const bool active = row->isActive();
    const bool mine = row->assignee.compare(m_workspace.agent(), Qt::CaseInsensitive) == 0
                      || (!row->assignee.isEmpty() && m_workspace.may(Permission::ReviewEscalations));
    const bool mayWork = m_workspace.may(Permission::WorkEscalations);
    m_ui->panelTakeButton->setVisible(active && row->assignee.isEmpty());
    m_ui->panelTakeButton->setEnabled(mayWork);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->partnerUpdateComboBox, m_ui->partnerDateEdit, m_ui->recordUpdateButton,
                                         m_ui->escalationNotePlainTextEdit, m_ui->outcallButton, m_ui->resolveButton}) {
        w->setEnabled(active && mine && mayWork);
    }
    m_ui->brandButton->setEnabled(active && mine && mayWork && row->status != u"brand");
    updateWorkControls();
}

void EscalationPanel::updateWorkControls()
{
    const auto update = static_cast<PartnerUpdate>(m_ui->partnerUpdateComboBox->currentData().toInt());
    const bool needsDate = update == PartnerUpdate::CallInProgress;
    m_ui->partnerDateEdit->setVisible(needsDate);
    m_ui->partnerDateCaptionLabel->setVisible(needsDate);
}

void EscalationPanel::showMessage(const QString& text, bool problem)
{
    Accessibility::showValue(m_ui->panelMessageLabel, text);
    m_ui->panelMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s
                                                   : u"QLabel { color:#1e7b34; font-weight:600; }"_s);
    m_ui->panelMessageLabel->setVisible(!text.isEmpty());
}

void EscalationPanel::done(bool ok, const QString& message)
{
    if (ok) {
        m_ui->escalationNotePlainTextEdit->clear();
    }
    reload();
    showMessage(message, !ok);
    if (ok) {
        emit escalationChanged(m_id);
    }
}

void EscalationPanel::take()
{
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = desk.take(m_id);
    done(outcome.ok, outcome.message);
}

void EscalationPanel::recordUpdate()
{
    const auto update = static_cast<PartnerUpdate>(m_ui->partnerUpdateComboBox->currentData().toInt());
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome =
        desk.recordPartnerUpdate(m_id, update, m_ui->escalationNotePlainTextEdit->toPlainText(),
                                 update == PartnerUpdate::CallInProgress ? m_ui->partnerDateEdit->date() : QDate());
    done(outcome.ok, outcome.message);
}

void EscalationPanel::logOutcall()
{
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = desk.logOutcall(m_id, m_ui->escalationNotePlainTextEdit->toPlainText());
    done(outcome.ok, outcome.message);
}

void EscalationPanel::toBrand()
{
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = desk.reescalateToBrand(m_id, m_ui->escalationNotePlainTextEdit->toPlainText());
    done(outcome.ok, outcome.message);
}

void EscalationPanel::resolve()
{
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = desk.resolve(m_id, m_ui->escalationNotePlainTextEdit->toPlainText());
    done(outcome.ok, outcome.message);
}
