#include "appearance.h"
#include "buildinfo.h"
#include "dialogs/demoschooldialog.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow.h"
#include "languages.h"
#include "messagebox.h"
#include "recentfiles.h"
#include "storeopener.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLocale>
#include <QSettings>

using namespace rollbook;

namespace {

/// macOS hands a double-clicked file to the running app as an event, not an argument.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window->openOrSay(static_cast<QFileOpenEvent *>(event)->file());
        return true;
    }

private:
    MainWindow *m_window;
};

/// The database to show: the command line's, the last one used, or what the welcome dialog makes.
QString chooseDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    if (const QStringList recent = RecentFiles::list(); !recent.isEmpty())
        return recent.first();
    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return {};
    if (welcome.choice() == WelcomeDialog::Choice::OpenFile) {
        return QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("main", "Open a Rollbook database"), QString(),
            QApplication::translate("main", "Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)"));
    }
    const QString path = defaultDemoPath();
    if (const Status created = createDemoSchool(nullptr, path, welcome.demoUsers()); !created) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Demo school"), created.error());
        return {};
    }
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rollbook"));
    QApplication::setOrganizationName(QStringLiteral("Rollbook"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rollbook.rollbook"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.rollbook.rollbook"),
                                                 QIcon(QStringLiteral(":/icons/org.rollbook.rollbook.svg"))));

    // The language chosen in View > Language, else the system's: messages, dates, numbers, money.
    const QLocale locale = Languages::locale();
    QLocale::setDefault(locale);
    installTranslations(locale);
    Appearance::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rollbook: the user directory of your school."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    const QCommandLineOption user(QStringLiteral("user"),
                                  QApplication::translate("main", "Open the profile of the user with this id."),
                                  QStringLiteral("ID"));
    parser.addOption(user);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .rollbook file to open (as --database does)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // A file given as the argument (a double-click in the file manager) opens like --database.
    const QString given = parser.isSet(database) ? parser.value(database) : parser.positionalArguments().value(0);
    const QString path = chooseDatabase(given);
    if (path.isEmpty())
        return 0;
    MainWindow window;
    if (const Status opened = window.openStore(path); !opened) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"), opened.error());
        return 1;
    }
    app.installEventFilter(new FileOpenFilter(&window));
    window.show();
    if (parser.isSet(user)) {
        bool valid = false;
        const qint64 id = parser.value(user).toLongLong(&valid);
        if (valid && id > 0)
            window.openUser(id);
    }
    return app.exec();
}
