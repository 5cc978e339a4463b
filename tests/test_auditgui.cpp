#include "actions/useractions.h"
#include "audit/auditview.h"
#include "auditmodel.h"
#include "database.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompts.h"
#include "report/reportview.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
    void datePickersOpenOnToday();
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
    // Actions are offered and shown by name, and the filter applies when chosen.
    QCOMPARE(action->itemText(action->findData(QStringLiteral("top_up"))), QStringLiteral("Top up credits"));
    action->setCurrentIndex(action->findData(QStringLiteral("suspend")));
    QAbstractItemModel *model = view->view()->model();
    QVERIFY(model->rowCount() > 1); // the demo school's suspensions and ours
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditModel::Action).data().toString(), QStringLiteral("Suspend"));
    action->setCurrentIndex(0);

    // The user is found by name or email, as typed, and shown by name and email.
    const auto user = m_window->userModel()->readUser(m_user);
    auto *field = view->findChild<QLineEdit *>(QStringLiteral("auditUser"));
    field->clear();
    QTest::keyClicks(field, user->email);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AuditModel::User).data().toString(),
             QStringLiteral("%1 <%2>").arg(user->displayName(), user->email));
    QCOMPARE(model->index(1, AuditModel::Reason).data().toString(), QStringLiteral("Chargeback"));
    field->clear();
    field->setText(user->displayName()); // as typed: the filter follows the text after a pause
    QTRY_VERIFY(model->rowCount() >= 2);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found = found || model->index(row, AuditModel::User).data(AuditModel::UserIdRole).toLongLong() == m_user;
    QVERIFY(found);
    // Too short a name says so; a name nobody has says so too.
    field->setText(QStringLiteral("zq"));
    QTRY_VERIFY(view->findChild<QLabel *>(QStringLiteral("auditUserNote"))->text().contains(QStringLiteral("three")));
    field->setText(QStringLiteral("zzqqxx"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("auditUserNote"))->text().contains(QStringLiteral("No user")));
    // Double-click opens the user.
    field->setText(user->email);
    view->applyFilter();
    QSignalSpy opened(view, &AuditView::openUserRequested);
    const QModelIndex first = model->index(0, AuditModel::User);
    Q_EMIT view->view()->doubleClicked(first);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_user);
}

void TestAuditGui::showsBeforeAndAfter()
{
    AuditView *view = m_window->auditView();
    view->findChild<QLineEdit *>(QStringLiteral("auditUser"))->setText(m_window->userModel()->readUser(m_user)->email);
    view->applyFilter();
    view->view()->setCurrentIndex(view->view()->model()->index(1, 0)); // the suspension
    auto *changes = view->findChild<QTableWidget *>(QStringLiteral("auditChanges"));
    QCOMPARE(changes->rowCount(), 2);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Status"));
    QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Active"));
    QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("Suspended"));
    QCOMPARE(changes->item(1, 0)->text(), QStringLiteral("Status reason"));
    QCOMPARE(changes->item(1, 2)->text(), QStringLiteral("Chargeback"));
    view->view()->setCurrentIndex(view->view()->model()->index(0, 0)); // the top-up
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Credit balance"));
    // Money in the school's currency, as the locale writes it.
    QVERIFY2(changes->item(0, 2)->text().contains(QStringLiteral("USD")), qPrintable(changes->item(0, 2)->text()));
}

void TestAuditGui::datePickersOpenOnToday()
{
    AuditView *view = m_window->auditView();
    auto *from = view->findChild<QDateEdit *>(QStringLiteral("auditFrom"));
    QCOMPARE(from->text(), QStringLiteral("any day"));
    QWidget *popup = from->calendarWidget()->window();
    popup->show(); // as the drop-down button does
    QCOMPARE(from->calendarWidget()->yearShown(), QDate::currentDate().year());
    QCOMPARE(from->calendarWidget()->monthShown(), QDate::currentDate().month());
    popup->hide();
    QCOMPARE(from->text(), QStringLiteral("any day")); // looking is not choosing
}

void TestAuditGui::exportsEveryFilteredRow()
{
    AuditView *view = m_window->auditView();
    auto *action = view->findChild<QComboBox *>(QStringLiteral("auditAction"));
    view->findChild<QLineEdit *>(QStringLiteral("auditUser"))->clear();
    view->applyFilter();
    action->setCurrentIndex(action->findData(QStringLiteral("suspend")));
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
    QVERIFY(lines[0].contains("When,Operator,Action,User id,User,Email,Reason,Before,After"));
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
