#include "database.h"
#include "export/tablewriter.h"
#include "export/userexport.h"
#include "import/importtable.h"
#include "import/userimport.h"
#include "import/xlsxparts.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;
using Kind = ImportOutcome::Kind;
using Target = ImportMapping::Target;

/// Importing users from CSV and XLSX: encodings and delimiters, XLSX written by others, the known
/// formats (Rollbook's export, Moodle's upload-users file), every error a line can have, the
/// modes, a round trip through an export, and an apply that is all or nothing.
class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvEncodingsAndDelimiters();
    void csvCutShortIsAnError();
    void xlsxWrittenByOpenpyxl();
    void damagedXlsxIsAnError();
    void unreadableCellsFailTheirLineOnlyWhenRead();
    void everyErrorKindAndNothingWritten();
    void moodleSampleFile();
    void modesAddUpdateAndUpdateOnly();
    void roundTripThroughAnExport_data();
    void roundTripThroughAnExport();
    void applyIsAllOrNothing();
    void cancelledCheck();
    void requiredCustomFieldForNewUsers();
    void phonesReadWithTheLineCountry();
    void skipInvalidImportsTheValidLines();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString usersState();
    qint64 scalar(const QString &sql);
    ImportPlan planOf(const QByteArray &csv, ImportMode mode = ImportMode::AddOnly);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
    ActionContext m_context;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createStore(m_dir->filePath(QStringLiteral("i.rollbook")), QStringLiteral("import"));
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral(
        "INSERT INTO custom_fields (id, gid, key, label, type, choices, required, searchable, position) VALUES "
        "(1, randomblob(16), 'department', 'Department', 'choice', 'Physics\nHistory', 0, 1, 1), "
        "(2, randomblob(16), 'graduation_year', 'Graduation year', 'number', NULL, 0, 0, 2), "
        "(3, randomblob(16), 'mentor', 'Wants a mentor', 'bool', NULL, 0, 0, 3)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO products (id, gid, kind, title, price, currency, created_at) VALUES "
                                      "(1, randomblob(16), 'course', 'Python Basics', 4900, 'USD', 0), "
                                      "(2, randomblob(16), 'live_class', 'Live Q&A', 0, 'USD', 0)")));
    m_context.db = m_db;
    m_context.actor = {0, QStringLiteral("Import Tester")};
    test::addUser(m_db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"), {},
                  QStringLiteral("Acme"));
}

