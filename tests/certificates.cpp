#include "certificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

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

} // namespace rollbook::test
