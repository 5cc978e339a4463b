#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace rollbook::test {

PgCluster &PgCluster::shared()
{
    static PgCluster cluster;
    return cluster;
}

PgCluster::PgCluster()
{
    m_bin = qEnvironmentVariable("ROLLBOOK_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!m_dir.isValid()) {
        m_failure = QStringLiteral("no temporary folder");
        return;
    }
    if (::geteuid() == 0)
        m_owner = qEnvironmentVariable("ROLLBOOK_PG_USER", QStringLiteral("nobody"));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    if (!m_owner.isEmpty()) {
        // The folder is root's (0700): the server's user must reach its data and its socket.
        QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        if (QProcess::execute(QStringLiteral("chown"), {m_owner, data, m_dir.path()}) != 0) {
            m_failure = QStringLiteral("cannot give %1 to %2").arg(data, m_owner);
            return;
        }
    }
    if (const Status made
        = runAsOwner(m_bin + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("rollbook"),
                      QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
        !made) {
        m_failure = made.error();
        return;
    }
    if (const Status started = start(); !started)
        m_failure = started.error();
}

PgCluster::~PgCluster()
{
    if (m_failure.isEmpty())
        runAsOwner(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("stop")});
}

Status PgCluster::start()
{
    // Unix socket in the folder only: nothing listens on a network address. ROLLBOOK_TEST_PG_OPTIONS adds
    // settings for a look inside (-c log_statement=all -c logging_collector=on -c log_directory=/tmp/x).
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c full_page_writes=off "
                                           "-c max_connections=200 %2")
                                .arg(m_dir.path(), qEnvironmentVariable("ROLLBOOK_TEST_PG_OPTIONS"));
    return runAsOwner(m_bin + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                       m_dir.filePath(QStringLiteral("data/server.log")), QStringLiteral("-w"), QStringLiteral("-o"),
                       options, QStringLiteral("start")});
}

Status PgCluster::restart()
{
    if (const Status stopped
        = runAsOwner(m_bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        !stopped)
        return stopped;
    return start();
}

Status PgCluster::runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (m_owner.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_owner, QStringLiteral("--"), program} + arguments);
    if (!process.waitForStarted())
        return Error{QStringLiteral("%1 does not start: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{
            QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()).right(2000))};
    return success();
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("host=%1 port=5432 user=rollbook dbname=%2").arg(m_dir.path(), database);
}

Status PgCluster::createDatabase(const QString &name)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(m_bin + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                url(QStringLiteral("postgres")), QStringLiteral("-c"),
                QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name), QStringLiteral("-c"),
                QStringLiteral("CREATE DATABASE \"%1\"").arg(name)});
    if (!psql.waitForFinished(60'000) || psql.exitCode() != 0)
        return Error{QStringLiteral("cannot create database %1: %2").arg(name, QString::fromLocal8Bit(psql.readAll()))};
    return success();
}

} // namespace rollbook::test
