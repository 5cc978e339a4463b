#include "translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace rollbook;

/// Plural messages read as English in every language Rollbook has no translation for, and in each
/// language it has, with that language's forms for one and for many.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluralsUnderEveryLocale_data();
    void pluralsUnderEveryLocale();
};

void TestTranslations::pluralsUnderEveryLocale_data()
{
    // installTranslations adds translators and the last one added is asked first: the languages
    // without a translation come before those with one.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("three");
    const QString one = QStringLiteral("Approve 1 registration");
    const QString three = QStringLiteral("Approve 3 registrations");
    QTest::newRow("C") << QStringLiteral("C") << one << three;
    QTest::newRow("Swahili") << QStringLiteral("sw_TZ") << one << three;
    QTest::newRow("Japanese") << QStringLiteral("ja_JP") << one << three;
    QTest::newRow("English") << QStringLiteral("en_GB") << one << three;
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("1 Registrierung genehmigen")
                            << QStringLiteral("3 Registrierungen genehmigen");
    QTest::newRow("Spanish") << QStringLiteral("es_ES") << QStringLiteral("Aprobar 1 registro")
                             << QStringLiteral("Aprobar 3 registros");
    QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("Approuver 1 inscription")
                            << QStringLiteral("Approuver 3 inscriptions");
    QTest::newRow("Brazilian Portuguese")
        << QStringLiteral("pt_BR") << QStringLiteral("Aprovar 1 cadastro") << QStringLiteral("Aprovar 3 cadastros");
}

void TestTranslations::pluralsUnderEveryLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, one);
    QFETCH(QString, three);
    installTranslations(QLocale(locale));
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 3),
             three);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
