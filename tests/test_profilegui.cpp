#include "actions/settingsactions.h"
#include "auditmodel.h"
#include "chartaxis.h"
#include "dialogs/passworddialog.h"
#include "dialogs/productpickerdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/topupdialog.h"
#include "directory/userwindow.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "profile/activitytab.h"
#include "profile/communicationstab.h"
#include "profile/enrollmentstab.h"
#include "profile/exportstab.h"
#include "profile/historytab.h"
#include "profile/messagestab.h"
#include "profile/paymentstab.h"
#include "profile/tabletab.h"
#include "profile/teststab.h"
#include "profile/ticketstab.h"
#include "prompts.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QValueAxis>

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
    void opensOnFilledOverviewAndSetsPassword();
    void detailsAndCustomFieldsEditedAtTheField();
    void oneSaveAndAWarningOnClose();
    void activityWithPlatformAverages();
    void commentsCouponsAndTestAnswers();
    void communicationsOptInsAndLists();
    void ticketReplyNoteAndStatus();
    void messagesSentByAnAdmin();
    void contestSubmissionsExported();
    void settingsAndTemplatesEdited();
    void statusChangesAndDeleteFromTheProfile();

private:
    qint64 scalar(const QString &sql);
    QString scalarText(const QString &sql);
    UserWindow *openWindow(qint64 user = 0);
    /// Shows the tab whose page has this object name, as a click on it would.
    template<typename Tab> Tab *showTab(UserWindow *window, const char *name);

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

QString TestProfileGui::scalarText(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toString();
}

qint64 TestProfileGui::scalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

UserWindow *TestProfileGui::openWindow(qint64 user)
{
    for (UserWindow *open : m_window->findChildren<UserWindow *>())
        delete open;
    m_window->openUser(user ? user : m_user);
    UserWindow *window = m_window->findChild<UserWindow *>();
    return window;
}

template<typename Tab> Tab *TestProfileGui::showTab(UserWindow *window, const char *name)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == QLatin1String(name)) {
            tabs->setCurrentIndex(i);
            return qobject_cast<Tab *>(tabs->widget(i));
        }
    }
    return nullptr;
}

