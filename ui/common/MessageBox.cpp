#include "MessageBox.h"

#include <QMessageBox>

namespace
{
    bool recordOnly = false;
    bool nextAnswer = true;
    QString last;
} // namespace

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    last = text;
    if (!recordOnly) {
        QMessageBox::warning(parent, title, text);
    }
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    last = text;
    if (recordOnly) {
        return nextAnswer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void MessageBox::setNextAnswer(bool yes)
{
    nextAnswer = yes;
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
