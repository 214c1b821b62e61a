#include "SopPanel.h"
#include "ui_SopPanel.h"

#include "actions/TicketActions.h"
#include "common/Accessibility.h"
#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "tagging/TaggingCatalog.h"

#include <QEvent>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace
{
    enum Role
    {
        TreeIdRole = Qt::UserRole + 1,
        ScenarioIndexRole,
        StepIndexRole,
    };

    // Keeps the scenarios whose title (or number, or process) has every word typed, in any order.
    class ScenarioFilter final : public QSortFilterProxyModel
    {
    public:
        using QSortFilterProxyModel::QSortFilterProxyModel;

        void setWords(const QString& text)
        {
            m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
            invalidateFilter();
        }

    protected:
        bool filterAcceptsRow(int row, const QModelIndex& parent) const override
        {
            const QModelIndex index = sourceModel()->index(row, 0, parent);
            const QString text = index.data(Qt::DisplayRole).toString() + u' ' + index.data(Qt::ToolTipRole).toString();
            return std::all_of(m_words.cbegin(), m_words.cend(),
                               [&](const QString& word) { return text.contains(word, Qt::CaseInsensitive); });
        }

    private:
        QStringList m_words;
    };

    const QColor factColor(0x1f, 0x4e, 0x79);
    const QColor overrideColor(0x8a, 0x4b, 0x00);
    const QColor askedColor(0x1e, 0x5b, 0x2f);
} // namespace

SopPanel::SopPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SopPanel>())
    , m_scenarios(new QStandardItemModel(this))
    , m_filter(new ScenarioFilter(this))
    , m_library(&SopLibrary::instance())
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_scenarios);
    m_ui->sopScenarioListView->setModel(m_filter);
    m_ui->sopScenarioListView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->sopScenarioListView->setResizeMode(QListView::Adjust);
    m_ui->sopStepsListWidget->setResizeMode(QListView::Adjust);
    m_ui->sopStepsListWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->sopOptionsListWidget->setResizeMode(QListView::Adjust);
    m_ui->sopOptionsListWidget->setAlternatingRowColors(false);
    m_ui->sopStepsListWidget->setSpacing(1);
    // A scroll bar that comes and goes would change the width the wrapped steps were measured at.
    m_ui->sopStepsListWidget->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // The newest step is what the agent reads next: whenever the steps are laid out again (a new
    // step, the question or outcome below taking room), stay at the bottom.
    connect(m_ui->sopStepsListWidget->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int maximum) { m_ui->sopStepsListWidget->verticalScrollBar()->setValue(maximum); });
    // The steps take whatever height is left; the question and the outcome take what they need.
    m_ui->sopWalkLayout->setStretchFactor(m_ui->sopStepsListWidget, 1);
    m_ui->sopChooseLayout->setStretchFactor(m_ui->sopScenarioListView, 1);
    m_ui->sopOptionsListWidget->setSpacing(2);
    Accessibility::nameClearButton(m_ui->sopFilterLineEdit, u"clearSopFilterButton"_s, tr("Clear the scenario filter"));

    QFont strong = m_ui->sopScenarioTitleLabel->font();
    strong.setBold(true);
    m_ui->sopScenarioTitleLabel->setFont(strong);
    m_ui->sopQuestionLabel->setFont(strong);
    m_ui->sopOutcomeTaggingLabel->setFont(strong);
    m_ui->sopOutcomeFrame->setStyleSheet(u"QFrame#sopOutcomeFrame { background:#eef6ee; border:1px solid #9ccc9c; }"_s);
    m_ui->sopQuestionFrame->setStyleSheet(
        u"QFrame#sopQuestionFrame { background:#fff8e6; border:1px solid #e0c77a; }"_s);
    m_ui->sopEvidenceLabel->setStyleSheet(u"QLabel { color:#5a5a5a; }"_s);
    m_ui->sopLibraryMessageLabel->setStyleSheet(u"QLabel { color:#b71c1c; }"_s);

    setLevels({u"L1"_s, u"L2"_s});
    for (const ServiceLine line : Codes::allServiceLines()) {
        m_ui->sopLineComboBox->addItem(Codes::serviceLineName(line), static_cast<int>(line));
    }

    connect(m_ui->sopLevelComboBox, &QComboBox::currentIndexChanged, this, &SopPanel::fillScenarios);
    connect(m_ui->sopLineComboBox, &QComboBox::currentIndexChanged, this, &SopPanel::fillScenarios);
    connect(m_ui->sopFilterLineEdit, &QLineEdit::textChanged, this, &SopPanel::filterChanged);
    connect(m_ui->sopFilterLineEdit, &QLineEdit::returnPressed, this, &SopPanel::startCurrent);
    connect(m_ui->sopScenarioListView, &QListView::activated, this, &SopPanel::startCurrent);
    connect(m_ui->sopStartButton, &QPushButton::clicked, this, &SopPanel::startCurrent);
    connect(m_ui->sopOptionsListWidget, &QListWidget::activated, this,
            [this](const QModelIndex& index) { optionActivated(index.row()); });
    connect(m_ui->sopBackButton, &QPushButton::clicked, this, &SopPanel::back);
    connect(m_ui->sopOverrideButton, &QPushButton::clicked, this, &SopPanel::overrideSelectedFact);
    connect(m_ui->sopRestartButton, &QPushButton::clicked, this, &SopPanel::restart);
    connect(m_ui->sopUseOutcomeButton, &QPushButton::clicked, this, &SopPanel::useOutcome);
    connect(m_ui->sopStepsListWidget, &QListWidget::currentRowChanged, this, &SopPanel::updateButtons);
    m_ui->sopFilterLineEdit->installEventFilter(this);
    m_ui->sopOptionsListWidget->installEventFilter(this);

    fillScenarios();
    restart();
}