void TestProfileGui::enrollmentsListedAndChanged()
{
    UserWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(showTab<EnrollmentsTab>(window, "enrollmentsTab"));
    auto *table = window->findChild<QTableWidget *>(QStringLiteral("enrollmentsTable"));
    QCOMPARE(qint64(table->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE user_id = %1").arg(m_user)));
    table->selectRow(0);
    const std::int64_t enrollment = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    // Whatever it is now, change it to something else.
    // Statuses read as words; the cell keeps the stored key.
    QCOMPARE(table->item(0, 2)->text().front().isUpper(), true);
    const bool completed = table->item(0, 2)->data(Qt::UserRole).toString() == u"completed";
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
    QCOMPARE(ledger->rowCount(), 0); // not read until shown
    QVERIFY(showTab<PaymentsTab>(window, "paymentsTab"));
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
    // The ledger exports as shown, from its context menu.
    QTemporaryDir dir;
    Prompts::setNextAnswer(dir.filePath(QStringLiteral("ledger.csv")));
    ledger->findChild<QAction *>(QStringLiteral("ledgerTableExport"))->trigger();
    QFile exported(dir.filePath(QStringLiteral("ledger.csv")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QCOMPARE(qint64(lines.size()), qint64(ledger->rowCount()) + 2);
    QVERIFY(lines[1].contains("Sorry for the outage"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("paymentsSummary"))
                ->text()
                .contains(QStringLiteral("Credit balance")));

    // The History tab lists this user's changes, the top-up first, by name and in the currency.
    auto *history = showTab<HistoryTab>(window, "historyTab");
    QVERIFY(history);
    auto *table = history->findChild<QTableView *>(QStringLiteral("auditTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QCOMPARE(qint64(table->model()->rowCount()),
             std::min<qint64>(200,
                              scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_kind = 'user' "
                                                    "AND target_id = %1")
                                         .arg(m_user))));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, AuditModel::User).data(AuditModel::UserIdRole).toLongLong(), m_user);
    QCOMPARE(table->model()->index(0, AuditModel::Action).data().toString(), QStringLiteral("Top up credits"));
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *changes = history->findChild<QTableWidget *>(QStringLiteral("auditChanges"));
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Credit balance"));
    QVERIFY(!history->findChild<QLineEdit *>(QStringLiteral("auditUser"))->isVisible());
}

void TestProfileGui::opensOnFilledOverviewAndSetsPassword()
{
    const qint64 user = scalar(QStringLiteral("SELECT user_id FROM group_members ORDER BY user_id LIMIT 1"));
    UserWindow *window = openWindow(user);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    QCOMPARE(tabs->count(), 12); // Overview, ten lists and History
    QCOMPARE(tabs->currentIndex(), 0);
    // The other tabs wait until they are shown.
    for (ProfileTab *tab : window->findChildren<ProfileTab *>())
        QVERIFY(!tab->isLoaded());
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("userGroups"))->text().isEmpty());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("userGroups"))->text() != QStringLiteral("—"));

    const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    PasswordDialog::setNextAnswer(QStringLiteral("correct horse battery"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("setPassword")), Qt::LeftButton);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(user)) && query.next());
    QVERIFY(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%correct horse%'")), 0);

    // The dialog itself keeps OK off until both fields match and are long enough.
    PasswordDialog dialog(QStringLiteral("Ana"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    edits[0]->setText(QStringLiteral("short"));
    edits[1]->setText(QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    edits[0]->setText(QStringLiteral("long enough"));
    QVERIFY(!ok->isEnabled());
    edits[1]->setText(QStringLiteral("long enough"));
    QVERIFY(ok->isEnabled());
}

void TestProfileGui::detailsAndCustomFieldsEditedAtTheField()
{
    UserWindow *window = openWindow();
    const auto row = [&](const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
        if (!query.exec(sql.arg(m_user)) || !query.next())
            return QString();
        return query.value(0).toString();
    };
    // A number field refuses words, at the field, and the store keeps what it had.
    const QString year = row(QStringLiteral("SELECT coalesce((SELECT value FROM custom_values v JOIN custom_fields f "
                                            "ON f.id = v.field_id WHERE f.key = 'graduation_year' AND v.user_id = %1), "
                                            "'none')"));
    window->findChild<QLineEdit *>(QStringLiteral("custom_graduation_year"))->setText(QStringLiteral("soon"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("overviewSave")), Qt::LeftButton);
    auto *error = window->findChild<QLabel *>(QStringLiteral("custom_graduation_yearError"));
    QVERIFY(error->isVisibleTo(window));
    QVERIFY(error->text().contains(QStringLiteral("number")));
    QCOMPARE(row(QStringLiteral("SELECT coalesce((SELECT value FROM custom_values v JOIN custom_fields f "
                                "ON f.id = v.field_id WHERE f.key = 'graduation_year' AND v.user_id = %1), 'none')")),
             year);
    // A choice is picked from the field's list.
    auto *department = window->findChild<QComboBox *>(QStringLiteral("custom_department"));
    department->setCurrentIndex(department->count() - 1);
    const QString chosen = department->currentText();
    // The refused year is still typed: put it back as it was before saving the department.
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("overviewRevert")), Qt::LeftButton);
    QVERIFY(!error->isVisibleTo(window));
    department->setCurrentIndex(department->count() - 1);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("overviewSave")), Qt::LeftButton);
    QTRY_COMPARE(row(QStringLiteral("SELECT value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                                    "WHERE f.key = 'department' AND v.user_id = %1")),
                 chosen);
    // A detail: the company.
    auto *company = window->findChild<QLineEdit *>(QStringLiteral("editCompany"));
    QTRY_VERIFY(company);
    company->setText(QStringLiteral("Initech"));
    QTest::keyClick(company, Qt::Key_Return);
    QCOMPARE(row(QStringLiteral("SELECT company FROM users WHERE id = %1")), QStringLiteral("Initech"));
}

void TestProfileGui::oneSaveAndAWarningOnClose()
{
    UserWindow *window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // One Save and one Revert for the whole Overview, off until something changes.
    QCOMPARE(window->findChildren<QPushButton *>(QStringLiteral("overviewSave")).size(), 1);
    auto *save = window->findChild<QPushButton *>(QStringLiteral("overviewSave"));
    QVERIFY(!save->isEnabled());
    QVERIFY(window->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("Save$"))).size() == 1);
    // Never larger than the screen it is on.
    const QRect screen = window->screen()->availableGeometry();
    QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(screen.width())
                            .arg(screen.height())));
    auto *company = window->findChild<QLineEdit *>(QStringLiteral("editCompany"));
    company->setText(QStringLiteral("Typed, not saved"));
    QVERIFY(save->isEnabled());
    QVERIFY(window->hasUnsavedChanges());
    // An action elsewhere in the window rebuilds the Overview: what was typed stays.
    Q_EMIT window->findChild<EnrollmentsTab *>()->changed();
    QTRY_COMPARE(window->findChild<QLineEdit *>(QStringLiteral("editCompany"))->text(),
                 QStringLiteral("Typed, not saved"));
    // Esc asks before closing; Cancel keeps the window and the text.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("editCompany"))->text(), QStringLiteral("Typed, not saved"));
    // Discard closes without writing.
    const QString stored
        = scalarText(QStringLiteral("SELECT coalesce(company, '') FROM users WHERE id = %1").arg(m_user));
    QPointer<UserWindow> guard(window);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!guard);
    QCOMPARE(scalarText(QStringLiteral("SELECT coalesce(company, '') FROM users WHERE id = %1").arg(m_user)), stored);
    // Save on close writes it.
    window = openWindow();
    window->show();
    window->findChild<QLineEdit *>(QStringLiteral("editCompany"))->setText(QStringLiteral("Saved on close"));
    guard = window;
    MessageBox::setNextAnswer(QMessageBox::Save);
    window->close();
    QTRY_VERIFY(!guard);
    QCOMPARE(scalarText(QStringLiteral("SELECT company FROM users WHERE id = %1").arg(m_user)),
             QStringLiteral("Saved on close"));
}

