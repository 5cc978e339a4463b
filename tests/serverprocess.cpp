#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace rollbook::test {

namespace {

QString openssl(const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return QStringLiteral("openssl %1: %2").arg(arguments.first(), QString::fromLocal8Bit(process.readAll()));
    return {};
}

} // namespace

TestCertificates makeCertificates(const QString &folder)
{
    const QDir dir(folder);
    TestCertificates made{dir.filePath(QStringLiteral("ca.pem")),
                          dir.filePath(QStringLiteral("server.pem")),
                          dir.filePath(QStringLiteral("server.key")),
                          {}};
    const QString steps[][12] = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj=/CN=Rollbook Test CA")},
        {QStringLiteral("req"),
         QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"),
         QStringLiteral("-keyout"),
         QStringLiteral("server.key"),
         QStringLiteral("-out"),
         QStringLiteral("server.csr"),
         QStringLiteral("-subj=/CN=127.0.0.1"),
         {},
         {},
         {}},
    };
    for (const auto &step : steps) {
        QStringList arguments;
        for (const QString &argument : step) {
            if (!argument.isEmpty())
                arguments.append(argument);
        }
        if (const QString failed = openssl(arguments, folder); !failed.isEmpty()) {
            made.failure = failed;
            return made;
        }
    }
    QFile extensions(dir.filePath(QStringLiteral("san.ext")));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n") < 0) {
        made.failure = QStringLiteral("cannot write san.ext");
        return made;
    }
    extensions.close();
    made.failure
        = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                   QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                   QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext")},
                  folder);
    return made;
}

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
