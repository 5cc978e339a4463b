#include "dialogs/productpickerdialog.h"
#include "dialogs/topupdialog.h"
#include "directory/userwindow.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The user window's Enrollments and Payments & credits tabs, driven through their widgets.
class TestProfileGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void enrollmentsListedAndChanged();
    void ledgerAndTopUp();

private:
    qint64 scalar(const QString &sql);
    UserWindow *openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_user = 0;
};

void TestProfileGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_profilegui"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Profile Tester"));
    const QString path = m_dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(1500), path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(path).ok());
    m_window->show();
    // A user with several enrollments and some credit history.
    m_user = scalar(QStringLiteral(
        "SELECT u.id FROM users u WHERE (SELECT count(*) FROM enrollments e WHERE e.user_id = u.id) >= 3 "
        "AND EXISTS (SELECT 1 FROM credit_ledger l WHERE l.user_id = u.id) ORDER BY u.id LIMIT 1"));
    QVERIFY(m_user > 0);
}

void TestProfileGui::cleanupTestCase()
{
    m_window.reset();
}

qint64 TestProfileGui::scalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

UserWindow *TestProfileGui::openWindow()
{
    m_window->openUser(m_user);
    UserWindow *window = m_window->findChild<UserWindow *>();
    return window;
}

void TestProfileGui::enrollmentsListedAndChanged()
{
    UserWindow *window = openWindow();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    tabs->setCurrentIndex(1);
    auto *table = window->findChild<QTableWidget *>(QStringLiteral("enrollmentsTable"));
    QCOMPARE(qint64(table->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE user_id = %1").arg(m_user)));
    table->selectRow(0);
    const std::int64_t enrollment = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    // Whatever it is now, change it to something else.
    const bool completed = table->item(0, 2)->text() == u"completed";
    const QString target = completed ? QStringLiteral("active") : QStringLiteral("completed");
    const int progress = completed ? 40 : 100;
    auto *status = window->findChild<QComboBox *>(QStringLiteral("enrollmentStatus"));
    status->setCurrentIndex(status->findData(target));
    window->findChild<QSpinBox *>(QStringLiteral("enrollmentProgress"))->setValue(progress);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("enrollmentApply")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT status = '%1' AND progress = %2 FROM enrollments WHERE id = %3")
                        .arg(target)
                        .arg(progress)
                        .arg(enrollment)),
             1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_enrollment' AND target_id = %1")
                   .arg(m_user)),
        1);

    // Enroll in two more products, chosen in the picker.
    const qint64 before = table->rowCount();
    const qint64 free
        = scalar(QStringLiteral("SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM enrollments "
                                "WHERE user_id = %1) ORDER BY id LIMIT 1")
                     .arg(m_user));
    const qint64 other
        = scalar(QStringLiteral("SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM enrollments "
                                "WHERE user_id = %1) ORDER BY id DESC LIMIT 1")
                     .arg(m_user));
    ProductPickerDialog::setNextAnswer(std::vector<std::int64_t>{free, other});
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("enrollMore")), Qt::LeftButton);
    QCOMPARE(qint64(table->rowCount()), before + 2);
}

void TestProfileGui::ledgerAndTopUp()
{
    UserWindow *window = openWindow();
    auto *ledger = window->findChild<QTableWidget *>(QStringLiteral("ledgerTable"));
    QCOMPARE(qint64(ledger->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE user_id = %1").arg(m_user)));
    QCOMPARE(qint64(window->findChild<QTableWidget *>(QStringLiteral("paymentsTable"))->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM payments WHERE user_id = %1").arg(m_user)));
    const qint64 balance = scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(m_user));
    TopUpDialog::setNextAnswer(TopUpRequest{2500, CreditReason::Complimentary, QStringLiteral("Sorry for the outage")});
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("profileTopUp")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(m_user)), balance + 2500);
    QCOMPARE(qint64(ledger->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE user_id = %1").arg(m_user)));
    QCOMPARE(ledger->item(0, 3)->text(), QStringLiteral("Sorry for the outage"));
    QCOMPARE(ledger->item(0, 4)->text(), QStringLiteral("Profile Tester"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("paymentsSummary"))
                ->text()
                .contains(QStringLiteral("Credit balance")));
}

QTEST_MAIN(TestProfileGui)
#include "test_profilegui.moc"
