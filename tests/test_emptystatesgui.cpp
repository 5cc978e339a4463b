#include "directory/userwindow.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// A new school with one user: every empty screen says what is empty and what to do, and the
/// status bar speaks of the screen shown.
class TestEmptyStatesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openingWritesNothing();
    void statusBarBelongsToTheScreen();
    void emptyPendingAndReport();
    void emptyProfileLists();

private:
    QLabel *label(QWidget *in, const char *name) const { return in->findChild<QLabel *>(QLatin1String(name)); }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_user = 0;
    QString m_path;
    QByteArray m_hashBeforeOpen;
};

void TestEmptyStatesGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RollbookTests"));
    QApplication::setApplicationName(QStringLiteral("test_emptystatesgui"));
    installTranslations();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("operator/name"), QStringLiteral("Empty Tester"));
    const QString path = m_dir.filePath(QStringLiteral("new.rollbook"));
    {
        QSqlDatabase db = test::createStore(path, QStringLiteral("setup"));
        m_user = test::addUser(db, QStringLiteral("Only"), QStringLiteral("One"), QStringLiteral("only@example.com"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    m_path = path;
    m_hashBeforeOpen = test::fileHash(path);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(path).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEmptyStatesGui::cleanupTestCase()
{
    m_window.reset();
}

void TestEmptyStatesGui::openingWritesNothing()
{
    // A new operator's name is recorded when they first act, not because they opened the file.
    QCOMPARE(test::fileHash(m_path), m_hashBeforeOpen);
    QFileInfo wal(m_path + QStringLiteral("-wal"));
    QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM operators WHERE name = 'Empty Tester'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

void TestEmptyStatesGui::statusBarBelongsToTheScreen()
{
    QLabel *summary = label(m_window.get(), "summaryLabel");
    m_window->showScreen(0);
    QTRY_COMPARE(summary->text(), QStringLiteral("1 of 1 users"));
    m_window->showScreen(1);
    QCOMPARE(summary->text(), QStringLiteral("0 registrations waiting"));
    m_window->showScreen(2);
    QVERIFY2(summary->text().endsWith(QStringLiteral("shown")), qPrintable(summary->text()));
    m_window->showScreen(3);
    QCOMPARE(summary->text(), QStringLiteral("Choose a month, then Show."));
    m_window->showScreen(0);
    QCOMPARE(summary->text(), QStringLiteral("1 of 1 users"));
}

void TestEmptyStatesGui::emptyPendingAndReport()
{
    m_window->showScreen(1);
    QLabel *pending = label(m_window.get(), "pendingEmpty");
    QTRY_VERIFY(pending->isVisible());
    QVERIFY(pending->text().contains(QStringLiteral("No registration is waiting")));
    m_window->showScreen(3);
    QLabel *report = label(m_window.get(), "reportEmpty");
    QTRY_VERIFY(report->isVisible());
    QVERIFY(report->text().contains(QStringLiteral("press Show")));
    QCOMPARE(label(m_window.get(), "reportTitle")->text(), QStringLiteral("Choose a month, then Show."));
    // The month is picked as a month (month and year sections), not from a day calendar.
    auto *month = m_window->findChild<QDateEdit *>(QStringLiteral("reportMonth"));
    QVERIFY(!month->calendarPopup());
    QCOMPARE(month->displayFormat(), QStringLiteral("MMMM yyyy"));
    m_window->showScreen(0);
}

void TestEmptyStatesGui::emptyProfileLists()
{
    m_window->openUser(m_user);
    UserWindow *window = m_window->findChild<UserWindow *>();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    const auto show = [&](const char *name) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == QLatin1String(name))
                tabs->setCurrentIndex(i);
        }
    };
    show("testsTab");
    QTRY_VERIFY(label(window, "attemptsEmpty")->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("showAnswers")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("has not taken a test")),
             qPrintable(MessageBox::lastText()));
    show("paymentsTab");
    QTRY_VERIFY(label(window, "ledgerEmpty")->isVisible());
    QVERIFY(label(window, "paymentsEmpty")->isVisible());
    // An empty list says there is nothing to export instead of writing an empty file.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window->findChild<QTableWidget *>(QStringLiteral("ledgerTable"))
        ->findChild<QAction *>(QStringLiteral("ledgerTableExport"))
        ->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("nothing to export")));
    // The tab with contest submissions says what it holds.
    bool named = false;
    for (int i = 0; i < tabs->count(); ++i)
        named = named || tabs->tabText(i) == QStringLiteral("Contest submissions");
    QVERIFY(named);
    window->close();
}

QTEST_MAIN(TestEmptyStatesGui)
#include "test_emptystatesgui.moc"