SopPanel::~SopPanel() = default;

void SopPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

void SopPanel::setActions(TicketActions* actions)
{
    m_actions = actions;
}

void SopPanel::setLevels(const QStringList& levels)
{
    const QString current = level();
    {
        QSignalBlocker blocker(m_ui->sopLevelComboBox);
        m_ui->sopLevelComboBox->clear();
        for (const QString& l : levels) {
            m_ui->sopLevelComboBox->addItem(l == u"L2" ? tr("L2") : tr("L1"), l);
        }
        m_ui->sopLevelComboBox->setCurrentIndex(std::max(0, m_ui->sopLevelComboBox->findData(current)));
    }
    m_ui->sopLevelComboBox->setEnabled(levels.size() > 1);
    if (level() != current) {
        fillScenarios();
        restart();
    }
}

void SopPanel::setLevel(const QString& wanted)
{
    const int index = m_ui->sopLevelComboBox->findData(wanted);
    if (index >= 0 && index != m_ui->sopLevelComboBox->currentIndex()) {
        m_ui->sopLevelComboBox->setCurrentIndex(index); // refills the scenarios
        restart();
    }
}

void SopPanel::setLibrary(const SopLibrary* library)
{
    m_library = library ? library : &SopLibrary::instance();
    fillScenarios();
    restart();
}

void SopPanel::setTarget(const Order* order, const Ticket* ticket)
{
    const QString previousOrder = m_order ? m_order->orderId : QString();
    const QString previousTicket = m_ticketId;
    m_order = order ? std::optional(*order) : std::nullopt;
    m_ticketId = ticket ? ticket->ticketId : QString();
    if (ticket) {
        QSignalBlocker blocker(m_ui->sopLineComboBox);
        m_ui->sopLineComboBox->setCurrentIndex(m_ui->sopLineComboBox->findData(static_cast<int>(ticket->line)));
    }
    fillScenarios();
    if (!order || order->orderId != previousOrder || m_ticketId != previousTicket) {
        restart(); // the facts belong to the ticket: another one starts over
    }
}

ServiceLine SopPanel::line() const
{
    return static_cast<ServiceLine>(m_ui->sopLineComboBox->currentData().toInt());
}

QString SopPanel::level() const
{
    return m_ui->sopLevelComboBox->currentData().toString();
}

void SopPanel::fillScenarios()
{
    m_scenarios->clear();
    for (const SopTree* tree : m_library->treesFor(line(), level())) {
        for (qsizetype i = 0; i < tree->scenarios.size(); ++i) {
            const SopScenario& scenario = tree->scenarios.at(i);
            auto* item = new QStandardItem(scenario.displayTitle());
            item->setData(tree->id, TreeIdRole);
            item->setData(static_cast<int>(i), ScenarioIndexRole);
            item->setToolTip(tree->process);
            item->setEditable(false);
            m_scenarios->appendRow(item);
        }
    }
    QStringList problems;
    for (const SopProblem& problem : m_library->problems()) {
        problems.append(problem.toString());
    }
    Accessibility::showValue(
        m_ui->sopLibraryMessageLabel,
        problems.isEmpty() ? QString()
                           : tr("Some SOP files could not be loaded and are left out:\n%1").arg(problems.join(u'\n')));
    m_ui->sopLibraryMessageLabel->setVisible(!problems.isEmpty());
    filterChanged(m_ui->sopFilterLineEdit->text());
}

