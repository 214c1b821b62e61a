#include "DashboardPage.h"
#include "ui_DashboardPage.h"

#include "common/Accessibility.h"
#include "export/Exporter.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorModels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMenu>
#include <QScopedValueRollback>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
    constexpr int PeriodDays = 14;
    constexpr int DailyBarsUpTo = 31; // days; weekly bars up to WeeklyBarsUpTo, then monthly
    constexpr int WeeklyBarsUpTo = 120;

    // Colours that keep their meaning in print and for the common colour-vision deficiencies
    // (green and orange differ in lightness as well as hue); the numbers are in the descriptions.
    const QColor ResolvedColour(0x2e, 0x7d, 0x32);
    const QColor UnresolvedColour(0xef, 0x8a, 0x00);
    const QColor BreachColour(0xc6, 0x28, 0x28);
    const QColor QueueColour(0x15, 0x65, 0xc0);
    const QColor HandleTimeColour(0x5e, 0x35, 0xb1);
    const QColor AccuracyColour(0x00, 0x79, 0x6b);

    // 0 to a round number above max, ticks on whole steps (1, 2, 5, 10, 20, 25, 50 …).
    QValueAxis* valueAxis(double max, const QString& format, const QFont& font)
    {
        double step = 1;
        for (double scale = 1;; scale *= 10) {
            bool found = false;
            for (double s : {1.0, 2.0, 2.5, 5.0}) {
                if (s * scale >= 1 && std::ceil(max / (s * scale)) <= 5) {
                    step = s * scale;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        const double top = std::max(step, std::ceil(max / step) * step);
        auto* axis = new QValueAxis;
        axis->setRange(0, top);
        axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
        axis->setLabelFormat(format);
        axis->setLabelsFont(font);
        return axis;
    }

    QBarCategoryAxis* categoryAxis(const QStringList& categories, const QFont& font)
    {
        auto* axis = new QBarCategoryAxis;
        axis->append(categories);
        axis->setLabelsFont(font);
        axis->setGridLineVisible(false);
        return axis;
    }

    QBarSet* barSet(const QString& name, const QColor& colour)
    {
        auto* set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        return set;
    }

    // Shows the number of a bar while the pointer is on it.
    void tipOnHover(QBarSet* set, QWidget* view, const QStringList& tips)
    {
        QObject::connect(set, &QBarSet::hovered, view, [view, tips](bool on, int index) {
            if (on && index >= 0 && index < tips.size()) {
                QToolTip::showText(QCursor::pos(), tips.at(index), view);
            } else {
                QToolTip::hideText();
            }
        });
    }

    // The view owns the new chart, and gives the old one back.
    void showChart(QChartView* view, QChart* chart, const QString& figures)
    {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
        view->setAccessibleDescription(figures);
    }

    QString minutes(double seconds)
    {
        return QString::number(seconds / 60.0, 'f', 1);
    }
} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_workspace(workspace)
    , m_agents(new AgentFiguresModel(this))
{
    m_ui->setupUi(this);
    m_ui->agentFiguresTableView->setModel(m_agents);
    BoardCommon::prepareTable(m_ui->agentFiguresTableView);
    m_ui->agentFiguresTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->agentFiguresTableView->horizontalHeader()->setStretchLastSection(true);
    QFont bold = m_ui->agentFiguresCaptionLabel->font();
    bold.setBold(true);
    m_ui->agentFiguresCaptionLabel->setFont(bold);
    m_ui->dashboardTotalsLabel->setFont(bold);
    m_ui->dashboardMessageLabel->setVisible(false);
    for (QChartView* view : {m_ui->incidentsPerDayChartView, m_ui->breachesPerDayChartView, m_ui->queueChartView,
                             m_ui->handleTimeChartView, m_ui->accuracyChartView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::NoFocus);
    }

    auto* menu = new QMenu(m_ui->dashboardExportButton);
    menu->setObjectName(u"dashboardExportMenu"_s);
    QAction* days = menu->addAction(tr("Incidents and breaches per &day…"));
    days->setObjectName(u"actionExportDashboardDays"_s);
    QAction* agents = menu->addAction(tr("Figures per &agent…"));
    agents->setObjectName(u"actionExportDashboardAgents"_s);
    m_ui->dashboardExportButton->setMenu(menu);
    connect(days, &QAction::triggered, this, [this] { emit exportRequested(BoardList::DashboardDays, false); });
    connect(agents, &QAction::triggered, this, [this] { emit exportRequested(BoardList::DashboardAgents, false); });

    // The dates only: the board loads the figures once it knows the agent may see them.
    const QDate today = m_workspace.clock().today();
    m_ui->dashboardFromDateEdit->setDate(today.addDays(1 - PeriodDays));
    m_ui->dashboardToDateEdit->setDate(today);
    auto periodChanged = [this] {
        if (m_data.from.isValid()
            && (m_ui->dashboardFromDateEdit->date() != m_data.from || m_ui->dashboardToDateEdit->date() != m_data.to)) {
            reload();
        }
    };
    connect(m_ui->dashboardFromDateEdit, &QDateEdit::dateChanged, this, periodChanged);
    connect(m_ui->dashboardToDateEdit, &QDateEdit::dateChanged, this, periodChanged);
    connect(m_ui->dashboardRefreshButton, &QPushButton::clicked, this, &DashboardPage::reload);
    clear();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker fromBlocker(m_ui->dashboardFromDateEdit);
        const QSignalBlocker toBlocker(m_ui->dashboardToDateEdit);
        m_ui->dashboardFromDateEdit->setDate(from);
        m_ui->dashboardToDateEdit->setDate(to);
    }
    reload();
}

void DashboardPage::clear()
{
    m_data = DashboardData();
    m_agents->setRows({});
    Accessibility::showValue(m_ui->dashboardTotalsLabel, QString());
    showMessage(QString(), false);
    showCharts();
}

void DashboardPage::reload()
{
    DashboardData data;
    if (const auto problem = Dashboard::load(m_workspace, m_ui->dashboardFromDateEdit->date(),
                                             m_ui->dashboardToDateEdit->date(), &data)) {
        clear();
        showMessage(*problem, true);
        return;
    }
    m_data = data;
    m_agents->setRows(m_data.agents);
    Accessibility::showValue(m_ui->dashboardTotalsLabel,
                             tr("Incidents: %1 · Escalations: %2 · Active now: %3 · Overdue now: %4")
                                 .arg(m_data.incidents)
                                 .arg(m_data.escalations)
                                 .arg(m_data.activeEscalations)
                                 .arg(m_data.overdueEscalations));
    showMessage(QString(), false);
    showCharts();
}

CsvTable DashboardPage::csvTable(BoardList list) const
{
    return list == BoardList::DashboardAgents ? Exporter::dashboardAgents(m_data) : Exporter::dashboardDays(m_data);
}

QList<DashboardPage::Bucket> DashboardPage::buckets(QString* unit) const
{
    const qsizetype days = m_data.days.size();
    enum class Size
    {
        Day,
        Week,
        Month,
    };
    const Size size = days <= DailyBarsUpTo ? Size::Day : days <= WeeklyBarsUpTo ? Size::Week : Size::Month;
    *unit = size == Size::Day ? u"day"_s : size == Size::Week ? u"week"_s : u"month"_s;
    QList<Bucket> result;
    for (qsizetype i = 0; i < days; ++i) {
        const DashboardData::Day& d = m_data.days.at(i);
        const bool starts = size == Size::Day || (size == Size::Week && i % 7 == 0)
                            || (size == Size::Month && (i == 0 || d.day.month() != m_data.days.at(i - 1).day.month()));
        if (starts) {
            Bucket bucket;
            if (size == Size::Month) {
                bucket.label = d.day.toString(u"MMM yyyy"_s);
                bucket.spoken = bucket.label;
            } else {
                bucket.label = d.day.toString(u"d MMM"_s);
                bucket.spoken = size == Size::Day ? bucket.label : tr("week from %1").arg(bucket.label);
            }
            result.append(bucket);
        }
        Bucket& bucket = result.last();
        bucket.resolved += d.resolved;
        bucket.unresolved += d.unresolved;
        bucket.breaches += d.breaches;
    }
    return result;
}

QChart* DashboardPage::newChart(const QString& title) const
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    return chart;
}

