#include "dialogs/adduserdialog.h"
#include "dialogs/demoschooldialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/productpickerdialog.h"
#include "dialogs/topupdialog.h"
#include "directory/bulkresultdialog.h"
#include "directory/directorywidget.h"
#include "directory/rowactionsbutton.h"
#include "directory/userwindow.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompts.h"
#include "testsupport.h"
#include "translations.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rollbook;

/// Drives the real main window: types a search, switches a tab, sorts by a header click, opens a user.
class TestDirectoryGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchTabSortAndOpen();
    void columnChoicePersists();
    void createsDemoSchoolBehindProgress();
    void refusesBadFileWithMessage();
    void bulkSuspendFromTheDirectory();
    void addSelectedToMailingList();
    void rowActionsButtonOpensTheMenuForItsRow();
    void selectAllMatchingAndConfirmTheCount();
    void exportTheViewAndTheSelection();
    void importCheckThenImport();
    void operatorIsAskedOnce();
    void topUpDialogChecksTheAmount();
    void topUpSelectedUsers();
    void userWindowEditsWithFieldErrors();
    void addUserDialogChecksFields();
    void addUserFromTheMenu();
    void deleteNeedsTheTypedConfirmation();
    void userWindowHandsOutLinks();
    void enrollSelectedInChosenProducts();

private:
    QString cell(int row, UserColumn column) const;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestDirectoryGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_directorygui"));
    installTranslations(); // the English plural forms, as the app loads them
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Gui Tester"));
    m_path = test::demoSchool(3000);
}

void TestDirectoryGui::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_path).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Every user shown (3,000, give or take the ones earlier tests added or deleted).
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->allUsers() > 2900
                                 && m_window->userModel()->rowCount() == m_window->userModel()->allUsers(),
                             20'000);
}

void TestDirectoryGui::cleanup()
{
    m_window.reset();
}

QString TestDirectoryGui::cell(int row, UserColumn column) const
{
    return m_window->userModel()->index(row, int(column)).data().toString();
}

void TestDirectoryGui::searchTabSortAndOpen()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *tabs = m_window->findChild<QTabBar *>(QStringLiteral("statusTabs"));
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(search && tabs && view && summary);
    QCOMPARE(summary->text(), QStringLiteral("3,000 of 3,000 users"));
    QVERIFY(tabs->tabText(1).startsWith(QStringLiteral("Active (")));

    // Type an accent-free name: accented rows come back.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("garcia"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->rowCount() < 3000, 10'000);
    const int matches = m_window->userModel()->rowCount();
    QVERIFY(matches > 0);
    for (int row = 0; row < matches; ++row)
        QVERIFY2(cell(row, UserColumn::Name).contains(QStringLiteral("García")),
                 qPrintable(cell(row, UserColumn::Name)));
    QCOMPARE(summary->text(), QStringLiteral("%1 of 3,000 users").arg(matches));
    QVERIFY(tabs->tabText(0).contains(QString::number(matches)));

    // The Active tab keeps the search.
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading(), 10'000);
    const int active = m_window->userModel()->rowCount();
    QVERIFY(active > 0 && active <= matches);
    for (int row = 0; row < active; ++row)
        QCOMPARE(cell(row, UserColumn::Status), QStringLiteral("Active"));

    // Sort by credit balance: a header click sorts one way, a second click the other.
    QHeaderView *header = view->horizontalHeader();
    const int section = int(UserColumn::CreditBalance);
    const QPoint headerPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading(), 10'000);
    const auto credits = [&] {
        QList<qint64> values;
        for (int row = 0; row < m_window->userModel()->rowCount(); ++row)
            values.append(m_window->userModel()->index(row, section).data(UserTableModel::RawValueRole).toLongLong());
        return values;
    };
    const auto sortedEitherWay = [](const QList<qint64> &values) {
        return std::is_sorted(values.begin(), values.end()) || std::is_sorted(values.rbegin(), values.rend());
    };
    QTRY_VERIFY(sortedEitherWay(credits()));
    const bool ascendingFirst = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QList<qint64> first = credits();
    QVERIFY(ascendingFirst ? std::is_sorted(first.begin(), first.end()) : std::is_sorted(first.rbegin(), first.rend()));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading()
                                 && header->sortIndicatorOrder()
                                     != (ascendingFirst ? Qt::AscendingOrder : Qt::DescendingOrder),
                             10'000);
    QList<qint64> second = credits();
    QVERIFY(ascendingFirst ? std::is_sorted(second.rbegin(), second.rend())
                           : std::is_sorted(second.begin(), second.end()));

    // Down goes from the search box to the first row; Enter opens the user's window.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    const QString name = cell(0, UserColumn::Name);
    QTest::keyClick(view, Qt::Key_Return);
    UserWindow *opened = nullptr;
    QTRY_VERIFY((opened = m_window->findChild<UserWindow *>()) != nullptr);
    auto *title = opened->findChild<QLabel *>(QStringLiteral("userName"));
    QVERIFY(title && title->text().contains(name.toHtmlEscaped()));
    // A second Enter raises the same window rather than opening another.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->findChildren<UserWindow *>().size(), 1);

    // Escape in the search box clears the search: every user is back.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading(), 10'000);
    QCOMPARE(m_window->userModel()->rowCount(), int(m_window->userModel()->statusCounts()[0]));
}

