#include "actions/communicationactions.h"
#include "actions/links.h"
#include "actions/profileactions.h"
#include "actions/settingsactions.h"
#include "actions/supportactions.h"
#include "actions/useractions.h"
#include "database.h"
#include "notify/templates.h"
#include "schema.h"
#include "settings.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The actions behind the profile's Communications, Tickets and Messages tabs, the editable
/// notification templates, and the platform totals the Activity tab compares a user with.
class TestSupportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void optInsAreAudited();
    void mailingListMembership();
    void ticketReplyNoteAndStatus();
    void ticketValidationChangesNothing();
    void onlyAdminsStartConversations();
    void faultHalfWayChangesNothing_data();
    void faultHalfWayChangesNothing();
    void templatesAreEditedAndUsed();
    void templateValidation_data();
    void templateValidation();
    void platformTotalsFollowEveryWrite();
    void detailsAreEditedAndChecked();
    void customValuesAreTyped_data();
    void customValuesAreTyped();
    void settingsAreCheckedAndAudited_data();
    void settingsAreCheckedAndAudited();

private:
    QString state();
    qint64 scalar(const QString &sql);
    QJsonObject lastAudit(const QString &field);
    qint64 addTicket(const QString &status);

    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
    qint64 m_ana = 0;
    qint64 m_list = 0;
};

void TestSupportActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context.db = test::createStore(m_dir->filePath(QStringLiteral("s.rollbook")), QStringLiteral("support"));
    QSqlQuery setup(m_context.db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO operators (id, gid, name, role, created_at) VALUES "
                                      "(1, randomblob(16), 'Dana Admin', 'admin', 0), "
                                      "(2, randomblob(16), 'Sam Support', 'support', 0)")));
    QVERIFY(
        setup.exec(QStringLiteral("INSERT INTO mailing_lists (id, gid, name) VALUES (7, randomblob(16), 'Alumni')")));
    m_list = 7;
    m_context.actor = {1, QStringLiteral("Dana Admin"), QStringLiteral("admin")};
    m_ana
        = test::addUser(m_context.db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
}

void TestSupportActions::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("support"));
    m_dir.reset();
}

