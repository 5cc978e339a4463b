#include "directory/bulkresultdialog.h"
#include "directory/directorywidget.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompts.h"
#include "testsupport.h"
#include "translations.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace rollbook;

/// The directory's selection as an operator uses it: actions offered by status, kept after a bulk
/// action, the keyboard (Tab, Shift+F10, Ctrl+C) and what an empty result says.
class TestSelectionGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheSelectedStatuses();
    void selectionStaysAfterABulkAction();
    void tabLeavesTheTable();
    void typingInTheRowsSearches();
    void shiftF10OpensTheRowMenu();
    void ctrlCCopiesRowsWithAHeader();
    void emptySearchSaysSo();
    void approvingUnseenDocumentsAsksAgain();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    int firstRowWith(UserStatus status) const;
    QTableView *view() const { return m_window->directory()->view(); }
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestSelectionGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_selectiongui"));
    installTranslations();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Gui Tester"));
    m_path = test::demoSchool(1500);
}

void TestSelectionGui::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_path).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->rowCount() > 1000
                                 && m_window->userModel()->isComplete(),
                             20'000);
}

void TestSelectionGui::cleanup()
{
    m_window.reset();
}

int TestSelectionGui::firstRowWith(UserStatus status) const
{
    for (int row = 0; row < m_window->userModel()->rowCount(); ++row) {
        if (m_window->userModel()->statusAt(row) == status)
            return row;
    }
    return -1;
}