void SopPanel::filterChanged(const QString& text)
{
    static_cast<ScenarioFilter*>(m_filter)->setWords(text);
    if (m_filter->rowCount() > 0) {
        m_ui->sopScenarioListView->setCurrentIndex(m_filter->index(0, 0));
    }
    m_ui->sopStartButton->setEnabled(m_filter->rowCount() > 0 && m_order.has_value());
}

void SopPanel::focusFirstField()
{
    if (m_ui->sopStackedWidget->currentWidget() == m_ui->sopChoosePage) {
        m_ui->sopFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->sopFilterLineEdit->selectAll();
    } else if (m_walk && m_walk->isFinished()) {
        m_ui->sopUseOutcomeButton->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_ui->sopOptionsListWidget->setFocus(Qt::ShortcutFocusReason);
    }
}

void SopPanel::restart()
{
    m_walk.reset();
    m_overrideStep = -1;
    // Hidden until a walk needs them, so the empty walk page never makes the panel taller.
    m_ui->sopQuestionFrame->setVisible(false);
    m_ui->sopOutcomeFrame->setVisible(false);
    m_ui->sopStepsListWidget->clear();
    m_ui->sopStackedWidget->setCurrentWidget(m_ui->sopChoosePage);
    filterChanged(m_ui->sopFilterLineEdit->text());
}

bool SopPanel::startScenario(const QString& text)
{
    QModelIndex found;
    for (int row = 0; row < m_scenarios->rowCount(); ++row) {
        const QModelIndex index = m_scenarios->index(row, 0);
        if (index.data().toString().contains(text, Qt::CaseInsensitive)) {
            if (found.isValid()) {
                return false;
            }
            found = index;
        }
    }
    if (!found.isValid() || !m_order) {
        return false;
    }
    startAt(found.data(TreeIdRole).toString(), found.data(ScenarioIndexRole).toInt());
    return m_walk.has_value();
}

void SopPanel::startCurrent()
{
    QModelIndex index = m_ui->sopScenarioListView->currentIndex();
    if (!index.isValid() && m_filter->rowCount() == 1) {
        index = m_filter->index(0, 0);
    }
    if (!index.isValid() || !m_order) {
        return;
    }
    startAt(index.data(TreeIdRole).toString(), index.data(ScenarioIndexRole).toInt());
}

void SopPanel::startAt(const QString& treeId, int scenarioIndex)
{
    const SopTree* tree = m_library->tree(treeId);
    if (!tree || scenarioIndex < 0 || scenarioIndex >= tree->scenarios.size() || !m_order) {
        return;
    }
    const PolicyClock clock = m_actions ? m_actions->clock() : PolicyClock();
    m_walk.emplace(*tree, tree->scenarios.at(scenarioIndex), SopFacts(*m_order, m_order->ticket(m_ticketId), clock));
    m_overrideStep = -1;
    m_ui->sopStackedWidget->setCurrentWidget(m_ui->sopWalkPage);
    Accessibility::showValue(m_ui->sopScenarioTitleLabel,
                             tr("%1\n%2").arg(m_walk->scenario().displayTitle(), tree->process));
    refresh();
    focusFirstField();
}

void SopPanel::refresh()
{
    QListWidget* list = m_ui->sopStepsListWidget;
    list->clear();
    const QList<SopStep>& steps = m_walk->steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SopStep& step = steps.at(i);
        QString text;
        QColor color;
        switch (step.kind) {
        case SopNodeKind::Outcome:
            continue; // shown below, with its button
        case SopNodeKind::Script:
            text = tr("Tell the customer — %1").arg(step.prompt);
            for (const QString& line : step.script) {
                text += u"\n  • "_s + line;
            }
            break;
        case SopNodeKind::Question:
            text = tr("Customer: %1\n  → %2").arg(step.prompt, step.answer);
            color = askedColor;
            break;
        case SopNodeKind::Fact:
            switch (step.source) {
            case SopAnswerSource::Data:
                text = tr("From the data: %1\n  → %2\n  %3").arg(step.prompt, step.answer, step.evidence);
                color = factColor;
                break;
            case SopAnswerSource::Override:
                text = tr("Overridden by you: %1\n  → %2\n  The data said \"%3\": %4")
                           .arg(step.prompt, step.answer, step.dataAnswer, step.evidence);
                color = overrideColor;
                break;
            case SopAnswerSource::Agent:
                text = tr("Asked (the data cannot tell): %1\n  → %2").arg(step.prompt, step.answer);
                color = askedColor;
                break;
            }
            break;
        }
        if (step.assumed) {
            text += u"\n  "_s + tr("(assumed: the article's text was lost here)");
        }
        auto* item = new QListWidgetItem(text, list);
        item->setData(StepIndexRole, static_cast<int>(i));
        if (color.isValid()) {
            item->setForeground(color);
        }
    }
    // The newest step is what the agent reads next; scroll once the items are laid out.
    showQuestion();
    showOutcome();
    updateButtons();
    list->scrollToBottom();
}

