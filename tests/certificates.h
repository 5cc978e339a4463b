#pragma once

#include <QString>

namespace rollbook::test {

/// A CA and a certificate for 127.0.0.1 that it signed, made with openssl for the tests.
struct TestCertificates
{
    QString caCertificate;
    QString certificate;
    QString key;
    QString failure; ///< empty when made
};
TestCertificates makeCertificates(const QString &folder);

} // namespace rollbook::test