QString TestSupportActions::state()
{
    QString text;
    QSqlQuery query(m_context.db);
    for (const char *table : {"users", "tickets", "ticket_messages", "conversations", "messages",
                              "mailing_list_members", "audit_log", "commands", "settings"}) {
        query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

qint64 TestSupportActions::scalar(const QString &sql)
{
    QSqlQuery query(m_context.db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QJsonObject TestSupportActions::lastAudit(const QString &field)
{
    QSqlQuery query(m_context.db);
    query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(field));
    query.next();
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

qint64 TestSupportActions::addTicket(const QString &status)
{
    QSqlQuery insert(m_context.db);
    insert.prepare(QStringLiteral("INSERT INTO tickets (gid, user_id, subject, status, priority, opened_at) "
                                  "VALUES (randomblob(16), ?, 'Cannot open lesson 3', ?, 'normal', 0)"));
    insert.addBindValue(m_ana);
    insert.addBindValue(status);
    if (!insert.exec())
        return -1;
    return insert.lastInsertId().toLongLong();
}

void TestSupportActions::optInsAreAudited()
{
    const auto changed = CommunicationActions::setOptIns(m_context, m_ana, true, false);
    QVERIFY2(changed.ok() && changed->applied, qPrintable(changed.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT opt_newsletter * 10 + opt_promotions FROM users WHERE id = %1").arg(m_ana)),
             10);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    QCOMPARE(lastAudit(QStringLiteral("before_json")).value(QStringLiteral("opt_newsletter")).toBool(), false);
    QCOMPARE(lastAudit(QStringLiteral("after_json")).value(QStringLiteral("opt_newsletter")).toBool(), true);
    const QString before = state();
    QVERIFY(!CommunicationActions::setOptIns(m_context, m_ana, true, false)->applied);
    QVERIFY(!CommunicationActions::setOptIns(m_context, 999, true, true).ok());
    QCOMPARE(state(), before);
}

void TestSupportActions::mailingListMembership()
{
    QVERIFY(CommunicationActions::addToMailingList(m_context, m_ana, m_list)->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mailing_list_members WHERE user_id = %1").arg(m_ana)), 1);
    QCOMPARE(lastAudit(QStringLiteral("after_json")).value(QStringLiteral("mailing_list")).toString(),
             QStringLiteral("Alumni"));
    const QString before = state();
    const auto again = CommunicationActions::addToMailingList(m_context, m_ana, m_list);
    QVERIFY(again.ok() && !again->applied);
    QVERIFY(again->message.contains(QStringLiteral("Alumni")));
    QVERIFY(!CommunicationActions::addToMailingList(m_context, m_ana, 99).ok());
    QCOMPARE(state(), before);
    QVERIFY(CommunicationActions::removeFromMailingList(m_context, m_ana, m_list)->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mailing_list_members")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 2);
    QVERIFY(!CommunicationActions::removeFromMailingList(m_context, m_ana, m_list)->applied);
}

void TestSupportActions::ticketReplyNoteAndStatus()
{
    const qint64 ticket = addTicket(QStringLiteral("open"));
    QVERIFY(
        SupportActions::replyToTicket(m_context, ticket, QStringLiteral("Try clearing the cache."), false)->applied);
    QVERIFY(SupportActions::replyToTicket(m_context, ticket, QStringLiteral("Known player bug."), true)->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE ticket_id = %1 AND internal = 1 "
                                   "AND author_operator_id = 1")
                        .arg(ticket)),
             1);
    QCOMPARE(lastAudit(QStringLiteral("after_json")).value(QStringLiteral("note")).toString(),
             QStringLiteral("Known player bug."));
    QVERIFY(SupportActions::setTicketStatus(m_context, ticket, QStringLiteral("solved"))->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT solved_at IS NOT NULL FROM tickets WHERE id = %1").arg(ticket)), 1);
    QCOMPARE(lastAudit(QStringLiteral("before_json")).value(QStringLiteral("status")).toString(),
             QStringLiteral("open"));
    QVERIFY(SupportActions::setTicketStatus(m_context, ticket, QStringLiteral("open"))->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT solved_at IS NULL FROM tickets WHERE id = %1").arg(ticket)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_id = %1").arg(m_ana)), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")), 4);
}

void TestSupportActions::ticketValidationChangesNothing()
{
    const qint64 closed = addTicket(QStringLiteral("closed"));
    const QString before = state();
    QVERIFY(!SupportActions::replyToTicket(m_context, closed, QStringLiteral("Hello?"), false).ok());
    QVERIFY(!SupportActions::replyToTicket(m_context, closed, QStringLiteral("   "), true).ok());
    QVERIFY(!SupportActions::replyToTicket(m_context, 999, QStringLiteral("Hello"), true).ok());
    QVERIFY(!SupportActions::replyToTicket(m_context, closed, QString(10'001, u'x'), true).ok());
    QVERIFY(!SupportActions::setTicketStatus(m_context, closed, QStringLiteral("done")).ok());
    QVERIFY(!SupportActions::setTicketStatus(m_context, closed, QStringLiteral("closed"))->applied);
    QCOMPARE(state(), before);
    // A closed ticket still takes an internal note.
    QVERIFY(SupportActions::replyToTicket(m_context, closed, QStringLiteral("Refunded"), true)->applied);
}

void TestSupportActions::onlyAdminsStartConversations()
{
    m_context.actor = {2, QStringLiteral("Sam Support"), QStringLiteral("support")};
    const QString before = state();
    const auto refused = SupportActions::sendMessage(m_context, m_ana, QStringLiteral("Hi Ana"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("administrator")));
    QVERIFY(!SupportActions::sendMessage(m_context, m_ana, QString()).ok());
    QCOMPARE(state(), before);

    m_context.actor = {1, QStringLiteral("Dana Admin"), QStringLiteral("admin")};
    QVERIFY(SupportActions::sendMessage(m_context, m_ana, QStringLiteral("Hi Ana, welcome aboard."))->applied);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE user_id = %1 AND operator_id = 1").arg(m_ana)),
        1);
    // Now that it exists, support may answer in it; no second conversation is started.
    m_context.actor = {2, QStringLiteral("Sam Support"), QStringLiteral("support")};
    QVERIFY(SupportActions::sendMessage(m_context, m_ana, QStringLiteral("Following up."))->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE from_operator = 1")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'send_message'")), 2);
}

void TestSupportActions::faultHalfWayChangesNothing_data()
{
    QTest::addColumn<QString>("failingTable");
    QTest::newRow("audit row fails") << QStringLiteral("audit_log");
    QTest::newRow("command log fails") << QStringLiteral("commands");
}

void TestSupportActions::faultHalfWayChangesNothing()
{
    QFETCH(QString, failingTable);
    const qint64 ticket = addTicket(QStringLiteral("open"));
    QSqlQuery inject(m_context.db);
    QVERIFY(inject.exec(QStringLiteral("CREATE TEMP TRIGGER injected BEFORE INSERT ON %1 "
                                       "BEGIN SELECT RAISE(ABORT, 'injected fault'); END")
                            .arg(failingTable)));
    const QString before = state();
    QVERIFY(!SupportActions::replyToTicket(m_context, ticket, QStringLiteral("Hello"), false).ok());
    QVERIFY(!SupportActions::setTicketStatus(m_context, ticket, QStringLiteral("pending")).ok());
    QVERIFY(!SupportActions::sendMessage(m_context, m_ana, QStringLiteral("Hello")).ok());
    QVERIFY(!CommunicationActions::addToMailingList(m_context, m_ana, m_list).ok());
    QVERIFY(!CommunicationActions::setOptIns(m_context, m_ana, true, true).ok());
    QVERIFY(!ProfileActions::changeDetail(m_context, m_ana, UserDetail::Company, QStringLiteral("Acme")).ok());
    QSqlQuery field(m_context.db);
    QVERIFY(field.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type) "
                                      "VALUES (5, randomblob(16), 'sid', 'Student ID', 'text')")));
    const QString withField = state();
    QVERIFY(!ProfileActions::setCustomValue(m_context, m_ana, 5, QStringLiteral("S-1")).ok());
    QCOMPARE(state(), withField);
    QVERIFY(field.exec(QStringLiteral("DELETE FROM custom_fields WHERE id = 5")));
    SchoolSettings settings = SettingsActions::current(m_context.db);
    settings.schoolName = QStringLiteral("Renamed");
    QVERIFY(!SettingsActions::save(m_context, settings, {}).ok());
    QCOMPARE(state(), before);
}

void TestSupportActions::templatesAreEditedAndUsed()
{
    QVERIFY(StoreSettings::setValue(m_context.db, StoreSettings::SchoolName, QStringLiteral("Lumen Academy")).ok());
    QVERIFY(
        StoreSettings::setValue(m_context.db, StoreSettings::SupportEmail, QStringLiteral("help@lumen.example")).ok());
    const auto builtIn = NotificationTemplates::render(m_context.db, QStringLiteral("suspension"),
                                                       {{QStringLiteral("first_name"), QStringLiteral("Ana")},
                                                        {QStringLiteral("reason"), QStringLiteral("Chargeback")}});
    QVERIFY(builtIn.body.contains(QStringLiteral("Hello Ana")));
    QVERIFY(builtIn.body.contains(QStringLiteral("help@lumen.example")));

    NotificationTemplate wording{QStringLiteral("suspension"), QStringLiteral("{school}: access paused"),
                                 QStringLiteral("Dear {first_name}, access paused ({reason}). {support_email}")};
    QVERIFY(NotificationTemplates::save(m_context.db, wording).ok());
    QVERIFY(UserActions::suspend(m_context, m_ana, QStringLiteral("Card {declined}")).ok());
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT subject, body FROM notifications WHERE template = 'suspension'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Lumen Academy: access paused"));
    // A value is put in as it is: braces a user typed are not read as placeholders.
    QCOMPARE(query.value(1).toString(),
             QStringLiteral("Dear Ana, access paused (Card {declined}). help@lumen.example"));
    query.finish(); // no read transaction left open: the next reads see other connections' commits

    // Another connection (another operator's Rollbook) renames the school: the next email says so.
    {
        auto other = Database::open(m_dir->filePath(QStringLiteral("s.rollbook")), QStringLiteral("other"));
        QVERIFY(other.ok());
        // Plain SQL, as another process would write it: only PRAGMA data_version can tell.
        QVERIFY(QSqlQuery(*other).exec(
            QStringLiteral("UPDATE settings SET value = 'Lumen College' WHERE key = 'school_name'")));
    }
    Database::close(QStringLiteral("other"));
    QCOMPARE(NotificationTemplates::render(m_context.db, QStringLiteral("suspension"), {}).subject,
             QStringLiteral("Lumen College: access paused"));
    QVERIFY(NotificationTemplates::reset(m_context.db, QStringLiteral("suspension")).ok());
    QCOMPARE(NotificationTemplates::stored(m_context.db, QStringLiteral("suspension")).subject,
             NotificationTemplates::builtIn(QStringLiteral("suspension")).subject);
}

void TestSupportActions::templateValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("unknown placeholder") << "approval"
                                         << "Hi"
                                         << "Hello {frist_name}"
                                         << "{frist_name}";
    QTest::newRow("reason where none") << "approval"
                                       << "Hi"
                                       << "Because {reason}"
                                       << "{reason}";
    QTest::newRow("welcome without link") << "welcome"
                                          << "Hi"
                                          << "Hello {first_name}"
                                          << "{link}";
    QTest::newRow("empty subject") << "reset"
                                   << "  "
                                   << "{link}"
                                   << "subject";
    QTest::newRow("empty body") << "approval"
                                << "Hi"
                                << ""
                                << "message";
    QTest::newRow("unknown template") << "birthday"
                                      << "Hi"
                                      << "Hello"
                                      << "birthday";
}

void TestSupportActions::templateValidation()
{
    QFETCH(QString, key);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, complaint);
    const QString before = state();
    const Status saved = NotificationTemplates::save(m_context.db, {key, subject, body});
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(complaint), qPrintable(saved.error()));
    QCOMPARE(state(), before);
}