void SopPanel::showQuestion()
{
    QListWidget* options = m_ui->sopOptionsListWidget;
    options->clear();
    const SopNode* node = nullptr;
    int current = 0;
    if (m_overrideStep >= 0) {
        const SopStep& step = m_walk->steps().at(m_overrideStep);
        node = m_walk->scenario().node(step.nodeId);
        Accessibility::showValue(m_ui->sopQuestionLabel, tr("Override: %1").arg(step.prompt));
        Accessibility::showValue(m_ui->sopEvidenceLabel,
                                 tr("The data says \"%1\" (%2). Choose what is true; Esc keeps the data's answer.")
                                     .arg(step.dataAnswer.isEmpty() ? step.answer : step.dataAnswer, step.evidence));
        current = step.option;
    } else if ((node = m_walk->pending())) {
        Accessibility::showValue(m_ui->sopQuestionLabel, node->prompt());
        const QString evidence = m_walk->pendingEvidence();
        Accessibility::showValue(m_ui->sopEvidenceLabel,
                                 node->kind == SopNodeKind::Fact
                                     ? tr("The data cannot tell (%1): ask the customer or check Kapture.").arg(evidence)
                                     : tr("Ask the customer; Enter takes the highlighted answer."));
    }
    m_ui->sopQuestionFrame->setVisible(node != nullptr);
    if (!node) {
        return;
    }
    for (qsizetype i = 0; i < node->options.size(); ++i) {
        const SopOption& option = node->options.at(i);
        auto* item = new QListWidgetItem(u"%1. %2"_s.arg(i + 1).arg(option.label), options);
        if (!option.assumed.isEmpty()) {
            item->setToolTip(tr("Assumed: %1").arg(option.assumed));
        }
    }
    options->setCurrentRow(current);
    // Tall enough for every answer without a scroll bar (up to a limit), and no taller: the steps
    // above keep the rest of the panel.
    const int width = std::max(options->viewport()->width(), 280) - 8;
    int height = 2 * options->frameWidth() + 2;
    for (int row = 0; row < options->count(); ++row) {
        height += options->fontMetrics()
                      .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, options->item(row)->text())
                      .height()
                  + 2 * options->spacing() + 4;
    }
    options->setFixedHeight(std::clamp(height, 48, 200));
}

void SopPanel::showOutcome()
{
    const SopNode* node = m_overrideStep < 0 ? m_walk->outcome() : nullptr;
    m_ui->sopOutcomeFrame->setVisible(node != nullptr);
    if (!node) {
        return;
    }
    const TaggingEntry* entry = m_walk->entry();
    if (entry) {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(entry->queueId);
        Accessibility::showValue(m_ui->sopOutcomeTaggingLabel,
                                 tr("Tag: %1 >> %2 >> %3\nQueue: %4")
                                     .arg(TaggingCatalog::kindName(entry->kind), entry->label(),
                                          TaggingCatalog::dispositionName(m_walk->disposition()),
                                          queue ? queue->name : entry->queueId));
    } else {
        Accessibility::showValue(m_ui->sopOutcomeTaggingLabel,
                                 tr("The article tags nothing here: follow the steps and close the call."));
    }
    QStringList actions;
    const int hours = entry && m_actions ? m_actions->oathkeeperHours(*entry) : (entry ? entry->tatHours : 0);
    const QDateTime now = m_actions ? m_actions->clock().now() : QDateTime::currentDateTime();
    for (const SopActionLine& action : m_walk->actionLines(hours, now)) {
        switch (action.action) {
        case SopAction::Reschedule:
            actions.append(tr("Reschedule the ticket"));
            break;
        case SopAction::Reopen:
            actions.append(tr("Reopen the ticket"));
            break;
        case SopAction::Cancel:
            actions.append(tr("Cancel the ticket"));
            break;
        case SopAction::Escalate:
            actions.append(tr("Escalate to L2: Oathkeeper TAT %n hour(s), due %1", nullptr, hours)
                               .arg(DisplayFormat::dateTime(now.addSecs(hours * 3600LL))));
            break;
        }
    }
    Accessibility::showValue(m_ui->sopOutcomeActionsLabel,
                             actions.isEmpty() ? tr("No ticket action.") : tr("Then: %1").arg(actions.join(u"; "_s)));
    QString script;
    for (const QString& line : node->script) {
        script += (script.isEmpty() ? QString() : u"\n"_s) + u"• "_s + line;
    }
    Accessibility::showValue(m_ui->sopOutcomeScriptLabel, script);
    m_ui->sopOutcomeScriptLabel->setVisible(!script.isEmpty());
    m_ui->sopUseOutcomeButton->setVisible(entry != nullptr);
    m_ui->sopUseOutcomeButton->setDefault(entry != nullptr);
}

