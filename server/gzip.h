#pragma once

#include <QByteArray>

namespace rollbook::Gzip {

/// Whether an Accept-Encoding header value takes gzip (and does not refuse it with q=0).
bool accepted(const QByteArray &acceptEncoding);

/// The data as a gzip member, at zlib's fastest level: replies are built per request, and the
/// time to compress is the client's wait. Empty when zlib fails (it only does out of memory).
QByteArray compress(const QByteArray &data);

} // namespace rollbook::Gzip