void TestProfileGui::activityWithPlatformAverages()
{
    const qint64 user = scalar(QStringLiteral("SELECT user_id FROM activity_daily GROUP BY user_id "
                                              "HAVING count(*) > 5 ORDER BY user_id LIMIT 1"));
    UserWindow *window = openWindow(user);
    auto *tab = showTab<ActivityTab>(window, "activityTab");
    QVERIFY(tab && tab->isLoaded());
    const qint64 minutes
        = scalar(QStringLiteral("SELECT sum(minutes) FROM activity_daily WHERE user_id = %1").arg(user));
    const QString summary = window->findChild<QLabel *>(QStringLiteral("activitySummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 h %2 min").arg(QLocale().toString(minutes / 60)).arg(minutes % 60)),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("platform")));
    auto *kpis = window->findChild<QTableWidget *>(QStringLiteral("activityKpis"));
    QCOMPARE(kpis->rowCount(), 5);
    QCOMPARE(kpis->item(0, 1)->text().toLongLong(),
             scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE user_id = %1").arg(user)));
    const double average = double(scalar(QStringLiteral("SELECT count(*) FROM enrollments")))
        / double(scalar(QStringLiteral("SELECT count(*) FROM users")));
    QCOMPARE(kpis->item(0, 2)->text(), QLocale().toString(average, 'f', 1));
    // Bars: one a week over 90 days (13 weeks), one a day over 30, on a round axis.
    auto *period = window->findChild<QComboBox *>(QStringLiteral("activityPeriod"));
    period->setCurrentIndex(period->findData(90));
    auto *chart = window->findChild<QChartView *>(QStringLiteral("activityChart"));
    auto *series = qobject_cast<QBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().value(0)->count(), 13);
    period->setCurrentIndex(period->findData(30));
    series = qobject_cast<QBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().value(0)->count(), 30);
    auto *y = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    const auto top = qint64(y->max());
    QVERIFY2(top % roundAxis(top).step == 0 && (top - 0) / roundAxis(top).step == y->tickCount() - 1,
             qPrintable(QString::number(top)));
}