void TestSupportActions::platformTotalsFollowEveryWrite()
{
    QSqlQuery setup(m_context.db);
    QVERIFY(setup.exec(QStringLiteral(
        "INSERT INTO products (id, gid, kind, title, price, currency, created_at) VALUES "
        "(1, randomblob(16), 'course', 'Python', 4900, 'USD', 0), (2, randomblob(16), 'live_class', 'Live Q&A', 0, "
        "'USD', 0)")));
    const qint64 ben = test::addUser(m_context.db, QStringLiteral("Ben"), QStringLiteral("Okafor"),
                                     QStringLiteral("ben@example.com"));
    QVERIFY(UserActions::enrollMany(m_context, m_ana, {1, 2}).ok());
    QVERIFY(UserActions::enroll(m_context, ben, 2).ok());
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO ratings (gid, user_id, product_id, stars, created_at) VALUES "
                                      "(randomblob(16), %1, 1, 4, 0), (randomblob(16), %2, 2, 5, 0)")
                           .arg(m_ana)
                           .arg(ben)));
    QVERIFY(setup.exec(QStringLiteral("UPDATE users SET total_spent = 4900 WHERE id = %1").arg(m_ana)));
    const auto totals = [&] {
        QMap<QString, qint64> values;
        QSqlQuery query(m_context.db);
        query.exec(QStringLiteral("SELECT metric, value FROM platform_totals"));
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toLongLong());
        return values;
    };
    const auto recount = [&] {
        for (const QString &statement : platformTotalsStatements()) {
            QSqlQuery query(m_context.db);
            query.exec(statement);
        }
    };
    const auto kept = totals();
    QCOMPARE(kept.value(QStringLiteral("users")), 2);
    QCOMPARE(kept.value(QStringLiteral("enrollments")), 3);
    QCOMPARE(kept.value(QStringLiteral("live_enrollments")), 2);
    QCOMPARE(kept.value(QStringLiteral("rating_stars")), 9);
    QCOMPARE(kept.value(QStringLiteral("income")), 4900);
    recount();
    QCOMPARE(totals(), kept);
    // Deleting a user takes their enrollments, ratings and income out of the totals too.
    QVERIFY(UserActions::deleteUser(m_context, m_ana).ok());
    const auto afterDelete = totals();
    QCOMPARE(afterDelete.value(QStringLiteral("users")), 1);
    QCOMPARE(afterDelete.value(QStringLiteral("enrollments")), 1);
    QCOMPARE(afterDelete.value(QStringLiteral("ratings")), 1);
    QCOMPARE(afterDelete.value(QStringLiteral("income")), 0);
    recount();
    QCOMPARE(totals(), afterDelete);
}