void TestDirectoryGui::columnChoicePersists()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    QMenu *columns = m_window->directory()->columnsMenu();
    QAction *company = columns->actions().at(int(UserColumn::Company));
    QVERIFY(company->isChecked());
    company->trigger();
    QVERIFY(view->isColumnHidden(int(UserColumn::Company)));
    m_window.reset();

    init();
    view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    QVERIFY(view->isColumnHidden(int(UserColumn::Company)));
    QVERIFY(!view->isColumnHidden(int(UserColumn::Email)));
    m_window->directory()->columnsMenu()->actions().at(int(UserColumn::Company))->trigger();
    QVERIFY(!view->isColumnHidden(int(UserColumn::Company)));
}

void TestDirectoryGui::createsDemoSchoolBehindProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.rollbook"));
    const Status created = createDemoSchool(m_window.get(), path, 300);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(m_window->openStore(path).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->userModel()->allUsers(), std::int64_t(300), 20'000);
}

void TestDirectoryGui::refusesBadFileWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.rollbook"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const Status opened = m_window->openStore(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().contains(QStringLiteral("not a Rollbook database")));
    // The window still shows the school it had.
    QCOMPARE(m_window->userModel()->allUsers(), std::int64_t(3000));
}

void TestDirectoryGui::bulkSuspendFromTheDirectory()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    auto *tabs = m_window->findChild<QTabBar *>(QStringLiteral("statusTabs"));
    // Three active users, selected with the keyboard.
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && tabs->currentIndex() == 1, 10'000);
    const int activeBefore = m_window->userModel()->rowCount();
    view->setFocus();
    view->setCurrentIndex(m_window->userModel()->index(0, 0));
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(3));

    Prompts::setNextAnswer(QStringLiteral("Spam wave"));
    m_window->findChild<QAction *>(QStringLiteral("actionSuspend"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QCOMPARE(result->summary(), QStringLiteral("3 applied, 0 skipped, 0 failed."));
    QTemporaryDir dir;
    QVERIFY(result->save(dir.filePath(QStringLiteral("results.csv"))));
    QFile saved(dir.filePath(QStringLiteral("results.csv")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray results = saved.readAll();
    QCOMPARE(results.count('\n'), 4);
    // The results name the users, with their emails, not only their ids.
    QVERIFY(results.startsWith("user_id,name,email,outcome,reason"));
    QVERIFY(results.contains(m_window->userModel()->readUser(chosen[0])->email.toUtf8()));
    result->close();

    // The Active tab lost them; each has its audit row naming the operator.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->userModel()->isLoading() && m_window->userModel()->rowCount() == activeBefore - 3, 10'000);
    for (std::int64_t id : chosen) {
        auto user = m_window->userModel()->readUser(id);
        QVERIFY(user.ok());
        QCOMPARE(user->status, UserStatus::Suspended);
        QCOMPARE(user->statusReason, QStringLiteral("Spam wave"));
    }
    QCOMPARE(m_window->actor().name, QStringLiteral("Gui Tester"));
}

void TestDirectoryGui::operatorIsAskedOnce()
{
    QSettings().remove(QStringLiteral("operator/name"));
    m_window.reset();
    Prompts::setNextAnswer(QStringLiteral("  Robin Admin "));
    init();
    QCOMPARE(m_window->actor().name, QStringLiteral("Robin Admin"));
    QCOMPARE(QSettings().value(QStringLiteral("operator/name")).toString(), QStringLiteral("Robin Admin"));
    QVERIFY(m_window->actor().id > 0);
    m_window.reset();
    init(); // no prompt answer queued: a second prompt would block, so none may come
    QCOMPARE(m_window->actor().name, QStringLiteral("Robin Admin"));
}

void TestDirectoryGui::topUpDialogChecksTheAmount()
{
    TopUpDialog dialog(QStringLiteral("USD"), 2);
    dialog.show();
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("topUpAmount"));
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("topUpReason"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("topUpError"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(amount, QStringLiteral("12.345"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("decimals")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("-5"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("adjustment")));
    reason->setCurrentIndex(1);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.request()->amount, qint64(-500));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("25.50"));
    reason->setCurrentIndex(0);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.request()->amount, qint64(2550));
    QCOMPARE(dialog.request()->reason, CreditReason::Complimentary);
}

void TestDirectoryGui::topUpSelectedUsers()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectRow(4);
    view->selectionModel()->select(m_window->userModel()->index(5, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(2));
    std::vector<qint64> before;
    for (std::int64_t id : chosen)
        before.push_back(m_window->userModel()->readUser(id)->creditBalance);
    TopUpDialog::setNextAnswer(TopUpRequest{1999, CreditReason::Refund, QStringLiteral("Double charge")});
    // A bulk top-up shows the total before anything is written: No gives nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->findChild<QAction *>(QStringLiteral("actionTopUp"))->trigger();
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.startsWith(QStringLiteral("Give 2 users ")) && asked.contains(QStringLiteral("19.99"))
                 && asked.contains(QStringLiteral("39.98 USD in all?")),
             qPrintable(asked));
    QVERIFY(MessageBox::lastText().contains(m_window->userModel()->readUser(chosen[0])->email));
    for (std::size_t i = 0; i < chosen.size(); ++i)
        QCOMPARE(m_window->userModel()->readUser(chosen[i])->creditBalance, before[i]);
    TopUpDialog::setNextAnswer(TopUpRequest{1999, CreditReason::Refund, QStringLiteral("Double charge")});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(QStringLiteral("actionTopUp"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QCOMPARE(result->summary(), QStringLiteral("2 applied, 0 skipped, 0 failed."));
    for (std::size_t i = 0; i < chosen.size(); ++i)
        QCOMPARE(m_window->userModel()->readUser(chosen[i])->creditBalance, before[i] + 1999);
}

void TestDirectoryGui::userWindowEditsWithFieldErrors()
{
    const std::int64_t id = m_window->userModel()->userId(7);
    m_window->openUser(id);
    UserWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<UserWindow *>()) != nullptr);
    auto *email = window->findChild<QLineEdit *>(QStringLiteral("editEmail"));
    QVERIFY(email);
    const QString original = email->text();

    // A bad address: the error shows at the field and nothing changes.
    email->setText(QStringLiteral("not an email"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("overviewSave")), Qt::LeftButton);
    auto *error = window->findChild<QLabel *>(QStringLiteral("editEmailError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not a valid email")));
    QCOMPARE(m_window->userModel()->readUser(id)->email, original);

    // A good one, with Enter: saved, and the directory shows it.
    email->setText(QStringLiteral("renamed.user@example.org"));
    QTest::keyClick(email, Qt::Key_Return);
    QTRY_COMPARE(m_window->userModel()->readUser(id)->email, QStringLiteral("renamed.user@example.org"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading(), 10'000);

    // The phone is parsed with the school's region and stored as E.164.
    QTRY_VERIFY(window->findChild<QLineEdit *>(QStringLiteral("editPhone")) != nullptr);
    auto *phone = window->findChild<QLineEdit *>(QStringLiteral("editPhone"));
    phone->setText(QStringLiteral("(201) 555-0123"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE(m_window->userModel()->readUser(id)->phone, QStringLiteral("+12015550123"));

    // Suspend from the window, with the reason asked.
    Prompts::setNextAnswer(QStringLiteral("Chargeback"));
    QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("statusAction")) != nullptr);
    const UserStatus before = m_window->userModel()->readUser(id)->status;
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("statusAction")), Qt::LeftButton);
    if (before == UserStatus::Suspended)
        QTRY_COMPARE(m_window->userModel()->readUser(id)->status, UserStatus::Active);
    else
        QTRY_COMPARE(m_window->userModel()->readUser(id)->statusReason, QStringLiteral("Chargeback"));
}

