#include "translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace rollbook;

/// Plural messages read as English in every language that has no translation of its own.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishPluralsUnderEveryLocale_data();
    void englishPluralsUnderEveryLocale();
};

void TestTranslations::englishPluralsUnderEveryLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("German") << QStringLiteral("de_DE");
    QTest::newRow("Spanish") << QStringLiteral("es_ES");
    QTest::newRow("English") << QStringLiteral("en_GB");
}

void TestTranslations::englishPluralsUnderEveryLocale()
{
    QFETCH(QString, locale);
    installTranslations(QLocale(locale));
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 1),
             QStringLiteral("Approve 1 registration"));
    QCOMPARE(QCoreApplication::translate("rollbook::SelectionActions", "Approve %n registration(s)", nullptr, 3),
             QStringLiteral("Approve 3 registrations"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
