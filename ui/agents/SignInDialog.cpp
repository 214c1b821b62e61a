#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "common/Accessibility.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_workspace(workspace)
    , m_service(workspace)
    , m_wait(new QTimer(this))
{
    m_ui->setupUi(this);
    m_firstSupervisor = m_service.needsFirstSupervisor();
    QFont title = m_ui->signInTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->signInTitleLabel->setFont(title);
    m_ui->signInMessageLabel->setVisible(false);
    m_ui->nameCaptionLabel->setVisible(m_firstSupervisor);
    m_ui->nameLineEdit->setVisible(m_firstSupervisor);
    m_ui->confirmCaptionLabel->setVisible(m_firstSupervisor);
    m_ui->confirmLineEdit->setVisible(m_firstSupervisor);
    m_ui->databaseLabel->setStyleSheet(u"QLabel { color:#5a5a5a; }"_s);
    // The file name says which floor's database this is; the full path is a hover away.
    Accessibility::showValue(m_ui->databaseLabel, tr("Database: %1").arg(QFileInfo(m_workspace.path()).fileName()));
    m_ui->databaseLabel->setToolTip(QDir::toNativeSeparators(m_workspace.path()));
    if (m_firstSupervisor) {
        setWindowTitle(tr("Create the first supervisor"));
        Accessibility::showValue(m_ui->signInTitleLabel, tr("This database has no agents yet"));
        Accessibility::showValue(m_ui->signInHintLabel,
                                 tr("Create the first supervisor account. The supervisor then adds the agents "
                                    "(assistdesk-cli agent add). The password needs at least %1 characters.")
                                     .arg(AgentService::MinPasswordLength));
        m_ui->signInButton->setText(tr("&Create and sign in"));
    } else {
        Accessibility::showValue(m_ui->signInTitleLabel, tr("Sign in to AssistDesk"));
        Accessibility::showValue(m_ui->signInHintLabel,
                                 tr("Everything you do is recorded under your agent ID. Forgot your password? "
                                    "Ask your supervisor."));
    }
    // Spare height goes above the buttons, not between the title and the hint; and the dialog is
    // no taller than its content (the name and confirmation rows are hidden for a sign-in).
    m_ui->signInLayout->insertStretch(m_ui->signInLayout->count() - 1, 1);
    resize(width(), m_ui->signInLayout->totalHeightForWidth(width()));
    m_wait->setInterval(1000);
    connect(m_wait, &QTimer::timeout, this, &SignInDialog::tick);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->agentIdLineEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setAgentId(const QString& id)
{
    m_ui->agentIdLineEdit->setText(id);
    if (!id.isEmpty()) {
        m_ui->passwordLineEdit->setFocus();
    }
}

void SignInDialog::showMessage(const QString& text, bool problem)
{
    Accessibility::showValue(m_ui->signInMessageLabel, text);
    m_ui->signInMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s : u"QLabel { color:#334e68; }"_s);
    m_ui->signInMessageLabel->setVisible(!text.isEmpty());
}

void SignInDialog::tick()
{
    if (--m_waitSeconds <= 0) {
        m_wait->stop();
        m_ui->signInButton->setEnabled(true);
        m_ui->signInButton->setText(tr("&Sign in"));
        return;
    }
    m_ui->signInButton->setText(tr("Wait %n s", nullptr, m_waitSeconds));
}

void SignInDialog::submit()
{
    if (!m_ui->signInButton->isEnabled()) {
        return;
    }
    const QString id = m_ui->agentIdLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    if (m_firstSupervisor) {
        if (password != m_ui->confirmLineEdit->text()) {
            showMessage(tr("The two passwords differ: type the same password twice."), true);
            m_ui->confirmLineEdit->setFocus();
            m_ui->confirmLineEdit->selectAll();
            return;
        }
        Agent agent;
        agent.id = id;
        agent.name = m_ui->nameLineEdit->text();
        agent.role = Role::Supervisor;
        const AgentOutcome added = m_service.addAgent(agent, password);
        if (!added.ok) {
            showMessage(added.message, true);
            return;
        }
    }
    const SignInResult result = m_service.signIn(id, password);
    if (result.ok) {
        m_ui->passwordLineEdit->clear();
        m_ui->confirmLineEdit->clear();
        accept();
        return;
    }
    showMessage(result.message, true);
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setFocus();
    if (result.retryAfterSeconds > 0) {
        m_waitSeconds = result.retryAfterSeconds;
        m_ui->signInButton->setEnabled(false);
        m_ui->signInButton->setText(tr("Wait %n s", nullptr, m_waitSeconds));
        m_wait->start();
    }
}
