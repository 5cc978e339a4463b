#include "actions/useractions.h"
#include "audit/auditview.h"
#include "auditmodel.h"
#include "database.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompts.h"
#include "report/reportview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The audit log screen: newest first, filters, and each change field by field.
class TestAuditGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newestFirstUnderTheTester();
    void filtersByActionAndUser();
    void showsBeforeAndAfter();
    void exportsEveryFilteredRow();
    void monthlyReportScreen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_user = 0;
};

void TestAuditGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_auditgui"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Audit Tester"));
    m_path = m_dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(1500), m_path));
    {
        auto db = Database::open(m_path, QStringLiteral("setup"));
        QVERIFY(db.ok());
        ActionContext context{*db, {0, QStringLiteral("Audit Tester")}};
        QSqlQuery query(context.db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM users WHERE status = 0 ORDER BY id LIMIT 1"))
                && query.next());
        m_user = query.value(0).toLongLong();
        QVERIFY(UserActions::suspend(context, m_user, QStringLiteral("Chargeback")).ok());
        QVERIFY(UserActions::topUp(context, m_user, 1500, CreditReason::Refund, QStringLiteral("Order 9")).ok());
    }
    Database::close(QStringLiteral("setup"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_path).ok());
    m_window->show();
    m_window->showScreen(2);
}

void TestAuditGui::cleanupTestCase()
{
    m_window.reset();
}

void TestAuditGui::newestFirstUnderTheTester()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(m_path).ok());
    QVERIFY(model.rowCount() > 2);
    // The two actions just made are the newest.
    QCOMPARE(model.entry(0)->action, QStringLiteral("top_up"));
    QCOMPARE(model.entry(1)->action, QStringLiteral("suspend"));
    QCOMPARE(model.entry(0)->operatorName, QStringLiteral("Audit Tester"));
    while (model.hasMore())
        model.loadMore();
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row - 1)->createdAt >= model.entry(row)->createdAt);
}

void TestAuditGui::filtersByActionAndUser()
{
    AuditView *view = m_window->auditView();
    auto *action = view->findChild<QComboBox *>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("suspend")));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("auditApply")), Qt::LeftButton);
    QAbstractItemModel *model = view->view()->model();
    QVERIFY(model->rowCount() > 1); // the demo school's suspensions and ours
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditModel::Action).data().toString(), QStringLiteral("suspend"));

    view->showUser(m_user);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AuditModel::User).data().toLongLong(), m_user);
    QCOMPARE(model->index(1, AuditModel::Reason).data().toString(), QStringLiteral("Chargeback"));
}

void TestAuditGui::showsBeforeAndAfter()
{
    AuditView *view = m_window->auditView();
    view->showUser(m_user);
    view->view()->setCurrentIndex(view->view()->model()->index(1, 0)); // the suspension
    auto *changes = view->findChild<QTableWidget *>(QStringLiteral("auditChanges"));
    QCOMPARE(changes->rowCount(), 2);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("status"));
    QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("active"));
    QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("suspended"));
    QCOMPARE(changes->item(1, 0)->text(), QStringLiteral("status_reason"));
    QCOMPARE(changes->item(1, 2)->text(), QStringLiteral("Chargeback"));
    view->view()->setCurrentIndex(view->view()->model()->index(0, 0)); // the top-up
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("credit_balance"));
}

void TestAuditGui::exportsEveryFilteredRow()
{
    AuditView *view = m_window->auditView();
    view->findChild<QLineEdit *>(QStringLiteral("auditUser"))->clear();
    auto *action = view->findChild<QComboBox *>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("suspend")));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("auditApply")), Qt::LeftButton);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suspend'")) && query.next());
    const qint64 suspensions = query.value(0).toLongLong();
    QVERIFY(suspensions > 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    Prompts::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("auditExport")), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(qint64(lines.size()), suspensions + 2); // all of them, not only the pages shown
    QVERIFY(lines[0].contains("When,Operator,Action,User,Reason,Before,After"));
    QVERIFY(lines[1].contains(",suspend,"));
}

void TestAuditGui::monthlyReportScreen()
{
    m_window->showScreen(3);
    ReportView *report = m_window->reportView();
    report->findChild<QDateEdit *>(QStringLiteral("reportMonth"))->setDate(QDate(2026, 10, 1));
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("reportShow")), Qt::LeftButton);
    auto *figures = report->findChild<QTableWidget *>(QStringLiteral("reportFigures"));
    QCOMPARE(figures->rowCount(), 10);
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("New registrations"));
    QVERIFY(
        report->findChild<QLabel *>(QStringLiteral("reportTitle"))->text().contains(QStringLiteral("October 2026")));
    for (QChartView *chart : report->findChildren<QChartView *>())
        QCOMPARE(chart->chart()->series().size(), 1);
    QTemporaryDir dir;
    for (const char *name : {"report.pdf", "report.xlsx"}) {
        const QString path = dir.filePath(QLatin1String(name));
        Prompts::setNextAnswer(path);
        QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("reportExport")), Qt::LeftButton);
        QVERIFY2(QFileInfo(path).size() > 1000, name);
    }
    m_window->showScreen(2);
}

QTEST_MAIN(TestAuditGui)
#include "test_auditgui.moc"