void TestSupportActions::detailsAreEditedAndChecked()
{
    const QString before = state();
    QVERIFY(!ProfileActions::changeDetail(m_context, m_ana, UserDetail::FirstName, QStringLiteral("   ")).ok());
    QVERIFY(!ProfileActions::changeDetail(m_context, m_ana, UserDetail::Company, QString(201, u'x')).ok());
    QVERIFY(!ProfileActions::changeDetail(m_context, m_ana, UserDetail::Company, QString()).value().applied);
    QCOMPARE(state(), before);

    QVERIFY(ProfileActions::changeDetail(m_context, m_ana, UserDetail::LastName, QStringLiteral("Zúñiga"))->applied);
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT last_name, sort_name FROM users WHERE id = %1").arg(m_ana)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Zúñiga"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("ana zuniga"));
    QCOMPARE(lastAudit(QStringLiteral("before_json")).value(QStringLiteral("last_name")).toString(),
             QStringLiteral("Lima"));
    // The search follows the edit.
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT count(*) FROM user_search WHERE user_id = %1 AND key LIKE '%zuniga%'").arg(m_ana)),
        1);
    QVERIFY(ProfileActions::changeDetail(m_context, m_ana, UserDetail::Company, QStringLiteral("Acme"))->applied);
    QVERIFY(ProfileActions::changeDetail(m_context, m_ana, UserDetail::Company, QString())->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT company IS NULL FROM users WHERE id = %1").arg(m_ana)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'edit'")), 3);
}

