#include "BoardCommon.h"

#include "common/Accessibility.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;

void BoardCommon::showMessage(QLabel* label, const QString& text, bool problem)
{
    Accessibility::showValue(label, text);
    label->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s : u"QLabel { color:#1e7b34; font-weight:600; }"_s);
    label->setVisible(!text.isEmpty());
}

void BoardCommon::prepareTable(QTableView* view)
{
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}
