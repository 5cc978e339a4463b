#pragma once

#include "certificates.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rollbook::test {

/// A real rollbookd serve process on a free loopback port.
class ServerProcess
{
public:
    ServerProcess(const QString &pgUrl, const TestCertificates &certificates, const QStringList &environment = {});
    ~ServerProcess();
    /// Empty when it listens; else what it said.
    QString failure() const { return m_failure; }
    int port() const { return m_port; }
    qint64 pid() const { return m_process->processId(); }
    void kill();
    bool waitForExit(int ms = 10'000);
    /// What it wrote to stderr (one line per request): a file, which no one has to read for
    /// the server to go on.
    QString output() const;

private:
    QTemporaryDir m_logs;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_failure;
};

} // namespace rollbook::test
