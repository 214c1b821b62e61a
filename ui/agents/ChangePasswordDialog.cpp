#include "ChangePasswordDialog.h"
#include "ui_ChangePasswordDialog.h"

#include "agents/AgentService.h"
#include "common/Accessibility.h"
#include "store/Workspace.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ChangePasswordDialog::ChangePasswordDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    Accessibility::showValue(m_ui->changePasswordHintLabel,
                             tr("For %1. The new password needs at least %2 characters and must not contain your "
                                "agent ID.")
                                 .arg(m_workspace.agent())
                                 .arg(AgentService::MinPasswordLength));
    m_ui->changePasswordMessageLabel->setVisible(false);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_ui->cancelPasswordButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->currentPasswordLineEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::showMessage(const QString& text, bool problem)
{
    Accessibility::showValue(m_ui->changePasswordMessageLabel, text);
    m_ui->changePasswordMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s : QString());
    m_ui->changePasswordMessageLabel->setVisible(!text.isEmpty());
}

void ChangePasswordDialog::submit()
{
    const QString password = m_ui->newPasswordLineEdit->text();
    if (password != m_ui->repeatPasswordLineEdit->text()) {
        showMessage(tr("The two new passwords differ: type the same password twice."), true);
        m_ui->repeatPasswordLineEdit->clear();
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    const AgentOutcome outcome =
        AgentService(m_workspace).changeOwnPassword(m_ui->currentPasswordLineEdit->text(), password);
    if (outcome.ok) {
        m_ui->currentPasswordLineEdit->clear();
        m_ui->newPasswordLineEdit->clear();
        m_ui->repeatPasswordLineEdit->clear();
        accept();
        return;
    }
    showMessage(outcome.message, true);
    if (outcome.wrongPassword) {
        m_ui->currentPasswordLineEdit->selectAll();
        m_ui->currentPasswordLineEdit->setFocus();
    } else {
        m_ui->newPasswordLineEdit->selectAll();
        m_ui->newPasswordLineEdit->setFocus();
    }
}