void DashboardPage::showCharts()
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const bool loaded = m_data.from.isValid();

    // Incidents per day (or week or month), resolved and unresolved stacked.
    QString unit;
    const QList<Bucket> periods = buckets(&unit);
    {
        QChart* chart = newChart(unit == u"day"    ? tr("Incidents per day")
                                 : unit == u"week" ? tr("Incidents per week")
                                                   : tr("Incidents per month"));
        auto* resolved = barSet(tr("Resolved"), ResolvedColour);
        auto* unresolved = barSet(tr("Unresolved"), UnresolvedColour);
        QStringList categories;
        QStringList tips;
        QStringList spoken;
        int max = 0;
        for (const Bucket& b : periods) {
            resolved->append(b.resolved);
            unresolved->append(b.unresolved);
            categories.append(b.label);
            const QString figures =
                tr("%1: %2 resolved, %3 unresolved").arg(b.spoken).arg(b.resolved).arg(b.unresolved);
            tips.append(figures);
            spoken.append(figures);
            max = std::max(max, b.resolved + b.unresolved);
        }
        auto* series = new QStackedBarSeries;
        series->append(resolved);
        series->append(unresolved);
        series->setBarWidth(0.7);
        tipOnHover(resolved, m_ui->incidentsPerDayChartView, tips);
        tipOnHover(unresolved, m_ui->incidentsPerDayChartView, tips);
        chart->addSeries(series);
        QBarCategoryAxis* x = categoryAxis(categories, small);
        if (categories.size() > 10) {
            x->setLabelsAngle(-90);
        }
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(valueAxis(max, u"%d"_s, small), Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(chart->axes(Qt::Vertical).constFirst());
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignTop);
        showChart(m_ui->incidentsPerDayChartView, chart, loaded ? spoken.join(u"; "_s) : QString());
    }

    // TAT breaches per day.
    {
        QChart* chart = newChart(unit == u"day"    ? tr("TAT breaches per day")
                                 : unit == u"week" ? tr("TAT breaches per week")
                                                   : tr("TAT breaches per month"));
        auto* breaches = barSet(tr("Breaches"), BreachColour);
        QStringList categories;
        QStringList tips;
        int max = 0;
        for (const Bucket& b : periods) {
            breaches->append(b.breaches);
            categories.append(b.label);
            tips.append(tr("%1: %n breach(es)", nullptr, b.breaches).arg(b.spoken));
            max = std::max(max, b.breaches);
        }
        auto* series = new QBarSeries;
        series->append(breaches);
        series->setBarWidth(0.7);
        tipOnHover(breaches, m_ui->breachesPerDayChartView, tips);
        chart->addSeries(series);
        QBarCategoryAxis* x = categoryAxis(categories, small);
        if (categories.size() > 10) {
            x->setLabelsAngle(-90);
        }
        chart->addAxis(x, Qt::AlignBottom);
        QValueAxis* y = valueAxis(max, u"%d"_s, small);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        showChart(m_ui->breachesPerDayChartView, chart, loaded ? tips.join(u"; "_s) : QString());
    }

    // A horizontal bar per category, the first at the top, its value at the end of the bar.
    auto horizontal = [this, &small](QChartView* view, const QString& title, const QString& setName,
                                     const QColor& colour, const QStringList& categories, const QList<double>& values,
                                     const QStringList& tips, double max, const QString& axisFormat,
                                     const QString& labelFormat, int precision) {
        QChart* chart = newChart(categories.isEmpty() ? tr("%1 (nothing in this period)").arg(title) : title);
        auto* set = barSet(setName, colour);
        QStringList reversed;
        QStringList reversedTips;
        for (qsizetype i = categories.size() - 1; i >= 0; --i) {
            set->append(values.at(i));
            reversed.append(categories.at(i));
            reversedTips.append(tips.at(i));
        }
        set->setLabelColor(palette().color(QPalette::WindowText));
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(labelFormat);
        series->setLabelsPrecision(precision);
        tipOnHover(set, view, reversedTips);
        chart->addSeries(series);
        QBarCategoryAxis* y = categoryAxis(reversed, small);
        chart->addAxis(y, Qt::AlignLeft);
        // Room beyond the longest bar for its label.
        QValueAxis* x = valueAxis(max * 1.15, axisFormat, small);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        showChart(view, chart, tips.join(u"; "_s));
    };

    {
        QStringList categories;
        QStringList tips;
        QList<double> values;
        double max = 0;
        for (const DashboardData::Queue& q : m_data.queues) {
            categories.append(q.name.isEmpty() ? q.id : q.name);
            values.append(q.incidents);
            tips.append(tr("%1: %n incident(s)", nullptr, q.incidents).arg(categories.constLast()));
            max = std::max<double>(max, q.incidents);
        }
        horizontal(m_ui->queueChartView, tr("Incidents by queue"), tr("Incidents"), QueueColour, categories, values,
                   tips, max, u"%d"_s, u"@value"_s, 6);
    }
    {
        QStringList categories;
        QStringList tips;
        QList<double> values;
        double max = 0;
        for (const DashboardData::AgentFigures& a : m_data.agents) {
            if (a.averageHandleSeconds < 0) {
                continue;
            }
            categories.append(a.agent);
            values.append(std::round(a.averageHandleSeconds / 6.0) / 10.0); // minutes, one decimal
            tips.append(tr("%1: %2 min over %n incident(s)", nullptr, a.incidents)
                            .arg(a.agent, minutes(a.averageHandleSeconds)));
            max = std::max(max, values.constLast());
        }
        horizontal(m_ui->handleTimeChartView, tr("Average handle time per agent (min)"), tr("Minutes"),
                   HandleTimeColour, categories, values, tips, max, u"%.0f"_s, u"@value"_s, 3);
    }
    {
        QStringList categories;
        QStringList tips;
        QList<double> values;
        for (const DashboardData::AgentFigures& a : m_data.agents) {
            if (a.reviewed <= 0) {
                continue;
            }
            categories.append(a.agent);
            values.append(std::round(a.accuracyPercent() * 10.0) / 10.0);
            tips.append(tr("%1: %2 % (%3 of %n reviewed correct)", nullptr, a.reviewed)
                            .arg(a.agent, QString::number(a.accuracyPercent(), 'f', 1))
                            .arg(a.correct));
        }
        horizontal(m_ui->accuracyChartView, tr("Tagging accuracy per agent (%)"), tr("Accuracy"), AccuracyColour,
                   categories, values, tips, 100 / 1.15, u"%d"_s, u"@value %"_s, 3);
    }
}

void DashboardPage::showMessage(const QString& text, bool problem)
{
    BoardCommon::showMessage(m_ui->dashboardMessageLabel, text, problem);
}
