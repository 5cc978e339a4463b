// A scripted session runs every action kind on a copy of a demo school; its command log, replayed
// into a copy of the school as it was before, gives the same rows in every synced table. Then
// the field-level merge and the replay's refusal of hostile arguments.
#include "pgcluster.h"
#include "syncedrows.h"
#include "testsupport.h"

#include "actions/actionsupport.h"
#include "actions/bulk.h"
#include "actions/commandreplay.h"
#include "actions/communicationactions.h"
#include "actions/links.h"
#include "actions/operators.h"
#include "actions/profileactions.h"
#include "actions/settingsactions.h"
#include "actions/supportactions.h"
#include "actions/useractions.h"
#include "database.h"
#include "directory/customfields.h"
#include "import/importtable.h"
#include "import/userimport.h"
#include "notify/templates.h"
#include "pgstore.h"
#include "settings.h"
#include "uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

class TestCommandReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replayedSessionGivesTheSameRows();
    void replayedIntoPostgresGivesTheSameRows();
    void replayingTwiceIsRefusedByTheOpId();
    void sameFieldChangedIsAConflict();
    void otherFieldChangedStillApplies();
    void creditsNeverConflict();
    void prefetchedRowIsTakenOnceAndAStaleOneConflicts();
    void hostileArgumentsChangeNothing_data();
    void hostileArgumentsChangeNothing();

private:
    qint64 scalar(QSqlDatabase &db, const QString &sql);
    qint64 userWithStatus(UserStatus status, int skip = 0);
    void runSession();
    /// Replays the commands into the store, as the operator they name.
    void replayAll(QSqlDatabase &db, const QList<Command> &commands);
    Command lastCommand();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_session;
    QString m_before;
    ActionContext m_context;
    std::int64_t m_clock = 1'800'000'000'000;
};

void TestCommandReplay::initTestCase()
{
    test::demoSchool(300);
}