void TestSelectionGui::actionsFollowTheSelectedStatuses()
{
    const int active = firstRowWith(UserStatus::Active);
    const int pending = firstRowWith(UserStatus::Pending);
    const int suspended = firstRowWith(UserStatus::Suspended);
    QVERIFY(active >= 0 && pending >= 0 && suspended >= 0);
    view()->selectRow(active);
    QVERIFY(action("actionSuspend")->isEnabled());
    QVERIFY(action("actionUnsubscribe")->isEnabled());
    QVERIFY(!action("actionApprove")->isEnabled());
    QVERIFY(!action("actionReject")->isEnabled());
    QVERIFY(!action("actionReactivate")->isEnabled());
    QVERIFY(action("actionTopUp")->isEnabled());
    view()->selectRow(pending);
    QVERIFY(action("actionApprove")->isEnabled());
    QVERIFY(action("actionReject")->isEnabled());
    QVERIFY(!action("actionSuspend")->isEnabled());
    view()->selectRow(suspended);
    QVERIFY(action("actionReactivate")->isEnabled());
    QVERIFY(!action("actionSuspend")->isEnabled());
    // A mixed selection offers what applies to some, and acts on those only.
    view()->selectionModel()->select(m_window->userModel()->index(pending, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action("actionApprove")->isEnabled());
    QVERIFY(action("actionReactivate")->isEnabled());
    const std::int64_t pendingId = m_window->userModel()->userId(pending);
    const std::int64_t suspendedId = m_window->userModel()->userId(suspended);
    m_window->findChild<QAction *>(QStringLiteral("actionApprove"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QCOMPARE(result->summary(), QStringLiteral("1 applied, 0 skipped, 0 failed."));
    QCOMPARE(m_window->userModel()->readUser(pendingId)->status, UserStatus::Active);
    QCOMPARE(m_window->userModel()->readUser(suspendedId)->status, UserStatus::Suspended);
    // Nothing selected, nothing offered.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->isComplete(), 10'000);
    view()->clearSelection();
    view()->selectionModel()->clearCurrentIndex();
    QVERIFY(!action("actionTopUp")->isEnabled());
    QVERIFY(!action("actionDelete")->isEnabled());
}

void TestSelectionGui::selectionStaysAfterABulkAction()
{
    // Rows well down the list, so that a jump back to the top would show.
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum() / 2);
    const int top = view()->rowAt(0) + 2;
    view()->selectRow(top);
    view()->selectionModel()->select(m_window->userModel()->index(top + 1, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::vector<std::int64_t> chosen = m_window->directory()->selectedUserIds();
    QCOMPARE(chosen.size(), std::size_t(2));
    const int scroll = view()->verticalScrollBar()->value();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Prompts::setNextAnswer(QStringLiteral("Alumni"));
    m_window->findChild<QAction *>(QStringLiteral("actionAddToList"))->trigger();
    BulkResultDialog *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_window->findChild<BulkResultDialog *>()) != nullptr, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->isComplete(), 10'000);
    QTRY_COMPARE(m_window->directory()->selectedUserIds(), chosen);
    QCOMPARE(view()->verticalScrollBar()->value(), scroll);
}

void TestSelectionGui::tabLeavesTheTable()
{
    view()->setFocus();
    view()->setCurrentIndex(m_window->userModel()->index(3, 0));
    QTest::keyClick(view(), Qt::Key_Tab);
    QVERIFY(!view()->hasFocus());
    QCOMPARE(view()->currentIndex().row(), 3);
}

void TestSelectionGui::typingInTheRowsSearches()
{
    view()->setFocus();
    view()->setCurrentIndex(m_window->userModel()->index(3, 0));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    // Letters typed in the table go to the search box (never a scan of every row for a match).
    QTest::keyClicks(view(), QStringLiteral("gar"));
    QCOMPARE(search->text(), QStringLiteral("gar"));
    QVERIFY(search->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->isComplete(), 10'000);
    QVERIFY(m_window->userModel()->rowCount() < 1500);
    search->clear();
}

void TestSelectionGui::shiftF10OpensTheRowMenu()
{
    view()->setFocus();
    view()->setCurrentIndex(m_window->userModel()->index(5, 0));
    QTest::keyClick(view(), Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("rowMenu"))) != nullptr && menu->isVisible());
    QVERIFY(menu->actions().contains(action("actionTopUp")));
    QCOMPARE(m_window->directory()->selectedUserIds(), std::vector<std::int64_t>{m_window->userModel()->userId(5)});
    menu->close();
}

void TestSelectionGui::ctrlCCopiesRowsWithAHeader()
{
    view()->setFocus();
    for (int row : {2, 4})
        view()->selectionModel()->select(m_window->userModel()->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_window->directory()->selectedCount(), qint64(2));
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, qPrintable(QApplication::clipboard()->text()));
    QVERIFY(lines[0].startsWith(QStringLiteral("Name\tEmail")));
    const auto user = m_window->userModel()->readUser(m_window->userModel()->userId(4));
    QVERIFY2(lines[2].startsWith(user->displayName() + u'\t' + user->email), qPrintable(lines[2]));
}

void TestSelectionGui::emptySearchSaysSo()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("zzqxw"));
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("directoryEmpty"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->rowCount() == 0, 10'000);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("zzqxw")));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!empty->isVisible(), 10'000);
}

void TestSelectionGui::approvingUnseenDocumentsAsksAgain()
{
    std::vector<int> rows;
    for (int row = 0; row < m_window->userModel()->rowCount() && rows.size() < 2; ++row) {
        if (m_window->userModel()->statusAt(row) == UserStatus::Pending)
            rows.push_back(row);
    }
    QCOMPARE(rows.size(), std::size_t(2));
    for (int row : rows)
        view()->selectionModel()->select(m_window->userModel()->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Yes to "Approve 2 registrations?", then No to the second question about the documents.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::queueAnswer(QMessageBox::No);
    action("actionApprove")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("KYC documents of 2")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->findChild<BulkResultDialog *>());
    for (int row : rows)
        QCOMPARE(m_window->userModel()->readUser(m_window->userModel()->userId(row))->status, UserStatus::Pending);
    // Nothing shown, nothing to export: said, not an empty file.
    m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zzqxw"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->userModel()->isLoading() && m_window->userModel()->rowCount() == 0, 10'000);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("actionExport")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("nothing to export")));
}

QTEST_MAIN(TestSelectionGui)
#include "test_selectiongui.moc"
