#pragma once

#include "result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rollbook::test {

/// A real PostgreSQL 15 for the tests: initdb and pg_ctl from Debian's postgresql-15 (or
/// ROLLBOOK_PG_BIN) into a temporary folder, listening on a unix socket there only. As root (CI),
/// it runs as an unprivileged user (ROLLBOOK_PG_USER, else nobody): initdb refuses root.
class PgCluster
{
public:
    /// The one cluster of this test process, started on first use and stopped when it ends.
    static PgCluster &shared();
    ~PgCluster();

    /// Empty when the cluster runs; else why it could not start.
    QString failure() const { return m_failure; }
    /// A libpq connection string for one database of the cluster.
    QString url(const QString &database) const;
    /// Creates an empty database (dropping one of that name first).
    Status createDatabase(const QString &name);
    /// Stops and starts the server again, as an operator's restart would (connections break).
    Status restart();

private:
    PgCluster();
    Status start();
    Status runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs = 60'000);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_owner; ///< the user the server runs as; empty when not root
    QString m_failure;
};

} // namespace rollbook::test

/// Skips a test that needs PostgreSQL when it cannot start here; fails it under CI=true, where
/// every real part must run.
#define ROLLBOOK_REQUIRE_POSTGRES(cluster)                                                                             \
    do {                                                                                                               \
        if (!(cluster).failure().isEmpty()) {                                                                          \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL did not start: ") + (cluster).failure()));                 \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL did not start: ") + (cluster).failure()));                     \
        }                                                                                                              \
    } while (false)
