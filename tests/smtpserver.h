#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rollbook::test {

/// A real SMTP server on a free loopback port (tests/smtpserver.py, on aiosmtpd), started with
/// the given options (--replies 451,250, --drop-at-data 1...); it stops with this object.
class SmtpServer
{
public:
    explicit SmtpServer(const QStringList &options = {});
    ~SmtpServer();
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    /// Empty when the server listens.
    QString failure() const { return m_failure; }
    int port() const { return m_port; }
    /// Every message it accepted, in order, as Python's email module parsed it back.
    QList<QJsonObject> messages() const;
    /// The connections clients opened to it.
    int connections() const;
    /// The messages it accepted, when started with --count-only.
    int count() const;

private:
    QTemporaryDir m_out;
    QProcess m_process;
    QString m_failure;
    int m_port = 0;
};

} // namespace rollbook::test

/// Skips a test whose SMTP server cannot start here; fails it under CI=true.
#define ROLLBOOK_REQUIRE_SMTP(server)                                                                                  \
    do {                                                                                                               \
        if (!(server).failure().isEmpty()) {                                                                           \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(QStringLiteral("The SMTP server did not start: ") + (server).failure()));             \
            QSKIP(qPrintable(QStringLiteral("The SMTP server did not start: ") + (server).failure()));                 \
        }                                                                                                              \
    } while (false)
