#include "lineprinter.h"

#include "csv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

namespace rollbook::cli {

namespace {

QString csvLine(const QStringList &line)
{
    QStringList quoted;
    for (const QString &value : line)
        quoted.append(csvField(value));
    return quoted.join(u',');
}

} // namespace

QString isoTime(qint64 ms)
{
    return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

LinePrinter::LinePrinter(const QString &format, QStringList header)
    : m_format(format)
    , m_header(std::move(header))
    , m_out(stdout)
{
    m_out.setEncoding(QStringConverter::Utf8);
    if (m_format == u"csv")
        m_out << csvLine(m_header) << "\r\n";
    else if (m_format == u"json")
        m_out << "[";
}

bool LinePrinter::knowsFormat(const QString &format)
{
    return format == u"csv" || format == u"json" || format == u"table";
}

void LinePrinter::tableLine(const QStringList &line)
{
    for (int i = 0; i < line.size(); ++i)
        m_out << line[i].left(40).leftJustified(m_widths.value(i)) << (i + 1 < line.size() ? "  " : "\n");
}

void LinePrinter::write(const QList<QStringList> &block)
{
    if (m_format == u"table" && m_widths.isEmpty()) {
        for (const QString &title : std::as_const(m_header))
            m_widths.append(static_cast<int>(title.size()));
        for (const QStringList &line : block) {
            for (int i = 0; i < line.size() && i < m_widths.size(); ++i)
                m_widths[i] = std::min(40, std::max(m_widths[i], static_cast<int>(line[i].size())));
        }
        tableLine(m_header);
    }
    for (const QStringList &line : block) {
        if (m_format == u"csv") {
            m_out << csvLine(line) << "\r\n";
        } else if (m_format == u"json") {
            QJsonObject object;
            for (int i = 0; i < m_header.size(); ++i)
                object.insert(m_header[i], line.value(i));
            m_out << (m_written ? ",\n" : "\n") << QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else {
            tableLine(line);
        }
        ++m_written;
    }
}

void LinePrinter::finish(const QString &footer)
{
    if (m_format == u"table" && m_widths.isEmpty())
        write({});
    if (m_format == u"json")
        m_out << "\n]\n";
    else if (m_format == u"table" && !footer.isEmpty())
        m_out << footer << "\n";
    m_out.flush();
}

} // namespace rollbook::cli
