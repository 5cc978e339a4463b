#include "database.h"
#include "directory/userqueryengine.h"
#include "export/tablewriter.h"
#include "export/userexport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// CSV and XLSX exports as a spreadsheet and a script read them: RFC 4180 quoting, the BOM,
/// Excel-safe cells with phones left alone, typed XLSX cells read back by an independent reader
/// (openpyxl), sheet rollover, Excel's cell limit, and exports that fail or are cancelled
/// leaving no file.
class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvQuotesAndBom();
    void csvExcelSafeSparesPhonesAndNumbers();
    void xlsxReadBackByOpenpyxl();
    void xlsxRollsOverToNewSheets();
    void exportFollowsTheViewAndTheSelection();
    void cancelledOrFailedExportLeavesNoFile();

private:
    QByteArray readFile(const QString &path);
    /// The workbook as openpyxl sees it: {sheet: {"rows": [[...]], "formats": [[...]], "freeze", "filter"}}.
    QJsonObject openpyxl(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createStore(m_dir->filePath(QStringLiteral("e.rollbook")), QStringLiteral("export"));
}

void TestExport::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("export"));
    m_dir.reset();
}

QByteArray TestExport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject TestExport::openpyxl(const QString &path)
{
    const char *script = R"PY(
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    rows, formats, bold = [], [], []
    for row in sheet.iter_rows():
        rows.append([c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value for c in row])
        formats.append([c.number_format for c in row])
        bold.append([bool(c.font and c.font.b) for c in row])
    out[sheet.title] = {"rows": rows, "formats": formats, "bold": bold, "freeze": sheet.freeze_panes,
                        "filter": sheet.auto_filter.ref}
print(json.dumps(out))
)PY";
    QProcess python;
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
    python.start(interpreter, {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!python.waitForFinished(60'000) || python.exitCode() != 0)
        qFatal("openpyxl could not read %s: %s", qPrintable(path), python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestExport::csvQuotesAndBom()
{
    const QString path = m_dir->filePath(QStringLiteral("q.csv"));
    ExportOptions options;
    auto writer = TableWriter::create(path, {{QStringLiteral("Name")}, {QStringLiteral("Note, with comma")}}, options);
    QVERIFY(writer.ok());
    QVERIFY(
        (*writer)->addRow(QVariantList{QStringLiteral("Ana \"Nana\" Lima"), QStringLiteral("line 1\nline 2")}).ok());
    QVERIFY((*writer)->addRow(QVariantList{QStringLiteral("Zoë"), QStringLiteral("a;b\r")}).ok());
    QVERIFY((*writer)->addRow(QVariantList{QVariant(), QStringLiteral("plain")}).ok());
    QVERIFY(!QFile::exists(path)); // only the part file until finished
    QVERIFY((*writer)->finish().ok());
    QCOMPARE(readFile(path),
             QByteArray("\xEF\xBB\xBF"
                        "Name,\"Note, with comma\"\r\n"
                        "\"Ana \"\"Nana\"\" Lima\",\"line 1\nline 2\"\r\n"
                        "Zoë,\"a;b\r\"\r\n"
                        ",plain\r\n"));

    // Semicolons, no BOM: the semicolon is quoted now, the comma is not.
    options.delimiter = u';';
    options.byteOrderMark = false;
    auto semicolons = TableWriter::create(path, {{QStringLiteral("A")}, {QStringLiteral("B")}}, options);
    QVERIFY((*semicolons)->addRow(QVariantList{QStringLiteral("1,5"), QStringLiteral("x;y")}).ok());
    QVERIFY((*semicolons)->finish().ok());
    QCOMPARE(readFile(path), QByteArray("A;B\r\n1,5;\"x;y\"\r\n"));

    options.delimiter = u'|';
    QVERIFY(!TableWriter::create(path, {{QStringLiteral("A")}}, options).ok());
}

void TestExport::csvExcelSafeSparesPhonesAndNumbers()
{
    const QString path = m_dir->filePath(QStringLiteral("s.csv"));
    const QList<ExportColumn> columns{{QStringLiteral("Note")},
                                      {QStringLiteral("Phone"), ColumnKind::Phone},
                                      {QStringLiteral("Balance"), ColumnKind::Money},
                                      {QStringLiteral("Count"), ColumnKind::Number}};
    const QList<QVariantList> rows{
        {QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("+447700900123"), qint64(-1250), qint64(-3)},
        {QStringLiteral("+1 and more"), QStringLiteral("+15551234567"), qint64(5), qint64(7)},
        {QStringLiteral("-minus"), QVariant(), qint64(0), 2.5},
        {QStringLiteral("@handle"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("\ttabbed"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("safe"), QVariant(), QVariant(), QVariant()}};
    for (const bool safe : {true, false}) {
        ExportOptions options;
        options.byteOrderMark = false;
        options.excelSafe = safe;
        auto writer = TableWriter::create(path, columns, options);
        for (const QVariantList &row : rows)
            QVERIFY((*writer)->addRow(row).ok());
        QVERIFY((*writer)->finish().ok());
        QCOMPARE((*writer)->summary().neutralisedCells, safe ? 5 : 0);
        const QByteArray q = safe ? "'" : "";
        QCOMPARE(readFile(path),
                 QByteArray("Note,Phone,Balance,Count\r\n"
                            "\""
                            + q + "=HYPERLINK(\"\"http://evil\"\")\",+447700900123,-12.50,-3\r\n" + q
                            + "+1 and more,+15551234567,0.05,7\r\n" + q + "-minus,,0.00,2.5\r\n" + q + "@handle,,,\r\n"
                            + q
                            + "\ttabbed,,,\r\n"
                              "safe,,,\r\n"));
    }
}

void TestExport::xlsxReadBackByOpenpyxl()
{
    const QString path = m_dir->filePath(QStringLiteral("t.xlsx"));
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.currency = QStringLiteral("EUR");
    auto writer = TableWriter::create(path,
                                      {{QStringLiteral("Name")},
                                       {QStringLiteral("Phone"), ColumnKind::Phone},
                                       {QStringLiteral("Credit"), ColumnKind::Money},
                                       {QStringLiteral("Registered"), ColumnKind::DateTime},
                                       {QStringLiteral("Born"), ColumnKind::Date},
                                       {QStringLiteral("Year"), ColumnKind::Number}},
                                      options);
    QVERIFY(writer.ok());
    const qint64 registered = QDateTime(QDate(2026, 11, 23), QTime(13, 45), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY((*writer)
                ->addRow(QVariantList{QStringLiteral("Zoë =1+1"), QStringLiteral("+447700900123"), qint64(1234),
                                      registered, QStringLiteral("1990-02-28"), QStringLiteral("2018")})
                .ok());
    QVERIFY(
        (*writer)->addRow(QVariantList{QString(40'000, u'x'), QVariant(), qint64(-5), QVariant(), QVariant(), 7}).ok());
    QVERIFY((*writer)->finish().ok());
    QCOMPARE((*writer)->summary().truncatedCells, 1);

    const QJsonObject book = openpyxl(path);
    QCOMPARE(book.keys(), QStringList{QStringLiteral("Users")});
    const QJsonObject sheet = book.value(QStringLiteral("Users")).toObject();
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toArray()[0].toString(), QStringLiteral("Name"));
    QVERIFY(sheet.value(QStringLiteral("bold")).toArray()[0].toArray()[0].toBool());
    QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(sheet.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:F3"));
    const QJsonArray first = rows[1].toArray();
    QCOMPARE(first[0].toString(), QStringLiteral("Zoë =1+1")); // a string in XLSX, never a formula
    QCOMPARE(first[1].toString(), QStringLiteral("+447700900123"));
    QCOMPARE(first[2].toDouble(), 12.34);
    QCOMPARE(first[3].toString(), QStringLiteral("2026-11-23T13:45:00"));
    QCOMPARE(first[4].toString(), QStringLiteral("1990-02-28T00:00:00"));
    QCOMPARE(first[5].toDouble(), 2018.0);
    const QJsonArray formats = sheet.value(QStringLiteral("formats")).toArray()[1].toArray();
    QVERIFY2(formats[2].toString().contains(QStringLiteral("EUR")), qPrintable(formats[2].toString()));
    QCOMPARE(formats[3].toString(), QStringLiteral("yyyy-mm-dd hh:mm"));
    const QJsonArray second = rows[2].toArray();
    QCOMPARE(second[0].toString().size(), 32'767);
    QCOMPARE(second[2].toDouble(), -0.05);
    QVERIFY(second[3].isNull());
}

void TestExport::xlsxRollsOverToNewSheets()
{
    const QString path = m_dir->filePath(QStringLiteral("r.xlsx"));
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.rowsPerSheet = 3; // Excel's 1,048,575, scaled down for the test
    auto writer = TableWriter::create(path, {{QStringLiteral("N"), ColumnKind::Number}}, options);
    for (int i = 1; i <= 7; ++i)
        QVERIFY((*writer)->addRow(QVariantList{i}).ok());
    QVERIFY((*writer)->finish().ok());
    QCOMPARE((*writer)->summary().sheets, 3);
    QCOMPARE((*writer)->summary().rows, 7);
    const QJsonObject book = openpyxl(path);
    QCOMPARE(book.keys(),
             (QStringList{QStringLiteral("Users"), QStringLiteral("Users (2)"), QStringLiteral("Users (3)")}));
    QList<int> seen;
    for (const QString &name : book.keys()) {
        const QJsonArray rows = book.value(name).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows[0].toArray()[0].toString(), QStringLiteral("N")); // the header on every sheet
        for (qsizetype i = 1; i < rows.size(); ++i)
            seen.append(rows[i].toArray()[0].toInt());
    }
    QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
}

void TestExport::exportFollowsTheViewAndTheSelection()
{
    const qint64 ana
        = test::addUser(m_db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"),
                        QStringLiteral("+34612345678"), QStringLiteral("=cmd|' /C calc'!A0"));
    const qint64 ben = test::addUser(m_db, QStringLiteral("Ben"), QStringLiteral("Okafor"),
                                     QStringLiteral("ben@example.com"), {}, {}, 2, 2500);
    const qint64 cleo = test::addUser(m_db, QStringLiteral("Cléo"), QStringLiteral("Martin"),
                                      QStringLiteral("cleo@example.com"), {}, QStringLiteral("Acme, Inc."), 0, 990);
    QSqlQuery field(m_db);
    QVERIFY(field.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type) VALUES "
                                      "(1, randomblob(16), 'mentor', 'Wants a mentor', 'bool')")));
    QVERIFY(field.exec(QStringLiteral("INSERT INTO custom_values VALUES (%1, 1, 'true')").arg(cleo)));

    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    UserExportRequest request;
    request.query.status = UserStatus::Active;
    request.query.sort = SortSpec{UserColumn::CreditBalance, 0, true};
    request.columns = {int(UserColumn::Name), int(UserColumn::Company), int(UserColumn::CreditBalance),
                       UserColumnCount}; // the custom field
    ExportOptions options;
    options.byteOrderMark = false;
    options.currency = QStringLiteral("USD");
    int reports = 0;
    const auto summary = exportUsers(m_db, request, path, options, [&](qint64 done, qint64 total) {
        ++reports;
        return done <= total;
    });
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->rows, 2); // Ben is suspended
    QVERIFY(reports >= 1);
    QCOMPARE(readFile(path),
             QByteArray("First name,Last name,Company,Credit balance,Wants a mentor\r\n"
                        "Cléo,Martin,\"Acme, Inc.\",9.90,Yes\r\n"
                        "Ana,Lima,'=cmd|' /C calc'!A0,0.00,\r\n"));

    // The selection: exactly these users, in this order, every column.
    request.ids = {ben, ana};
    request.columns.clear();
    const auto selected = exportUsers(m_db, request, path, options);
    QVERIFY(selected.ok());
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("First name,Last name,Email,Phone,Company,Status,Registered,Last active"));
    QVERIFY(lines[1].startsWith("Ben,Okafor,ben@example.com,,,Suspended,2023-11-14T22:13:20Z,,25.00,"));
    QVERIFY(lines[2].startsWith("Ana,Lima,ana@example.com,+34612345678,"));
}

void TestExport::cancelledOrFailedExportLeavesNoFile()
{
    for (int i = 0; i < 3000; ++i)
        test::addUser(m_db, QStringLiteral("User"), QString::number(i), QStringLiteral("u%1@example.com").arg(i));
    const QString path = m_dir->filePath(QStringLiteral("cancel.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export");
    old.close();
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    const auto cancelled
        = exportUsers(m_db, UserExportRequest{}, path, options, [](qint64 done, qint64) { return done < 2048; });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
    QCOMPARE(readFile(path), QByteArray("an older export")); // untouched
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    const auto unwritable
        = exportUsers(m_db, UserExportRequest{}, m_dir->filePath(QStringLiteral("no/such/dir.csv")), ExportOptions{});
    QVERIFY(!unwritable.ok());
    QVERIFY2(unwritable.error().contains(QStringLiteral("dir.csv")), qPrintable(unwritable.error()));
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