void TestProfileGui::commentsCouponsAndTestAnswers()
{
    const qint64 commenter = scalar(QStringLiteral("SELECT min(user_id) FROM comments"));
    UserWindow *window = openWindow(commenter);
    QVERIFY(showTab<TableTab>(window, "commentsTab"));
    QCOMPARE(qint64(window->findChild<QTableWidget *>(QStringLiteral("commentsTable"))->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM comments WHERE user_id = %1").arg(commenter)));

    const qint64 redeemer = scalar(QStringLiteral("SELECT min(user_id) FROM coupon_redemptions"));
    window = openWindow(redeemer);
    QVERIFY(showTab<TableTab>(window, "couponsTab"));
    auto *coupons = window->findChild<QTableWidget *>(QStringLiteral("couponsTable"));
    QVERIFY(coupons->rowCount() >= 1);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT k.code, (SELECT count(*) FROM coupon_redemptions a WHERE a.coupon_id = "
                                      "k.id) FROM coupons k WHERE k.code = '%1'")
                           .arg(coupons->item(0, 0)->text())));
    QVERIFY(query.next());
    QCOMPARE(coupons->item(0, 4)->text(), QLocale().toString(query.value(1).toLongLong()));

    const qint64 attempt = scalar(QStringLiteral("SELECT min(id) FROM test_attempts"));
    const qint64 candidate = scalar(QStringLiteral("SELECT user_id FROM test_attempts WHERE id = %1").arg(attempt));
    window = openWindow(candidate);
    auto *tests = showTab<TestsTab>(window, "testsTab");
    QVERIFY(tests);
    QCOMPARE(qint64(window->findChild<QTableWidget *>(QStringLiteral("attemptsTable"))->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM test_attempts WHERE user_id = %1").arg(candidate)));
    std::unique_ptr<QDialog> answers(tests->answersDialog(attempt));
    QCOMPARE(qint64(answers->findChild<QTableWidget *>(QStringLiteral("answersTable"))->rowCount()),
             scalar(QStringLiteral("SELECT count(*) FROM test_answers WHERE attempt_id = %1").arg(attempt)));
    const qint64 correct
        = scalar(QStringLiteral("SELECT sum(correct) FROM test_answers WHERE attempt_id = %1").arg(attempt));
    QVERIFY(answers->findChild<QLabel *>(QStringLiteral("answersSummary"))
                ->text()
                .contains(QStringLiteral("%1 of").arg(correct)));
}

void TestProfileGui::communicationsOptInsAndLists()
{
    const qint64 user = scalar(QStringLiteral("SELECT min(user_id) FROM notifications"));
    UserWindow *window = openWindow(user);
    QVERIFY(showTab<CommunicationsTab>(window, "communicationsTab"));
    auto *newsletter = window->findChild<QCheckBox *>(QStringLiteral("optNewsletter"));
    const bool was = newsletter->isChecked();
    QCOMPARE(was, scalar(QStringLiteral("SELECT opt_newsletter FROM users WHERE id = %1").arg(user)) == 1);
    newsletter->setChecked(!was);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("saveOptIns")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT opt_newsletter FROM users WHERE id = %1").arg(user)), was ? 0 : 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_opt_ins' AND "
                                   "target_id = %1")
                        .arg(user)),
             1);

    auto *lists = window->findChild<QTableWidget *>(QStringLiteral("listsTable"));
    const qint64 member
        = scalar(QStringLiteral("SELECT count(*) FROM mailing_list_members WHERE user_id = %1").arg(user));
    QCOMPARE(qint64(lists->rowCount()), member);
    auto *all = window->findChild<QComboBox *>(QStringLiteral("allLists"));
    const qint64 free = scalar(QStringLiteral("SELECT min(id) FROM mailing_lists WHERE id NOT IN (SELECT list_id FROM "
                                              "mailing_list_members WHERE user_id = %1)")
                                   .arg(user));
    all->setCurrentIndex(all->findData(free));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addToList")), Qt::LeftButton);
    QCOMPARE(qint64(lists->rowCount()), member + 1);
    lists->selectRow(0);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("removeFromList")), Qt::LeftButton);
    QCOMPARE(qint64(lists->rowCount()), member);

    auto *notifications = window->findChild<QTableWidget *>(QStringLiteral("notificationsTable"));
    QVERIFY(notifications->rowCount() >= 1);
    notifications->selectRow(0);
    QVERIFY(window->findChild<QPlainTextEdit *>(QStringLiteral("notificationBody"))
                ->toPlainText()
                .startsWith(QStringLiteral("Hello")));
}

