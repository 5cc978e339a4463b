#include "testsupport.h"

#include "database.h"
#include "seed/demoseeder.h"
#include "textfold.h"
#include "uuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace rollbook::test {

QSqlDatabase createStore(const QString &path, const QString &connection)
{
    OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, connection, options);
    if (!opened)
        qFatal("cannot create test store: %s", qPrintable(opened.error()));
    return *opened;
}

std::int64_t addUser(QSqlDatabase &db, const QString &first, const QString &last, const QString &email,
                     const QString &phone, const QString &company, int status, std::int64_t creditBalance,
                     std::int64_t registeredAt)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO users (gid, first_name, last_name, sort_name, email, phone, company, "
                                 "status, registered_at, credit_balance) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(newUuidV7());
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(nameSortKey(first, last));
    query.addBindValue(email);
    query.addBindValue(phone.isEmpty() ? QVariant() : QVariant(phone));
    query.addBindValue(company.isEmpty() ? QVariant() : QVariant(company));
    query.addBindValue(status);
    query.addBindValue(QVariant::fromValue<qint64>(registeredAt));
    query.addBindValue(QVariant::fromValue<qint64>(creditBalance));
    if (!query.exec())
        qFatal("cannot add user: %s", qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

QString demoSchool(std::int64_t users)
{
    static QTemporaryDir folder; // removed when the test process ends
    const QString path = QDir(folder.path()).filePath(QStringLiteral("demo-%1.rollbook").arg(users));
    if (!QFile::exists(path)) {
        demo::SeedOptions options;
        options.users = users;
        options.seed = 7;
        const Status seeded = demo::seedDemoSchool(path, options);
        if (!seeded)
            qFatal("cannot seed: %s", qPrintable(seeded.error()));
    }
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace rollbook::test