void TestDirectoryGui::addUserDialogChecksFields()
{
    AddUserDialog dialog(QStringLiteral("GB"), {});
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addFirst")), QStringLiteral("Ada"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addEmail")), QStringLiteral("ada@"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("addEmailError"))->isVisible());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addEmail")), QStringLiteral("example.com"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("addEmailError"))->isVisible());
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addPhone")), QStringLiteral("12"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("addPhoneError"))->text().contains(QStringLiteral("phone")));
    dialog.findChild<QLineEdit *>(QStringLiteral("addPhone"))->setText(QStringLiteral("07400 111222"));
    QVERIFY(ok->isEnabled());
}

void TestDirectoryGui::addUserFromTheMenu()
{
    const std::int64_t all = m_window->userModel()->allUsers();
    AddUserDialog::setNextAnswer(NewUser{QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                         QStringLiteral("ada.lovelace@example.org"), QStringLiteral("+44 7400 111222"),
                                         QStringLiteral("Analytical Engines Ltd"), QStringLiteral("Technology")});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("actionAddUser"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("/auth/set-password?token=")));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("/auth/set-password?token=")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->allUsers() == all + 1,
                             10'000);
    // Found by search at once.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("lovelace"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->rowCount() == 1, 10'000);
    QCOMPARE(cell(0, UserColumn::Phone), QStringLiteral("+44 7400 111222"));
    search->clear();
}