void TestProfileGui::ticketReplyNoteAndStatus()
{
    const qint64 ticket = scalar(QStringLiteral("SELECT min(id) FROM tickets WHERE status = 'open'"));
    const qint64 user = scalar(QStringLiteral("SELECT user_id FROM tickets WHERE id = %1").arg(ticket));
    UserWindow *window = openWindow(user);
    QVERIFY(showTab<TicketsTab>(window, "ticketsTab"));
    auto *tickets = window->findChild<QTableWidget *>(QStringLiteral("ticketsTable"));
    int row = 0;
    while (tickets->item(row, 0)->data(Qt::UserRole).toLongLong() != ticket)
        ++row;
    tickets->selectRow(row);
    auto *conversation = window->findChild<QTextBrowser *>(QStringLiteral("ticketConversation"));
    const qint64 messages
        = scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE ticket_id = %1").arg(ticket));
    QVERIFY(messages > 0);
    auto *reply = window->findChild<QPlainTextEdit *>(QStringLiteral("ticketReply"));
    reply->setPlainText(QStringLiteral("Fixed on our side; please try again."));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("sendReply")), Qt::LeftButton);
    QVERIFY(reply->toPlainText().isEmpty());
    reply->setPlainText(QStringLiteral("Player cache bug, see #4411"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addNote")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE ticket_id = %1").arg(ticket)),
             messages + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT internal FROM ticket_messages WHERE ticket_id = %1 ORDER BY id DESC "
                                   "LIMIT 1")
                        .arg(ticket)),
             1);
    QVERIFY(conversation->toPlainText().contains(QStringLiteral("Player cache bug")));
    QVERIFY(conversation->toPlainText().contains(QStringLiteral("internal note")));
    auto *status = window->findChild<QComboBox *>(QStringLiteral("ticketStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("solved")));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("setTicketStatus")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT status = 'solved' AND solved_at IS NOT NULL FROM tickets WHERE id = %1")
                        .arg(ticket)),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_id = %1 AND action IN "
                                   "('ticket_reply', 'ticket_note', 'ticket_status')")
                        .arg(user)),
             3);
}

void TestProfileGui::messagesSentByAnAdmin()
{
    const qint64 user = scalar(QStringLiteral("SELECT min(id) FROM users WHERE id NOT IN (SELECT user_id FROM "
                                              "conversations)"));
    // A support operator cannot start the conversation: the tab says so and keeps Send off.
    ActionContext support{QSqlDatabase::database(QStringLiteral("actions")),
                          {2, QStringLiteral("Sam Support"), QStringLiteral("support")}};
    MessagesTab supportTab(&support, user);
    supportTab.ensureLoaded();
    QVERIFY(!supportTab.findChild<QPushButton *>(QStringLiteral("sendMessage"))->isEnabled());
    QVERIFY(!supportTab.findChild<QLabel *>(QStringLiteral("messagesNote"))->text().isEmpty());

    UserWindow *window = openWindow(user);
    QVERIFY(showTab<MessagesTab>(window, "messagesTab"));
    auto *send = window->findChild<QPushButton *>(QStringLiteral("sendMessage"));
    QVERIFY(send->isEnabled());
    window->findChild<QPlainTextEdit *>(QStringLiteral("messageText"))
        ->setPlainText(QStringLiteral("Hi! Your certificate is ready."));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                   "WHERE c.user_id = %1")
                        .arg(user)),
             1);
    QVERIFY(window->findChild<QTextBrowser *>(QStringLiteral("messageConversation"))
                ->toPlainText()
                .contains(QStringLiteral("certificate is ready")));
}

