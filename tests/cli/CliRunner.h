#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real assistdesk-cli binary the way a script would, with a known environment: the
// default database inside the test's folder and a UTF-8 locale.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

// agent: the default acting agent ($ASSISTDESK_AGENT; --agent in the arguments wins); input: what the
// command reads on standard input (a password for --password-stdin).
inline CliRun runCli(const QStringList& arguments, const QString& defaultDatabase, const QString& agent = QString(),
                     const QByteArray& input = QByteArray())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASSISTDESK_DB"), defaultDatabase);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("ASSISTDESK_AGENT"));
    if (!agent.isEmpty()) {
        environment.insert(QStringLiteral("ASSISTDESK_AGENT"), agent);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ASSISTDESK_CLI_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