void TestImport::cleanup()
{
    m_context.db = QSqlDatabase();
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("import"));
    m_dir.reset();
}

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QString TestImport::usersState()
{
    QString text;
    QSqlQuery query(m_db);
    for (const char *table : {"users", "custom_values", "enrollments", "audit_log"}) {
        query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

qint64 TestImport::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

ImportPlan TestImport::planOf(const QByteArray &csv, ImportMode mode)
{
    const auto table = parseCsv(csv);
    if (!table)
        qFatal("%s", qPrintable(table.error()));
    const auto fields = loadCustomFields(m_db);
    const auto planned
        = UserImport::plan(m_db, *table, UserImport::guessMapping(table->header, *fields), mode, QStringLiteral("GB"));
    if (!planned)
        qFatal("%s", qPrintable(planned.error()));
    return *planned;
}

void TestImport::csvEncodingsAndDelimiters()
{
    const auto utf8 = parseCsv("\xEF\xBB\xBF"
                               "First name;Email\r\nZoë;zoe@example.com\r\n");
    QVERIFY(utf8.ok());
    QCOMPARE(utf8->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(utf8->delimiter, QChar(u';'));
    QCOMPARE(utf8->rows.cell(0, 0), QStringLiteral("Zoë"));

    const QString text = QStringLiteral("First name\tEmail\nRenée\trenee@example.com\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto wide = parseCsv(utf16);
    QCOMPARE(wide->encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(wide->delimiter, QChar(u'\t'));
    QCOMPARE(wide->rows.cell(0, 0), QStringLiteral("Renée"));

    // Excel's "CSV" on Windows: Windows-1252, with € (0x80) and ë (0xEB).
    const auto legacy = parseCsv("Name,Note\r\nZo\xEB,\x80 5\r\n");
    QCOMPARE(legacy->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(legacy->rows.cells(0), (QStringList{QStringLiteral("Zoë"), QStringLiteral("€ 5")}));
    QCOMPARE(legacy->warnings.size(), 1);
    QVERIFY2(legacy->warnings[0].contains(QStringLiteral("line 2")), qPrintable(legacy->warnings[0]));
    QVERIFY(utf8->warnings.isEmpty());

    // Quotes, doubled quotes, a line break inside a field, a blank line.
    const auto quoted = parseCsv("a,b\n\"x, \"\"y\"\"\",\"line 1\nline 2\"\n\nlast,row");
    QCOMPARE(quoted->rows.size(), 2);
    QCOMPARE(quoted->rows.cells(0), (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("line 1\nline 2")}));
    QCOMPARE(quoted->rows.line(1), 5); // after the blank line 4
    QCOMPARE(quoted->rows.cells(1), (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
}

void TestImport::csvCutShortIsAnError()
{
    const auto cut = parseCsv("First name,Email\nAna,\"ana@exa");
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().contains(QStringLiteral("Line 2")), qPrintable(cut.error()));
    QVERIFY(!parseCsv("").ok());
}

void TestImport::xlsxWrittenByOpenpyxl()
{
    const QString path = m_dir->filePath(QStringLiteral("o.xlsx"));
    const char *script = R"PY(
import sys, datetime, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "People"
sheet.append(["First name", "Email", "Graduation year", "Birth", "Mentor"])
sheet.append(["Zoë", "zoe@example.com", 2018, datetime.date(1990, 2, 28), True])
sheet.append(["Ana", "ana@example.com", 2020.5, None, False])
book.create_sheet("Other").append(["ignored"])
book.save(sys.argv[1])
)PY";
    QProcess python;
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
    python.start(interpreter, {QStringLiteral("-c"), QString::fromUtf8(script), path});
    QVERIFY(python.waitForFinished(60'000));
    QCOMPARE(python.exitCode(), 0);
    const auto table = readTable(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->header.value(0), QStringLiteral("First name"));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.cells(0),
             (QStringList{QStringLiteral("Zoë"), QStringLiteral("zoe@example.com"), QStringLiteral("2018"),
                          QStringLiteral("1990-02-28"), QStringLiteral("TRUE")}));
    QCOMPARE(table->rows.cell(1, 2), QStringLiteral("2020.5"));
    QCOMPARE(table->rows.cell(1, 3), QString());
}

void TestImport::damagedXlsxIsAnError()
{
    const QString path = write(QStringLiteral("bad.xlsx"), QByteArrayLiteral("PK\x03\x04 not really a zip"));
    const auto table = readTable(path);
    QVERIFY(!table.ok());
    QVERIFY(table.error().contains(QStringLiteral("bad.xlsx")));
}

void TestImport::unreadableCellsFailTheirLineOnlyWhenRead()
{
    const auto text = [](const char *ref, const char *value) -> QByteArray {
        return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    };
    QXmlStreamReader xml(QByteArray("<worksheet><sheetData><row r=\"1\">") + text("A1", "First name")
                         + text("B1", "Email") + text("C1", "Notes") + "</row><row r=\"3\">" + text("A3", "Ana")
                         + text("B3", "ana.new@example.com") + "<c r=\"C3\" t=\"e\"><v>#N/A</v></c></row>"
                         + "<row r=\"4\"><c r=\"A4\" t=\"e\"><v>#REF!</v></c>" + text("B4", "ben@example.com")
                         + "</row><row r=\"5\" s=\"1\" customFormat=\"1\"/><row r=\"6\"><c r=\"A6\"><v>abc</v></c>"
                         + text("B6", "cy@example.com") + "</row><row r=\"7\">" + text("B7", "dee@example.com")
                         + text("A7", "Dee") + "</row></sheetData></worksheet>");
    ImportTable table;
    QVERIFY(Xlsx::readSheet(xml, {}, {}, table).ok());
    // The formatted empty row 5 is not a user; lines are the sheet's rows.
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows.line(0), 3);
    QCOMPARE(table.rows.line(2), 6);
    QCOMPARE(table.problems.size(), 4);
    const auto fields = loadCustomFields(m_db);
    const auto planned = UserImport::plan(m_db, table, UserImport::guessMapping(table.header, *fields),
                                          ImportMode::AddOnly, QStringLiteral("GB"));
    QVERIFY(planned.ok());
    QCOMPARE(planned->outcomes.size(), 4);
    // An Excel error in the Notes column, which the import ignores, does not count.
    QVERIFY2(planned->outcomes[0].kind == Kind::Create, qPrintable(planned->outcomes[0].detail));
    QCOMPARE(planned->outcomes[1].kind, Kind::Error);
    QVERIFY(planned->outcomes[1].detail.contains(QStringLiteral("Cell A4 holds the Excel error #REF!")));
    QCOMPARE(planned->outcomes[2].line, 6);
    QVERIFY(planned->outcomes[2].detail.contains(QStringLiteral("should hold a number but holds \"abc\"")));
    QVERIFY(planned->outcomes[3].detail.contains(QStringLiteral("out of order")));

    // Found by fuzz_sheet: a cell outside any row, after rows, is a damaged sheet.
    QXmlStreamReader stray(QByteArray("<worksheet><sheetData><row>") + text("A1", "Email") + "</row><row>"
                           + text("A2", "a@example.com") + "</row>" + text("A3", "b@example.com")
                           + "</sheetData></worksheet>");
    ImportTable damaged;
    const Status read = Xlsx::readSheet(stray, {}, {}, damaged);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("outside any row")), qPrintable(read.error()));
}

void TestImport::everyErrorKindAndNothingWritten()
{
    const QString before = usersState();
    const ImportPlan plan = planOf("First name,Last name,Email,Phone,Product,Graduation year,Department\n"
                                   "Ben,Okafor,ben@example.com,07400 123456,Python Basics,2019,Physics\n"
                                   "Bad,Email,not-an-email,,,,\n"
                                   "Bad,Phone,phone@example.com,12,,,\n"
                                   "Dup,File,BEN@example.com,,,,\n"
                                   "Dup,Store,ana@example.com,,,,\n"
                                   "Bad,Product,product@example.com,,Cooking 101,,\n"
                                   ",NoFirst,nofirst@example.com,,,,\n"
                                   "Bad,Type,type@example.com,,,soon,\n"
                                   "Bad,Choice,choice@example.com,,,,Alchemy\n");
    QCOMPARE(plan.outcomes.size(), 9);
    QVERIFY2(plan.outcomes[0].kind == Kind::Create, qPrintable(plan.outcomes[0].detail));
    const QStringList expected{QStringLiteral("email"),       QStringLiteral("phone"),
                               QStringLiteral("line 2"),      QStringLiteral("already a user"),
                               QStringLiteral("Cooking 101"), QStringLiteral("first name"),
                               QStringLiteral("number"),      QStringLiteral("one of")};
    for (int i = 0; i < expected.size(); ++i) {
        const ImportOutcome &outcome = plan.outcomes[i + 1];
        QCOMPARE(outcome.kind, Kind::Error);
        QCOMPARE(outcome.line, i + 3);
        QVERIFY2(outcome.detail.contains(expected[i], Qt::CaseInsensitive), qPrintable(outcome.detail));
    }
    QCOMPARE(plan.count(Kind::Error), 8);
    const auto applied = UserImport::apply(m_context, plan);
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().contains(QStringLiteral("8 lines")));
    QCOMPARE(usersState(), before);

    // The results file lists every line with its outcome.
    const QString results = m_dir->filePath(QStringLiteral("results.csv"));
    QVERIFY(UserImport::writeResults(plan, results).ok());
    QFile file(results);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 10);
    QVERIFY(text.contains("Cooking 101"));
}

void TestImport::moodleSampleFile()
{
    // Moodle's own example (docs.moodle.org, Upload users), then a fuller one.
    const ImportPlan sample = planOf("username,firstname,lastname,email\n"
                                     "jonest,Tom,Jones,tom.jones@example.com\n"
                                     "reznort,Trent,Reznor,treznor@example.com\n"
                                     "mossk,Kate,Moss,kmoss@example.com\n");
    QCOMPARE(UserImport::formatName({QStringLiteral("username"), QStringLiteral("firstname"),
                                     QStringLiteral("lastname"), QStringLiteral("email")}),
             QStringLiteral("Moodle upload users"));
    QCOMPARE(sample.count(Kind::Create), 3);
    QVERIFY(UserImport::apply(m_context, sample).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = 'treznor@example.com' AND first_name = "
                                   "'Trent' AND last_name = 'Reznor'")),
             1);

    const ImportPlan full = planOf("username,password,firstname,lastname,email,phone1,institution,suspended,"
                                   "course1,profile_field_department\n"
                                   "lmarx,Secret-pass-1,Lena,Marx,lena@example.com,020 7946 0018,Acme,1,Python Basics,"
                                   "History\n");
    QCOMPARE(full.count(Kind::Create), 1);
    QVERIFY(UserImport::apply(m_context, full).ok());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT u.phone, u.company, u.status, u.password_hash LIKE '$argon2id$%', "
                                      "(SELECT value FROM custom_values WHERE user_id = u.id AND field_id = 1), "
                                      "(SELECT count(*) FROM enrollments WHERE user_id = u.id AND product_id = 1) "
                                      "FROM users u WHERE email = 'lena@example.com'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+442079460018"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Acme"));
    QCOMPARE(query.value(2).toInt(), int(UserStatus::Suspended));
    QVERIFY(query.value(3).toBool());
    QCOMPARE(query.value(4).toString(), QStringLiteral("History"));
    QCOMPARE(query.value(5).toInt(), 1);
}

