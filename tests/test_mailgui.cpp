#include "actions/settingsactions.h"
#include "actions/useractions.h"
#include "database.h"
#include "dialogs/settingsdialog.h"
#include "mail/mailpassword.h"
#include "mail/mailsender.h"
#include "notify/mailsettings.h"
#include "outbox/outboxview.h"
#include "outboxmodel.h"
#include "settings.h"
#include "smsgateway.h"
#include "smtpserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rollbook;

/// School settings' Mail server tab against a real SMTP server on loopback and the real system
/// keychain (gnome-keyring in a D-Bus session of the test's own: tests/with-keyring.sh), and the
/// desktop's sender of queued notifications; the Text messages tab against an SMS gateway stub on
/// loopback (the one fake: no real gateway can be reached from here).
class TestMailGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mailServerSavedWithItsPasswordInTheKeychain();
    void wrongSettingsKeepWhatWasTyped();
    void testEmailShowsTheServersAnswer();
    void desktopSenderSendsAndSaysWhenTheServerFails();
    void outboxCountsFiltersAndRetriesAllFailed();
    void smsGatewayTestedSavedAndUsedByTheDesktop();

private:
    void fill(SettingsDialog &dialog, int port, const QString &password);
    QString kept(const QString &host, const QString &user,
                 MailPassword::Account account = MailPassword::Account::MailServer);
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
};

void TestMailGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context.db = test::createStore(m_dir->filePath(QStringLiteral("m.rollbook")), QStringLiteral("mail"));
    m_context.actor = {0, QStringLiteral("Dana")};
}

void TestMailGui::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("mail"));
    m_dir.reset();
}

qint64 TestMailGui::scalar(const QString &sql)
{
    QSqlQuery query(m_context.db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestMailGui::fill(SettingsDialog &dialog, int port, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->setText(QStringLiteral("127.0.0.1"));
    auto *security = dialog.findChild<QComboBox *>(QStringLiteral("smtpSecurity"));
    security->setCurrentIndex(security->findData(QStringLiteral("none")));
    dialog.findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpUser"))->setText(QStringLiteral("school"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    secret->setFocus();
    QTest::keyClicks(secret, password); // typed, as a person would
    dialog.findChild<QLineEdit *>(QStringLiteral("mailFromAddress"))->setText(QStringLiteral("school@learn.test"));
}

QString TestMailGui::kept(const QString &host, const QString &user, MailPassword::Account account)
{
    QString password = QStringLiteral("(no answer)");
    bool answered = false;
    MailPassword::read(account, host, user, this, [&](Result<QString> read) {
        password = read ? *read : QStringLiteral("(error) ") + read.error();
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        return QStringLiteral("(timeout)");
    return password;
}

void TestMailGui::mailServerSavedWithItsPasswordInTheKeychain()
{
    SettingsDialog dialog(&m_context);
    fill(dialog, 2525, QStringLiteral("mail secret 1"));
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
    const SchoolSettings saved = SettingsActions::current(m_context.db);
    QCOMPARE(saved.smtpHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved.smtpPort, QStringLiteral("2525"));
    QCOMPARE(saved.smtpSecurity, QStringLiteral("none"));
    QCOMPARE(saved.smtpUser, QStringLiteral("school"));
    QCOMPARE(saved.mailFromAddress, QStringLiteral("school@learn.test"));
    QCOMPARE(kept(QStringLiteral("127.0.0.1"), QStringLiteral("school")), QStringLiteral("mail secret 1"));
    // The password is in no row of the store, and the change is audited.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%mail secret%'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%secret%'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_settings' AND "
                                   "after_json LIKE '%smtp_host%'")),
             1);

    // Opened again, the password is not shown; saving without typing one keeps it.
    SettingsDialog again(&m_context);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("smtpPassword"))->text(), QString());
    again.findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(2526);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(kept(QStringLiteral("127.0.0.1"), QStringLiteral("school")), QStringLiteral("mail secret 1"));
}