void TestSupportActions::customValuesAreTyped_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("number") << "number"
                            << " 42.50 "
                            << "42.5";
    QTest::newRow("not a number") << "number"
                                  << "forty"
                                  << "";
    QTest::newRow("date") << "date"
                          << "2024-02-29"
                          << "2024-02-29";
    QTest::newRow("no such date") << "date"
                                  << "2023-02-29"
                                  << "";
    QTest::newRow("bool") << "bool"
                          << "true"
                          << "true";
    QTest::newRow("not a bool") << "bool"
                                << "maybe"
                                << "";
    QTest::newRow("choice") << "choice"
                            << "Physics"
                            << "Physics";
    QTest::newRow("not a choice") << "choice"
                                  << "Alchemy"
                                  << "";
    QTest::newRow("text") << "text"
                          << "S-0042"
                          << "S-0042";
    QTest::newRow("text too long") << "text" << QString(501, u'x') << "";
    QTest::newRow("required and empty") << "required"
                                        << ""
                                        << "";
}

void TestSupportActions::customValuesAreTyped()
{
    QFETCH(QString, type);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QSqlQuery setup(m_context.db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type, choices, required, "
                                      "searchable) VALUES (9, randomblob(16), 'field', 'Field', '%1', "
                                      "'Physics\nHistory', %2, 1)")
                           .arg(type == u"required" ? QStringLiteral("text") : type)
                           .arg(type == u"required" ? 1 : 0)));
    const QString before = state();
    const auto outcome = ProfileActions::setCustomValue(m_context, m_ana, 9, typed);
    if (stored.isEmpty()) {
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(QStringLiteral("Field")), qPrintable(outcome.error()));
        QCOMPARE(state(), before);
        return;
    }
    QVERIFY2(outcome.ok() && outcome->applied, qPrintable(outcome.error()));
    QSqlQuery query(m_context.db);
    QVERIFY(
        query.exec(QStringLiteral("SELECT value FROM custom_values WHERE user_id = %1 AND field_id = 9").arg(m_ana)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), stored);
    // Audited by the field's key, with the value before (none) and after.
    QCOMPARE(lastAudit(QStringLiteral("after_json")).value(QStringLiteral("custom.field")).toString(), stored);
    QVERIFY(lastAudit(QStringLiteral("before_json")).value(QStringLiteral("custom.field")).isNull());
    // Clearing a value that is not required removes it.
    QVERIFY(ProfileActions::setCustomValue(m_context, m_ana, 9, QString())->applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM custom_values WHERE user_id = %1").arg(m_ana)), 0);
}