void TestProfileGui::contestSubmissionsExported()
{
    const qint64 user = scalar(QStringLiteral("SELECT min(user_id) FROM contest_submissions"));
    const qint64 submissions
        = scalar(QStringLiteral("SELECT count(*) FROM contest_submissions WHERE user_id = %1").arg(user));
    UserWindow *window = openWindow(user);
    QVERIFY(showTab<ExportsTab>(window, "exportsTab"));
    QCOMPARE(qint64(window->findChild<QTableWidget *>(QStringLiteral("submissionsTable"))->rowCount()), submissions);

    const QString csv = m_dir.filePath(QStringLiteral("submissions.csv"));
    Prompts::setNextAnswer(csv);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("exportCsv")), Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(qint64(lines.size()), submissions + 2); // header, rows, and the empty piece after the last CRLF
    QVERIFY(lines[0].startsWith("\xEF\xBB\xBF"
                                "Contest,Title,Score"));
    QVERIFY(!QFile::exists(csv + QStringLiteral(".part")));

    const QString xlsx = m_dir.filePath(QStringLiteral("submissions"));
    Prompts::setNextAnswer(xlsx);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("exportXlsx")), Qt::LeftButton);
    QFile workbook(xlsx + QStringLiteral(".xlsx"));
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip container, as XLSX is
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("exportResult"))->text().contains(QStringLiteral(".xlsx")));

    // A folder that cannot be written: a clear error, no file.
    ExportsTab *tab = window->findChild<ExportsTab *>();
    const Status refused = tab->exportTo(QStringLiteral("/proc/rollbook/nope.csv"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("nope.csv")));
}

void TestProfileGui::settingsAndTemplatesEdited()
{
    ActionContext context{QSqlDatabase::database(QStringLiteral("actions")),
                          {1, QStringLiteral("Profile Tester"), QStringLiteral("admin")}};
    const QString before = SettingsActions::current(context.db).baseUrl;
    SettingsDialog dialog(&context);
    dialog.findChild<QLineEdit *>(QStringLiteral("settingBaseUrl"))->setText(QStringLiteral("learn dot example"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(QStringLiteral("address")));
    QCOMPARE(SettingsActions::current(context.db).baseUrl, before);

    dialog.findChild<QLineEdit *>(QStringLiteral("settingBaseUrl"))->setText(QStringLiteral("https://academy.test"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
    list->setCurrentRow(int(NotificationTemplates::keys().indexOf(QStringLiteral("suspension"))));
    dialog.findChild<QLineEdit *>(QStringLiteral("templateSubject"))->setText(QStringLiteral("Access paused"));
    list->setCurrentRow(0); // moving away keeps the edit
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(SettingsActions::current(context.db).baseUrl, QStringLiteral("https://academy.test"));
    QCOMPARE(NotificationTemplates::stored(context.db, QStringLiteral("suspension")).subject,
             QStringLiteral("Access paused"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_settings'")), 1);
}

void TestProfileGui::statusChangesAndDeleteFromTheProfile()
{
    const qint64 user = scalar(QStringLiteral("SELECT max(id) FROM users WHERE status = 0"));
    UserWindow *window = openWindow(user);
    Prompts::setNextAnswer(QStringLiteral("Course ended"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("unsubscribeAction")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM users WHERE id = %1").arg(user)), 3);
    // The window now offers what fits an unsubscribed user.
    QTRY_VERIFY(!window->findChild<QPushButton *>(QStringLiteral("unsubscribeAction")));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("statusAction")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM users WHERE id = %1").arg(user)), 0);

    QPointer<UserWindow> open = window;
    QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("unsubscribeAction")));
    Prompts::setNextAnswer(QStringLiteral("someone@else.example"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("deleteUser")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = %1").arg(user)), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing was deleted")));
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("actions")));
    QVERIFY(query.exec(QStringLiteral("SELECT email FROM users WHERE id = %1").arg(user)) && query.next());
    const QString email = query.value(0).toString();
    query.finish();
    Prompts::setNextAnswer(email.toUpper());
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("deleteUser")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = %1").arg(user)), 0);
    QTRY_VERIFY(!open); // the window closed itself
}

QTEST_MAIN(TestProfileGui)
#include "test_profilegui.moc"
