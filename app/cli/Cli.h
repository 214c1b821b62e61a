#pragma once

#include "core/PolicyClock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

class Workspace;
struct ActionOutcome;

// assistdesk-cli: the console's core without a window, for scripts, QA and data loading.
// Every command returns an exit status from ExitCode; messages for people go to stderr, results
// for programs to stdout.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode
    {
        Ok = 0,
        NotFound = 1, // the search or order lookup found nothing
        Rejected = 2, // input refused: invalid document, malformed ID, a rule said no
        Incomplete = 3, // a walk needs an answer it was not given (SOP walker)
        DatabaseError = 4, // the database could not be opened, read or written
        UsageError = 64, // unknown command or option, missing argument
    };

    Cli(QTextStream& out, QTextStream& err);
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    // arguments without the program name
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = QString());
    static QString usageText();
    int importDocuments(const QStringList& arguments);
    int order(const QStringList& arguments);
    int search(const QStringList& arguments);
    int demo(const QStringList& arguments);
    int dbPath(const QStringList& arguments);
    // CliTagging.cpp
    int tag(const QStringList& arguments);
    int action(const QStringList& arguments);
    int tagging(const QStringList& arguments);
    int config(const QStringList& arguments);
    int incidents(const QStringList& arguments);
    int audit(const QStringList& arguments);
    int tagOrEscalate(const QCommandLineParser& parser, bool escalation);
    int report(const ActionOutcome& outcome, bool json);
    // CliDesk.cpp
    int agent(const QStringList& arguments);
    int escalations(const QStringList& arguments);
    int qa(const QStringList& arguments);
    int dashboard(const QStringList& arguments);
    int exportList(const QStringList& arguments);
    // CliSop.cpp
    int sop(const QStringList& arguments);
    int sopLint(const QStringList& arguments);
    int sopList(const QStringList& arguments);
    int sopAssumptions(const QStringList& arguments);
    int sopWalk(const QStringList& arguments);
    // CliBench.cpp
    int bench(const QStringList& arguments);

    static QCommandLineOption dbOption();
    static QCommandLineOption todayOption();
    static QCommandLineOption agentOption();
    // Parses a command's arguments: nullopt to go on, or the exit status (help shown, usage error).
    std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

    // Opens --db (or the default database); prints the reason and returns false on failure.
    bool openDatabase(const QString& path, bool mustExist);
    bool parseToday(const QString& text);
    // Signs in the agent named by --agent (or $ASSISTDESK_AGENT) after openDatabase; prints why not.
    bool actAs(const QCommandLineParser& parser);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
    PolicyClock m_clock;
};