void TestSupportActions::settingsAreCheckedAndAudited_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("no name") << "name"
                             << " "
                             << "name";
    QTest::newRow("bad email") << "email"
                               << "help@"
                               << "Support email";
    QTest::newRow("not a web address") << "url"
                                       << "ftp://files.example.com"
                                       << "web address";
    QTest::newRow("address with a query") << "url"
                                          << "https://learn.example.com/?a=1"
                                          << "web address";
    QTest::newRow("unknown region") << "region"
                                    << "XX"
                                    << "phone region";
    QTest::newRow("bad currency") << "currency"
                                  << "DOLLARS"
                                  << "ISO 4217";
    QTest::newRow("template without link") << "welcome"
                                           << "Hello {first_name}"
                                           << "{link}";
}

void TestSupportActions::settingsAreCheckedAndAudited()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, complaint);
    SchoolSettings settings{QStringLiteral("Lumen Academy"), QStringLiteral(" Help@Lumen.EXAMPLE "),
                            QStringLiteral("https://learn.lumen.example/"), QStringLiteral("gb"),
                            QStringLiteral("gbp")};
    QList<NotificationTemplate> templates{NotificationTemplates::builtIn(QStringLiteral("welcome"))};
    templates[0].subject = QStringLiteral("Welcome aboard, {first_name}");
    SchoolSettings bad = settings;
    QList<NotificationTemplate> badTemplates = templates;
    if (field == u"name")
        bad.schoolName = value;
    else if (field == u"email")
        bad.supportEmail = value;
    else if (field == u"url")
        bad.baseUrl = value;
    else if (field == u"region")
        bad.phoneRegion = value;
    else if (field == u"currency")
        bad.currency = value;
    else
        badTemplates[0].body = value;
    const QString before = state();
    const auto refused = SettingsActions::save(m_context, bad, badTemplates);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(complaint), qPrintable(refused.error()));
    QCOMPARE(state(), before);

    const auto saved = SettingsActions::save(m_context, settings, templates);
    QVERIFY2(saved.ok() && saved->applied, qPrintable(saved.error()));
    const SchoolSettings now = SettingsActions::current(m_context.db);
    QCOMPARE(now.supportEmail, QStringLiteral("Help@lumen.example"));
    QCOMPARE(now.baseUrl, QStringLiteral("https://learn.lumen.example"));
    QCOMPARE(now.phoneRegion, QStringLiteral("GB"));
    QCOMPARE(now.currency, QStringLiteral("GBP"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_settings'")), 1);
    QCOMPARE(lastAudit(QStringLiteral("after_json")).value(QStringLiteral("currency")).toString(),
             QStringLiteral("GBP"));
    // Links and emails follow the new settings.
    const auto link = Links::issue(m_context, m_ana, LinkPurpose::Login);
    QVERIFY(link.ok());
    QVERIFY(link->url.startsWith(QStringLiteral("https://learn.lumen.example/")));
    QVERIFY(NotificationTemplates::render(m_context.db, QStringLiteral("welcome"),
                                          {{QStringLiteral("first_name"), QStringLiteral("Ana")}})
                .subject
            == QStringLiteral("Welcome aboard, Ana"));
    // Saving the same again changes nothing.
    QVERIFY(!SettingsActions::save(m_context, settings, templates)->applied);
}

QTEST_GUILESS_MAIN(TestSupportActions)
#include "test_supportactions.moc"