void TestDirectoryGui::deleteNeedsTheTypedConfirmation()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectRow(10);
    view->selectionModel()->select(m_window->userModel()->index(11, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(2));
    const std::int64_t all = m_window->userModel()->allUsers();

    // A wrong confirmation deletes nothing.
    Prompts::setNextAnswer(QStringLiteral("delete"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing was deleted")));
    for (std::int64_t id : chosen)
        QVERIFY(m_window->userModel()->readUser(id).ok());

    Prompts::setNextAnswer(QStringLiteral("DELETE 2"));
    m_window->findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QCOMPARE(result->summary(), QStringLiteral("2 applied, 0 skipped, 0 failed."));
    for (std::int64_t id : chosen)
        QVERIFY(!m_window->userModel()->readUser(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->allUsers() == all - 2,
                             10'000);
}

void TestDirectoryGui::userWindowHandsOutLinks()
{
    const std::int64_t id = m_window->userModel()->userId(2);
    m_window->openUser(id);
    UserWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<UserWindow *>()) != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("loginLink")), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("/auth/login?token=")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("resetLink")), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("/auth/reset-password?token=")));
    // Simulating the session needs a reason; cancelling issues nothing.
    const QString before = QGuiApplication::clipboard()->text();
    Prompts::setNextAnswer(std::nullopt);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("impersonate")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), before);
    Prompts::setNextAnswer(QStringLiteral("Ticket 77: cannot see the course"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("impersonate")), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("/auth/impersonate?token=")));
}

