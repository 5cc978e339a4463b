#include "actions/useractions.h"
#include "database.h"
#include "mail/mailsettingspage.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace rollbook;

/// Every message is found at run time under the context lupdate filed it under (translations.h).
/// The test makes a real translation of every message in translations/rollbook_en.ts, each one
/// "⟦...⟧" around its English, compiles it with lrelease, loads it as a translator would try theirs
/// (ROLLBOOK_TRANSLATION), and sees a core message, a CLI message, a widget label and a plural come
/// back translated. A message whose context disagreed would come back in plain English.
class TestTranslationContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coreMessageIsTranslated();
    void cliMessageIsTranslated();
    void widgetLabelIsTranslated();
    void pluralsAreTranslated();

private:
    QTemporaryDir m_dir;
    QString m_qm;
};

/// The English .ts with every message's translation marked.
bool writeMarked(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    QString source;
    QStringList forms;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.name();
        if (reader.isStartElement() && name == u"TS") {
            writer.writeStartElement(QStringLiteral("TS"));
            writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
            writer.writeAttribute(QStringLiteral("language"), QStringLiteral("de_DE"));
        } else if (reader.isStartElement() && name == u"context") {
            writer.writeStartElement(QStringLiteral("context"));
        } else if (reader.isStartElement() && name == u"name") {
            writer.writeTextElement(QStringLiteral("name"), reader.readElementText());
        } else if (reader.isStartElement() && name == u"message") {
            numerus = reader.attributes().value(QStringLiteral("numerus")) == u"yes";
            forms.clear();
        } else if (reader.isStartElement() && name == u"source") {
            source = reader.readElementText();
        } else if (reader.isStartElement() && name == u"numerusform") {
            forms.append(reader.readElementText());
        } else if (reader.isEndElement() && name == u"message") {
            writer.writeStartElement(QStringLiteral("message"));
            if (numerus)
                writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            writer.writeTextElement(QStringLiteral("source"), source);
            writer.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                for (int i = 0; i < 2; ++i) {
                    const QString form = forms.value(i).isEmpty() ? source : forms.value(i);
                    writer.writeTextElement(QStringLiteral("numerusform"), u'⟦' + form + u'⟧');
                }
            } else {
                writer.writeCharacters(u'⟦' + source + u'⟧');
            }
            writer.writeEndElement();
            writer.writeEndElement();
        } else if (reader.isEndElement() && (name == u"context" || name == u"TS")) {
            writer.writeEndElement();
        }
    }
    writer.writeEndDocument();
    return !reader.hasError();
}

void TestTranslationContexts::initTestCase()
{
    const QString ts = m_dir.filePath(QStringLiteral("rollbook_marked.ts"));
    QVERIFY(writeMarked(QStringLiteral(ROLLBOOK_TS), ts));
    m_qm = m_dir.filePath(QStringLiteral("rollbook_marked.qm"));
    QProcess lrelease;
    lrelease.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease"),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), m_qm});
    QVERIFY2(lrelease.waitForFinished(60'000) && lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_qm));
    qputenv("ROLLBOOK_TRANSLATION", m_qm.toLocal8Bit());
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
}

void TestTranslationContexts::coreMessageIsTranslated()
{
    QSqlDatabase db = test::createStore(m_dir.filePath(QStringLiteral("t.rollbook")), QStringLiteral("contexts"));
    {
        ActionContext context{db, {0, QStringLiteral("Dana")}};
        const auto refused = UserActions::addUser(
            context, {QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("not an address"), {}, {}, {}},
            QStringLiteral("US"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(u'⟦'), qPrintable(refused.error()));
        const auto lost = UserActions::suspend(context, 424242, QStringLiteral("Chargebacks"));
        QVERIFY(!lost.ok());
        QVERIFY2(lost.error().startsWith(u'⟦'), qPrintable(lost.error()));
    }
    db = QSqlDatabase();
    Database::close(QStringLiteral("contexts"));
}

void TestTranslationContexts::cliMessageIsTranslated()
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ROLLBOOK_TRANSLATION"), m_qm);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ROLLBOOK_CLI), {QStringLiteral("notifications"), QStringLiteral("send")});
    QVERIFY(cli.waitForFinished(30'000));
    const QString said = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    QCOMPARE(said, QStringLiteral("⟦--db FILE is required.⟧"));
}

void TestTranslationContexts::widgetLabelIsTranslated()
{
    MailSettingsPage page(SchoolSettings{});
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->text(),
             QStringLiteral("⟦Send &test email⟧"));
}

void TestTranslationContexts::pluralsAreTranslated()
{
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 3),
             QStringLiteral("⟦Approve 3 registrations⟧"));
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 1),
             QStringLiteral("⟦Approve 1 registration⟧"));
}

QTEST_MAIN(TestTranslationContexts)
#include "test_translationcontexts.moc"
