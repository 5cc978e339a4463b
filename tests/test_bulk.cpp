#include "actions/bulk.h"
#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// Bulk actions on a demo school: per-row results, chunked and cancellable; and deletion that
/// leaves no row of the user in any table that refers to users.
class TestBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void suspendsManyWithOneAuditRowEach();
    void cancelStopsBetweenChunks();
    void oneFailureHalfWayUndoesThatUserOnly();
    void deleteLeavesNoRowOfTheUser();

private:
    qint64 scalar(const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
};

void TestBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(2000), path));
    auto opened = Database::open(path, QStringLiteral("bulk"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_context.db = *opened;
    m_context.actor = {1, QStringLiteral("Dana Admin")};
}

void TestBulk::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("bulk"));
    m_dir.reset();
}

qint64 TestBulk::scalar(const QString &sql)
{
    QSqlQuery query(m_context.db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestBulk::suspendsManyWithOneAuditRowEach()
{
    std::vector<std::int64_t> ids;
    for (std::int64_t id = 1; id <= 1200; ++id)
        ids.push_back(id);
    ids.push_back(999'999); // no such user
    const qint64 alreadySuspended
        = scalar(QStringLiteral("SELECT count(*) FROM users WHERE id <= 1200 AND status = 2"));
    const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    std::vector<std::size_t> progress;
    const auto report = runBulk(
        m_context, ids,
        [](ActionContext &context, std::int64_t id) {
            return UserActions::suspend(context, id, QStringLiteral("Spam wave"));
        },
        [&](std::size_t done, std::size_t) {
            progress.push_back(done);
            return true;
        },
        500);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->rows.size(), ids.size());
    QCOMPARE(progress, (std::vector<std::size_t>{500, 1000, 1201}));
    QCOMPARE(report->count(BulkRowResult::Outcome::Skipped), std::size_t(alreadySuspended));
    QCOMPARE(report->count(BulkRowResult::Outcome::Failed), std::size_t(1));
    QCOMPARE(report->rows.back().outcome, BulkRowResult::Outcome::Failed);
    QVERIFY(report->rows.back().message.contains(QStringLiteral("does not exist")));
    const qint64 applied = qint64(report->count(BulkRowResult::Outcome::Applied));
    QCOMPARE(applied, 1200 - alreadySuspended);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE id <= 1200 AND status = 2")), qint64(1200));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, applied);
}

void TestBulk::cancelStopsBetweenChunks()
{
    std::vector<std::int64_t> ids;
    for (std::int64_t id = 1; id <= 1000; ++id)
        ids.push_back(id);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM commands"));
    const auto report = runBulk(
        m_context, ids,
        [](ActionContext &context, std::int64_t id) {
            return UserActions::topUp(context, id, 500, CreditReason::Complimentary, QStringLiteral("Apology"));
        },
        [](std::size_t, std::size_t) { return false; }, 300);
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QCOMPARE(report->rows.size(), std::size_t(300));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")) - before, qint64(300));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE credit_balance <> "
                                   "(SELECT coalesce(sum(amount), 0) FROM credit_ledger l WHERE l.user_id = u.id)")),
             qint64(0));
}

void TestBulk::oneFailureHalfWayUndoesThatUserOnly()
{
    // User 7's audit row fails after their users row and ledger row were written.
    QSqlQuery inject(m_context.db);
    QVERIFY(inject.exec(QStringLiteral("CREATE TEMP TRIGGER injected BEFORE INSERT ON audit_log WHEN new.target_id = 7 "
                                       "BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
    const qint64 balance7 = scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = 7"));
    const qint64 ledger7 = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE user_id = 7"));
    const qint64 balance8 = scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = 8"));
    const std::vector<std::int64_t> ids{5, 6, 7, 8, 9};
    const auto report = runBulk(m_context, ids, [](ActionContext &context, std::int64_t id) {
        return UserActions::topUp(context, id, 700, CreditReason::Complimentary, {});
    });
    QVERIFY(report.ok());
    QCOMPARE(report->count(BulkRowResult::Outcome::Applied), std::size_t(4));
    QCOMPARE(report->rows[2].outcome, BulkRowResult::Outcome::Failed);
    QVERIFY(report->rows[2].message.contains(QStringLiteral("injected fault")));
    QCOMPARE(scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = 7")), balance7);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE user_id = 7")), ledger7);
    QCOMPARE(scalar(QStringLiteral("SELECT credit_balance FROM users WHERE id = 8")), balance8 + 700);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'top_up'")), qint64(4));
}

void TestBulk::deleteLeavesNoRowOfTheUser()
{
    // A user with something in as many tables as possible: a pending user (KYC), with tickets...
    const qint64 id = scalar(
        QStringLiteral("SELECT u.id FROM users u ORDER BY (SELECT count(*) FROM enrollments e WHERE e.user_id = u.id) "
                       "+ (SELECT count(*) FROM tickets t WHERE t.user_id = u.id) * 10 DESC LIMIT 1"));
    QVERIFY(UserActions::topUp(m_context, id, 100, CreditReason::Complimentary, {}).ok());
    const auto deleted = UserActions::deleteUser(m_context, id);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    // Walk every table that refers to users, and the tables below them.
    QSqlQuery tables(m_context.db);
    QVERIFY(
        tables.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                                   "WHERE m.type = 'table' AND f.\"table\" = 'users'")));
    int walked = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QString column = tables.value(1).toString();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3").arg(table, column).arg(id)), qint64(0));
        ++walked;
    }
    QVERIFY(walked >= 20);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE ticket_id NOT IN (SELECT id FROM tickets)")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM test_answers WHERE attempt_id NOT IN (SELECT id FROM test_attempts)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM messages WHERE conversation_id NOT IN (SELECT id FROM conversations)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users_fts WHERE rowid = %1").arg(id)), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands WHERE action = 'delete_user'")), qint64(1));
    QSqlQuery check(m_context.db);
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
}

QTEST_GUILESS_MAIN(TestBulk)
#include "test_bulk.moc"
