#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace rollbook::test {

ServerProcess::ServerProcess(const QString &pgUrl, const TestCertificates &certificates, const QStringList &environment)
    : m_process(std::make_unique<QProcess>())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    m_process->setProcessEnvironment(env);
    m_process->setStandardErrorFile(m_logs.filePath(QStringLiteral("rollbookd.log")));
    m_process->start(QStringLiteral(ROLLBOOKD),
                     {QStringLiteral("serve"), QStringLiteral("--pg"), pgUrl, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), certificates.certificate,
                      QStringLiteral("--tls-key"), certificates.key, QStringLiteral("--threads"), QStringLiteral("8")});
    if (!m_process->waitForStarted()) {
        m_failure = m_process->errorString();
        return;
    }
    while (m_process->state() == QProcess::Running && !m_process->canReadLine())
        m_process->waitForReadyRead(200);
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    m_port = line.section(u':', -1).toInt();
    if (!line.startsWith(u"listening on") || m_port <= 0)
        m_failure = line + output();
}

ServerProcess::~ServerProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10'000))
            m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

void ServerProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(5'000);
}

bool ServerProcess::waitForExit(int ms)
{
    return m_process->waitForFinished(ms);
}

QString ServerProcess::output() const
{
    QFile log(m_logs.filePath(QStringLiteral("rollbookd.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace rollbook::test
