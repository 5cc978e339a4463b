#include "mainwindow.h"
#include "pending/pendingview.h"
#include "pendingmodel.h"
#include "prompts.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The pending-approvals screen: oldest first, documents previewed, approve and reject in place.
class TestPendingGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsOldestFirstWithPages();
    void previewsTheDocuments();
    void approveAndRejectInPlace();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestPendingGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_pendinggui"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Pending Tester"));
}

void TestPendingGui::init()
{
    m_path = m_dir.filePath(QStringLiteral("school.rollbook"));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(test::demoSchool(6000), m_path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_path).ok());
    m_window->show();
    m_window->showScreen(1);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPendingGui::cleanup()
{
    m_window.reset();
}

void TestPendingGui::listsOldestFirstWithPages()
{
    PendingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(m_path).ok());
    QCOMPARE(model.rowCount(), PendingModel::PageSize);
    while (model.hasMore())
        model.loadMore();
    QVERIFY(model.rowCount() > PendingModel::PageSize);
    // All of them, and only them, oldest first.
    auto *users = m_window->userModel();
    QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), 20'000);
    QCOMPARE(std::int64_t(model.rowCount()), users->statusCounts()[int(UserStatus::Pending)]);
    std::int64_t previous = 0;
    for (int row = 0; row < model.rowCount(); row += 13) {
        const auto user = users->readUser(model.userId(row));
        QVERIFY(user.ok());
        QCOMPARE(user->status, UserStatus::Pending);
        QVERIFY(user->registeredAt >= previous);
        previous = user->registeredAt;
    }
}

void TestPendingGui::previewsTheDocuments()
{
    PendingView *view = m_window->pendingView();
    view->view()->setCurrentIndex(view->view()->model()->index(0, 0));
    auto *documents = view->findChild<QListWidget *>(QStringLiteral("pendingDocuments"));
    auto *preview = view->findChild<QLabel *>(QStringLiteral("pendingPreview"));
    auto *details = view->findChild<QLabel *>(QStringLiteral("pendingDetails"));
    QTRY_VERIFY(documents->count() > 0);
    QVERIFY(documents->item(0)->text().endsWith(QStringLiteral(".pdf")));
    QVERIFY(!preview->pixmap().isNull()); // the PDF's first page, rendered
    QVERIFY(preview->pixmap().width() >= 300);
    QVERIFY(details->text().contains(QStringLiteral("Company:")));

    // An identity-card scan (PNG) previews as the image itself.
    for (int row = 0; row < view->view()->model()->rowCount(); ++row) {
        view->view()->setCurrentIndex(view->view()->model()->index(row, 0));
        QTRY_VERIFY(documents->count() > 0);
        if (documents->item(0)->text().endsWith(QStringLiteral(".png"))) {
            documents->setCurrentRow(0);
            QTRY_VERIFY(!preview->pixmap().isNull());
            // The scan's own width, or the panel's when the window is narrower (it fits the screen).
            QCOMPARE(preview->pixmap().width(), std::min(480, std::max(300, preview->width() - 20)));
            return;
        }
    }
    QFAIL("no pending registration with an image document");
}

void TestPendingGui::approveAndRejectInPlace()
{
    PendingView *view = m_window->pendingView();
    QAbstractItemModel *pending = view->view()->model();
    const int before = pending->rowCount();
    view->view()->setCurrentIndex(pending->index(0, 0));
    const std::int64_t first = pending->index(0, 0).data(PendingModel::UserIdRole).toLongLong();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("pendingApprove")), Qt::LeftButton);
    QCOMPARE(m_window->userModel()->readUser(first)->status, UserStatus::Active);
    QVERIFY(pending->index(0, 0).data(PendingModel::UserIdRole).toLongLong() != first);

    const std::int64_t second = pending->index(0, 0).data(PendingModel::UserIdRole).toLongLong();
    view->view()->setCurrentIndex(pending->index(0, 0));
    Prompts::setNextAnswer(QStringLiteral("Registration documents are expired"));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("pendingReject")), Qt::LeftButton);
    const auto rejected = m_window->userModel()->readUser(second);
    QCOMPARE(rejected->status, UserStatus::Unsubscribed);
    QCOMPARE(rejected->statusReason, QStringLiteral("Registration documents are expired"));
    // Cancelling the reason changes nothing.
    const std::int64_t third = pending->index(0, 0).data(PendingModel::UserIdRole).toLongLong();
    view->view()->setCurrentIndex(pending->index(0, 0));
    Prompts::setNextAnswer(std::nullopt);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("pendingReject")), Qt::LeftButton);
    QCOMPARE(m_window->userModel()->readUser(third)->status, UserStatus::Pending);
    QCOMPARE(before, PendingModel::PageSize);
    QCOMPARE(pending->rowCount(), PendingModel::PageSize); // reloaded: the first page again, two users on
    // Scrolling to the end brings the next page.
    view->view()->scrollToBottom();
    QTRY_VERIFY(pending->rowCount() > PendingModel::PageSize);
}

QTEST_MAIN(TestPendingGui)
#include "test_pendinggui.moc"