void TestDirectoryGui::enrollSelectedInChosenProducts()
{
    // The picker filters the catalogue as typed, accents and case aside.
    {
        auto db = QSqlDatabase::database(QStringLiteral("actions"));
        ProductPickerDialog picker(db, 1);
        auto *list = picker.findChild<QListWidget *>(QStringLiteral("productList"));
        QVERIFY(list->count() > 100);
        QTest::keyClicks(picker.findChild<QLineEdit *>(QStringLiteral("productFilter")), QStringLiteral("LIVE CLASS"));
        int shown = 0;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden()) {
                ++shown;
                QVERIFY(list->item(row)->text().contains(QStringLiteral("live class")));
            }
        }
        QVERIFY(shown > 0 && shown < list->count());
    }
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectRow(20);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(1));
    ProductPickerDialog::setNextAnswer(std::vector<std::int64_t>{3, 5});
    m_window->findChild<QAction *>(QStringLiteral("actionEnroll"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QVERIFY(result->summary().contains(QStringLiteral("0 failed")));
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM enrollments WHERE user_id = %1 AND product_id IN (3, 5)").arg(chosen[0])));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestDirectoryGui::addSelectedToMailingList()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectionModel()->select(m_window->userModel()->index(30, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_window->userModel()->index(31, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(2));
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM mailing_lists ORDER BY id LIMIT 1")) && query.next());
    const qint64 list = query.value(0).toLongLong();
    const QString name = query.value(1).toString();
    // One of the two is on the list already: skipped with the reason, the other added.
    QVERIFY(query.exec(
        QStringLiteral("INSERT OR IGNORE INTO mailing_list_members VALUES (%1, %2, 0)").arg(list).arg(chosen[0])));
    Prompts::setNextAnswer(name);
    m_window->findChild<QAction *>(QStringLiteral("actionAddToList"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QCOMPARE(result->summary(), QStringLiteral("1 applied, 1 skipped, 0 failed."));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM mailing_list_members WHERE list_id = %1 AND user_id IN "
                                      "(%2, %3)")
                           .arg(list)
                           .arg(chosen[0])
                           .arg(chosen[1])));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestDirectoryGui::rowActionsButtonOpensTheMenuForItsRow()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectRow(2);
    auto *button = view->findChild<RowActionsButton *>(QStringLiteral("rowActions"));
    QVERIFY(button);
    // The mouse over a row puts the button at that row's end.
    const QRect row7 = view->visualRect(m_window->userModel()->index(7, 1));
    QTest::mouseMove(view->viewport(), row7.center());
    QTRY_COMPARE(button->row(), 7);
    QVERIFY(button->isVisible());
    // At the row's start, over its handle left of the cells: it covers none of them.
    const QRect cells = view->viewport()->geometry();
    QVERIFY(button->geometry().right() < cells.left());
    QVERIFY(view->verticalHeader()->geometry().contains(button->geometry()));
    QVERIFY(button->geometry().intersects(QRect(0, cells.top() + row7.top(), view->width(), row7.height())));
    QStringList shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                shown.append(action->objectName());
            menu->close();
        }
    });
    button->click();
    QVERIFY(shown.contains(QStringLiteral("actionSuspend")));
    QVERIFY(shown.contains(QStringLiteral("actionAddToList")));
    // The menu acts on the button's row: it became the selection.
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(1));
    QCOMPARE(chosen[0], m_window->userModel()->userId(7));
}

void TestDirectoryGui::selectAllMatchingAndConfirmTheCount()
{
    UserTableModel *model = m_window->userModel();
    auto *selectAll = m_window->findChild<QAction *>(QStringLiteral("actionSelectAll"));
    QVERIFY(selectAll->text().contains(QLocale().toString(qlonglong(model->rowCount()))));
    selectAll->trigger();
    QCOMPARE(m_window->directory()->selectedCount(), qint64(model->rowCount()));
    QCOMPARE(qint64(m_window->directory()->selectedUserIds().size()), qint64(model->rowCount()));
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(
        summary->text().contains(QStringLiteral("%1 selected").arg(QLocale().toString(qlonglong(model->rowCount())))),
        qPrintable(summary->text()));
    // Reactivating them all asks first, with the number; No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    const qint64 audits = [&] {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
        query.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        query.next();
        return query.value(0).toLongLong();
    }();
    m_window->findChild<QAction *>(QStringLiteral("actionReactivate"))->trigger();
    // Only the suspended users can be reactivated: the question counts and names them, and says
    // that the others stay as they are.
    const qint64 suspended = model->statusCounts()[std::size_t(UserStatus::Suspended)];
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.startsWith(QStringLiteral("Reactivate %1 users?").arg(suspended)), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("and %1 more").arg(QLocale().toString(suspended - 10))), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("stay as they are")), qPrintable(asked));
    const std::vector<std::int64_t> reactivated
        = m_window->directory()->selectedUserIds([](UserStatus status) { return status == UserStatus::Suspended; });
    QCOMPARE(qint64(reactivated.size()), suspended);
    QVERIFY(asked.contains(model->readUser(reactivated.front())->email));
    QVERIFY(!m_window->findChild<BulkResultDialog *>());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), audits);
}