void TestImport::modesAddUpdateAndUpdateOnly()
{
    const QByteArray file = "Email,First name,Company\nana@example.com,Ana,Initech\nnew@example.com,Neo,\n";
    const ImportPlan update = planOf(file, ImportMode::AddOrUpdate);
    QCOMPARE(update.outcomes[0].kind, Kind::Update);
    QVERIFY2(update.outcomes[0].detail.contains(QStringLiteral("Acme → Initech")),
             qPrintable(update.outcomes[0].detail));
    QCOMPARE(update.outcomes[1].kind, Kind::Create);
    const ImportPlan only = planOf(file, ImportMode::UpdateOnly);
    QCOMPARE(only.outcomes[1].kind, Kind::Skip);
    QVERIFY(UserImport::apply(m_context, only).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE company = 'Initech'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 1);
    // Nothing left to change: skipped, with the reason.
    const ImportPlan again = planOf(file, ImportMode::UpdateOnly);
    QCOMPARE(again.outcomes[0].kind, Kind::Skip);
    QVERIFY(again.outcomes[0].detail.contains(QStringLiteral("Nothing")));
}

void TestImport::roundTripThroughAnExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << "users.csv";
    QTest::newRow("xlsx") << "users.xlsx";
}

void TestImport::roundTripThroughAnExport()
{
    QFETCH(QString, file);
    // Users with every kind of field, exported, then imported into an empty school like this one.
    const qint64 zoe
        = test::addUser(m_db, QStringLiteral("Zoë"), QStringLiteral("O'Brien, Jr."), QStringLiteral("zoe@example.com"),
                        QStringLiteral("+447400123456"), QStringLiteral("=Initech"), int(UserStatus::Suspended));
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO custom_values VALUES (%1, 1, 'Physics'), (%1, 2, '2018'), "
                                      "(%1, 3, 'true')")
                           .arg(zoe)));
    const QString path = m_dir->filePath(file);
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    QVERIFY(exportUsers(m_db, UserExportRequest{}, path, options).ok());
    const auto snapshot = [](QSqlDatabase &db) {
        QStringList rows;
        QSqlQuery query(db);
        query.exec(QStringLiteral(
            "SELECT u.email, u.first_name, u.last_name, coalesce(u.phone, ''), coalesce(u.company, ''), u.status, "
            "coalesce((SELECT group_concat(field_id || '=' || value) FROM custom_values WHERE user_id = u.id), '') "
            "FROM users u ORDER BY u.email"));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells.append(query.value(i).toString());
            rows.append(cells.join(u'|'));
        }
        return rows;
    };
    const QStringList exported = snapshot(m_db);

    QSqlDatabase other = test::createStore(m_dir->filePath(QStringLiteral("other.rollbook")), QStringLiteral("other"));
    {
        QSqlQuery copy(other);
        QVERIFY(copy.exec(QStringLiteral(
            "INSERT INTO custom_fields (id, gid, key, label, type, choices, required, searchable, position) VALUES "
            "(1, randomblob(16), 'department', 'Department', 'choice', 'Physics\nHistory', 0, 1, 1), "
            "(2, randomblob(16), 'graduation_year', 'Graduation year', 'number', NULL, 0, 0, 2), "
            "(3, randomblob(16), 'mentor', 'Wants a mentor', 'bool', NULL, 0, 0, 3)")));
        const auto table = readTable(path);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(UserImport::formatName(table->header), QStringLiteral("Rollbook export"));
        const auto fields = loadCustomFields(other);
        // The export's Excel-safe apostrophe is part of the text in CSV: a raw export round-trips it.
        auto planned = UserImport::plan(other, *table, UserImport::guessMapping(table->header, *fields),
                                        ImportMode::AddOnly, QStringLiteral("GB"));
        QVERIFY2(planned.ok(), qPrintable(planned.error()));
        for (const ImportOutcome &outcome : planned->outcomes)
            QVERIFY2(outcome.kind != Kind::Error, qPrintable(outcome.detail));
        ActionContext context{other, {0, QStringLiteral("Import Tester")}};
        QVERIFY(UserImport::apply(context, *planned).ok());
        QStringList imported = snapshot(other);
        if (file.endsWith(QStringLiteral(".csv")))
            imported.replaceInStrings(QStringLiteral("|'=Initech|"), QStringLiteral("|=Initech|"));
        QCOMPARE(imported, exported);
    }
    other = QSqlDatabase();
    Database::close(QStringLiteral("other"));
}

