#pragma once

#include <QByteArray>
#include <QString>

namespace rollbook::demo {

/// A small, valid one-page PDF that shows the given lines: the demo KYC documents.
QByteArray makePdf(const QString &title, const QStringList &lines);

} // namespace rollbook::demo
