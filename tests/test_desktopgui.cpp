#include "dialogs/adduserdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/productpickerdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/topupdialog.h"
#include "dialogs/welcomedialog.h"
#include "directory/userwindow.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "testsupport.h"
#include "translations.h"
#include "windowgeometry.h"

#include "actions/actioncontext.h"
#include "actions/operators.h"
#include "database.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace rollbook;

/// What a desktop app is expected to do: every control named for a screen reader, the recent
/// files, dropped files, the shortcuts and About windows, and windows that come back as they were
/// left.
class TestDesktopGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyControlOfEveryWindowHasANameAndItsOwnMnemonic();
    void recentFilesAreAbsoluteNewestFirstAndBounded();
    void droppedFilesOpenOrStartAnImport();
    void shortcutsWindowListsTheMenusKeys();
    void aboutNamesTheVersionLicenceAndLibraries();
    void windowsComeBackAsLeft();

private:
    std::int64_t firstActiveUser();
    QTemporaryDir m_dir;
    QString m_school;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QObject *at = widget; at; at = at->parent()) {
        const QString name
            = at->objectName().isEmpty() ? QString::fromLatin1(at->metaObject()->className()) : at->objectName();
        path.prepend(name);
        if (at->isWidgetType() && static_cast<const QWidget *>(at)->isWindow())
            break;
    }
    return path.join(u'/');
}

/// The controls of window, on every page of its tab widgets, that a keyboard reaches but a screen
/// reader could not name.
QStringList unnamed(QWidget *window)
{
    QStringList missing;
    const auto walk = [&missing, window] {
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget == window || !widget->isVisibleTo(window) || widget->focusPolicy() == Qt::NoFocus
                || widget->focusProxy())
                continue;
            // Parts of a control that the control itself names: a spin box's or an editable combo
            // box's line edit, a scroll area's bars.
            const QWidget *parent = widget->parentWidget();
            if (qobject_cast<QScrollBar *>(widget) || qobject_cast<const QAbstractSpinBox *>(parent)
                || qobject_cast<const QComboBox *>(parent))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                missing.append(describe(widget));
        }
    };
    walk();
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            walk();
        }
        tabs->setCurrentIndex(current);
    }
    missing.removeDuplicates();
    return missing;
}

/// The mnemonic letters (&X) used twice among what window shows at once: its menus' items each
/// menu apart, and its buttons, buddied labels, group boxes and tabs, on every page of its tab
/// widgets. Alt+X then only moves between the two instead of acting.
QStringList clashes(QWidget *window)
{
    QStringList found;
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'&') {
                if (text[i + 1] == u'&') {
                    ++i;
                    continue;
                }
                return text[i + 1].toLower();
            }
        }
        return {};
    };
    const auto check = [&](const QString &where, const QList<QPair<QString, QChar>> &used) {
        // For scripts/fix-mnemonics.py: what each window shows at once, one group a line each.
        static int group = 0;
        ++group;
        if (qEnvironmentVariableIsSet("ROLLBOOK_TEST_DUMP_MNEMONICS")) {
            for (const auto &[text, key] : used)
                qInfo().noquote() << "MNEMONIC" << QString::number(group) + u'\t' + where + u'\t' + text;
        }
        QHash<QChar, QString> first;
        for (const auto &[text, key] : used) {
            if (key.isNull())
                continue;
            if (first.contains(key))
                found.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, first.value(key), text));
            else
                first.insert(key, text);
        }
    };
    const auto walk = [&] {
        QList<QPair<QString, QChar>> used;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(window))
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                text = box->title();
            if (!text.isEmpty())
                used.append({text, mnemonic(text)});
            if (auto *bar = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < bar->count(); ++i)
                    used.append({bar->tabText(i), mnemonic(bar->tabText(i))});
            }
        }
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *action : main->menuBar()->actions())
                used.append({action->text(), mnemonic(action->text())});
        }
        check(QString::fromLatin1(window->metaObject()->className()), used);
    };
    walk();
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            walk();
        }
        tabs->setCurrentIndex(current);
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        QList<QMenu *> menus;
        for (QAction *action : main->menuBar()->actions())
            menus.append(action->menu());
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            emit menu->aboutToShow();
            QList<QPair<QString, QChar>> used;
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    menus.append(action->menu());
                if (action->isVisible())
                    used.append({action->text(), mnemonic(action->text())});
            }
            check(menu->title(), used);
        }
    }
    found.removeDuplicates();
    return found;
}

