#pragma once

#include <QString>

namespace rollbook {

/// One CSV field per RFC 4180: quoted when it holds a comma, a quote, CR or LF, inner quotes doubled.
QString csvField(const QString &value);

} // namespace rollbook
