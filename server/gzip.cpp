#include "gzip.h"

#include <QList>

#include <libdeflate.h>

#include <memory>

namespace rollbook::Gzip {

bool accepted(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "x-gzip" && coding != "*")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed().toLower();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

QByteArray compress(const QByteArray &data)
{
    // One compressor per thread: it holds about 50 KiB of tables, made once.
    thread_local const std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(1), &libdeflate_free_compressor);
    if (!compressor)
        return {};
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(compressor.get(), size_t(data.size()))), Qt::Uninitialized);
    const size_t written = libdeflate_gzip_compress(compressor.get(), data.constData(), size_t(data.size()), out.data(),
                                                    size_t(out.size()));
    if (written == 0)
        return {};
    out.truncate(qsizetype(written));
    return out;
}

} // namespace rollbook::Gzip