void TestImport::applyIsAllOrNothing()
{
    const ImportPlan plan = planOf("First name,Email,Product\n"
                                   "One,one@example.com,Python Basics\n"
                                   "Two,two@example.com,Live Q&A\n"
                                   "Three,three@example.com,\n");
    QCOMPARE(plan.count(Kind::Create), 3);
    const QString before = usersState();
    // The third user's audit row fails: the first two must not stay.
    QSqlQuery inject(m_db);
    QVERIFY(
        inject.exec(QStringLiteral("CREATE TEMP TRIGGER injected BEFORE INSERT ON audit_log "
                                   "WHEN NEW.after_json LIKE '%three@%' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const auto failed = UserImport::apply(m_context, plan);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("Line 4")), qPrintable(failed.error()));
    QCOMPARE(usersState(), before);
    QVERIFY(inject.exec(QStringLiteral("DROP TRIGGER temp.injected")));
    int reports = 0;
    QVERIFY(UserImport::apply(m_context, plan, [&](qint64, qint64) { return ++reports > 0; }).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM enrollments")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 3);
}

void TestImport::phonesReadWithTheLineCountry()
{
    // The school reads phones as British; a Moodle file says each user's country.
    const QByteArray file = "firstname,lastname,email,phone1,country\n"
                            "Amélie,Roux,amelie@example.fr,06 12 34 56 78,FR\n"
                            "Tom,Jones,tom@example.co.uk,07400 123456,GB\n"
                            "Bad,Country,bad@example.com,06 12 34 56 78,XX\n";
    const ImportPlan plan = planOf(file);
    QCOMPARE(plan.count(Kind::Create), 2);
    QCOMPARE(plan.users[0].phone, QStringLiteral("+33612345678"));
    QCOMPARE(plan.users[1].phone, QStringLiteral("+447400123456"));
    QCOMPARE(plan.outcomes.last().kind, Kind::Error);
    QVERIFY2(plan.outcomes.last().detail.contains(QStringLiteral("country code")),
             qPrintable(plan.outcomes.last().detail));
    // Without a country column, the region chosen for the file reads them.
    const auto table = parseCsv("firstname,email,phone1\nAmélie,amelie@example.fr,06 12 34 56 78\n");
    const auto fields = loadCustomFields(m_db);
    const auto british = UserImport::plan(m_db, *table, UserImport::guessMapping(table->header, *fields),
                                          ImportMode::AddOnly, QStringLiteral("GB"));
    QCOMPARE(british->count(Kind::Error), 1);
    const auto french = UserImport::plan(m_db, *table, UserImport::guessMapping(table->header, *fields),
                                         ImportMode::AddOnly, QStringLiteral("FR"));
    QCOMPARE(french->count(Kind::Error), 0);
    QCOMPARE(french->users[0].phone, QStringLiteral("+33612345678"));
}

void TestImport::skipInvalidImportsTheValidLines()
{
    const ImportPlan plan = planOf("First name,Email\n"
                                   "One,one@example.com\n"
                                   "Bad,not-an-email\n"
                                   "Two,two@example.com\n");
    QCOMPARE(plan.count(Kind::Error), 1);
    const QString before = usersState();
    // Without the choice, nothing goes in.
    QVERIFY(!UserImport::apply(m_context, plan).ok());
    QCOMPARE(usersState(), before);
    const auto applied = UserImport::apply(m_context, plan, {}, true);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(applied->count(Kind::Create), 2);
    QCOMPARE(applied->count(Kind::Error), 0);
    QCOMPARE(applied->count(Kind::Skip), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE email IN ('one@example.com', "
                                   "'two@example.com')")),
             2);
    // The results file names the skipped line and why.
    const QString results = m_dir->filePath(QStringLiteral("results.csv"));
    QVERIFY(UserImport::writeResults(*applied, results).ok());
    QFile file(results);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Not imported")) && text.contains(QStringLiteral("not-an-email")),
             qPrintable(text));
}

void TestImport::cancelledCheck()
{
    const auto table = parseCsv("First name,Email\nOne,one@example.com\n");
    const auto fields = loadCustomFields(m_db);
    const auto cancelled
        = UserImport::plan(m_db, *table, UserImport::guessMapping(table->header, *fields), ImportMode::AddOnly,
                           QStringLiteral("GB"), [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
}

void TestImport::requiredCustomFieldForNewUsers()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("UPDATE custom_fields SET required = 1 WHERE key = 'graduation_year'")));
    // Not in the file at all: a new user cannot be created; an existing one can be updated.
    const ImportPlan plan
        = planOf("First name,Email,Company\nNew,new@example.com,X\nAna,ana@example.com,Y\n", ImportMode::AddOrUpdate);
    QCOMPARE(plan.outcomes[0].kind, Kind::Error);
    QVERIFY(plan.outcomes[0].detail.contains(QStringLiteral("Graduation year is required")));
    QCOMPARE(plan.outcomes[1].kind, Kind::Update);
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
