#include "Accessibility.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

void Accessibility::name(QWidget* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

void Accessibility::nameClearButton(QLineEdit* edit, const QString& objectName, const QString& accessibleName)
{
    for (QToolButton* button : edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        name(button, objectName, accessibleName);
    }
}

void Accessibility::showValue(QLabel* label, const QString& text)
{
    // Values come from imported data: never let a name like "<b>x</b>" or "<img src=…>" be
    // read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setAccessibleDescription(text);
}
