#pragma once

#include "agents/AgentService.h"

#include <QDialog>

#include <memory>

namespace Ui
{
    class SignInDialog;
}
class QTimer;
class Workspace;

// Signing in at the start of a shift (and after signing out). On a database without agents it
// creates the first supervisor instead. Wrong passwords are held back by the core: the dialog
// shows how long and counts down.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~SignInDialog() override;
    Q_DISABLE_COPY_MOVE(SignInDialog)

    void setAgentId(const QString& id);
    AgentService& service() { return m_service; }

public slots:
    void submit();

private:
    void showMessage(const QString& text, bool problem);
    void tick();

    const std::unique_ptr<Ui::SignInDialog> m_ui;
    Workspace& m_workspace;
    AgentService m_service;
    bool m_firstSupervisor = false;
    QTimer* m_wait;
    int m_waitSeconds = 0;
};
