#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace rollbook::test {

/// A fresh Rollbook store at path, opened as connection name.
QSqlDatabase createStore(const QString &path, const QString &connection);

/// Inserts a user through SQL (the search triggers run as for any writer); returns the id.
std::int64_t addUser(QSqlDatabase &db, const QString &first, const QString &last, const QString &email,
                     const QString &phone = {}, const QString &company = {}, int status = 0,
                     std::int64_t creditBalance = 0, std::int64_t registeredAt = 1'700'000'000'000);

/// A demo school of the given size, made once per test run and shared.
QString demoSchool(std::int64_t users);

/// The file's bytes hashed, to prove that a failed open changed nothing.
QByteArray fileHash(const QString &path);

} // namespace rollbook::test