void SopPanel::updateButtons()
{
    const bool walking = m_walk.has_value();
    m_ui->sopBackButton->setEnabled(walking && (m_overrideStep >= 0 || m_walk->canGoBack()));
    bool overridable = false;
    if (walking && m_overrideStep < 0) {
        const QListWidgetItem* item = m_ui->sopStepsListWidget->currentItem();
        if (item) {
            const SopStep& step = m_walk->steps().at(item->data(StepIndexRole).toInt());
            overridable = step.kind == SopNodeKind::Fact && step.source != SopAnswerSource::Agent;
        }
    }
    m_ui->sopOverrideButton->setEnabled(overridable);
}

void SopPanel::optionActivated(int row)
{
    if (!m_walk) {
        return;
    }
    if (m_overrideStep >= 0) {
        const int step = m_overrideStep;
        m_overrideStep = -1;
        m_walk->overrideFact(step, row); // the same answer as before changes nothing
    } else if (!m_walk->answer(row)) {
        return;
    }
    refresh();
    focusFirstField();
}

void SopPanel::overrideSelectedFact()
{
    if (!m_walk || !m_ui->sopOverrideButton->isEnabled()) {
        return;
    }
    m_overrideStep = m_ui->sopStepsListWidget->currentItem()->data(StepIndexRole).toInt();
    showQuestion();
    showOutcome();
    updateButtons();
    m_ui->sopOptionsListWidget->setFocus(Qt::OtherFocusReason);
}

void SopPanel::cancelOverride()
{
    m_overrideStep = -1;
    refresh();
    focusFirstField();
}

void SopPanel::back()
{
    if (!m_walk) {
        return;
    }
    if (m_overrideStep >= 0) {
        cancelOverride();
        return;
    }
    if (m_walk->back()) {
        refresh();
        focusFirstField();
    }
}

void SopPanel::useOutcome()
{
    if (!m_walk || !m_walk->isFinished() || !m_walk->entry()) {
        return;
    }
    const SopNode* node = m_walk->outcome();
    SopOutcomeChoice choice;
    choice.entryId = m_walk->entry()->id;
    choice.disposition = node->disposition;
    choice.actions = node->actions;
    choice.customerSaid = m_walk->customerAnswers();
    QJsonObject path = m_walk->toJson();
    path.insert(u"order_id"_s, m_order ? m_order->orderId : QString());
    path.insert(u"ticket_id"_s, m_ticketId);
    path.insert(u"line"_s, Codes::serviceLine(line()));
    choice.sopPath = QString::fromUtf8(QJsonDocument(path).toJson(QJsonDocument::Compact));
    emit outcomeChosen(choice);
}

bool SopPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_ui->sopFilterLineEdit
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
                || key->key() == Qt::Key_PageUp)) {
            // Arrows move in the list while the cursor stays in the filter.
            QCoreApplication::sendEvent(m_ui->sopScenarioListView, event);
            return true;
        }
        if (watched == m_ui->sopOptionsListWidget) {
            if (key->key() == Qt::Key_Escape && m_overrideStep >= 0) {
                cancelOverride();
                return true;
            }
            // 1 … 9 pick the numbered answer.
            const int digit = key->key() - Qt::Key_1;
            if (key->modifiers() == Qt::NoModifier && digit >= 0 && digit < 9
                && digit < m_ui->sopOptionsListWidget->count()) {
                optionActivated(digit);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_ui->sopOptionsListWidget->currentRow() >= 0) {
                    optionActivated(m_ui->sopOptionsListWidget->currentRow());
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
