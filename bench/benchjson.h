#pragma once

#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace rollbook::bench {

/// One result as one JSON line: {"bench": ..., "metric": ..., "value": ..., "unit": ...}.
inline void report(const char *bench, const QString &metric, double value, const char *unit)
{
    std::printf("{\"bench\": \"%s\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"%s\"}\n", bench,
                qPrintable(metric), value, unit);
    std::fflush(stdout);
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// Resident memory now and at its peak, in MiB, from /proc (Linux).
inline double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace rollbook::bench
