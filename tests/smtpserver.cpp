#include "smtpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rollbook::test {

namespace {

/// Debian's own Python, where python3-aiosmtpd lives, before any other on the PATH.
QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

} // namespace

SmtpServer::SmtpServer(const QStringList &options)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python(),
                    QStringList{QStringLiteral(ROLLBOOK_SMTP_SCRIPT), QStringLiteral("--out"), m_out.path(),
                                QStringLiteral("--lifetime"), QStringLiteral("600")}
                        + options);
    if (!m_process.waitForStarted(10'000)) {
        m_failure = m_process.errorString();
        return;
    }
    while (m_process.waitForReadyRead(15'000)) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT ")) {
            m_port = line.mid(5).toInt();
            return;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_failure = QStringLiteral("tests/smtpserver.py said no port (is python3-aiosmtpd installed?)");
}

SmtpServer::~SmtpServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5'000))
        m_process.kill();
    m_process.waitForFinished(2'000);
}

QList<QJsonObject> SmtpServer::messages() const
{
    QList<QJsonObject> all;
    const QDir out(m_out.path());
    for (const QString &name : out.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(out.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return all;
}

namespace {

int numberIn(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

} // namespace

int SmtpServer::connections() const
{
    return numberIn(QDir(m_out.path()).filePath(QStringLiteral("connections")));
}

int SmtpServer::count() const
{
    return numberIn(QDir(m_out.path()).filePath(QStringLiteral("count")));
}

} // namespace rollbook::test
