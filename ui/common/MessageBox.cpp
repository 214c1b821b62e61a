#include "MessageBox.h"

#include <QMessageBox>

namespace
{
    bool recordOnly = false;
    QString last;
} // namespace

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    last = text;
    if (!recordOnly) {
        QMessageBox::warning(parent, title, text);
    }
}

void MessageBox::setRecordOnly(bool value)
{
    recordOnly = value;
}

QString MessageBox::lastMessage()
{
    return last;
}

void MessageBox::clearLastMessage()
{
    last.clear();
}
