#pragma once

#include <QString>

class QWidget;

// Message boxes the console shows (a rule refusing an action, a database problem). Tests and QA
// scripts switch on "record only" so a modal box never blocks them; what would have been shown
// is kept in lastMessage(). After KeePassXC's MessageBox::setNextAnswer seam.
class MessageBox final
{
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Yes / No; No is the default button. In record-only mode the answer is the one set with
    // setNextAnswer (Yes unless told otherwise).
    static bool question(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(bool yes);

    static void setRecordOnly(bool recordOnly);
    static QString lastMessage();
    static void clearLastMessage();
};