void TestCommandReplay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = m_dir->filePath(QStringLiteral("session.rollbook"));
    m_before = m_dir->filePath(QStringLiteral("before.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(300), m_session));
    {
        auto db = Database::open(m_session, QStringLiteral("prepare"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(ensureOperator(*db, QStringLiteral("Replay Admin")).ok());
        // A notification the mail server refused, as a sender records it, for the session to resend.
        QVERIFY(QSqlQuery(*db).exec(QStringLiteral("UPDATE notifications SET status = 'failed', attempts = 1, "
                                                   "failure = '550 No such mailbox' WHERE id = (SELECT min(id) FROM "
                                                   "notifications)")));
    }
    Database::close(QStringLiteral("prepare"));
    QVERIFY(QFile::copy(m_session, m_before));
    auto db = Database::open(m_session, QStringLiteral("session"));
    QVERIFY(db.ok());
    const auto actor = findOperator(*db, QStringLiteral("Replay Admin"));
    QVERIFY(actor.ok() && actor->id != 0);
    m_context = ActionContext{*db, *actor};
    m_context.clock = [this] { return m_clock += 1000; };
}

void TestCommandReplay::cleanup()
{
    m_context = ActionContext{};
    Database::close(QStringLiteral("session"));
    Database::close(QStringLiteral("before"));
    m_dir.reset();
}

qint64 TestCommandReplay::scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestCommandReplay::userWithStatus(UserStatus status, int skip)
{
    return scalar(m_context.db,
                  QStringLiteral("SELECT id FROM users WHERE status = %1 ORDER BY id LIMIT 1 OFFSET %2")
                      .arg(int(status))
                      .arg(skip));
}

Command TestCommandReplay::lastCommand()
{
    const auto commands = Commands::readAll(m_context.db);
    if (!commands || commands->isEmpty())
        qFatal("no command recorded");
    return commands->last();
}

void TestCommandReplay::runSession()
{
    ActionContext &c = m_context;
    QVERIFY(UserActions::addUser(c,
                                 {QStringLiteral("Zoé"), QStringLiteral("Kim"), QStringLiteral("zoe.kim@example.org"),
                                  QStringLiteral("+44 20 7946 0958"), QStringLiteral("Acme"), QStringLiteral("Retail")},
                                 QStringLiteral("GB"))
                .ok());
    QVERIFY(UserActions::approve(c, userWithStatus(UserStatus::Pending), QStringLiteral("Checked"))->applied);
    QVERIFY(UserActions::reject(c, userWithStatus(UserStatus::Pending), QStringLiteral("Duplicate"))->applied);
    const qint64 active = userWithStatus(UserStatus::Active, 3);
    QVERIFY(UserActions::unsubscribe(c, active, QStringLiteral("Asked to"))->applied);
    QVERIFY(UserActions::resubscribe(c, active)->applied);
    const qint64 suspended = userWithStatus(UserStatus::Active, 4);
    QVERIFY(UserActions::suspend(c, suspended, QStringLiteral("Chargeback"))->applied);
    QVERIFY(UserActions::reactivate(c, suspended, QStringLiteral("Resolved"))->applied);

    const qint64 learner = userWithStatus(UserStatus::Active, 5);
    const qint64 product = scalar(c.db,
                                  QStringLiteral("SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM "
                                                 "enrollments WHERE user_id = %1) ORDER BY id LIMIT 1")
                                      .arg(learner));
    QVERIFY(UserActions::enroll(c, learner, product)->applied);
    const qint64 many = userWithStatus(UserStatus::Active, 6);
    QSqlQuery free(c.db);
    QVERIFY(free.exec(QStringLiteral("SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM enrollments "
                                     "WHERE user_id = %1) ORDER BY id LIMIT 2")
                          .arg(many)));
    std::vector<std::int64_t> products;
    while (free.next())
        products.push_back(free.value(0).toLongLong());
    QCOMPARE(products.size(), std::size_t(2));
    free.finish();
    QVERIFY(UserActions::enrollMany(c, many, products)->applied);
    const qint64 enrollment
        = scalar(c.db, QStringLiteral("SELECT id FROM enrollments WHERE status = 'active' ORDER BY id LIMIT 1"));
    QVERIFY(UserActions::changeEnrollment(c, enrollment, QStringLiteral("completed"), 100)->applied);
    QVERIFY(UserActions::topUp(c, learner, 2500, CreditReason::Complimentary, QStringLiteral("Welcome back"))->applied);

    const qint64 edited = userWithStatus(UserStatus::Active, 7);
    QVERIFY(UserActions::changeEmail(c, edited, QStringLiteral("new.address@example.net"))->applied);
    QVERIFY(UserActions::changePhone(c, edited, QStringLiteral("020 7946 0123"), QStringLiteral("GB"))->applied);
    QVERIFY(UserActions::sendResetLink(c, edited).ok());
    QVERIFY(UserActions::setPassword(c, edited, QStringLiteral("correct horse battery"))->applied);
    QVERIFY(Links::issue(c, edited, LinkPurpose::Impersonate, QStringLiteral("Ticket 42")).ok());
    QVERIFY(ProfileActions::changeDetail(c, edited, UserDetail::Company, QStringLiteral("Globex"))->applied);
    const auto fields = loadCustomFields(c.db);
    QVERIFY(fields.ok() && !fields->isEmpty());
    const CustomField &text = *std::find_if(fields->cbegin(), fields->cend(),
                                            [](const CustomField &f) { return f.type == CustomField::Type::Text; });
    QVERIFY(ProfileActions::setCustomValue(c, edited, text.id, QStringLiteral("S-0042"))->applied);

    const qint64 ticket
        = scalar(c.db, QStringLiteral("SELECT id FROM tickets WHERE status = 'open' ORDER BY id LIMIT 1"));
    QVERIFY(SupportActions::replyToTicket(c, ticket, QStringLiteral("We are on it."), false)->applied);
    QVERIFY(SupportActions::replyToTicket(c, ticket, QStringLiteral("Refund approved."), true)->applied);
    QVERIFY(SupportActions::setTicketStatus(c, ticket, QStringLiteral("solved"))->applied);
    QVERIFY(SupportActions::sendMessage(c, edited, QStringLiteral("Your access is back."))->applied);

    const qint64 reader = userWithStatus(UserStatus::Active, 8);
    const auto optIns = CommunicationActions::setOptIns(
        c, reader, !scalar(c.db, QStringLiteral("SELECT opt_newsletter FROM users WHERE id = %1").arg(reader)), true);
    QVERIFY(optIns.ok());
    const qint64 list = scalar(c.db,
                               QStringLiteral("SELECT id FROM mailing_lists WHERE id NOT IN (SELECT list_id FROM "
                                              "mailing_list_members WHERE user_id = %1) ORDER BY id LIMIT 1")
                                   .arg(reader));
    QVERIFY(CommunicationActions::addToMailingList(c, reader, list)->applied);
    QVERIFY(CommunicationActions::removeFromMailingList(c, reader, list)->applied);
    const qint64 failed = scalar(c.db, QStringLiteral("SELECT id FROM notifications WHERE status = 'failed'"));
    QVERIFY(CommunicationActions::resendNotification(c, failed)->applied);
    QVERIFY(!CommunicationActions::resendNotification(c, failed)->applied); // queued now: nothing to do

    SchoolSettings settings = SettingsActions::current(c.db);
    settings.schoolName = QStringLiteral("Lumen Academy");
    NotificationTemplate welcome = NotificationTemplates::stored(c.db, QStringLiteral("welcome"));
    welcome.subject = QStringLiteral("Welcome to Lumen");
    QVERIFY(SettingsActions::save(c, settings, {welcome})->applied);

    const auto table = parseCsv(QByteArrayLiteral("email,first_name,last_name,company,password\n"
                                                  "ines.duarte@example.org,Inês,Duarte,Initech,opensesame1\n"
                                                  "new.address@example.net,,,Umbrella,\n"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const auto planned = UserImport::plan(c.db, *table, UserImport::guessMapping(table->header, *fields),
                                          ImportMode::AddOrUpdate, QStringLiteral("GB"));
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    QCOMPARE(planned->users.size(), std::size_t(2));
    const auto imported = UserImport::apply(c, *planned);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));

    const std::vector<std::int64_t> bulk{userWithStatus(UserStatus::Active, 10),
                                         userWithStatus(UserStatus::Active, 11)};
    const auto report = runBulk(c, bulk, [](ActionContext &context, std::int64_t id) {
        return UserActions::suspend(context, id, QStringLiteral("Spam"));
    });
    QVERIFY(report.ok() && report->count(BulkRowResult::Outcome::Applied) == 2);
    QVERIFY(UserActions::deleteUser(c, userWithStatus(UserStatus::Active, 12))->applied);
}

void TestCommandReplay::replayAll(QSqlDatabase &db, const QList<Command> &commands)
{
    for (const Command &command : commands) {
        QSqlQuery actor(db);
        actor.prepare(QStringLiteral("SELECT id, name, role FROM operators WHERE gid = ?"));
        actor.addBindValue(command.actorGid);
        QVERIFY(actor.exec() && actor.next());
        ActionContext context{
            db, {actor.value(0).toLongLong(), actor.value(1).toString(), actor.value(2).toString(), command.actorGid}};
        actor.finish();
        const auto outcome = CommandReplay::apply(context, command);
        QVERIFY2(outcome.ok(), qPrintable(command.action + u": " + outcome.error()));
        QVERIFY2(outcome->applied, qPrintable(command.action + u": " + outcome->message));
    }
}

void TestCommandReplay::replayedSessionGivesTheSameRows()
{
    runSession();
    if (QTest::currentTestFailed())
        return;
    const auto commands = Commands::readAll(m_context.db);
    QVERIFY(commands.ok());
    QSet<QString> ran;
    for (const Command &command : *commands)
        ran.insert(command.action);
    const QStringList keys = CommandReplay::actionKeys();
    QCOMPARE(ran, QSet<QString>(keys.cbegin(), keys.cend()));
    // No command carries a secret in clear, a local id or a formatted amount.
    for (const Command &command : *commands) {
        const QString args = QString::fromUtf8(QJsonDocument(command.args).toJson());
        QVERIFY2(!args.contains(u"correct horse") && !args.contains(u"opensesame1"), qPrintable(args));
        QVERIFY(!command.args.contains(QStringLiteral("user_id")));
    }

    auto before = Database::open(m_before, QStringLiteral("before"));
    QVERIFY(before.ok());
    QVERIFY(test::syncedRows(*before) != test::syncedRows(m_context.db));
    replayAll(*before, *commands);
    if (QTest::currentTestFailed())
        return;
    const QStringList replayed = test::syncedRows(*before).split(u'\n');
    const QStringList original = test::syncedRows(m_context.db).split(u'\n');
    for (qsizetype i = 0; i < std::min(replayed.size(), original.size()); ++i)
        QCOMPARE(replayed[i], original[i]);
    QCOMPARE(replayed.size(), original.size());
    QCOMPARE(scalar(*before, QStringLiteral("SELECT count(*) FROM commands WHERE state <> 'applied'")), 0);
    QSqlQuery check(*before);
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestCommandReplay::replayedIntoPostgresGivesTheSameRows()
{
    test::PgCluster &cluster = test::PgCluster::shared();
    ROLLBOOK_REQUIRE_POSTGRES(cluster);
    QVERIFY(cluster.createDatabase(QStringLiteral("replay")).ok());
    {
        auto pg = PgStore::connect(cluster.url(QStringLiteral("replay")), QStringLiteral("pg"));
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        QVERIFY(PgStore::init(*pg).ok());
        const auto loaded = PgStore::load(*pg, m_before);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        // The school as loaded is the school in the file.
        auto before = Database::open(m_before, QStringLiteral("before"));
        QVERIFY(before.ok());
        QCOMPARE(test::syncedRows(*pg), test::syncedRows(*before));

        runSession();
        if (QTest::currentTestFailed())
            return;
        const auto commands = Commands::readAll(m_context.db);
        QVERIFY(commands.ok());
        replayAll(*pg, *commands);
        if (QTest::currentTestFailed())
            return;
        const QStringList replayed = test::syncedRows(*pg).split(u'\n');
        const QStringList original = test::syncedRows(m_context.db).split(u'\n');
        for (qsizetype i = 0; i < std::min(replayed.size(), original.size()); ++i)
            QCOMPARE(replayed[i], original[i]);
        QCOMPARE(replayed.size(), original.size());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg"));
}

void TestCommandReplay::replayingTwiceIsRefusedByTheOpId()
{
    const qint64 user = userWithStatus(UserStatus::Active);
    QVERIFY(UserActions::topUp(m_context, user, 100, CreditReason::Refund, {})->applied);
    const Command command = lastCommand();
    const qint64 ledger = scalar(m_context.db, QStringLiteral("SELECT count(*) FROM credit_ledger"));
    // The same op on the store that ran it: the op id is taken, the top-up is not applied twice.
    const auto again = CommandReplay::apply(m_context, command);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorKind(), ErrorKind::Conflict);
    QCOMPARE(scalar(m_context.db, QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger);
}

void TestCommandReplay::sameFieldChangedIsAConflict()
{
    const qint64 user = userWithStatus(UserStatus::Active);
    auto before = Database::open(m_before, QStringLiteral("before"));
    QVERIFY(before.ok());
    QVERIFY(UserActions::changeEmail(m_context, user, QStringLiteral("mine@example.org"))->applied);
    const Command mine = lastCommand();
    ActionContext other{*before, {0, QStringLiteral("Other Admin")}};
    QVERIFY(UserActions::changeEmail(other, user, QStringLiteral("theirs@example.org"))->applied);
    const QString rows = test::syncedRows(*before);
    const auto outcome = CommandReplay::apply(other, mine);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errorKind(), ErrorKind::Conflict);
    QVERIFY2(outcome.error().contains(u"email"), qPrintable(outcome.error()));
    QCOMPARE(test::syncedRows(*before), rows);
}

void TestCommandReplay::otherFieldChangedStillApplies()
{
    const qint64 user = userWithStatus(UserStatus::Active);
    auto before = Database::open(m_before, QStringLiteral("before"));
    QVERIFY(before.ok());
    QVERIFY(ProfileActions::changeDetail(m_context, user, UserDetail::Company, QStringLiteral("Mine Ltd"))->applied);
    const Command mine = lastCommand();
    ActionContext other{*before, {0, QStringLiteral("Other Admin")}};
    QVERIFY(UserActions::changeEmail(other, user, QStringLiteral("theirs@example.org"))->applied);
    const qint64 version = scalar(*before, QStringLiteral("SELECT row_version FROM users WHERE id = %1").arg(user));
    const auto outcome = CommandReplay::apply(other, mine);
    QVERIFY2(outcome.ok() && outcome->applied, qPrintable(outcome.error()));
    QSqlQuery row(*before);
    QVERIFY(row.exec(QStringLiteral("SELECT company, email, row_version FROM users WHERE id = %1").arg(user))
            && row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("Mine Ltd"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("theirs@example.org"));
    QCOMPARE(row.value(2).toLongLong(), version + 1);
}

void TestCommandReplay::creditsNeverConflict()
{
    const qint64 user = userWithStatus(UserStatus::Active);
    auto before = Database::open(m_before, QStringLiteral("before"));
    QVERIFY(before.ok());
    const qint64 balance = scalar(*before, QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(user));
    QVERIFY(UserActions::topUp(m_context, user, 700, CreditReason::Complimentary, {})->applied);
    const Command mine = lastCommand();
    ActionContext other{*before, {0, QStringLiteral("Other Admin")}};
    QVERIFY(UserActions::topUp(other, user, 300, CreditReason::Complimentary, {})->applied);
    const auto outcome = CommandReplay::apply(other, mine);
    QVERIFY2(outcome.ok() && outcome->applied, qPrintable(outcome.error()));
    QCOMPARE(scalar(*before, QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(user)),
             balance + 1000);
    QCOMPARE(scalar(*before,
                    QStringLiteral("SELECT count(*) FROM users WHERE credit_balance <> (SELECT "
                                   "coalesce(sum(amount), 0) FROM credit_ledger l WHERE l.user_id = users.id)")),
             0);
}

void TestCommandReplay::prefetchedRowIsTakenOnceAndAStaleOneConflicts()
{
    // rollbookd reads a group's users before its first op: the op takes its row from there, once,
    // and a row someone changed after that read fails the write instead of overwriting the change.
    const qint64 user = userWithStatus(UserStatus::Active);
    QSqlQuery read(m_context.db);
    QVERIFY(read.exec(QStringLiteral("SELECT gid, credit_balance FROM users WHERE id = %1").arg(user)) && read.next());
    const QByteArray userGid = read.value(0).toByteArray();
    const qint64 balance = read.value(1).toLongLong();
    QHash<QByteArray, std::pair<std::int64_t, UserSnapshot>> prefetched;
    QVERIFY(ActionSupport::prefetchUsers(m_context.db, {userGid, QByteArray(16, '\x7f')}, &prefetched).ok());
    QCOMPARE(prefetched.size(), 1); // a gid no user has reads nothing
    QCOMPARE(prefetched.value(userGid).first, user);
    QCOMPARE(prefetched.value(userGid).second.creditBalance, balance);
    m_context.prefetched = &prefetched;
    QSqlError error;
    const auto first = ActionSupport::readAhead(m_context, userGid, &error);
    QCOMPARE(first, std::optional<std::int64_t>(user));
    QVERIFY(prefetched.isEmpty());
    m_context.readAheadId = 0;

    QVERIFY(ActionSupport::prefetchUsers(m_context.db, {userGid}, &prefetched).ok());
    ActionContext other{m_context.db, {0, QStringLiteral("Other Admin")}};
    QVERIFY(UserActions::topUp(other, user, 300, CreditReason::Complimentary, {})->applied);
    Command command;
    command.opId = newUuidV7();
    command.action = QStringLiteral("top_up");
    command.targetGid = userGid;
    command.clientTime = 1'800'000'000'000;
    command.args = QJsonObject{{QStringLiteral("user"), uuidText(userGid)},
                               {QStringLiteral("amount"), 700},
                               {QStringLiteral("currency"), m_context.setting(StoreSettings::Currency)},
                               {QStringLiteral("reason"), QStringLiteral("complimentary")},
                               {QStringLiteral("note"), QString()}};
    const auto stale = CommandReplay::apply(m_context, command);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.errorKind(), ErrorKind::Conflict);
    QCOMPARE(scalar(m_context.db, QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(user)),
             balance + 300);
    // Without the stale row the same command reads the user afresh and applies on top.
    m_context.prefetched = nullptr;
    const auto fresh = CommandReplay::apply(m_context, command);
    QVERIFY2(fresh.ok() && fresh->applied, qPrintable(fresh.error()));
    QCOMPARE(scalar(m_context.db, QStringLiteral("SELECT credit_balance FROM users WHERE id = %1").arg(user)),
             balance + 1000);
}

void TestCommandReplay::hostileArgumentsChangeNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<int>("kind");
    const QString huge(10'000'000, u'x');
    QTest::newRow("unknown action") << QStringLiteral("drop_school") << QJsonObject{} << int(ErrorKind::Validation);
    QTest::newRow("no user") << QStringLiteral("suspend")
                             << QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}
                             << int(ErrorKind::Validation);
    QTest::newRow("user of the wrong type")
        << QStringLiteral("suspend")
        << QJsonObject{{QStringLiteral("user"), 42}, {QStringLiteral("reason"), QStringLiteral("x")}}
        << int(ErrorKind::Validation);
    QTest::newRow("injection-shaped gid")
        << QStringLiteral("delete_user") << QJsonObject{{QStringLiteral("user"), QStringLiteral("1' OR '1'='1")}}
        << int(ErrorKind::Validation);
    QTest::newRow("unknown gid") << QStringLiteral(
        "delete_user") << QJsonObject{{QStringLiteral("user"), QStringLiteral("018f0000-0000-7000-8000-000000000000")}}
                                 << int(ErrorKind::NotFound);
    QTest::newRow("10 MB reason") << QStringLiteral(
        "suspend") << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")}, {QStringLiteral("reason"), huge}}
                                  << int(ErrorKind::Validation);
    QTest::newRow("plaintext as password hash")
        << QStringLiteral("set_password")
        << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                       {QStringLiteral("password_hash"), QStringLiteral("hunter22")}}
        << int(ErrorKind::Validation);
    QTest::newRow("fractional credit") << QStringLiteral("top_up")
                                       << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                                                      {QStringLiteral("amount"), 10.5},
                                                      {QStringLiteral("currency"), QStringLiteral("USD")},
                                                      {QStringLiteral("reason"), QStringLiteral("refund")}}
                                       << int(ErrorKind::Validation);
    QTest::newRow("credit in another currency") << QStringLiteral("top_up")
                                                << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                                                               {QStringLiteral("amount"), 1000},
                                                               {QStringLiteral("currency"), QStringLiteral("JPY")},
                                                               {QStringLiteral("reason"), QStringLiteral("refund")}}
                                                << int(ErrorKind::Validation);
    QTest::newRow("national phone") << QStringLiteral("change_phone")
                                    << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                                                   {QStringLiteral("phone"), QStringLiteral("020 7946 0123")}}
                                    << int(ErrorKind::Validation);
    QTest::newRow("edit of a column no edit may change")
        << QStringLiteral("edit")
        << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                       {QStringLiteral("field"), QStringLiteral("password_hash = '', status")},
                       {QStringLiteral("value"), QStringLiteral("x")}}
        << int(ErrorKind::Validation);
    QTest::newRow("short token hash") << QStringLiteral("issue_link")
                                      << QJsonObject{{QStringLiteral("user"), QStringLiteral("@first")},
                                                     {QStringLiteral("purpose"), QStringLiteral("login")},
                                                     {QStringLiteral("token_hash"), QStringLiteral("AAAA")}}
                                      << int(ErrorKind::Validation);
}

void TestCommandReplay::hostileArgumentsChangeNothing()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, args);
    QFETCH(int, kind);
    if (args.value(QStringLiteral("user")) == QStringLiteral("@first")) {
        QSqlQuery first(m_context.db);
        QVERIFY(first.exec(QStringLiteral("SELECT gid FROM users ORDER BY id LIMIT 1")) && first.next());
        args.insert(QStringLiteral("user"), uuidText(first.value(0).toByteArray()));
    }
    Command command;
    command.opId = newUuidV7();
    command.action = action;
    command.args = args;
    command.clientTime = m_clock;
    const QString rows = test::syncedRows(m_context.db);
    const auto outcome = CommandReplay::apply(m_context, command);
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error().isEmpty());
    QVERIFY(outcome.error().size() < 400);
    QCOMPARE(int(outcome.errorKind()), kind);
    QCOMPARE(test::syncedRows(m_context.db), rows);
}

QTEST_GUILESS_MAIN(TestCommandReplay)
#include "test_commandreplay.moc"
