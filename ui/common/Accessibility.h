#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

// QA scripts find a control by its accessible name, which stays the same whatever it shows, and
// read what it shows from its accessible description. These helpers keep the two in step.
namespace Accessibility
{
    // Names a widget for scripts and screen readers: objectName and accessible name together.
    void name(QWidget* widget, const QString& objectName, const QString& accessibleName);
    // Names the clear button Qt adds to a line edit with clearButtonEnabled.
    void nameClearButton(QLineEdit* edit, const QString& objectName, const QString& accessibleName);
    // Shows a value in a label and exposes it as the label's accessible description.
    void showValue(QLabel* label, const QString& text);
} // namespace Accessibility
