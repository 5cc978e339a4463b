#include "import/importlimits.h"
#include "import/importtable.h"
#include "import/xlsxparts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ImportTable)
};

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / double(1 << 20), 'f', bytes < (qint64(10) << 20) ? 1 : 0);
}

struct CloseZip
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};

struct CloseFile
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

/// One part of the archive as it inflates, for QXmlStreamReader to pull from. It counts the bytes
/// it really hands over (not what the archive claims) and stops past the ceiling or the ratio.
class ZipPart : public QIODevice
{
public:
    ZipPart(zip_file_t *file, qint64 compressed)
        : m_file(file)
        , m_compressed(std::max<qint64>(compressed, 1))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    /// Why the part stopped early, or empty.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        const zip_int64_t read = zip_fread(m_file.get(), data, zip_uint64_t(size));
        if (read < 0) {
            m_failure = Text::tr("cannot be inflated: %1").arg(QString::fromUtf8(zip_file_strerror(m_file.get())));
            return -1;
        }
        m_inflated += read;
        if (m_inflated > ImportLimits::PartBytes) {
            m_failure = Text::tr("inflates past %1 MB, the most Rollbook reads from one part of a workbook")
                            .arg(megabytes(ImportLimits::PartBytes));
            return -1;
        }
        if (m_inflated > ImportLimits::RatioFloor && m_inflated / m_compressed > ImportLimits::PartRatio) {
            m_failure = Text::tr("inflates more than %1 times its stored size, as a zip bomb does")
                            .arg(ImportLimits::PartRatio);
            return -1;
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<zip_file_t, CloseFile> m_file;
    qint64 m_compressed;
    qint64 m_inflated = 0;
    QString m_failure;
};

class Workbook
{
public:
    Workbook(zip_t *zip, QString name)
        : m_zip(zip)
        , m_name(std::move(name))
    { }

    /// Runs read on the part's XML; an absent part gives std::nullopt (read is not called).
    template<typename T, typename Read> std::optional<Result<T>> withPart(const QString &part, Read read)
    {
        const QByteArray utf8 = part.toUtf8();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(m_zip, utf8.constData(), 0, &stat) != 0)
            return std::nullopt;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(ImportLimits::PartBytes))
            return Result<T>(
                Error{Text::tr("%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads "
                               "parts of up to %4 MB.")
                          .arg(m_name, part, megabytes(qint64(std::min<zip_uint64_t>(stat.size, 1ull << 62))),
                               megabytes(ImportLimits::PartBytes))});
        zip_file_t *file = zip_fopen(m_zip, utf8.constData(), 0);
        if (!file)
            return Result<T>(Error{Text::tr("%1 is damaged: its part %2 cannot be opened (%3).")
                                       .arg(m_name, part, QString::fromUtf8(zip_strerror(m_zip)))});
        ZipPart device(file, (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 1);
        QXmlStreamReader xml(&device);
        Result<T> result = read(xml);
        if (!device.failure().isEmpty())
            return Result<T>(Error{Text::tr("%1 is refused: its part %2 %3.").arg(m_name, part, device.failure())});
        if (!result)
            // The part's reader says whether it is damaged or past a limit.
            return Result<T>(Error{Text::tr("%1: %2").arg(m_name, result.error())});
        return result;
    }

    /// The first sheet's part name, through workbook.xml and its relationships.
    Result<QString> firstSheetPath()
    {
        const auto id = withPart<QString>(QStringLiteral("xl/workbook.xml"), [](QXmlStreamReader &xml) {
            return attributeOf(xml, u"sheet", QStringLiteral("id"), {});
        });
        if (!id)
            return Error{Text::tr("%1 is not an Excel workbook: it has no xl/workbook.xml.").arg(m_name)};
        if (!*id)
            return Error{id->error()};
        const auto target
            = withPart<QString>(QStringLiteral("xl/_rels/workbook.xml.rels"), [&id](QXmlStreamReader &xml) {
                  return attributeOf(xml, u"Relationship", QStringLiteral("Target"), **id);
              });
        if (!target || (*target && (*target)->isEmpty()))
            return Error{Text::tr("%1 has no worksheet Rollbook can read.").arg(m_name)};
        if (!*target)
            return Error{target->error()};
        const QString path = **target;
        return path.startsWith(u'/') ? path.mid(1) : QStringLiteral("xl/") + path;
    }

private:
    /// The attribute of the first element of that name (whose Id is id, when id is given).
    static Result<QString> attributeOf(QXmlStreamReader &xml, QStringView element, const QString &attribute,
                                       const QString &id)
    {
        QString found;
        while (!xml.atEnd() && found.isEmpty()) {
            // The sheet's r:id, or the relationship's Target when its Id matches.
            if (Xlsx::nextToken(xml) == QXmlStreamReader::StartElement && xml.name() == element
                && (id.isEmpty() || xml.attributes().value(QStringLiteral("Id")) == id))
                found = xml.attributes().value(attribute).left(1024).toString();
        }
        if (xml.hasError())
            return Xlsx::xmlError(xml, QStringLiteral("workbook"));
        return found;
    }

    zip_t *m_zip;
    QString m_name;
};

Result<ImportTable> readWorkbook(zip_t *zip, const QString &name)
{
    Workbook book(zip, name);
    const auto sheetPath = book.firstSheetPath();
    if (!sheetPath)
        return sheetPath.failure();
    Xlsx::SharedStrings shared;
    if (auto read
        = book.withPart<Xlsx::SharedStrings>(QStringLiteral("xl/sharedStrings.xml"),
                                             [](QXmlStreamReader &xml) { return Xlsx::readSharedStrings(xml); })) {
        if (!*read)
            return Error{read->error()};
        shared = std::move(**read);
    }
    QList<bool> dates;
    if (auto read = book.withPart<QList<bool>>(QStringLiteral("xl/styles.xml"),
                                               [](QXmlStreamReader &xml) { return Xlsx::readDateStyles(xml); })) {
        if (!*read)
            return Error{read->error()};
        dates = std::move(**read);
    }
    ImportTable table;
    table.encoding = QStringLiteral("XLSX");
    const auto sheet = book.withPart<bool>(*sheetPath, [&](QXmlStreamReader &xml) -> Result<bool> {
        if (const Status read = Xlsx::readSheet(xml, shared, dates, table); !read)
            return read.failure();
        return true;
    });
    if (!sheet)
        return Error{Text::tr("%1 is damaged: its first sheet (%2) is missing.").arg(name, *sheetPath)};
    if (!*sheet)
        return Error{sheet->error()};
    if (table.header.isEmpty())
        return Error{Text::tr("%1 is empty: it needs a header row and a row per user.").arg(name)};
    return table;
}

} // namespace

Result<ImportTable> readXlsx(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    int error = 0;
    const QByteArray file = QFile::encodeName(path);
    std::unique_ptr<zip_t, CloseZip> zip(zip_open(file.constData(), ZIP_RDONLY, &error));
    if (!zip)
        return Error{Text::tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(name)};
    return readWorkbook(zip.get(), name);
}

Result<ImportTable> parseXlsx(const QByteArray &bytes, const QString &name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error{Text::tr("%1 cannot be read.").arg(name)};
    }
    std::unique_ptr<zip_t, CloseZip> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!zip) {
        zip_source_free(source);
        return Error{Text::tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(name)};
    }
    return readWorkbook(zip.get(), name);
}

} // namespace rollbook
