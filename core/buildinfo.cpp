#include "buildinfo.h"

#include <QCoreApplication>

#include <curl/curl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>

namespace rollbook::BuildInfo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::BuildInfo)
};

} // namespace

QString version()
{
    return QStringLiteral(ROLLBOOK_VERSION);
}

QString licence()
{
    // No licence is published yet: until one is, the authors keep every right.
    return Text::tr("All rights reserved. No licence has been published for this version.");
}

QList<Component> components()
{
    return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
            {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
            {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION)},
            {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
            {QStringLiteral("libcurl"), QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version)},
            {QStringLiteral("libphonenumber"), QStringLiteral(ROLLBOOK_PHONENUMBER_VERSION)}};
}

QString versionText(const QString &program)
{
    QString text = program + u' ' + version() + u'\n';
    for (const Component &component : components())
        text += QStringLiteral("  %1 %2\n").arg(component.name, component.version);
    return text;
}

} // namespace rollbook::BuildInfo
