#pragma once

#include <QDialog>

#include <memory>

namespace Ui
{
    class ChangePasswordDialog;
}
class Workspace;

// The signed-in agent changes their own password: the current one, then the new one twice. The
// core checks the current password and the rules, and audits the change.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public slots:
    void submit();

private:
    void showMessage(const QString& text, bool problem);

    const std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Workspace& m_workspace;
};