void TestMailGui::wrongSettingsKeepWhatWasTyped()
{
    SettingsDialog dialog(&m_context);
    fill(dialog, 25, QStringLiteral("pw"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->setText(QStringLiteral("mail.example.com"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(u"TLS"),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text()));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->text(), QStringLiteral("mail.example.com"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"))->text(), QStringLiteral("pw"));
    QCOMPARE(SettingsActions::current(m_context.db).smtpHost, QString());
    dialog.findChild<QLineEdit *>(QStringLiteral("mailFromAddress"))->setText(QStringLiteral("not an address"));
    auto *security = dialog.findChild<QComboBox *>(QStringLiteral("smtpSecurity"));
    security->setCurrentIndex(security->findData(QStringLiteral("starttls")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(u"Sender address"));
    QCOMPARE(kept(QStringLiteral("mail.example.com"), QStringLiteral("school")), QString());
}

void TestMailGui::testEmailShowsTheServersAnswer()
{
    test::SmtpServer server(
        {QStringLiteral("--user"), QStringLiteral("school"), QStringLiteral("--password"), QStringLiteral("right")});
    ROLLBOOK_REQUIRE_SMTP(server);
    SettingsDialog dialog(&m_context);
    fill(dialog, server.port(), QStringLiteral("wrong"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testEmailResult"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("sendTestEmail"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Not sent"), 20'000);
    QVERIFY2(result->text().contains(u"535"), qPrintable(result->text()));
    QCOMPARE(server.messages().size(), 0);

    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    secret->clear();
    QTest::keyClicks(secret, QStringLiteral("right"));
    dialog.findChild<QLineEdit *>(QStringLiteral("testEmailTo"))->setText(QStringLiteral("ops@learn.test"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Sent to ops@learn.test"), 20'000);
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().first().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Rollbook test email"));
    QCOMPARE(server.messages().first().value(QStringLiteral("to")).toString(), QStringLiteral("ops@learn.test"));
    // Nothing was saved by testing.
    QCOMPARE(SettingsActions::current(m_context.db).smtpHost, QString());
}

void TestMailGui::desktopSenderSendsAndSaysWhenTheServerFails()
{
    test::SmtpServer server(
        {QStringLiteral("--user"), QStringLiteral("school"), QStringLiteral("--password"), QStringLiteral("right")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t user
        = test::addUser(m_context.db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    QVERIFY(QSqlQuery(m_context.db)
                .exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                                     "status, created_at) VALUES (randomblob(16), %1, 'email', 'approval', 'Hi', "
                                     "'Hello', 'queued', 0)")
                          .arg(user)));
    for (const auto &[key, value] : {std::pair{StoreSettings::SmtpHost, QStringLiteral("127.0.0.1")},
                                     std::pair{StoreSettings::SmtpPort, QString::number(server.port())},
                                     std::pair{StoreSettings::SmtpSecurity, QStringLiteral("none")},
                                     std::pair{StoreSettings::SmtpUser, QStringLiteral("school")},
                                     std::pair{StoreSettings::MailFromAddress, QStringLiteral("s@learn.test")}})
        QVERIFY(StoreSettings::setValue(m_context.db, key, value).ok());
    bool written = false;
    MailPassword::write(MailPassword::Account::MailServer, QStringLiteral("127.0.0.1"), QStringLiteral("school"),
                        QStringLiteral("wrong"), this, [&](Status s) { written = s.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20'000);

    MailSender sender;
    QSignalSpy trouble(&sender, &MailSender::troubleChanged);
    sender.setStore(m_context.db.databaseName(), m_context.actor, m_context.db);
    sender.sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(trouble.size(), 1, 20'000);
    QVERIFY2(trouble.first().first().toString().contains(u"sign-in"), qPrintable(trouble.first().first().toString()));
    QCOMPARE(server.messages().size(), 0);

    written = false;
    MailPassword::write(MailPassword::Account::MailServer, QStringLiteral("127.0.0.1"), QStringLiteral("school"),
                        QStringLiteral("right"), this, [&](Status s) { written = s.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20'000);
    QSqlQuery(m_context.db).exec(QStringLiteral("UPDATE notifications SET next_attempt_at = NULL"));
    sender.sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(trouble.size(), 2, 20'000);
    QCOMPARE(trouble.last().first().toString(), QString()); // it works again
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE status = 'sent'")), 1);
    sender.setStore({}, {}, {});
}

void TestMailGui::outboxCountsFiltersAndRetriesAllFailed()
{
    QSqlQuery insert(m_context.db);
    QVERIFY(insert.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 450; ++i) {
        const std::int64_t user = test::addUser(m_context.db, QStringLiteral("U%1").arg(i), QStringLiteral("Lima"),
                                                QStringLiteral("u%1@example.com").arg(i));
        const QString status = i < 300 ? QStringLiteral("sent")
            : i < 400                  ? QStringLiteral("failed")
                                       : QStringLiteral("queued");
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                           "status, created_at, attempts, failure) VALUES (randomblob(16), %1, 'email', "
                           "'approval', 'Hi', 'Hello', '%2', %3, 1, %4)")
                .arg(user)
                .arg(status)
                .arg(i)
                .arg(status == u"failed" ? QStringLiteral("'550 No such mailbox'") : QStringLiteral("NULL"))));
    }
    QVERIFY(insert.exec(QStringLiteral("COMMIT")));

    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(m_context.db.databaseName()).ok());
    QCOMPARE(model.rowCount(), OutboxModel::PageSize); // a page, newest first
    QCOMPARE(model.rowAt(0)->recipient, QStringLiteral("u449@example.com"));
    model.setStatus(QStringLiteral("failed"));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.data(model.index(0, OutboxModel::Failure)).toString(), QStringLiteral("550 No such mailbox"));
    QCOMPARE(model.data(model.index(0, OutboxModel::Status)).toString(), QStringLiteral("Failed"));
    model.setStatus({});
    while (model.hasMore())
        model.loadMore();
    QCOMPARE(model.rowCount(), 450);

    OutboxView view(&model, &m_context);
    view.refresh();
    auto *counts = view.findChild<QLabel *>(QStringLiteral("outboxCounts"));
    QTRY_COMPARE(counts->text(), QStringLiteral("50 queued, 300 sent, 100 failed"));
    auto *filter = view.findChild<QComboBox *>(QStringLiteral("outboxFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
    QCOMPARE(model.rowCount(), 100);
    // Resend is for a failed one only; Retry all failed queues every one again, each audited.
    auto *table = view.findChild<QTableView *>(QStringLiteral("outboxTable"));
    auto *resend = view.findChild<QPushButton *>(QStringLiteral("outboxResend"));
    QVERIFY(!resend->isEnabled());
    table->selectRow(0);
    QVERIFY(resend->isEnabled());
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_COMPARE(counts->text(), QStringLiteral("51 queued, 300 sent, 99 failed"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("outboxRetryAll")), Qt::LeftButton);
    QTRY_COMPARE(counts->text(), QStringLiteral("150 queued, 300 sent, 0 failed"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resend_notification'")), 100);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE status = 'queued' AND failure IS NULL "
                                   "AND attempts = 0")),
             100); // the hundred resent start their tries afresh
}

void TestMailGui::smsGatewayTestedSavedAndUsedByTheDesktop()
{
    test::SmsGatewayStub gateway;
    QVERIFY2(gateway.failure().isEmpty(), qPrintable(gateway.failure()));
    SettingsDialog dialog(&m_context);
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("settingPhoneRegion"));
    region->setCurrentIndex(region->findData(QStringLiteral("GB")));
    dialog.findChild<QLineEdit *>(QStringLiteral("smsUrl"))->setText(gateway.url());
    dialog.findChild<QLineEdit *>(QStringLiteral("smsUser"))->setText(QStringLiteral("AC123"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("smsPassword")), QStringLiteral("token"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smsFrom"))->setText(QStringLiteral("Escola"));
    auto *to = dialog.findChild<QLineEdit *>(QStringLiteral("testSmsTo"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testSmsResult"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("sendTestSms"));
    to->setText(QStringLiteral("not a phone"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(result->text().startsWith(u"Test phone:"), qPrintable(result->text()));
    QCOMPARE(gateway.requests().size(), 0);
    to->setText(QStringLiteral("07400 123456")); // a GB number typed as people do
    gateway.script({{401, "{\"message\": \"Authenticate\"}", 0}});
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"Not sent"), qPrintable(result->text()), 20'000);
    QVERIFY2(result->text().contains(u"Authenticate"), qPrintable(result->text()));
    QCOMPARE(to->text(), QStringLiteral("+44 7400 123456")); // the number as read, shown back
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Sent"), 20'000);
    QCOMPARE(QUrlQuery(QString::fromUtf8(gateway.requests().last().body))
                 .queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded),
             QStringLiteral("+447400123456"));

    // A template with a link cannot go by text message; the approval has a built-in one.
    auto *templates = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
    auto *sms = dialog.findChild<QPlainTextEdit *>(QStringLiteral("templateSms"));
    templates->setCurrentRow(int(NotificationTemplates::keys().indexOf(QStringLiteral("reset"))));
    QVERIFY(!sms->isEnabled());
    templates->setCurrentRow(int(NotificationTemplates::keys().indexOf(QStringLiteral("approval"))));
    QVERIFY(sms->isEnabled());
    QVERIFY(sms->toPlainText().contains(u"{first_name}"));
    sms->setPlainText(QStringLiteral("{school}: approved. Welcome, {first_name}!"));
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
    QCOMPARE(MailSettings::smsFromStore(m_context.db).url, gateway.url());
    QCOMPARE(kept(QStringLiteral("127.0.0.1"), QStringLiteral("AC123"), MailPassword::Account::SmsGateway),
             QStringLiteral("token"));
    QCOMPARE(kept(QStringLiteral("127.0.0.1"), QStringLiteral("AC123")), QString()); // not the mail server's

    const std::int64_t pia
        = test::addUser(m_context.db, QStringLiteral("Pia"), QStringLiteral("Lima"), QStringLiteral("pia@example.com"),
                        QStringLiteral("+447700900456"), {}, static_cast<int>(UserStatus::Pending));
    QVERIFY(UserActions::approve(m_context, pia).ok());
    MailSender sender;
    QSignalSpy ran(&sender, &MailSender::ran);
    sender.setStore(m_context.db.databaseName(), m_context.actor, m_context.db);
    sender.sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 1, 20'000);
    const auto request = gateway.requests().last();
    QCOMPARE(request.headers.value(QStringLiteral("authorization")),
             QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("AC123:token").toBase64()));
    const QUrlQuery form(QString::fromUtf8(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), QStringLiteral("+447700900456"));
    QCOMPARE(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded),
             QStringLiteral("%1: approved. Welcome, Pia!").arg(SettingsActions::current(m_context.db).schoolName));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'sms' AND status = 'sent'")), 1);

    // The Outbox names it a text message, to the number.
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(m_context.db.databaseName()).ok());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, OutboxModel::Recipient).data().toString(), QStringLiteral("+44 7700 900456"));
    QVERIFY(model.index(0, OutboxModel::Notification).data().toString().contains(u"text message"));
    sender.setStore({}, {}, {});
}

QTEST_MAIN(TestMailGui)
#include "test_mailgui.moc"
