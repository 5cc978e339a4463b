#include "directory/userqueryengine.h"
#include "directory/userrows.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rollbook;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsWithoutReadingEveryRow();
    void searchStatusAndSortChangeTheRows();
    void answersRoles();
    void staleResultsAreDropped();
    void rejectsBadFile();
    void firstPageThenTheRest();

private:
    bool waitForResult();

    std::unique_ptr<UserTableModel> m_model;
    // Kept alive for the whole test, so every change the model makes is checked.
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUserTableModel::init()
{
    m_model = std::make_unique<UserTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUserTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

bool TestUserTableModel::waitForResult()
{
    QSignalSpy ready(m_model.get(), &UserTableModel::resultReady);
    return ready.wait(20'000);
}

void TestUserTableModel::loadsWithoutReadingEveryRow()
{
    QVERIFY(m_model->open(test::demoSchool(2000)).ok());
    QCOMPARE(m_model->rowCount(), 0); // nothing until the worker answers
    QVERIFY(waitForResult());
    QCOMPARE(m_model->rowCount(), 2000);
    QCOMPARE(m_model->allUsers(), 2000);
    QCOMPARE(m_model->columnCount(), UserColumnCount + 5);
    QCOMPARE(m_model->headerData(UserColumnCount, Qt::Horizontal).toString(), QStringLiteral("Student ID"));
    std::int64_t sum = 0;
    for (auto c : m_model->statusCounts())
        sum += c;
    QCOMPARE(sum, 2000);
    // Default order: newest registration first.
    const qint64 first = m_model->index(0, int(UserColumn::Registered)).data(UserTableModel::RawValueRole).toLongLong();
    const qint64 second
        = m_model->index(1, int(UserColumn::Registered)).data(UserTableModel::RawValueRole).toLongLong();
    const qint64 last
        = m_model->index(1999, int(UserColumn::Registered)).data(UserTableModel::RawValueRole).toLongLong();
    QVERIFY(first >= second && second >= last);
}

void TestUserTableModel::searchStatusAndSortChangeTheRows()
{
    QVERIFY(m_model->open(test::demoSchool(2000)).ok());
    QVERIFY(waitForResult());
    m_model->setStatusFilter(UserStatus::Suspended);
    QVERIFY(waitForResult());
    const auto counts = m_model->statusCounts();
    QCOMPARE(m_model->rowCount(), int(counts[2]));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, int(UserColumn::Status)).data(UserTableModel::RawValueRole).toString(),
                 QStringLiteral("suspended"));

    m_model->setStatusFilter(std::nullopt);
    m_model->sort(int(UserColumn::CreditBalance), Qt::AscendingOrder);
    QVERIFY(waitForResult());
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < m_model->rowCount(); row += 7) {
        const qint64 value
            = m_model->index(row, int(UserColumn::CreditBalance)).data(UserTableModel::RawValueRole).toLongLong();
        QVERIFY(value >= previous);
        previous = value;
    }

    m_model->setSearch(QStringLiteral("S0000042"));
    QVERIFY(waitForResult());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->userId(0), std::int64_t(42));
    QCOMPARE(m_model->index(0, UserColumnCount).data().toString(), QStringLiteral("S0000042"));
}

void TestUserTableModel::answersRoles()
{
    QVERIFY(m_model->open(test::demoSchool(2000)).ok());
    QVERIFY(waitForResult());
    const QModelIndex name = m_model->index(0, int(UserColumn::Name));
    QVERIFY(!name.data().toString().isEmpty());
    QVERIFY(!name.data(Qt::DecorationRole).isValid());
    QVERIFY(!name.data(Qt::FontRole).isValid());
    QVERIFY(m_model->index(0, int(UserColumn::TotalSpent)).data(Qt::TextAlignmentRole).value<int>() & Qt::AlignRight);
    const qint64 id = m_model->index(0, 0).data(UserTableModel::UserIdRole).toLongLong();
    auto user = m_model->readUser(id);
    QVERIFY(user.ok());
    QCOMPARE(name.data().toString(), user->displayName());
    // Phones are stored E.164 and shown in international format.
    for (int row = 0; row < 50; ++row) {
        const QString raw = m_model->index(row, int(UserColumn::Phone)).data(UserTableModel::RawValueRole).toString();
        if (raw.isEmpty())
            continue;
        QVERIFY(raw.startsWith(u'+') && !raw.contains(u' '));
        QVERIFY(m_model->index(row, int(UserColumn::Phone)).data().toString().contains(u' '));
        break;
    }
}

void TestUserTableModel::staleResultsAreDropped()
{
    QVERIFY(m_model->open(test::demoSchool(2000)).ok());
    QVERIFY(waitForResult());
    QSignalSpy ready(m_model.get(), &UserTableModel::resultReady);
    // Typing fast: only the last term's result may reach the view.
    for (const char *typed : {"s", "sm", "smi", "smit", "smith"})
        m_model->setSearch(QString::fromLatin1(typed));
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 20'000);
    QTest::qWait(50);
    QCOMPARE(ready.count(), 1);
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, int(UserColumn::Name)).data().toString() + u' '
            + m_model->index(row, int(UserColumn::Email)).data().toString();
        QVERIFY2(text.contains(QStringLiteral("smith"), Qt::CaseInsensitive), qPrintable(text));
    }
}

void TestUserTableModel::rejectsBadFile()
{
    const Status opened = m_model->open(QStringLiteral("/nonexistent/school.rollbook"));
    QVERIFY(!opened.ok());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestUserTableModel::firstPageThenTheRest()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // What the model holds at the moment the first page is announced (the rest may follow at once).
    int firstPageRows = -1;
    bool firstPageComplete = true;
    qint64 top = 0;
    connect(m_model.get(), &UserTableModel::firstPageReady, this, [&] {
        firstPageRows = m_model->rowCount();
        firstPageComplete = m_model->isComplete();
        top = m_model->userId(0);
    });
    QVERIFY(m_model->open(test::demoSchool(2000)).ok());
    // Nothing is cached on open: the first 200 rows come ahead, then the rest is appended.
    QVERIFY(waitForResult());
    QCOMPARE(firstPageRows, int(UserQueryEngine::FirstPageRows));
    QVERIFY(!firstPageComplete);
    QVERIFY(m_model->isComplete());
    QCOMPARE(m_model->rowCount(), 2000);
    QCOMPARE(m_model->userId(0), top);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), int(UserQueryEngine::FirstPageRows));
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "test_usertablemodel.moc"