void dropOn(QWidget *target, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

/// Closes a window that deletes itself on close, and waits until it is gone.
void closeAndWait(QWidget *window)
{
    QPointer<QWidget> guard(window);
    window->close();
    QTRY_VERIFY(guard.isNull());
}

template<typename Window> Window *openWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<Window *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

void TestDesktopGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_desktopgui"));
    // ROLLBOOK_TEST_LOCALE runs the windows in a language (ctest does so for each one Rollbook
    // ships, for the names and mnemonics); the other checks read English text.
    const QString locale = qEnvironmentVariable("ROLLBOOK_TEST_LOCALE", QStringLiteral("en_US"));
    QLocale::setDefault(QLocale(locale));
    installTranslations(QLocale(locale));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Desk Tester"));
    m_school = m_dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(300), m_school));
    QFile::setPermissions(m_school, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_school).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

std::int64_t TestDesktopGui::firstActiveUser()
{
    std::int64_t id = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_school);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT min(id) FROM users WHERE status = 0")) && query.next())
            id = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return id;
}

void TestDesktopGui::cleanupTestCase()
{
    m_window.reset();
}

void TestDesktopGui::everyControlOfEveryWindowHasANameAndItsOwnMnemonic()
{
    QMap<QString, QStringList> missing;
    QStringList twice;
    for (int screen = 0; screen < 3; ++screen) {
        m_window->showScreen(screen);
        QTest::qWait(50);
        if (const QStringList names = unnamed(m_window.get()); !names.isEmpty())
            missing.insert(QStringLiteral("main window, screen %1").arg(screen), names);
        twice.append(clashes(m_window.get()));
    }
    m_window->showScreen(0);

    m_window->openUser(firstActiveUser());
    UserWindow *user = openWindow<UserWindow>();
    QVERIFY(user);
    QVERIFY(QTest::qWaitForWindowExposed(user));
    missing.insert(QStringLiteral("user window"), unnamed(user));
    twice.append(clashes(user));
    closeAndWait(user);

    auto db = Database::open(m_school, QStringLiteral("desktop-dialogs"));
    QVERIFY(db.ok());
    ActionContext context{*db, {0, QStringLiteral("Desk Tester")}};
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<AddUserDialog>(QStringLiteral("GB"), AddUserDialog::Submit{}));
    dialogs.push_back(std::make_unique<ExportDialog>(300, 2));
    dialogs.push_back(std::make_unique<ImportDialog>(m_school, m_window->actor()));
    dialogs.push_back(std::make_unique<PasswordDialog>(QStringLiteral("Ada Lovelace")));
    dialogs.push_back(std::make_unique<ProductPickerDialog>(*db, 2));
    dialogs.push_back(std::make_unique<SettingsDialog>(&context));
    dialogs.push_back(std::make_unique<TopUpDialog>(QStringLiteral("EUR"), 1));
    dialogs.push_back(std::make_unique<WelcomeDialog>());
    dialogs.push_back(std::make_unique<AboutDialog>());
    dialogs.push_back(std::make_unique<ShortcutsDialog>(m_window->menuBar()));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        if (const QStringList names = unnamed(dialog.get()); !names.isEmpty())
            missing.insert(QString::fromLatin1(dialog->metaObject()->className()), names);
        twice.append(clashes(dialog.get()));
        dialog->close();
    }
    dialogs.clear();
    context = ActionContext{};
    Database::close(QStringLiteral("desktop-dialogs"));
    for (auto it = missing.begin(); it != missing.end();) {
        it = it.value().isEmpty() ? missing.erase(it) : std::next(it);
    }
    QString report;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        report += it.key() + QStringLiteral(":\n  ") + it.value().join(QStringLiteral("\n  ")) + u'\n';
    if (!missing.isEmpty())
        qInfo().noquote() << "Controls without an accessible name:\n" << report;
    QVERIFY2(missing.isEmpty(), "a control has no accessible name (listed above)");
    twice.removeDuplicates();
    if (!twice.isEmpty())
        qInfo().noquote() << "Mnemonics used twice in one window:\n " << twice.join(QStringLiteral("\n  "));
    QVERIFY2(twice.isEmpty(), "a mnemonic is used twice (listed above)");
}