void TestDirectoryGui::exportTheViewAndTheSelection()
{
    UserTableModel *model = m_window->userModel();
    // Hide the phone column: the export leaves it out too.
    QAction *phone = m_window->directory()->columnsMenu()->actions().at(int(UserColumn::Phone));
    if (phone->isChecked())
        phone->trigger();
    QTemporaryDir dir;
    ExportChoice choice;
    choice.options.byteOrderMark = false;
    choice.options.currency.clear();
    choice.path = dir.filePath(QStringLiteral("view.csv"));
    ExportDialog::setNextAnswer(choice);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("written to")));
    QFile file(choice.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(qint64(lines.size()), qint64(model->rowCount()) + 2);
    QVERIFY(lines[0].startsWith("First name,Last name,Email,Company,Status"));
    QVERIFY(!lines[0].contains("Phone"));
    const auto firstUser = model->readUser(model->userId(0));
    QVERIFY(lines[1].contains(firstUser->email.toUtf8()));
    phone->trigger();

    // The selection only.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("userTable"));
    view->selectionModel()->select(model->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    choice.selectionOnly = true;
    choice.options.format = ExportFormat::Xlsx;
    choice.path = dir.filePath(QStringLiteral("selection.xlsx"));
    ExportDialog::setNextAnswer(choice);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 user")), qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(choice.path));

    // The dialog itself: the extension follows the format, the selection needs one.
    ExportDialog dialog(100, 0);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    QVERIFY(dialog.choice().path.endsWith(QStringLiteral(".csv")));
    QVERIFY(!dialog.choice().selectionOnly);
}

void TestDirectoryGui::importCheckThenImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username;firstname;lastname;email;institution\n"
               "ahmed;Ahmed;Khan;ahmed.khan@import.example;Initech\n"
               "bad;Bad;Row;not-an-email;\n");
    file.close();
    ImportDialog dialog(m_path, Operator{0, QStringLiteral("Directory Tester")});
    QAbstractItemModelTester tester(dialog.findChild<QTableView *>(QStringLiteral("importPreview"))->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.load(path);
    QLabel *formatLine = dialog.findChild<QLabel *>(QStringLiteral("importFormat"));
    QVERIFY(formatLine->text().contains(QStringLiteral("Moodle")));
    QVERIFY(!formatLine->text().contains(QStringLiteral("Warning")));
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    QCOMPARE(mapping->rowCount(), 5);
    QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(4, 2))->currentText(), QStringLiteral("Company"));
    dialog.check();
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"))->model();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 2).data().toString(), QStringLiteral("Error")); // errors first
    QCOMPARE(preview->index(0, 0).data().toInt(), 3);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importApply"));
    QVERIFY(!importButton->isEnabled());
    // The results file of the dry run.
    const QString results = dir.filePath(QStringLiteral("results.csv"));
    Prompts::setNextAnswer(results);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importSaveResults")), Qt::LeftButton);
    QVERIFY(QFile::exists(results));

    // Without the bad line, and with the company column ignored, it imports.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username;firstname;lastname;email;institution\n"
               "ahmed;Ahmed;Khan;ahmed.khan@import.example;Initech\n");
    file.close();
    dialog.load(path);
    qobject_cast<QComboBox *>(mapping->cellWidget(4, 2))->setCurrentIndex(0);
    dialog.check();
    QVERIFY(importButton->isEnabled());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY(dialog.importChecked());
    QCOMPARE(imported.count(), 1);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT first_name, coalesce(company, '') FROM users "
                                      "WHERE email = 'ahmed.khan@import.example'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ahmed"));
    QCOMPARE(query.value(1).toString(), QString());

    // A file that is not UTF-8 says how it was read, before and after the check.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstname;lastname;email\nZo\xEB;Roux;zoe@import.example\n");
    file.close();
    dialog.load(path);
    QVERIFY2(formatLine->text().contains(QStringLiteral("Warning: The file is not UTF-8 (line 2")),
             qPrintable(formatLine->text()));
    dialog.check();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("Windows-1252")));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("zoe@import.example"));

    // A bad line and a French phone: the file's region reads the phone, and the valid lines go
    // in when the operator chooses so; the results list the skipped line.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstname;lastname;email;phone1\n"
               "Amélie;Roux;amelie@import.example;06 12 34 56 78\n"
               "Bad;Row;not-an-email;\n");
    file.close();
    dialog.load(path);
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("importPhoneRegion"));
    region->setCurrentIndex(region->findData(QStringLiteral("FR")));
    dialog.check();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(1, 2).data().toString(), QStringLiteral("Create"));
    auto *skip = dialog.findChild<QPushButton *>(QStringLiteral("importSkipInvalid"));
    QVERIFY(!importButton->isEnabled());
    QVERIFY(skip->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(skip, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("skip 1 lines with errors")));
    QCOMPARE(imported.count(), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM users WHERE email = 'amelie@import.example'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+33612345678"));
    Prompts::setNextAnswer(results);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importSaveResults")), Qt::LeftButton);
    QFile saved(results);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("Not imported"));
}

QTEST_MAIN(TestDirectoryGui)
#include "test_directorygui.moc"
