#include "auditcommand.h"
#include "buildinfo.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "notificationscommand.h"
#include "reportcommand.h"
#include "seedcommand.h"
#include "translations.h"
#include "userscommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

namespace {

void printUsage()
{
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli",
                                                        "Usage: rollbook-cli COMMAND [options]\n\n"
                                                        "Commands:\n"
                                                        "  seed    create a demo school database\n"
                                                        "  users   list users as the directory shows them\n"
                                                        "  export  write users to a CSV or XLSX file\n"
                                                        "  import  check, then add or update users from CSV or XLSX\n"
                                                        "  report  the monthly activity report (XLSX, CSV or PDF)\n"
                                                        "  audit   the audit log: who changed what, when and why\n"
                                                        "  notifications  send the queued emails, or list them\n\n"
                                                        "Run rollbook-cli COMMAND --help for a command's options;\n"
                                                        "rollbook-cli --version tells the version and its libraries'.")));
}

} // namespace

int main(int argc, char *argv[])
{
    // The report draws a PDF, which needs fonts: a GUI application on the offscreen platform.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(report ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("Rollbook"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollbook"));
    QCoreApplication::setApplicationVersion(rollbook::BuildInfo::version());
    rollbook::installTranslations();
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage();
        return 2;
    }
    const QString command = arguments.takeAt(1);
    if (command == u"--version" || command == u"-v") {
        std::fputs(qPrintable(rollbook::BuildInfo::versionText(QStringLiteral("rollbook-cli"))), stdout);
        return 0;
    }
    arguments[0] += u' ' + command;
    if (command == u"seed")
        return rollbook::cli::runSeed(arguments);
    if (command == u"users")
        return rollbook::cli::runUsers(arguments);
    if (command == u"export")
        return rollbook::cli::runExport(arguments);
    if (command == u"import")
        return rollbook::cli::runImport(arguments);
    if (command == u"report")
        return rollbook::cli::runReport(arguments);
    if (command == u"audit")
        return rollbook::cli::runAudit(arguments);
    if (command == u"notifications")
        return rollbook::cli::runNotifications(arguments);
    printUsage();
    return command == u"--help" || command == u"-h" ? 0 : 2;
}