void TestDesktopGui::recentFilesAreAbsoluteNewestFirstAndBounded()
{
    RecentFiles::clear();
    QTemporaryDir other;
    QVERIFY(QDir::setCurrent(other.path()));
    for (int i = 0; i < RecentFiles::Kept + 3; ++i) {
        QFile file(QStringLiteral("school-%1.rollbook").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        RecentFiles::add(file.fileName()); // typed relative to this folder
    }
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const QStringList recent = RecentFiles::list();
    QCOMPARE(recent.size(), RecentFiles::Kept);
    QCOMPARE(recent.first(), other.filePath(QStringLiteral("school-%1.rollbook").arg(RecentFiles::Kept + 2)));
    for (const QString &path : recent)
        QVERIFY2(QFileInfo(path).isAbsolute() && QFileInfo::exists(path), qPrintable(path));
    // Opening one again moves it to the top, once; a file that went away leaves the list.
    RecentFiles::add(recent.last());
    QCOMPARE(RecentFiles::list().first(), recent.last());
    QCOMPARE(RecentFiles::list().count(recent.last()), 1);
    QVERIFY(QFile::remove(recent.at(1)));
    QVERIFY(!RecentFiles::list().contains(recent.at(1)));

    // The window lists the school it opened first, under File > Open recent.
    QVERIFY(m_window->openStore(m_school).ok());
    QCOMPARE(RecentFiles::list().first(), QFileInfo(m_school).absoluteFilePath());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QStringList entries;
    for (const QAction *action : menu->actions())
        entries.append(action->text());
    QVERIFY2(entries.first().contains(QFileInfo(m_school).fileName()), qPrintable(entries.join(u'|')));
}

void TestDesktopGui::droppedFilesOpenOrStartAnImport()
{
    const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,first_name,last_name\nnew.person@example.org,New,Person\n");
    }
    dropOn(m_window.get(), csv);
    ImportDialog *import = nullptr;
    QTRY_VERIFY((import = openWindow<ImportDialog>()) != nullptr);
    auto *path = import->findChild<QLineEdit *>(QStringLiteral("importPath"));
    QVERIFY(path);
    QTRY_COMPARE(path->text(), csv);
    import->close();

    // A school file dropped on the window opens in it.
    const QString second = m_dir.filePath(QStringLiteral("second.rollbook"));
    QVERIFY(QFile::copy(m_school, second));
    QFile::setPermissions(second, QFile::ReadOwner | QFile::WriteOwner);
    dropOn(m_window.get(), second);
    QTRY_VERIFY(m_window->windowTitle().startsWith(QStringLiteral("second.rollbook")));
    QCOMPARE(RecentFiles::list().first(), second);
    // Anything else is refused at the door.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.pdf")))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(m_window->openStore(m_school).ok());
}

