#pragma once

#include <QList>
#include <QString>

namespace rollbook::BuildInfo {

/// Rollbook's version, as the build was given it (CMake's project version).
QString version();

/// The terms Rollbook is distributed under, in a sentence.
QString licence();

/// A library Rollbook is built on, with the version it runs with (or, where the library cannot
/// tell at run time, the one it was built against).
struct Component
{
    QString name;
    QString version;
};

/// The libraries every Rollbook program uses: Qt, SQLite, libsodium, libxlsxwriter, libzip,
/// libcurl, libphonenumber. The desktop app adds its own (QtKeychain, Poppler).
QList<Component> components();

/// "rollbook-cli 0.1.0" and one line per component: what --version prints.
QString versionText(const QString &program);

} // namespace rollbook::BuildInfo