void TestDesktopGui::shortcutsWindowListsTheMenusKeys()
{
    ShortcutsDialog dialog(m_window->menuBar());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    QVERIFY(list);
    QHash<QString, QString> keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *menu = list->topLevelItem(i);
        for (int j = 0; j < menu->childCount(); ++j)
            keys.insert(menu->child(j)->text(0), menu->child(j)->text(1));
    }
    // Every shortcut of every menu is there, under the action's words without their mnemonic.
    int checked = 0;
    for (const QAction *top : m_window->menuBar()->actions()) {
        QList<const QMenu *> menus{top->menu()};
        while (!menus.isEmpty()) {
            const QMenu *menu = menus.takeFirst();
            for (const QAction *action : menu->actions()) {
                if (action->menu()) {
                    menus.append(action->menu());
                } else if (!action->shortcut().isEmpty()) {
                    QString words = action->text();
                    words.remove(u'&');
                    QVERIFY2(keys.value(words).contains(action->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(words));
                    ++checked;
                }
            }
        }
    }
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    QCOMPARE(keys.value(QStringLiteral("Add user…")),
             QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
}

void TestDesktopGui::aboutNamesTheVersionLicenceAndLibraries()
{
    AboutDialog about;
    auto *libraries = about.findChild<QTreeWidget *>(QStringLiteral("aboutLibraries"));
    QVERIFY(libraries);
    QHash<QString, QString> versions;
    for (int i = 0; i < libraries->topLevelItemCount(); ++i)
        versions.insert(libraries->topLevelItem(i)->text(0), libraries->topLevelItem(i)->text(1));
    QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
    for (const char *name : {"SQLite", "libsodium", "libxlsxwriter", "libphonenumber", "QtKeychain", "libcurl"})
        QVERIFY2(!versions.value(QLatin1String(name)).isEmpty(), name);
    auto *licence = about.findChild<QWidget *>(QStringLiteral("aboutLicence"));
    QVERIFY(licence);
    QVERIFY(licence->property("text").toString().contains(QStringLiteral("All rights reserved")));
}

void TestDesktopGui::windowsComeBackAsLeft()
{
    const std::int64_t id = firstActiveUser();
    m_window->openUser(id);
    UserWindow *user = openWindow<UserWindow>();
    QVERIFY(user);
    QVERIFY(QTest::qWaitForWindowExposed(user));
    auto *splitter = user->findChild<QSplitter *>(QStringLiteral("ticketsSplitter"));
    QVERIFY(splitter);
    QTabWidget *tabs = nullptr;
    QWidget *page = splitter;
    while (page->parentWidget() && !(tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget())))
        page = page->parentWidget();
    QVERIFY(tabs);
    tabs->setCurrentWidget(page);
    const int chosen = tabs->currentIndex();
    QVERIFY(chosen > 0);
    QTRY_VERIFY(splitter->isVisible() && splitter->sizes().value(0) > 0);
    // Within the offscreen screen (a restore keeps a window inside it) and no smaller than the window allows.
    user->resize(QSize(640, 500).expandedTo(user->minimumSizeHint()));
    const QSize size = user->size();
    QVERIFY(size.height() == 500);
    QTest::qWait(50);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total / 4, total - total / 4});
    const QList<int> sizes = splitter->sizes();
    closeAndWait(user);

    m_window->openUser(id);
    user = openWindow<UserWindow>();
    QVERIFY(user);
    QVERIFY(QTest::qWaitForWindowExposed(user));
    QCOMPARE(user->findChild<QTabWidget *>(QStringLiteral("profileTabs"))->currentIndex(), chosen);
    QCOMPARE(user->size(), size);
    QTRY_COMPARE(user->findChild<QSplitter *>(QStringLiteral("ticketsSplitter"))->sizes(), sizes);
    closeAndWait(user);

    // The directory's columns come back at the widths and in the order the operator left them.
    QVERIFY(m_window->openStore(m_school).ok());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    header->resizeSection(1, 333);
    header->moveSection(header->visualIndex(2), 0);
    QTest::qWait(600); // the layout is written once a drag settles
    QVERIFY(m_window->openStore(m_school).ok());
    QCOMPARE(header->sectionSize(1), 333);
    QCOMPARE(header->logicalIndex(0), 2);
    QSettings().remove(QStringLiteral("directory/columnWidths"));
    QSettings().remove(QStringLiteral("directory/columnOrder"));

    // School settings come back on the tab last looked at.
    auto db = Database::open(m_school, QStringLiteral("desktop-settings"));
    QVERIFY(db.ok());
    ActionContext context{*db, {0, QStringLiteral("Desk Tester")}};
    {
        SettingsDialog settings(&context);
        auto *pages = settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(pages);
        pages->setCurrentIndex(2);
        settings.reject();
    }
    {
        SettingsDialog settings(&context);
        QCOMPARE(settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->currentIndex(), 2);
    }
    context = ActionContext{};
    Database::close(QStringLiteral("desktop-settings"));
}

QTEST_MAIN(TestDesktopGui)
#include "test_desktopgui.moc"
